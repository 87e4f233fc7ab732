// The figures stage on invented sentences: every figure found, in order, with its kind, value,
// approximation and bound, so a missing, extra or misread figure fails the case.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFigures } from '../../server/src/analysis/figures';
import { segment } from '../../server/src/analysis/segment';
import type { Figure, FigureKind, Mention } from '../../server/src/analysis/types';

interface Expected {
  text: string;
  kind: FigureKind;
  value: number | null;
  approx?: boolean;
  bound?: 'min' | 'max' | null;
  unit?: string | null;
}

const f = (text: string, kind: FigureKind, value: number | null, more: Partial<Expected> = {}): Expected => ({ text, kind, value, ...more });

function figuresOf(text: string, mentions: Mention[] = []): Figure[] {
  return findFigures(segment(text), mentions);
}

function check(text: string, expected: Expected[], mentions: Mention[] = []): void {
  const got = figuresOf(text, mentions);
  const shown = got.map((g) => `${g.text}:${g.kind}:${g.value}`).join(', ');
  assert.equal(got.length, expected.length, `figures in "${text}": ${shown}`);
  expected.forEach((e, k) => {
    const g = got[k];
    assert.equal(g.text, e.text, `figure ${k} of "${text}"`);
    assert.equal(text.slice(g.start, g.end), g.text, 'offsets agree with the text');
    assert.equal(g.kind, e.kind, `kind of "${e.text}"`);
    if (e.value === null) assert.equal(g.value, null, `value of "${e.text}"`);
    else assert.ok(g.value !== null && Math.abs(g.value - e.value) <= 1e-9 * Math.max(1, Math.abs(e.value)), `value of "${e.text}": ${g.value}`);
    assert.equal(g.approx, e.approx ?? false, `approx of "${e.text}"`);
    assert.equal(g.bound, e.bound ?? null, `bound of "${e.text}"`);
    if (e.unit !== undefined) assert.equal(g.unit, e.unit, `unit of "${e.text}"`);
  });
}

const CASES: [string, string, Expected[]][] = [
  ['counts with qualifiers', 'More than 70 buses and about 100 vans left, and around 2,500 people stayed while at least 3,000 waited.', [
    f('More than 70', 'CARDINAL', 70, { bound: 'min' }),
    f('about 100', 'CARDINAL', 100, { approx: true }),
    f('around 2,500', 'CARDINAL', 2500, { approx: true }),
    f('at least 3,000', 'CARDINAL', 3000, { bound: 'min' }),
  ]],
  ['upper bounds and near values', 'Up to 40 lorries, fewer than 12 trains and nearly 900 cars crossed.', [
    f('Up to 40', 'CARDINAL', 40, { bound: 'max' }),
    f('fewer than 12', 'CARDINAL', 12, { bound: 'max' }),
    f('nearly 900', 'CARDINAL', 900, { approx: true, bound: 'max' }),
  ]],
  ['multipliers and number words', 'The valley of 19 million people lost twenty-five bridges, a dozen ferries and three hundred and ten boats.', [
    f('19 million', 'CARDINAL', 19e6),
    f('twenty-five', 'CARDINAL', 25),
    f('a dozen', 'CARDINAL', 12),
    f('three hundred and ten', 'CARDINAL', 310),
  ]],
  ['vague counts have no value', 'Dozens of stalls burned, hundreds of traders fled and tens of thousands watched.', [
    f('Dozens', 'CARDINAL', null, { approx: true }),
    f('hundreds', 'CARDINAL', null, { approx: true }),
    f('tens of thousands', 'CARDINAL', null, { approx: true }),
  ]],
  ['money', 'The mill cost $4.5 billion, or 4.1 billion euros, plus £300 in fees and 1.2 trillion yuan in loans.', [
    f('$4.5 billion', 'MONEY', 4.5e9, { unit: 'USD' }),
    f('4.1 billion euros', 'MONEY', 4.1e9, { unit: 'EUR' }),
    f('£300', 'MONEY', 300, { unit: 'GBP' }),
    f('1.2 trillion yuan', 'MONEY', 1.2e12, { unit: 'CNY' }),
  ]],
  ['money written the wire way', 'Shares of the ferry firm fell to C$2.30 after a US$300m loss and a 45 mln rouble fine.', [
    f('C$2.30', 'MONEY', 2.3, { unit: 'CAD' }),
    f('US$300m', 'MONEY', 3e8, { unit: 'USD' }),
    f('45 mln rouble', 'MONEY', 45e6, { unit: 'RUB' }),
  ]],
  ['percentages', 'Fares rose 5%, then 6 percent, then 7 per cent, a gain of 2 percentage points.', [
    f('5%', 'PERCENT', 5),
    f('6 percent', 'PERCENT', 6),
    f('7 per cent', 'PERCENT', 7),
    f('2 percentage points', 'PERCENT', 2, { unit: 'percentage point' }),
  ]],
  ['ranges have no single value', 'Between 10 and 15 cabins flooded, 20 to 30 percent of the crop rotted and 40-50 sheep drowned.', [
    f('Between 10 and 15', 'CARDINAL', null),
    f('20 to 30 percent', 'PERCENT', null),
    f('40-50', 'CARDINAL', null),
  ]],
  ['a change is not a range', 'The toll went from 10 to 12 overnight.', [
    f('10', 'CARDINAL', 10),
    f('12', 'CARDINAL', 12),
  ]],
  ['dates', 'Talks began on Friday morning, resumed March 3, 2024, and ended in 2019, three years ago, last year and since Wednesday.', [
    f('Friday morning', 'DATE', null),
    f('March 3, 2024', 'DATE', null),
    f('2019', 'DATE', 2019),
    f('three years ago', 'DATE', null),
    f('last year', 'DATE', null),
    f('Wednesday', 'DATE', null),
  ]],
  ['dateline dates and years', 'LAKETON, Jan 7 (Wirewire) – The 2019 flood and the 1990s drought ruined early 2001.', [
    f('Jan 7', 'DATE', null),
    f('2019', 'DATE', 2019),
    f('1990s', 'DATE', null),
    f('early 2001', 'DATE', 2001),
  ]],
  ['times', 'The siren sounded at 10:30 a.m., again at noon and at 1545 GMT.', [
    f('10:30 a.m.', 'TIME', null),
    f('noon', 'TIME', null),
    f('1545 GMT', 'TIME', null),
  ]],
  ['durations', 'The nine-day stoppage ran 24 hours a day, the 30-year lease lasts for a few days or weeks more, and the town waited for decades.', [
    f('nine-day', 'DURATION', 9, { unit: 'day' }),
    f('24 hours a day', 'DURATION', 24, { unit: 'hour' }),
    f('30-year', 'DURATION', 30, { unit: 'year' }),
    f('a few days or weeks', 'DURATION', null, { approx: true }),
    f('decades', 'DURATION', null, { approx: true }),
  ]],
  ['a day after is a span, a day as a rate is not', 'A day after the vote, the mill made 40 tonnes of flour a day.', [
    f('A day', 'DURATION', 1, { unit: 'day' }),
    f('40 tonnes', 'QUANTITY', 40, { unit: 'tonne' }),
  ]],
  ['ages', 'The 81-year-old miller, aged 45 when the mill opened, hired Rosa Quint, 37, and Abel Dunn (52), who is 60 years old.', [
    f('81-year-old', 'AGE', 81),
    f('aged 45', 'AGE', 45),
    f('37', 'AGE', 37),
    f('52', 'AGE', 52),
    f('60 years old', 'AGE', 60),
  ]],
  ['ordinals', 'It was the third flood this year and the 21st since records began.', [
    f('third', 'ORDINAL', 3),
    f('this year', 'DATE', null),
    f('21st', 'ORDINAL', 21),
  ]],
  ['fractions', 'About a fifth of the farms, half the orchards, two-thirds of the wells and one in five homes were hit.', [
    f('About a fifth', 'FRACTION', 0.2, { approx: true }),
    f('half', 'FRACTION', 0.5),
    f('two-thirds', 'FRACTION', 2 / 3),
    f('one in five', 'FRACTION', 0.2),
  ]],
  ['quantities', 'A few hundred meters away, the river rose 3 metres across 120 square kilometres.', [
    f('A few hundred meters', 'QUANTITY', null, { approx: true, unit: 'meter' }),
    f('3 metres', 'QUANTITY', 3, { unit: 'meter' }),
    f('120 square kilometres', 'QUANTITY', 120, { unit: 'square km' }),
  ]],
  ['units glued to digits', 'The 10km ferry route shut in 30C heat; a 2GW plant and 5kg of fish were lost.', [
    f('10km', 'QUANTITY', 10, { unit: 'km' }),
    f('30C', 'QUANTITY', 30, { unit: '°C' }),
    f('2GW', 'QUANTITY', 2, { unit: 'GW' }),
    f('5kg', 'QUANTITY', 5, { unit: 'kg' }),
  ]],
  ['negative quantities', 'The lake froze at minus 12 degrees Celsius.', [
    f('minus 12 degrees Celsius', 'QUANTITY', -12, { unit: '°C' }),
  ]],
  ['calendar compounds and spans', 'Second-quarter profit at the ferry line ended a decades-long slide and a year-long dispute in mid-2023.', [
    f('Second-quarter', 'DATE', null),
    f('decades-long', 'DURATION', null, { approx: true }),
    f('year-long', 'DURATION', 1),
    f('mid-2023', 'DATE', 2023),
  ]],
  ['day spans and digit dates', 'Inspections ran Sept. 19 to 22 and again on 2024-03-07 and 7/3/2024.', [
    f('Sept. 19 to 22', 'DATE', null),
    f('2024-03-07', 'DATE', null),
    f('7/3/2024', 'DATE', null),
  ]],
  ['a third as a share and as an ordinal', 'Catches fell by a third from 2020, and the skipper won a third term.', [
    f('a third', 'FRACTION', 1 / 3),
    f('2020', 'DATE', 2020),
    f('third', 'ORDINAL', 3),
  ]],
  ['a share before an adverbial or a clause, and an ordinal before its noun', 'Fares rise by a fifth next month and by a quarter as fuel climbs; haulage falls by a third by 2030, a fifth straight cut.', [
    f('a fifth', 'FRACTION', 1 / 5),
    f('next month', 'DATE', null),
    f('a quarter', 'FRACTION', 1 / 4),
    f('a third', 'FRACTION', 1 / 3),
    f('2030', 'DATE', 2030),
    f('fifth', 'ORDINAL', 5),
  ]],
  ['a month and its year set off by a comma', 'The first berth opens by September, 2028, and the last in May 2031.', [
    f('first', 'ORDINAL', 1),
    f('September, 2028', 'DATE', null),
    f('May 2031', 'DATE', null),
  ]],
  ['temperatures with their sign and scale', 'Regina fell to -32.5°C overnight and Saskatoon to −28 C, with wind chills near -50; Yuma hit 104 F and the oven 220 °F.', [
    f('-32.5°C', 'QUANTITY', -32.5, { unit: '°C' }),
    f('−28 C', 'QUANTITY', -28, { unit: '°C' }),
    f('-50', 'CARDINAL', -50),
    f('104 F', 'QUANTITY', 104, { unit: '°F' }),
    f('220 °F', 'QUANTITY', 220, { unit: '°F' }),
  ]],
  ['no sign inside a range and no scale before a name', 'Crews worked 2-3 shifts on 10 -20 lines; the 158 F / A-18 jets and Group 4 C Street stayed.', [
    f('2-3', 'CARDINAL', null),
    f('10 -20', 'CARDINAL', null),
    f('158', 'CARDINAL', 158),
  ]],
  ['per cent written against the number', 'The fund returned 8.4pc, against 6.1pc for its benchmark; fees rose 3pct.', [
    f('8.4pc', 'PERCENT', 8.4, { unit: '%' }),
    f('6.1pc', 'PERCENT', 6.1, { unit: '%' }),
    f('3pct', 'PERCENT', 3, { unit: '%' }),
  ]],
  ['an obituary\'s ages', 'Ferry captain Ida Marsh dies at 88. She was 88. Her ship carried 90 cars; it was 90.', [
    f('88', 'AGE', 88),
    f('88', 'AGE', 88),
    f('90', 'CARDINAL', 90),
    f('90', 'CARDINAL', 90),
  ]],
  ['currency letters written against the number', 'The miner earned R4.2 billion, up from R3.1bn; Lagos set aside N1.2 trillion, a clinic Rs4,500 and a co-op Ksh310m, or KSh 310 million.', [
    f('R4.2 billion', 'MONEY', 4.2e9, { unit: 'ZAR' }),
    f('R3.1bn', 'MONEY', 3.1e9, { unit: 'ZAR' }),
    f('N1.2 trillion', 'MONEY', 1.2e12, { unit: 'NGN' }),
    f('Rs4,500', 'MONEY', 4500, { unit: 'INR' }),
    f('Ksh310m', 'MONEY', 3.1e8, { unit: 'KES' }),
    f('KSh 310 million', 'MONEY', 3.1e8, { unit: 'KES' }),
  ]],
  ['one letter before a number is a road, a mask or a car, not money', 'Nurses wore N95 masks on the R2 road behind 2 trucks.', [
    f('2', 'CARDINAL', 2, { unit: 'trucks' }),
  ]],
  ['vague money and counted halves', 'Owners lost millions of dollars and half a dozen boats over seven and a half years.', [
    f('millions of dollars', 'MONEY', null, { approx: true, unit: 'USD' }),
    f('half a dozen', 'CARDINAL', 6),
    f('seven and a half years', 'DURATION', 7.5, { unit: 'year' }),
  ]],
  ['suffix qualifiers', 'Boats of 20 metres or more paid $500 or so, and crews of 12 or fewer paid nothing.', [
    f('20 metres or more', 'QUANTITY', 20, { bound: 'min' }),
    f('$500 or so', 'MONEY', 500, { approx: true }),
    f('12 or fewer', 'CARDINAL', 12, { bound: 'max' }),
  ]],
  ['rates in points', 'The board cut its rate by a quarter of a percentage point, or 25 basis points.', [
    f('a quarter of a percentage point', 'PERCENT', 0.25, { unit: 'percentage point' }),
    f('25 basis points', 'PERCENT', 25, { unit: 'basis point' }),
  ]],
  ['a number after a weekday or an abbreviation is no name', 'Police said on Tuesday 15 sailors were missing and the U.S. 10 percent levy stood.', [
    f('Tuesday', 'DATE', null),
    f('15', 'CARDINAL', 15),
    f('10 percent', 'PERCENT', 10),
  ]],
  ['numbers in codes and names are not figures', 'A Boeing 737 landed during the COVID-19 lull, story code L7Q2XZ44K, ticker HRBR.L, at Gate 9 as the Harbour 100 index slipped.', []],
  ['capitalised number words in names', 'Crowds gathered at Ground Zero and read USA Today.', []],
  ['pronoun one', 'No one knew, and one another was blamed.', []],
  // House styles (issue 13): Canadian money, currency signs, levels and ceilings, sports results.
  ['Canadian money in Canadian copy', 'OTTAWA -- The province will spend $600-million on roads, $3.3-billion on schools and 45 cents of every dollar on debt, the premier said on Monday.', [
    f('$600-million', 'MONEY', 6e8, { unit: 'CAD' }),
    f('$3.3-billion', 'MONEY', 3.3e9, { unit: 'CAD' }),
    f('45 cents', 'MONEY', 0.45, { unit: 'CAD' }),
    f('Monday', 'DATE', null),
  ]],
  ['the same dollar in agency copy', 'WASHINGTON (AP) — The bill adds $600-million for roads.', [
    f('$600-million', 'MONEY', 6e8, { unit: 'USD' }),
  ]],
  ['Australian money in Australian copy', 'SYDNEY (AAP) - The state will spend $600 million on rail and 45 cents of every dollar on debt.', [
    f('$600 million', 'MONEY', 6e8, { unit: 'AUD' }),
    f('45 cents', 'MONEY', 0.45, { unit: 'AUD' }),
  ]],
  ['an undated page whose institutions are Australian', 'The Reserve Bank of Australia held its rate, the ASX rose and a $500,000 loan now costs $1,100 a month more, the Australian Bureau of Statistics said.', [
    f('$500,000', 'MONEY', 5e5, { unit: 'AUD' }),
    f('$1,100', 'MONEY', 1100, { unit: 'AUD' }),
  ]],
  ['New Zealand money in New Zealand copy', 'WELLINGTON (RNZ) - The dairy payout rose to $10 a kilogram.', [
    f('$10', 'MONEY', 10, { unit: 'NZD' }),
  ]],
  ['Singapore money in Singapore copy', 'SINGAPORE - A flat in Bishan sold for $1.1 million, and a bond raised S$2 billion.', [
    f('$1.1 million', 'MONEY', 1.1e6, { unit: 'SGD' }),
    f('S$2 billion', 'MONEY', 2e9, { unit: 'SGD' }),
  ]],
  ['an agency story from Singapore keeps its dollar American', 'SINGAPORE (Reuters) - The fund raised $400 million from investors in Changi and Jurong.', [
    f('$400 million', 'MONEY', 4e8, { unit: 'USD' }),
  ]],
  ['an American town named like a New Zealand city', 'WELLINGTON, Fla. - The storm did $10 million in damage to homes along the coast, officials said.', [
    f('$10 million', 'MONEY', 1e7, { unit: 'USD' }),
  ]],
  ['an American story about Australia keeps its dollar', 'WASHINGTON (AP) — The RBA and the ASX were named as the U.S. Treasury paid $40 million to Australia.', [
    f('$40 million', 'MONEY', 4e7, { unit: 'USD' }),
  ]],
  ['after a verb of movement, "$X to $Y" is the change and the new level', 'Brent fell $1.12 to $72.05, fares were cut by $1.50 to $7.99, and repairs cost $10 to $15 million.', [
    f('$1.12', 'MONEY', 1.12, { unit: 'USD' }),
    f('$72.05', 'MONEY', 72.05, { unit: 'USD' }),
    f('$1.50', 'MONEY', 1.5, { unit: 'USD' }),
    f('$7.99', 'MONEY', 7.99, { unit: 'USD' }),
    f('$10 to $15 million', 'MONEY', null, { unit: 'USD' }),
  ]],
  ['rates in points written as one word', 'Markets priced in a 25-basis-point cut after a 0.5-percentage-point rise.', [
    f('25-basis-point', 'PERCENT', 25, { unit: 'basis point' }),
    f('0.5-percentage-point', 'PERCENT', 0.5, { unit: 'percentage point' }),
  ]],
  ['inches and metres written against the number', 'Up to 60mm (2.4in) of rain fell, a 6ft (1.8m) wall was 30m long, and the club raised 1.8m in new money.', [
    f('Up to 60mm', 'QUANTITY', 60, { bound: 'max', unit: 'mm' }),
    f('2.4in', 'QUANTITY', 2.4, { unit: 'inch' }),
    f('6ft', 'QUANTITY', 6, { unit: 'foot' }),
    f('1.8m', 'QUANTITY', 1.8, { unit: 'meter' }),
    f('30m', 'QUANTITY', 30, { unit: 'meter' }),
    f('1.8m', 'CARDINAL', 1.8e6),
  ]],
  ['a race\'s distances in metres written "m"', 'The mare led until the last 100m, won over 1600m and is the 800m specialist; the stable earned 1.2m in prizes and 2m fans watched.', [
    f('100m', 'QUANTITY', 100, { unit: 'meter' }),
    f('over 1600m', 'QUANTITY', 1600, { unit: 'meter', bound: 'min' }),
    f('800m', 'QUANTITY', 800, { unit: 'meter' }),
    f('1.2m', 'CARDINAL', 1.2e6),
    f('2m', 'CARDINAL', 2e6),
  ]],
  ['"second-hand" and "first-rate" are fixed phrases', 'A second-hand flat, a first-rate side and first-hand accounts came before the second-largest sale.', [
    f('second-largest', 'ORDINAL', 2),
  ]],
  ['a live page\'s dotted 24-hour clock with its zone', 'At 12.31 GMT the minister rose; by 09.15 BST he had gone, and 12.75 GMT is no clock.', [
    f('12.31 GMT', 'TIME', null),
    f('09.15 BST', 'TIME', null),
    f('12.75', 'CARDINAL', 12.75),
  ]],
  ['degrees either side of zero', 'Wind chills fell to 5 below zero on Monday as temperatures stayed below zero, and rates below zero hurt banks.', [
    f('5 below zero', 'QUANTITY', -5, { unit: 'degree' }),
    f('Monday', 'DATE', null),
    f('below zero', 'QUANTITY', 0, { unit: 'degree', bound: 'max' }),
    f('below zero', 'CARDINAL', 0, { bound: 'max' }),
  ]],
  ['a height in feet and inches written apart', 'The striker, who is 6ft 2in, replaced a 5 feet 7 inches winger behind a 6ft wall.', [
    f('6ft 2in', 'QUANTITY', 6.16666666667, { unit: 'foot' }),
    f('5 feet 7 inches', 'QUANTITY', 5.58333333333, { unit: 'foot' }),
    f('6ft', 'QUANTITY', 6, { unit: 'foot' }),
  ]],
  ['the finance pages\' "1.5x" and prices per unit after a slash', 'Members earn 1.5x points, the stock trades at 25x earnings, petrol sold at $3.49/gallon and N1,095/litre, and 24/7 help is free.', [
    f('1.5x', 'CARDINAL', 1.5, { unit: 'times' }),
    f('25x', 'CARDINAL', 25, { unit: 'times' }),
    f('$3.49/gallon', 'MONEY', 3.49, { unit: 'USD' }),
    f('N1,095/litre', 'MONEY', 1095, { unit: 'NGN' }),
  ]],
  ['ranges whose near end leaves its unit to the far end', 'Wages for 18- to 20-year-olds rose, 25-to-34-year-olds paid more and 3- to 5-day trips sold out.', [
    f('18- to 20-year-olds', 'AGE', null),
    f('25-to-34-year-olds', 'AGE', null),
    f('3- to 5-day', 'DURATION', null, { unit: 'day' }),
  ]],
  ['money named by a currency word inside a compound', 'Each 1-yen move costs the carmaker, a 50-cent coin and a 10-pence piece were found, and a 2,500-dollar fine was paid.', [
    f('1-yen', 'MONEY', 1, { unit: 'JPY' }),
    f('50-cent', 'MONEY', 0.5, { unit: 'USD' }),
    f('10-pence', 'MONEY', 0.1, { unit: 'GBP' }),
    f('2,500-dollar', 'MONEY', 2500, { unit: 'USD' }),
  ]],
  ['"the half" of a results season is no fraction', 'Net profit for the half rose, and half the staff left.', [
    f('half', 'FRACTION', 0.5),
  ]],
  ['Kenya\'s shilling written "Sh" against the number', 'The Treasury tabled a Sh4.24 trillion budget, and petrol retails at Sh176.29 a litre.', [
    f('Sh4.24 trillion', 'MONEY', 4.24e12, { unit: 'KES' }),
    f('Sh176.29', 'MONEY', 176.29, { unit: 'KES' }),
  ]],
  ['basketball\'s kinds of shot are no counts', 'White hit five 3-pointers and made 19 of 44 from 3-point range in a 3-point win.', [
    f('five', 'CARDINAL', 5),
    f('19', 'CARDINAL', 19),
    f('44', 'CARDINAL', 44),
    f('3-point', 'CARDINAL', 3),
  ]],
  ['"over" before money and the matter it names is the headline\'s preposition', 'Man jailed over £2.3m cocaine plot as firm paid over £5m in fees.', [
    f('£2.3m', 'MONEY', 2.3e6, { unit: 'GBP' }),
    f('over £5m', 'MONEY', 5e6, { unit: 'GBP', bound: 'min' }),
  ]],
  ['golf\'s strokes against par written apart', 'She was tied for second at 10 under, the cut fell at 1 over, and prices rose to 10 over the year.', [
    f('second', 'ORDINAL', 2),
    f('10 under', 'CARDINAL', 10, { unit: 'under par' }),
    f('1 over', 'CARDINAL', 1, { unit: 'over par' }),
    f('10', 'CARDINAL', 10),
  ]],
  ['a year\'s quarters after "first" are a date, not three quarters of a whole', 'In the first three quarters of the year output rose, and three quarters of firms hired.', [
    f('first', 'ORDINAL', 1),
    f('three quarters', 'DATE', null),
    f('three quarters', 'FRACTION', 0.75),
  ]],
  ['taking over money is a particle, taking over wickets a bound', 'The Treasury agreed to take over R254 billion of debt after he had taken over 300 wickets.', [
    f('R254 billion', 'MONEY', 2.54e11, { unit: 'ZAR' }),
    f('over 300', 'CARDINAL', 300, { bound: 'min' }),
  ]],
  ['data and its speed in bits and bytes', 'Homes get 100 megabits per second, or 50 Mbps in towns; the chip moves 614GB/s and the port 120Gb/s.', [
    f('100 megabits per second', 'QUANTITY', 100, { unit: 'Mbit per second' }),
    f('50 Mbps', 'QUANTITY', 50, { unit: 'Mbit/s' }),
    f('614GB/s', 'QUANTITY', 614, { unit: 'GB/s' }),
    f('120Gb/s', 'QUANTITY', 120, { unit: 'Gbit/s' }),
  ]],
  ['an ordinal day before its month is a date', 'Tickets went on sale on 1st July, the 3rd of March 2025 was wet, and she was 1st in May.', [
    f('1st July', 'DATE', null),
    f('3rd of March 2025', 'DATE', null),
    f('1st', 'ORDINAL', 1),
    f('May', 'DATE', null),
  ]],
  ['percentage points written short', 'Unemployment rose 0.3ppt to 4.8%, a 0.5%pt rise, and margins gained 2 pp.', [
    f('0.3ppt', 'PERCENT', 0.3, { unit: 'percentage point' }),
    f('4.8%', 'PERCENT', 4.8, { unit: '%' }),
    f('0.5%pt', 'PERCENT', 0.5, { unit: 'percentage point' }),
    f('2 pp', 'PERCENT', 2, { unit: 'percentage point' }),
  ]],
  ['basis points against the number, a rate\'s quarter-point move, a committee voting', 'Gilts fell 6bp after a 25bps cut and a quarter-point rise, with the committee voting 5-4; she kept a half-point lead.', [
    f('6bp', 'PERCENT', 6, { unit: 'basis point' }),
    f('25bps', 'PERCENT', 25, { unit: 'basis point' }),
    f('quarter-point', 'PERCENT', 0.25, { unit: 'percentage point' }),
    f('5-4', 'SCORE', null, { unit: 'vote' }),
  ]],
  ['set scores in a row, tie-breaks kept with their set', 'He beat his rival 3-6, 4-6, 7-6 (5), 6-3, 6-4 and she won 6-7 (3-7), 6-2, 6-4; groups of 10-15 stayed.', [
    f('3-6', 'SCORE', null, { unit: 'score' }),
    f('4-6', 'SCORE', null, { unit: 'score' }),
    f('7-6 (5)', 'SCORE', null, { unit: 'score' }),
    f('6-3', 'SCORE', null, { unit: 'score' }),
    f('6-4', 'SCORE', null, { unit: 'score' }),
    f('6-7 (3-7)', 'SCORE', null, { unit: 'score' }),
    f('6-2', 'SCORE', null, { unit: 'score' }),
    f('6-4', 'SCORE', null, { unit: 'score' }),
    f('10-15', 'CARDINAL', null),
  ]],
  ['a share before a comparative', 'Walkers were about a third less likely to fall ill and paid a fifth more, in a third straight study.', [
    f('about a third', 'FRACTION', 1 / 3, { approx: true }),
    f('a fifth', 'FRACTION', 1 / 5),
    f('third', 'ORDINAL', 3),
  ]],
  ['an address block and a degree of crime are no figures', 'The man from the 400 block of Fifth Street admitted third-degree murder and paid a 2,500-dollar fine in the third week.', [
    f('2,500-dollar', 'MONEY', 2500, { unit: 'USD' }),
    f('third', 'ORDINAL', 3),
  ]],
  ['an earthquake\'s magnitude and a poll\'s margin of error', 'A magnitude 6.4 quake followed a 7.1-magnitude shock; the poll has a margin of error of plus or minus 3.8 percentage points, and it was minus 4 degrees.', [
    f('magnitude 6.4', 'QUANTITY', 6.4, { unit: 'magnitude' }),
    f('7.1-magnitude', 'QUANTITY', 7.1, { unit: 'magnitude' }),
    f('plus or minus 3.8 percentage points', 'PERCENT', 3.8, { unit: 'percentage point' }),
    f('minus 4 degrees', 'QUANTITY', -4, { unit: 'degree' }),
  ]],
  ['rates per head of population', 'The zone reached 41.7 cases per 100,000 people, against 6.9 per 100,000 elsewhere and 12 per 1,000 births; a 10-megawatt site opened.', [
    f('41.7 cases per 100,000 people', 'CARDINAL', 41.7, { unit: 'cases per 100,000 people' }),
    f('6.9 per 100,000', 'CARDINAL', 6.9, { unit: 'per 100,000' }),
    f('12 per 1,000 births', 'CARDINAL', 12, { unit: 'per 1,000 births' }),
    f('10-megawatt', 'QUANTITY', 10, { unit: 'MW' }),
  ]],
  ['a team\'s record in brackets after its name', 'The Raiders (2-11) lost to Kansas City (12-1), and the ages (2-11) of the children varied.', [
    f('2-11', 'SCORE', null, { unit: 'record' }),
    f('12-1', 'SCORE', null, { unit: 'record' }),
    f('2-11', 'CARDINAL', null),
  ]],
  ['the Korean won after a large amount, the verb elsewhere', 'Seoul fined the firm 50,000 won and spent 1.2 trillion won, and the team that won 3 titles won 1,200 votes.', [
    f('50,000 won', 'MONEY', 5e4, { unit: 'KRW' }),
    f('1.2 trillion won', 'MONEY', 1.2e12, { unit: 'KRW' }),
    f('3', 'CARDINAL', 3, { unit: 'titles' }),
    f('1,200', 'CARDINAL', 1200, { unit: 'votes' }),
  ]],
  ['an age range after "aged between"', 'Voters aged between 18 and 24 backed the plan.', [
    f('aged between 18 and 24', 'AGE', null),
  ]],
  ['halves and fiscal years of business copy', 'Profit in the first half of 2026 rose; H1 2026 sales beat Q3 2025, FY2025 and FY26-28 goals. H2 is next.', [
    f('first half of 2026', 'DATE', null),
    f('H1 2026', 'DATE', null),
    f('Q3 2025', 'DATE', null),
    f('FY2025', 'DATE', null),
    f('FY26-28', 'DATE', null),
  ]],
  ['an energy producer\'s output', 'Production averaged 48,210 boe/d, with 12 mmcf/d of gas and 3,000 b/d of oil.', [
    f('48,210 boe/d', 'QUANTITY', 48210, { unit: 'boe per day' }),
    f('12 mmcf/d', 'QUANTITY', 12, { unit: 'mmcf per day' }),
    f('3,000 b/d', 'QUANTITY', 3000, { unit: 'barrel per day' }),
  ]],
  ['race times, and a cricket format that is no duration', 'He won the one-day international with a lap of 1:27.097, she ran 2:00:35, a one-day strike began at 10:30.', [
    f('1:27.097', 'DURATION', 87.097, { unit: 'second' }),
    f('2:00:35', 'DURATION', 7235, { unit: 'second' }),
    f('one-day', 'DURATION', 1, { unit: 'day' }),
    f('10:30', 'TIME', null),
  ]],
  ['currency signs, codes and small coins', 'It paid C$45 million, US$1.2 billion, A$300m, HK$12, £5, €3.5bn, ¥200 billion, 40 pence and 25 cents.', [
    f('C$45 million', 'MONEY', 45e6, { unit: 'CAD' }),
    f('US$1.2 billion', 'MONEY', 1.2e9, { unit: 'USD' }),
    f('A$300m', 'MONEY', 3e8, { unit: 'AUD' }),
    f('HK$12', 'MONEY', 12, { unit: 'HKD' }),
    f('£5', 'MONEY', 5, { unit: 'GBP' }),
    f('€3.5bn', 'MONEY', 3.5e9, { unit: 'EUR' }),
    f('¥200 billion', 'MONEY', 2e11, { unit: 'JPY' }),
    f('40 pence', 'MONEY', 0.4, { unit: 'GBP' }),
    f('25 cents', 'MONEY', 0.25, { unit: 'USD' }),
  ]],
  ['"up to" after a verb of change is the level reached', 'Inflation ticks up to 5% next year, and up to 20 people may lose their jobs.', [
    f('5%', 'PERCENT', 5),
    f('next year', 'DATE', null),
    f('up to 20', 'CARDINAL', 20, { bound: 'max' }),
  ]],
  ['"up to" after a modal stays a ceiling', 'The yield could rise up to 10 basis points, and growth was revised up to 3.1%.', [
    f('up to 10 basis points', 'PERCENT', 10, { bound: 'max', unit: 'basis point' }),
    f('3.1%', 'PERCENT', 3.1),
  ]],
  ['a number and a half in one token', 'The drill took six-and-a-half minutes under a two-and-a-half-year lease.', [
    f('six-and-a-half minutes', 'DURATION', 6.5, { unit: 'minute' }),
    f('two-and-a-half-year', 'DURATION', 2.5, { unit: 'year' }),
  ]],
  ['pounds of body weight', 'The winger moved up 10 pounds over the summer to handle heavier checking, and the 250-pound defenceman stayed.', [
    f('10 pounds', 'QUANTITY', 10, { unit: 'pound' }),
    f('250-pound', 'QUANTITY', 250, { unit: 'pound' }),
  ]],
  ['pounds of a drug priced in dollars', 'Police seized 25 pounds of cocaine worth about $400,000.', [
    f('25 pounds', 'QUANTITY', 25, { unit: 'pound' }),
    f('about $400,000', 'MONEY', 4e5, { approx: true, unit: 'USD' }),
  ]],
  ['a Canadian company story without a dateline', 'Shares of the Toronto-based miner rose 4.2 per cent to $18.75 on the TSX after a profit of $1.2-billion.', [
    f('4.2 per cent', 'PERCENT', 4.2),
    f('$18.75', 'MONEY', 18.75, { unit: 'CAD' }),
    f('$1.2-billion', 'MONEY', 1.2e9, { unit: 'CAD' }),
  ]],
  ['pounds of money', 'Britain sold 3 billion pounds of gilts, and the court fined the bank 500 pounds.', [
    f('3 billion pounds', 'MONEY', 3e9, { unit: 'GBP' }),
    f('500 pounds', 'MONEY', 500, { unit: 'GBP' }),
  ]],
  ['scores, records and tallies', 'The Kings won 7-4 on Saturday after a 3-1 win, improving to 21-12-7, and the court split 5-4 in its ruling.', [
    f('7-4', 'SCORE', null, { unit: 'score' }),
    f('Saturday', 'DATE', null),
    f('3-1', 'SCORE', null, { unit: 'score' }),
    f('21-12-7', 'SCORE', null, { unit: 'record' }),
    f('5-4', 'SCORE', null, { unit: 'score' }),
  ]],
  ['a low-to-high pair is a result only with one in sight', 'Rovers lost 1-2 at home in a 5–4 vote week, and 10-15 sheep drowned.', [
    f('1-2', 'SCORE', null, { unit: 'score' }),
    f('5–4', 'SCORE', null, { unit: 'vote' }),
    f('10-15', 'CARDINAL', null),
  ]],
  ['heights, averages and rates in sports copy', 'The 6-foot-3 forward, hitting .312 for a team at .500, earns $15-an-hour in the off-season.', [
    f('6-foot-3', 'QUANTITY', 6.25, { unit: 'foot' }),
    f('.312', 'CARDINAL', 0.312),
    f('.500', 'CARDINAL', 0.5),
    f('$15-an-hour', 'MONEY', 15, { unit: 'USD' }),
  ]],
  ['formations and aircraft models are no figures', 'They lined up in a 4-4-2 and flew a 747-400 home.', []],
  ['shirt numbers in a line-up are no figures', 'Harbour: 15 Liam Brody; 14 Sean Marsh, 13 Tom Ruiz, 12 Ben Odell (capt).', []],
  ['counts in a list are figures', 'The vote: 12 Democrats, 10 Republicans, 3 Independents.', [
    f('12', 'CARDINAL', 12),
    f('10', 'CARDINAL', 10),
    f('3', 'CARDINAL', 3),
  ]],
  ['"over" before money that sizes a matter is a headline\'s preposition', 'Treasurer jailed over £1.2m fraud after he spent over £40,000 on cars.', [
    f('£1.2m', 'MONEY', 1.2e6, { unit: 'GBP' }),
    f('over £40,000', 'MONEY', 40000, { unit: 'GBP', bound: 'min' }),
  ]],
  ['golf rounds in brackets are scores, ages stay ages', 'Elin Berg (66) and Park Ji-won (67) were tied at 10 under. Tom Hale (66) was found under a bridge.', [
    f('66', 'CARDINAL', 66),
    f('67', 'CARDINAL', 67),
    f('10 under', 'CARDINAL', 10, { unit: 'under par' }),
    f('66', 'AGE', 66),
  ]],
  ['ranges with their unit on both ends or glued to the far end', 'Forecasts range between 2% and 3%, with 2-5cm of snow, and prices rose 0.3% to 3.5%.', [
    f('between 2% and 3%', 'PERCENT', null, { unit: '%' }),
    f('2-5cm', 'QUANTITY', null, { unit: 'cm' }),
    f('0.3%', 'PERCENT', 0.3),
    f('3.5%', 'PERCENT', 3.5),
  ]],
  ['heights and race distances glued to "m" are metres', 'Snow will settle on high ground above 300m, the village sits 450m above sea level, she won the 100m freestyle and 300m people watched.', [
    f('above 300m', 'QUANTITY', 300, { unit: 'meter', bound: 'min' }),
    f('450m', 'QUANTITY', 450, { unit: 'meter' }),
    f('100m', 'QUANTITY', 100, { unit: 'meter' }),
    f('300m', 'CARDINAL', 3e8),
  ]],
  ['a bare number after "from … to" takes the unit before it', 'The line cut the trip from 45 minutes to 18, and the toll went from 10 to 12.', [
    f('45 minutes', 'DURATION', 45, { unit: 'minute' }),
    f('18', 'DURATION', 18, { unit: 'minute' }),
    f('10', 'CARDINAL', 10),
    f('12', 'CARDINAL', 12),
  ]],
  ['a lone quarter as a period, split years as fiscal years and seasons', 'Exports rose in Q3, the Audi Q3 sold well, and the 2027/28 budget and the 2025/26 season followed; 20/21 is none.', [
    f('Q3', 'DATE', null),
    f('2027/28', 'DATE', null),
    f('2025/26', 'DATE', null),
  ]],
  ['the British papers\' dotted clock', 'He was struck at about 10.45pm, between 10.30pm and 11pm, and the rate was 10.45 per cent.', [
    f('about 10.45pm', 'TIME', null, { approx: true }),
    f('10.30pm', 'TIME', null),
    f('11pm', 'TIME', null),
    f('10.45 per cent', 'PERCENT', 10.45),
  ]],
  ['telephone and reference numbers are no figures', 'Call 101, quoting log 1732 of 8 December, or 0800 555 111, (555) 123-4567 or +44 20 7946 0958; police called 12 witnesses.', [
    f('8 December', 'DATE', null),
    f('12', 'CARDINAL', 12, { unit: 'witnesses' }),
  ]],
  ['a capitalised number word inside a sentence is a name', 'Environmental group Zero warned that three towns and nine grandchildren were at risk.', [
    f('three', 'CARDINAL', 3, { unit: 'towns' }),
    f('nine', 'CARDINAL', 9, { unit: 'grandchildren' }),
  ]],
  ['an Australian football score, goals and behinds and points', 'Hawthorn 14.11 (95) beat Brisbane 13.8 (86), and the index rose 14.11 (12) points.', [
    f('14.11 (95)', 'SCORE', null, { unit: 'score' }),
    f('13.8 (86)', 'SCORE', null, { unit: 'score' }),
    f('14.11', 'CARDINAL', 14.11),
    f('12', 'CARDINAL', 12),
  ]],
  ['energy in power units and hours', 'The three states use around 27 terawatt hours a year, or 5 kilowatt-hours a home, from 650 megawatts.', [
    f('three', 'CARDINAL', 3, { unit: 'states' }),
    f('around 27 terawatt hours a year', 'QUANTITY', 27, { unit: 'TWh per year', approx: true }),
    f('5 kilowatt-hours', 'QUANTITY', 5, { unit: 'kWh' }),
    f('650 megawatts', 'QUANTITY', 650, { unit: 'MW' }),
  ]],
  ['house numbers are no figures, a year before a street stays a year', 'The council meets at 200 N. Main St. and 12 Moor Lane. In 2021 Main Street lost 5 shops.', [
    f('2021', 'DATE', 2021),
    f('5', 'CARDINAL', 5, { unit: 'shops' }),
  ]],
  ['cricket: an innings\' runs for wickets, a bowler\'s figures', 'England ended the first day of the Test on 412 for six, and Jadeja took 3-97 from 28 overs. Tickets cost 10 for two.', [
    f('first', 'ORDINAL', 1),
    f('412 for six', 'SCORE', null, { unit: 'innings' }),
    f('3-97', 'SCORE', null, { unit: 'bowling' }),
    f('28', 'CARDINAL', 28, { unit: 'overs' }),
    f('10', 'CARDINAL', 10),
    f('two', 'CARDINAL', 2),
  ]],
  ['a market table: index names, changes with their signs', 'S&P 500 6,108.92 +31.07 (+0.51%)\nNasdaq 19,874.15 -12.60 (-0.06%)\nThe FTSE 100 rose, pages 10 -20.', [
    f('6,108.92', 'CARDINAL', 6108.92),
    f('+31.07', 'CARDINAL', 31.07),
    f('+0.51%', 'PERCENT', 0.51),
    f('19,874.15', 'CARDINAL', 19874.15),
    f('-12.60', 'CARDINAL', -12.6),
    f('-0.06%', 'PERCENT', -0.06),
    f('10 -20', 'CARDINAL', null),
  ]],
  ['thousands grouped by plain spaces, not a table\'s row nor a model and a count', 'About 12 000 people and 1 500 000 visitors came; Revenue 1,154 692 624 465 Operating; a Porsche 911 164 laps.', [
    f('About 12 000', 'CARDINAL', 12000, { unit: 'people', approx: true }),
    f('1 500 000', 'CARDINAL', 1.5e6, { unit: 'visitors' }),
    f('1,154', 'CARDINAL', 1154),
    f('692', 'CARDINAL', 692),
    f('624', 'CARDINAL', 624),
    f('465', 'CARDINAL', 465),
    f('164', 'CARDINAL', 164, { unit: 'laps' }),
  ]],
  ['thousands grouped by a no-break or thin space', 'Fares rose to \u00a31\u00a0200 for 2\u00a0000 people, 1\u202f250\u202f000 in all, at 10\u00a0am.', [
    f('\u00a31\u00a0200', 'MONEY', 1200, { unit: 'GBP' }),
    f('2\u00a0000', 'CARDINAL', 2000, { unit: 'people' }),
    f('1\u202f250\u202f000', 'CARDINAL', 1250000),
    f('10\u00a0am', 'TIME', null),
  ]],
  ['days of a month as a range, parts of a year joined by a hyphen', 'Talks run 7–9 December and 10 to 12 March 2027, with a deal by end-2027 or early-2026, and end-user fees.', [
    f('7–9 December', 'DATE', null),
    f('10 to 12 March 2027', 'DATE', null),
    f('end-2027', 'DATE', 2027),
    f('early-2026', 'DATE', 2026),
  ]],
  ['Swiss francs, Mexican dollars, pesos and the yuan as "RMB"', 'It paid SFr 300 million, SFr2m, Mex$ 2 billion, ₱2.5 billion and RMB 40 billion.', [
    f('SFr 300 million', 'MONEY', 3e8, { unit: 'CHF' }),
    f('SFr2m', 'MONEY', 2e6, { unit: 'CHF' }),
    f('Mex$ 2 billion', 'MONEY', 2e9, { unit: 'MXN' }),
    f('₱2.5 billion', 'MONEY', 2.5e9, { unit: 'PHP' }),
    f('RMB 40 billion', 'MONEY', 4e10, { unit: 'CNY' }),
  ]],
  ['international telephone numbers are no figures', 'Call the Paris desk on +33 1 42 21 53 81 or +1 212-859-1761 (+65-8703086); +1 Fred Couples.', [
    f('+1', 'CARDINAL', 1),
  ]],
  ['a clip length, a title and idioms are no figures', 'The video, 1:56, shows the first lady, who did not mind one bit, a three-on-one rush and a two-way race.', []],
  ['concentrations and doses: parts per million, micrograms per cubic metre, milligrams', 'Levels above 15 micrograms per cubic metre, 419 parts per million, about 300ppm, 8 ppb and a 20mg pill; 5 MG hatchbacks.', [
    f('above 15 micrograms per cubic metre', 'QUANTITY', 15, { unit: 'µg per cubic meter', bound: 'min' }),
    f('419 parts per million', 'QUANTITY', 419, { unit: 'ppm' }),
    f('about 300ppm', 'QUANTITY', 300, { unit: 'ppm', approx: true }),
    f('8 ppb', 'QUANTITY', 8, { unit: 'ppb' }),
    f('20mg', 'QUANTITY', 20, { unit: 'mg' }),
    f('5', 'CARDINAL', 5),
  ]],
  ['money glued to a word by a hyphen after its sign', 'The £60m-rated forward, a $75,000-a-year post, a $3.5-billion-a-year trade and a $10-plus trillion debt.', [
    f('£60m-rated', 'MONEY', 6e7, { unit: 'GBP' }),
    f('$75,000-a-year', 'MONEY', 75000, { unit: 'USD' }),
    f('$3.5-billion-a-year', 'MONEY', 3.5e9, { unit: 'USD' }),
    f('$10-plus trillion', 'MONEY', 1e13, { unit: 'USD', bound: 'min' }),
  ]],
  ['a duration in several units is one duration, in its smallest unit; a new line or a larger unit after starts another', 'She won in 2 hours 19 minutes 8 seconds, served three years and two months, rested 1 hour, 5 minutes, then 5 minutes and 10 hours.', [
    f('2 hours 19 minutes 8 seconds', 'DURATION', 8348, { unit: 'second' }),
    f('three years and two months', 'DURATION', 38, { unit: 'month' }),
    f('1 hour, 5 minutes', 'DURATION', 65, { unit: 'minute' }),
    f('5 minutes', 'DURATION', 5, { unit: 'minute' }),
    f('10 hours', 'DURATION', 10, { unit: 'hour' }),
  ]],
  ['a 24-hour clock before "local time", or with a leading zero before "hours"; hours of work stay a duration', 'Play starts at 1415 local time (1315 GMT); troops left at 0600 hours after 1500 hours of drills.', [
    f('1415 local time', 'TIME', null),
    f('1315 GMT', 'TIME', null),
    f('0600 hours', 'TIME', null),
    f('1500 hours', 'DURATION', 1500, { unit: 'hour' }),
  ]],
  ['Philippine pesos after "P" with a multiplier only, and the Ghanaian cedi after "GH¢"', 'It cost P2 billion and P450m, not the P5 or grade P3.5; GH¢15.2 and GH₵ 3 million.', [
    f('P2 billion', 'MONEY', 2e9, { unit: 'PHP' }),
    f('P450m', 'MONEY', 4.5e8, { unit: 'PHP' }),
    f('GH¢15.2', 'MONEY', 15.2, { unit: 'GHS' }),
    f('GH₵ 3 million', 'MONEY', 3e6, { unit: 'GHS' }),
  ]],
  ['a tally written with "to" next to a word of voting; other "to" pairs stay ranges', 'In a 6 to 3 ruling the court agreed; the board voted 7 to 2, and some 10 to 15 votes were lost.', [
    f('6 to 3', 'SCORE', null, { unit: 'vote' }),
    f('7 to 2', 'SCORE', null, { unit: 'vote' }),
    f('some 10 to 15', 'CARDINAL', null, { approx: true }),
  ]],
  ['a numbered part of a season, a race or a text is no figure, at a sentence\'s start too', 'Round 3 was wet. Section 1001 applies, and Stage 7 was cut to 140 km.', [
    f('140 km', 'QUANTITY', 140, { unit: 'km' }),
  ]],
  ['a numbered part in lower case is no count where the phrase ends; a count after it stays', 'They were 287-6 on day two, in round nine of the series; the day three people died they led by a day 137 ahead, and Wood took 4-38.', [
    f('287-6', 'SCORE', null, { unit: 'score' }),
    f('three', 'CARDINAL', 3, { unit: 'people' }),
    f('137', 'CARDINAL', 137),
    f('4-38', 'SCORE', null, { unit: 'bowling' }),
  ]],
  ['an age after someone described by a noun and closed by a comma; a list of numbers is no age', 'The driver, 34, and their unnamed coach, 51, were hurt; the firm lost 3, 4 and 5 seats.', [
    f('34', 'AGE', 34),
    f('51', 'AGE', 51),
    f('3', 'CARDINAL', 3),
    f('4', 'CARDINAL', 4),
    f('5', 'CARDINAL', 5, { unit: 'seats' }),
  ]],
  ['a model number after an all-caps or camel-case word is no figure; the count before it is', 'The carrier flies 40 MAX 8s and sold iPhone 15 cases; some 320 A320neo jets wait.', [
    f('40', 'CARDINAL', 40),
    f('some 320', 'CARDINAL', 320, { approx: true }),
  ]],
  ['a multiplier hyphenated to the word it forms is the amount\'s; "-plus" makes it a lower bound', 'A $2 billion-plus deal, a 10 million-strong union, EUR 9.8 billion-equivalent and a $5 billion-dollar fund.', [
    f('$2 billion-plus', 'MONEY', 2e9, { unit: 'USD', bound: 'min' }),
    f('10 million-strong', 'CARDINAL', 1e7),
    f('EUR 9.8 billion-equivalent', 'MONEY', 9.8e9, { unit: 'EUR' }),
    f('$5 billion-dollar', 'MONEY', 5e9, { unit: 'USD' }),
  ]],
  ['a length glued to its unit, then the size it measures ("30m-long" is metres, not millions)', 'A 30m-long wall, a 5cm-thick slab, a 5.6mm-thick phone and a 12km-wide bay.', [
    f('30m-long', 'QUANTITY', 30, { unit: 'meter' }),
    f('5cm-thick', 'QUANTITY', 5, { unit: 'cm' }),
    f('5.6mm-thick', 'QUANTITY', 5.6, { unit: 'mm' }),
    f('12km-wide', 'QUANTITY', 12, { unit: 'km' }),
  ]],
  ['a water height in metres written "m", with nothing counted after it; millions of people stay millions', 'River levels peaked at 5.6m on Monday and the sea rose to 2.1m, but 1.2m homes near the water lost power.', [
    f('5.6m', 'QUANTITY', 5.6, { unit: 'meter' }),
    f('Monday', 'DATE', null),
    f('2.1m', 'QUANTITY', 2.1, { unit: 'meter' }),
    f('1.2m', 'CARDINAL', 1.2e6, { unit: 'homes' }),
  ]],
  ['the currencies of South Asia\'s and East Africa\'s papers, in letters and as codes', 'The taka hit Tk 122.50; the budget is Tk 7.97 lakh crore, NRs 1.86 trillion, LKR 291, Rp 5,000, RM2.5 billion and TSh 40 billion.', [
    f('Tk 122.50', 'MONEY', 122.5, { unit: 'BDT' }),
    f('Tk 7.97 lakh crore', 'MONEY', 7.97e12, { unit: 'BDT' }),
    f('NRs 1.86 trillion', 'MONEY', 1.86e12, { unit: 'NPR' }),
    f('LKR 291', 'MONEY', 291, { unit: 'LKR' }),
    f('Rp 5,000', 'MONEY', 5000, { unit: 'IDR' }),
    f('RM2.5 billion', 'MONEY', 2.5e9, { unit: 'MYR' }),
    f('TSh 40 billion', 'MONEY', 4e10, { unit: 'TZS' }),
  ]],
  ['a device\'s storage, frequency and chip process; "8K video" is a resolution, not eight thousand', 'The phone has 256GB, a 120Hz screen, a 3.2 GHz core on a 2nm process and shoots 8K video; 8K fans came.', [
    f('256GB', 'QUANTITY', 256, { unit: 'GB' }),
    f('120Hz', 'QUANTITY', 120, { unit: 'Hz' }),
    f('3.2 GHz', 'QUANTITY', 3.2, { unit: 'GHz' }),
    f('2nm', 'QUANTITY', 2, { unit: 'nm' }),
    f('8K', 'CARDINAL', 8000, { unit: 'fans' }),
  ]],
  ['a span of months is one date, with its year; "aged over 65" is an age with a bound', 'In the July-September period and January-June 1996, people aged over 65 and children aged under 5 were counted.', [
    f('July-September', 'DATE', null),
    f('January-June 1996', 'DATE', null),
    f('aged over 65', 'AGE', 65, { bound: 'min' }),
    f('aged under 5', 'AGE', 5, { bound: 'max' }),
  ]],
  ['cricket written with a slash: an innings\' runs for wickets, a bowler\'s wickets for runs, a batter\'s balls', 'India were 41/2 after 10 overs and posted 287/6; Henry took 3/48 and Gill made 64 (71b, 6x4) in the innings.', [
    f('41/2', 'SCORE', null, { unit: 'innings' }),
    f('10', 'CARDINAL', 10, { unit: 'overs' }),
    f('287/6', 'SCORE', null, { unit: 'innings' }),
    f('3/48', 'SCORE', null, { unit: 'bowling' }),
    f('64', 'CARDINAL', 64),
    f('71b', 'CARDINAL', 71, { unit: 'balls' }),
  ]],
  ['a whole number and a fraction, written with a slash or in one sign; "9/11" and "24/7" beside cricket words are neither', 'He pitched 6 1/3 innings and ran 3¾ miles in a 2½-hour session; since 9/11 the runs come 24/7.', [
    f('6 1/3', 'CARDINAL', 6 + 1 / 3, { unit: 'innings' }),
    f('3¾ miles', 'QUANTITY', 3.75, { unit: 'mile' }),
    f('2½-hour', 'DURATION', 2.5, { unit: 'hour' }),
  ]],
  ['golf\'s strokes against par; a jump cleared in metres written "m"', 'He shot a 5-under 67 to finish at 18-under, and Walsh cleared 2.31m.', [
    f('5-under', 'CARDINAL', 5, { unit: 'under par' }),
    f('67', 'CARDINAL', 67),
    f('18-under', 'CARDINAL', 18, { unit: 'under par' }),
    f('2.31m', 'QUANTITY', 2.31, { unit: 'meter' }),
  ]],
  ['a year with its century left off after an opening apostrophe; a quoted number stays a number', "She was called to the bar in '71, the class of ’94 met in spring '08, and '71' was her number.", [
    f("'71", 'DATE', 1971),
    f('’94', 'DATE', 1994),
    f("'08", 'DATE', 2008),
    f('71', 'CARDINAL', 71),
  ]],
  ['commodity desks\' units and prices: grain eighths, LNG capacity, containers, tanker size, square feet, crypto tickers', 'Corn fell 6-1/4 cents to $4.21-3/4; a train adds 8 Mtpa, the port moved 3.4 million TEUs, a 300,000-dwt tanker and a 120,000-sq-ft tower sold, and a fund bought 1,200 BTC.', [
    f('6-1/4 cents', 'MONEY', 0.0625, { unit: 'USD' }),
    f('$4.21-3/4', 'MONEY', 4.2175, { unit: 'USD' }),
    f('8 Mtpa', 'QUANTITY', 8, { unit: 'Mtpa' }),
    f('3.4 million TEUs', 'QUANTITY', 3.4e6, { unit: 'TEU' }),
    f('300,000-dwt', 'QUANTITY', 300000, { unit: 'dwt' }),
    f('120,000-sq-ft', 'QUANTITY', 120000, { unit: 'square foot' }),
    f('1,200 BTC', 'MONEY', 1200, { unit: 'BTC' }),
  ]],
  ['"one in 1,000" is a share; distances in light-years and speeds in km/s; "one in 2019" stays a year', 'One in 1,000 children die; a planet 31 light-years away, a probe at 17 km/s, and one in 2019.', [
    f('One in 1,000', 'FRACTION', 0.001),
    f('31 light-years', 'QUANTITY', 31, { unit: 'light-year' }),
    f('17 km/s', 'QUANTITY', 17, { unit: 'km/s' }),
    f('one', 'CARDINAL', 1),
    f('2019', 'DATE', 2019),
  ]],
  ['the Gulf\'s, Egypt\'s and Israel\'s money: dirhams, riyals glued to money, "E£", shekels; "rbl"; a road called "SR 520" is no money (nor a count: a name)', 'Emaar made Dh4.2 billion, Aramco raised SR12 billion, Qatar spends QR210bn, Egypt sold E£2 billion and LE15.5 billion, Israel bought NIS 3.5 billion and Russia lost 3.4 trillion rbl; SR 520 reopened.', [
    f('Dh4.2 billion', 'MONEY', 4.2e9, { unit: 'AED' }),
    f('SR12 billion', 'MONEY', 1.2e10, { unit: 'SAR' }),
    f('QR210bn', 'MONEY', 2.1e11, { unit: 'QAR' }),
    f('E£2 billion', 'MONEY', 2e9, { unit: 'EGP' }),
    f('LE15.5 billion', 'MONEY', 1.55e10, { unit: 'EGP' }),
    f('NIS 3.5 billion', 'MONEY', 3.5e9, { unit: 'ILS' }),
    f('3.4 trillion rbl', 'MONEY', 3.4e12, { unit: 'RUB' }),
  ]],
  ['a decade after a temperature word is degrees, after "her" an age, else a decade', 'Highs in the mid-20s and lows in the 40s; she is in her mid-30s, as in the mid-1990s.', [
    f('mid-20s', 'QUANTITY', null, { unit: 'degree', approx: true }),
    f('40s', 'QUANTITY', null, { unit: 'degree', approx: true }),
    f('mid-30s', 'AGE', null, { approx: true }),
    f('mid-1990s', 'DATE', null),
  ]],
  ['"by X to Y" is the change and the new level, not a range; "$10 to $15" alone stays one', 'Bin collections will go up by £4 to £58, the fund shrank by about $140 billion to $2.31 trillion, and seats cost $10 to $15.', [
    f('£4', 'MONEY', 4, { unit: 'GBP' }),
    f('£58', 'MONEY', 58, { unit: 'GBP' }),
    f('about $140 billion', 'MONEY', 1.4e11, { unit: 'USD', approx: true }),
    f('$2.31 trillion', 'MONEY', 2.31e12, { unit: 'USD' }),
    f('$10 to $15', 'MONEY', null, { unit: 'USD' }),
  ]],
  ['pence glued to the number in British copy; a video\'s "720p" and an old fraction\'s "1 / 2p" are no money', 'Care takes 46p of every £1 the county spends; petrol rose 3.2p, and clips stream in 720p.', [
    f('46p', 'MONEY', 0.46, { unit: 'GBP' }),
    f('£1', 'MONEY', 1, { unit: 'GBP' }),
    f('3.2p', 'MONEY', 0.032, { unit: 'GBP' }),
  ]],
  ['concentrations in blood and air', 'Levels fell from 172 nmol/L; his cholesterol was 240 mg/dL, glucose 6.1 mmol/L, and smog hit 310 µg/m3.', [
    f('172 nmol/L', 'QUANTITY', 172, { unit: 'nmol/L' }),
    f('240 mg/dL', 'QUANTITY', 240, { unit: 'mg/dL' }),
    f('6.1 mmol/L', 'QUANTITY', 6.1, { unit: 'mmol/L' }),
    f('310 µg/m3', 'QUANTITY', 310, { unit: 'µg/m³' }),
  ]],
  ['"a year ago" after a duration is no rate', 'Stock stood at 4.1 months, from 3.2 months a year ago, and shifts run 12 hours a day.', [
    f('4.1 months', 'DURATION', 4.1, { unit: 'month' }),
    f('3.2 months', 'DURATION', 3.2, { unit: 'month' }),
    f('a year ago', 'DATE', null),
    f('12 hours a day', 'DURATION', 12, { unit: 'hour' }),
  ]],
  ['a count out of a whole after a capitalised name is a figure ("Alliance 181 of the 400"), "Article 33 of the 1951 Convention" is not', 'The count gave the ruling Unity 181 of the 400 seats, under Article 33 of the 1951 Convention.', [
    f('181', 'CARDINAL', 181),
    f('400', 'CARDINAL', 400, { unit: 'seats' }),
    f('1951', 'DATE', 1951),
  ]],
  ['a team\'s record after "fell to", low to high, and a pitcher\'s record beside his run average', 'Kelso has lost six of eight and fell to 61-70. Pitcher Omar Vance (6-9, 4.51) starts.', [
    f('six', 'CARDINAL', 6),
    f('eight', 'CARDINAL', 8),
    f('61-70', 'SCORE', null, { unit: 'record' }),
    f('6-9', 'SCORE', null, { unit: 'record' }),
    f('4.51', 'CARDINAL', 4.51),
  ]],
  ['rain rates, trillions written "T" after a sign and "tr" against naira, a change in per cent after money', 'Rain fell at 20 to 30mm/h; the firm is worth about $2.9T; capital spending is N16.4tr, up $9.4 million or 19.3%.', [
    f('20 to 30mm/h', 'QUANTITY', null, { unit: 'mm/h' }),
    f('about $2.9T', 'MONEY', 2.9e12, { unit: 'USD', approx: true }),
    f('N16.4tr', 'MONEY', 1.64e13, { unit: 'NGN' }),
    f('$9.4 million', 'MONEY', 9.4e6, { unit: 'USD' }),
    f('19.3%', 'PERCENT', 19.3),
  ]],
  ['a game\'s half is no date, a year\'s half is; a footnote\'s "(1)" against a word is no figure', 'Reed scored early in the second half. Profit rose in the second half. Adjusted EBITDA(1) was $58.2 million. Miles ran for a 54-yard score early in the fourth quarter.', [
    f('second half', 'DATE', null),
    f('$58.2 million', 'MONEY', 5.82e7, { unit: 'USD' }),
    f('54-yard', 'QUANTITY', 54, { unit: 'yard' }),
  ]],
  ['seconds glued to a decimal, a run of days with an adjective between, "handed over" a particle but "taken over 300" a bound', 'Vos was 0.084s ahead after 241 consecutive days and two more years; donors handed over $25 million, and she has taken over 300 wickets.', [
    f('0.084s', 'DURATION', 0.084, { unit: 'second' }),
    f('241 consecutive days', 'DURATION', 241, { unit: 'day' }),
    f('two more years', 'DURATION', 2, { unit: 'year' }),
    f('$25 million', 'MONEY', 2.5e7, { unit: 'USD' }),
    f('over 300', 'CARDINAL', 300, { bound: 'min', unit: 'wickets' }),
  ]],
  ['a numbered exit is no count, snow a town lies under is no bound, "the low 20s" after "Temperatures … in" are degrees', 'Snow buries the town under 4 feet; the road closed at exit 46 and gate 12 shut. Temperatures hovered in the low 20s.', [
    f('4 feet', 'QUANTITY', 4, { unit: 'foot' }),
    f('20s', 'QUANTITY', null, { unit: 'degree', approx: true }),
  ]],
  ['fuel prices in cents with a lower-case "c": beside "cents", or alone with a decimal or three digits', 'Petrol rose 4.2 cents to 189.9c a litre and diesel 3c, and the cycle peaked at 214.9c on Tuesday.', [
    f('4.2 cents', 'MONEY', 0.042, { unit: 'USD' }),
    f('189.9c', 'MONEY', 1.899, { unit: 'USD' }),
    f('3c', 'MONEY', 0.03, { unit: 'USD' }),
    f('214.9c', 'MONEY', 2.149, { unit: 'USD' }),
    f('Tuesday', 'DATE', null),
  ]],
  ['a lower-case "c" against a small number: cents beside euros or dollars, degrees beside a word of temperature, else nothing', 'The wage rises by 80c to €14.50. Highs of 30c are expected. Stamps rose 5c to $1.45. Take the 12c bus.', [
    f('80c', 'MONEY', 0.8, { unit: 'EUR' }),
    f('€14.50', 'MONEY', 14.5, { unit: 'EUR' }),
    f('30c', 'QUANTITY', 30, { unit: '°C' }),
    f('5c', 'MONEY', 0.05, { unit: 'USD' }),
    f('$1.45', 'MONEY', 1.45, { unit: 'USD' }),
  ]],
  ['India\'s grouping in lakhs and crores; a chamber\'s vote of two big numbers ("passed the bill 312-118"), not a model number', 'The line carried 1,04,312 riders and cost Rs 12,34,56,789. The House passed the bill 312-118; the 747-400 flew on.', [
    f('1,04,312', 'CARDINAL', 104312, { unit: 'riders' }),
    f('Rs 12,34,56,789', 'MONEY', 123456789, { unit: 'INR' }),
    f('312-118', 'SCORE', null, { unit: 'vote' }),
  ]],
  ['multiples written with "fold"; a fraction of a century a span, with "ago" a date; "a decade ago" right after a figure', 'Fees rose threefold and 10-fold, output three-fold. It stood for a quarter of a century and opened half a century ago; one in three, down from two in five a decade ago.', [
    f('threefold', 'CARDINAL', 3, { unit: 'times' }),
    f('10-fold', 'CARDINAL', 10, { unit: 'times' }),
    f('three-fold', 'CARDINAL', 3, { unit: 'times' }),
    f('a quarter of a century', 'DURATION', 0.25, { unit: 'century' }),
    f('half a century ago', 'DATE', null),
    f('one in three', 'FRACTION', 1 / 3),
    f('two in five', 'FRACTION', 0.4),
    f('a decade ago', 'DATE', null),
  ]],
  ['emissions, harvests, oil cuts and sea miles', 'Emissions hit 37.4 gigatonnes, or 412 MtCO2e here; yields reached 180 bushels, about 11.3 t/ha; OPEC+ cut 2.2 mb/d; the ship was 200 nautical miles out.', [
    f('37.4 gigatonnes', 'QUANTITY', 37.4, { unit: 'Gt' }),
    f('412 MtCO2e', 'QUANTITY', 412, { unit: 'MtCO2e' }),
    f('180 bushels', 'QUANTITY', 180, { unit: 'bushel' }),
    f('about 11.3 t/ha', 'QUANTITY', 11.3, { unit: 't/ha', approx: true }),
    f('2.2 mb/d', 'QUANTITY', 2.2, { unit: 'million barrels per day' }),
    f('200 nautical miles', 'QUANTITY', 200, { unit: 'nautical mile' }),
  ]],
  ['a tally written with "to" after a word of voting a few words before', 'The vote was 6 to 3. It passed by a vote of 5 to 4, and prices rose 10 to 15 percent after the vote.', [
    f('6 to 3', 'SCORE', null, { unit: 'vote' }),
    f('5 to 4', 'SCORE', null, { unit: 'vote' }),
    f('10 to 15 percent', 'PERCENT', null),
  ]],
];

describe('figures', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => check(text, expected));
  }

  it('multiplies without binary noise ("4.1 million" is 4100000 exactly)', () => {
    const got = figuresOf('Stocks fell 4.1 million barrels, it paid $33.2 million, 69 cents and 0.35 cent, and 133.7 million taka.');
    assert.deepEqual(got.map((g) => g.value), [4_100_000, 33_200_000, 0.69, 0.0035, 133_700_000]);
  });

  it('reads "Rs" and "rupees" as the rupee of the country whose copy it is', () => {
    const unitsOf = (text: string): string[] => figuresOf(text).filter((g) => g.kind === 'MONEY').map((g) => g.unit ?? '');
    assert.deepEqual(unitsOf('KARACHI: The State Bank of Pakistan sold Rs250 billion of bonds and 40 million rupees of bills.'), ['PKR', 'PKR']);
    assert.deepEqual(unitsOf('COLOMBO (Wirewire) - Sri Lanka raised Rs 12 billion in treasury bills, the Colombo exchange said.'), ['LKR']);
    assert.deepEqual(unitsOf('MUMBAI: The lender raised Rs 5,000 crore; Pakistan and Pakistani lenders did not bid, India said.'), ['INR']);
    assert.deepEqual(unitsOf('Lahore traders paid Rs 900 for wheat, Pakistani officials in Islamabad said; an import cost ₹40.'), ['PKR', 'INR']);
    const paise = figuresOf('MUMBAI: The rupee rose 12 paise to 84.41 against the dollar.').find((g) => g.kind === 'MONEY');
    assert.deepEqual([paise?.text, paise?.value, paise?.unit], ['12 paise', 0.12, 'INR']);
  });

  it('reads "N800" as naira in Nigerian copy only, not its "N95 masks"', () => {
    const moneyOf = (text: string): string[] => figuresOf(text).filter((g) => g.kind === 'MONEY').map((g) => `${g.text} ${g.unit}`);
    assert.deepEqual(moneyOf('LAGOS — Rice sells for N800 a kilo in Lagos, traders told the Central Bank of Nigeria, and N95 masks cost N2,000.'), ['N800 NGN', 'N2,000 NGN']);
    assert.deepEqual(moneyOf('Workers wore N95 masks and Form N800 was filed, with N2,000 paid.'), ['N2,000 NGN']);
  });

  it('reads "P45" and "pesos" as the Philippine peso in Philippine copy only', () => {
    const moneyOf = (text: string): string[] => figuresOf(text).filter((g) => g.kind === 'MONEY').map((g) => `${g.text} ${g.unit}`);
    assert.deepEqual(moneyOf('MANILA, Philippines — The peso closed at P58.42, rice cost P45 a kilo and a ride 13 pesos.'), ['P58.42 PHP', 'P45 PHP', '13 pesos PHP']);
    assert.deepEqual(moneyOf('Filipinos in Cebu and Davao paid P1,250 for the permit.'), ['P1,250 PHP']);
    assert.deepEqual(moneyOf('Tacos in Mexico City cost 45 pesos, and Form P45 was filed with P2 billion of bonds.'), ['45 pesos peso', 'P2 billion PHP']);
  });

  it('reads the measure hyphenated to a multiplier ("a 1.1 million-barrel draw")', () => {
    const got = figuresOf('Analysts expected a 1.1 million-barrel draw after a 2-million-tonne harvest.');
    assert.deepEqual(got.map((g) => `${g.kind} ${g.value} ${g.unit}`), ['QUANTITY 1100000 barrel', 'QUANTITY 2000000 tonne']);
  });

  it('reads no pence in the end of an old table\'s fraction ("12-1 / 2p")', () => {
    const got = figuresOf('In London trading, Harlow Land added 12-1 / 2p to 468p.');
    assert.deepEqual(got.filter((g) => g.kind === 'MONEY').map((g) => g.text), ['468p']);
  });

  it('reads a text whose last words look ahead past its end ("… go up", "… at least")', () => {
    // The qualifier rules read the token after "up" ("up to"): at a text's (or a piece's) last token there is none.
    check('Ticket prices rose 4% and will keep going up', [f('4%', 'PERCENT', 4)]);
    check('The fares went up', []);
    check('Costs rose by at least', []);
  });

  it('drops a number inside an entity mention that reaches past it', () => {
    const text = 'The Ardel 500 regatta drew 40 boats.';
    const start = text.indexOf('Ardel 500');
    const mention: Mention = { start, end: start + 'Ardel 500'.length, text: 'Ardel 500', type: 'MISC', entity: 'e1' };
    check(text, [f('40', 'CARDINAL', 40)], [mention]);
  });

  it('keeps a figure that holds a whole mention inside it', () => {
    const text = 'The vote is on Friday morning.';
    const start = text.indexOf('Friday');
    const mention: Mention = { start, end: start + 6, text: 'Friday', type: 'MISC', entity: 'e1' };
    check(text, [f('Friday morning', 'DATE', null)], [mention]);
  });

  it('reads an age after a PERSON mention', () => {
    const text = 'said harbour pilot de Wit, 44, on the quay.';
    const start = text.indexOf('de Wit');
    const mention: Mention = { start, end: start + 6, text: 'de Wit', type: 'PERSON', entity: 'e1' };
    check(text, [f('44', 'AGE', 44)], [mention]);
  });

  it('reads an age said alone after a PERSON mention ("Tom Waits is 77."), not after any word', () => {
    const text = 'Singer Tom Waits is 77. The count is 98.';
    const start = text.indexOf('Tom Waits');
    const mention: Mention = { start, end: start + 9, text: 'Tom Waits', type: 'PERSON', entity: 'e1' };
    check(text, [f('77', 'AGE', 77), f('98', 'CARDINAL', 98)], [mention]);
  });

  it('skips the credit line', () => {
    const text = 'Storm closes port\n\nPORTVALE, May 2 (Wirewire) – Two ferries sank.\n\nReporting by Ana Lima 2; Editing by Tom Reed';
    const got = figuresOf(text).map((g) => g.text);
    assert.deepEqual(got, ['May 2', 'Two']);
  });

  it('finds the figures of the harbour sample article', () => {
    const text = readFileSync(join(__dirname, '../../samples/harbour-figures.article'), 'utf8');
    const got = figuresOf(text);
    const byText = new Map(got.map((g) => [g.text, g]));
    for (const [t, kind, value] of [
      ['nearly $40 million', 'MONEY', 40e6], ['Feb 12', 'DATE', null], ['up to 140 km/h', 'QUANTITY', 140],
      ['around a fifth', 'FRACTION', 0.2], ['3:40 a.m.', 'TIME', null], ['3.5 percentage points', 'PERCENT', 3.5],
      ['41-year-old', 'AGE', 41], ['Between 40 and 50', 'CARDINAL', null], ['Jan. 9, 2014', 'DATE', null],
      ['fourth-largest', 'ORDINAL', 4], ['Thousands', 'CARDINAL', null],
    ] as const) {
      const g = byText.get(t);
      assert.ok(g, `"${t}" found among ${got.map((x) => x.text).join(' | ')}`);
      assert.equal(g.kind, kind);
      assert.equal(g.value, value);
    }
    assert.ok(!got.some((g) => g.text.includes('Selma') || g.text.includes('Comment')));
  });

  it('reads the figures of the invented house-style stories, and no noise', () => {
    const dir = join(__dirname, '../fixtures/house-styles');
    const want: Record<string, Array<[string, FigureKind, number | null, string | null]>> = {
      'globe-scrape.txt': [
        ['$3.3-billion', 'MONEY', 3.3e9, 'CAD'], ['$38.5-billion', 'MONEY', 38.5e9, 'CAD'], ['$600-million', 'MONEY', 6e8, 'CAD'],
        ['up to 20', 'CARDINAL', 20, 'crews'], ['about a third', 'FRACTION', 1 / 3, null], ['45 cents', 'MONEY', 0.45, 'CAD'],
      ],
      'reuters-scrape.txt': [
        ['minus 0.55%', 'PERCENT', -0.55, '%'], ['up to 500 billion euros', 'MONEY', 5e11, 'EUR'], ['3 billion pounds', 'MONEY', 3e9, 'GBP'],
        ['1.2 trillion yen', 'MONEY', 1.2e12, 'JPY'], ['US$1.3345', 'MONEY', 1.3345, 'USD'], ['5%', 'PERCENT', 5, '%'],
        ['HK$2.4 billion', 'MONEY', 2.4e9, 'HKD'], ['A$300 million', 'MONEY', 3e8, 'AUD'], ['12 pence', 'MONEY', 0.12, 'GBP'],
      ],
      'ap-sports.txt': [
        ['7-4', 'SCORE', null, 'score'], ['21-12-7', 'SCORE', null, 'record'], ['3-1', 'SCORE', null, 'score'],
        ['10 pounds', 'QUANTITY', 10, 'pound'], ['six-and-a-half minutes', 'DURATION', 6.5, 'minute'], ['4-2', 'SCORE', null, 'score'],
      ],
      'rugby-lineup.txt': [['11', 'CARDINAL', 11, null], ['14', 'CARDINAL', 14, null], ['24-17', 'SCORE', null, 'score']],
    };
    const noise: Record<string, string[]> = {
      'globe-scrape.txt': ['1:56', 'one'],
      'reuters-scrape.txt': ['December 7, 2020', '5 images', '3'],
      'ap-sports.txt': ['three-on-one', 'one', 'first', '1:56'],
      'rugby-lineup.txt': ['15', '13', '12', '10', '9', '1', '16', '17', '18'],
    };
    for (const [file, figures] of Object.entries(want)) {
      const got = findFigures(segment(readFileSync(join(dir, file), 'utf8')), []);
      for (const [t, kind, value, unit] of figures) {
        const g = got.find((x) => x.text === t);
        assert.ok(g, `"${t}" in ${file}: ${got.map((x) => x.text).join(' | ')}`);
        assert.equal(g.kind, kind, `${t} in ${file}`);
        if (value === null) assert.equal(g.value, null);
        else assert.ok(g.value !== null && Math.abs(g.value - value) <= 1e-9 * Math.abs(value), `${t}: ${g.value}`);
        assert.equal(g.unit, unit, `unit of ${t} in ${file}`);
      }
      for (const t of noise[file]) assert.ok(!got.some((x) => x.text === t), `"${t}" in ${file} is no figure`);
    }
  });

  // Speed on long tables belongs to the benchmark (`npm run bench`); here only that every row
  // of a long table is read the same way as a short one.
  it('reads a long results table row by row', () => {
    const row = 'Harbour Rovers 3 2 1 0 11 4 7 Quayside 2-1 1996-08-31 ';
    const one = findFigures(segment(`RESULTS\n\n${row}.`), []).length;
    const got = findFigures(segment(`RESULTS\n\n${row.repeat(4000)}.`), []);
    assert.ok(one > 0);
    assert.equal(got.length, one * 4000);
  });
});
