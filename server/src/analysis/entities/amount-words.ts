// Words the figures stage reads as part of an amount or a date, never names (round 25): the unit or
// currency right after a number ("8 Mtpa", "3.4 million TEUs", "1,200 BTC"), a currency pair
// ("EUR/USD"), a temperature scale ("30 degrees Celsius"), a common noun's letters defined in
// brackets after its lower-case words ("body mass index (BMI)", and "BMI" later), and a month before
// a day number ("Born March 3, 1942": the month is the date's; a common word before it at a
// sentence's start goes with it). CoNLL-2003 types "Celsius", "CPI" and "BSE" MISC; the user's copy wants
// no name there, and PER+ORG+LOC does not count MISC. The word lists are the figures stage's, read here, not copied.
import { CURRENCY_CODES } from '../currencies';
import { MEASURE_UNITS, MULTIPLIERS } from '../figures/lexicon';
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { hashLower } from './hash';
import { CAPS, DIGIT, LOWER, PUNCT } from './lexicon';
import { MONTH_HASHES } from './month-words';
import type { TokenSpan } from './spans';
import { WordSet } from './word-set';

const UNITS = new WordSet([...MEASURE_UNITS.keys(), ...CURRENCY_CODES.keys()].map(hashLower));
const CODES = new WordSet([...CURRENCY_CODES.keys()].map(hashLower));
const SCALES = new WordSet(['celsius', 'fahrenheit', 'kelvin', 'centigrade'].map(hashLower));
const DEGREES = new WordSet(['degree', 'degrees'].map(hashLower));
const MULTIPLIER_HASHES = new WordSet([...MULTIPLIERS.keys()].map(hashLower));
const SLASH = hashLower('/');
const OPEN = hashLower('(');
const CLOSE = hashLower(')');

/** Token k ends an amount: a number, or a multiplier after one ("3.4 million"). */
function endsAmount(ctx: DocContext, k: number): boolean {
  return k >= 0 && (ctx.cap[k] === DIGIT || (k > 0 && ctx.cap[k - 1] === DIGIT && MULTIPLIER_HASHES.has(ctx.lower[k])));
}

/** "EUR/USD" written as one word: two currency codes either side of a slash. */
function isCurrencyPair(t: string): boolean {
  return t.length === 7 && t[3] === '/' && CURRENCY_CODES.has(t.slice(0, 3)) && CURRENCY_CODES.has(t.slice(4));
}

/** A day of the month: a number of one or two digits, 1 to 31. */
function isDay(seg: Segmentation, ctx: DocContext, k: number): boolean {
  if (k >= ctx.n || ctx.cap[k] !== DIGIT) return false;
  const t = seg.tokens[k].text;
  return t.length <= 2 && Number(t) >= 1 && Number(t) <= 31;
}

/** "body mass index (BMI)": letters in capitals in brackets, spelt by the initials of the lower-case words before the bracket. */
function isDefinedCommonNoun(seg: Segmentation, ctx: DocContext, s: TokenSpan): boolean {
  const k = s.from;
  if (s.to - k !== 1 || ctx.cap[k] !== CAPS || k < 2 || s.to >= ctx.n || ctx.lower[k - 1] !== OPEN || ctx.lower[s.to] !== CLOSE) return false;
  const letters = seg.tokens[k].text;
  const len = letters.length;
  if (len < 2 || len > 5 || k - 1 - len < 0) return false;
  for (let i = 0; i < len; i++) {
    const w = k - 1 - len + i;
    if (ctx.cap[w] !== LOWER || seg.tokens[w].text[0].toUpperCase() !== letters[i]) return false;
  }
  return true;
}

export function dropAmountWords(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  let defined: Set<number> | undefined;
  for (const s of spans) {
    const len = s.to - s.from;
    const first = ctx.lower[s.from];
    if (len === 1 && UNITS.has(first) && endsAmount(ctx, s.from - 1)) {
      s.to = s.from;
    } else if (len === 3 && ctx.lower[s.from + 1] === SLASH && CODES.has(first) && CODES.has(ctx.lower[s.from + 2])) {
      s.to = s.from;
    } else if (len === 1 && isCurrencyPair(seg.tokens[s.from].text)) {
      s.to = s.from;
    } else if (len === 1 && SCALES.has(first) && s.from > 0 && (DEGREES.has(ctx.lower[s.from - 1]) || ctx.cap[s.from - 1] === DIGIT)) {
      s.to = s.from;
    } else if (MONTH_HASHES.has(ctx.lower[s.to - 1]) && isDay(seg, ctx, s.to)) {
      // The month is the date's ("Yeltsin Sept 5", "Allensbach June 12"; "PSE - AUG 26" loses its dash too);
      // one word usually written in lower case left at a sentence's start was read with it ("Born March").
      s.to--;
      while (s.to > s.from && ctx.cap[s.to - 1] === PUNCT) s.to--;
      if (s.to - s.from === 1 && s.from === ctx.sentFirst[s.from] && ctx.casing[s.from] >= 1 && ctx.casing[s.from] <= 3) s.to = s.from;
    } else if (isDefinedCommonNoun(seg, ctx, s)) {
      (defined ??= new Set()).add(first);
      s.to = s.from;
    }
    if (s.to === s.from) drop = true;
  }
  if (defined) {
    for (const s of spans) if (s.to - s.from === 1 && defined.has(ctx.lower[s.from])) { s.to = s.from; drop = true; }
  }
  return drop ? spans.filter((s) => s.to > s.from) : spans;
}
