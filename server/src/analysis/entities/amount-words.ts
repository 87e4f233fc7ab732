// Words the figures stage reads as part of an amount or a date, never names (round 25): the unit or
// currency right after a number ("8 Mtpa", "3.4 million TEUs", "1,200 BTC"), a currency pair
// ("EUR/USD"), a temperature scale ("30 degrees Celsius"), a common noun's letters defined in
// brackets after its lower-case words ("body mass index (BMI)", and "BMI" later), and a month before
// a day number ("Born March 3, 1942": the month is the date's; a common word before it at a
// sentence's start goes with it). CoNLL-2003 types "Celsius", "CPI" and "BSE" MISC; the user's copy wants
// no name there, and PER+ORG+LOC does not count MISC. The word lists are the figures stage's, read here, not copied.
import { CURRENCY_CODES } from '../currencies';
import { MEASURE_UNITS } from '../figures/lexicon';
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { hashLower } from './hash';
import { CAPS, DIGIT, LOWER, PUNCT } from './lexicon';
import { MONTH_HASHES } from './month-words';
import type { TokenSpan } from './spans';
import { WordSet } from './word-set';

const UNITS = new WordSet([...MEASURE_UNITS.keys(), ...CURRENCY_CODES.keys()].map(hashLower));
const SCALES = new WordSet(['celsius', 'fahrenheit'].map(hashLower));
const OPEN = hashLower('(');

/** Token k ends an amount: a number, or a lower-case word after one ("3.4 million"). */
function endsAmount(ctx: DocContext, k: number): boolean {
  return ctx.cap[k] === DIGIT || (ctx.cap[k] === LOWER && ctx.cap[k - 1] === DIGIT);
}

/** A span of one token that is the unit of the amount before it, a currency pair ("EUR/USD") or a temperature's scale after its unit ("degrees Celsius"). */
function isAmountWord(ctx: DocContext, t: string, k: number): boolean {
  return k > 0 && ((UNITS.has(ctx.lower[k]) && endsAmount(ctx, k - 1)) || (SCALES.has(ctx.lower[k]) && UNITS.has(ctx.lower[k - 1]))) ||
    (t[3] === '/' && t.length === 7 && CURRENCY_CODES.has(t.slice(0, 3)) && CURRENCY_CODES.has(t.slice(4)));
}

/** "body mass index (BMI)": letters in capitals after a bracket, spelt by the initials of the lower-case words before it. */
function isDefinedCommonNoun(seg: Segmentation, ctx: DocContext, k: number): boolean {
  const t = seg.tokens[k].text;
  const w = k - 1 - t.length;
  if (ctx.cap[k] !== CAPS || t.length > 5 || w < 0 || ctx.lower[k - 1] !== OPEN) return false;
  for (let i = 0; i < t.length; i++) if (ctx.cap[w + i] !== LOWER || seg.tokens[w + i].text[0].toUpperCase() !== t[i]) return false;
  return true;
}

export function dropAmountWords(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let defined: Set<number> | undefined;
  for (const s of spans) {
    const k = s.from;
    if (s.to - k === 1 && (isAmountWord(ctx, seg.tokens[k].text, k) || (isDefinedCommonNoun(seg, ctx, k) && (defined ??= new Set()).add(ctx.lower[k])))) {
      s.to = k;
    } else if (MONTH_HASHES.has(ctx.lower[s.to - 1]) && s.to < ctx.n && ctx.cap[s.to] === DIGIT && seg.tokens[s.to].text.length <= 2) {
      // The month is the date's ("Yeltsin Sept 5", "Allensbach June 12"; "PSE - AUG 26" loses its dash too);
      // one word usually written in lower case left at a sentence's start was read with it ("Born March").
      s.to--;
      while (s.to > k && ctx.cap[s.to - 1] === PUNCT) s.to--;
      if (s.to - k === 1 && k === ctx.sentFirst[k] && ctx.casing[k] >= 1 && ctx.casing[k] <= 3) s.to = k;
    }
  }
  // The letters defined are no name wherever the article uses them ("… whose BMI fell").
  if (defined) for (const s of spans) if (s.to - s.from === 1 && defined.has(ctx.lower[s.from])) s.to = s.from;
  return spans.filter((s) => s.to > s.from);
}
