// Durations without a digit: "a day", "an hour", "a few days or weeks", "several months",
// "for decades". Followed by "ago", "earlier" or "later" they are dates ("a year ago").
import { AGO_WORDS, DURATION_PREPOSITIONS, TIME_UNITS, VAGUE_TIME_PLURALS } from './lexicon';
import { type Match, match } from './match';
import type { TokenView } from './token-view';

/** Words before "a day" that make it a rate or a count, not a duration ("twice a day"). */
const RATE_BEFORE: ReadonlySet<string> = new Set(['once', 'twice', 'times', 'per', 'half']);

/** Words before "a day" that make it a span ("for a day", "took a week"). */
const SPAN_BEFORE: ReadonlySet<string> = new Set([
  'for', 'within', 'in', 'after', 'than', 'about', 'nearly', 'almost', 'over', 'lasted', 'last',
  'lasts', 'took', 'take', 'takes', 'spent', 'spend', 'just', 'only', 'barely', 'under', 'to',
]);

/** Words after "a day" that make it a span or an offset ("a day after", "a week of talks"). */
const SPAN_AFTER: ReadonlySet<string> = new Set(['after', 'before', 'into', 'of', 'since', 'long']);

/** "days or weeks": a second unit joined by "or"/"to". */
function extend(v: TokenView, last: number, end: number): number {
  if (last + 2 < end && (v.lower(last + 1) === 'or' || v.lower(last + 1) === 'to') && TIME_UNITS.has(v.lower(last + 2))) {
    return last + 2;
  }
  return last;
}

function finish(v: TokenView, first: number, last: number, end: number, value: number | null, unit: string, approx: boolean): Match {
  if (last + 1 < end && AGO_WORDS.has(v.lower(last + 1))) return match(first, last + 1, 'DATE', null, null, approx);
  return match(first, last, 'DURATION', value, unit, approx);
}

/** `previousEnd`: index of the last token of the figure just before, or -1. */
export function matchDuration(v: TokenView, i: number, end: number, sentenceFirst: number, previousEnd: number): Match | null {
  const w = v.lower(i);
  const next = i + 1 < end ? v.lower(i + 1) : '';
  // "a few days", "several weeks", "a couple of months", "many years"
  let k = -1;
  if (w === 'several' || w === 'many') k = i + 1;
  else if (w === 'a' && (next === 'few' || next === 'couple')) k = i + 2;
  if (k >= 0) {
    if (k < end && v.lower(k) === 'of') k++;
    if (k >= end || !VAGUE_TIME_PLURALS.has(v.lower(k))) return null;
    return finish(v, i, extend(v, k, end), end, null, TIME_UNITS.get(v.lower(k))!, true);
  }
  if (w === 'a' || w === 'an') {
    const unit = TIME_UNITS.get(next);
    // "a second" is an ordinal; "a night" is rarely a span.
    if (unit === undefined || next.endsWith('s') || unit === 'second' || unit === 'night') return null;
    const after = i + 2 < end ? v.lower(i + 2) : '';
    // "24 hours a day", "$5 a day"; not "two in five a decade ago" (a date after the figure).
    if (previousEnd >= 0 && previousEnd === i - 1 && !AGO_WORDS.has(after)) return null;
    if (i > sentenceFirst && RATE_BEFORE.has(v.lower(i - 1))) return null;
    // "a year" is as often a rate ("14 million tonnes of cargo a year"): take it only where
    // the words around it make it a span or a point in time.
    const before = i > sentenceFirst ? v.lower(i - 1) : '';
    if (!SPAN_BEFORE.has(before) && !SPAN_AFTER.has(after) && !AGO_WORDS.has(after)) return null;
    return finish(v, i, i + 1, end, 1, unit, false);
  }
  // "for decades", "within hours"
  if (VAGUE_TIME_PLURALS.has(w) && i > sentenceFirst && DURATION_PREPOSITIONS.has(v.lower(i - 1))) {
    return finish(v, i, extend(v, i, end), end, null, TIME_UNITS.get(w)!, true);
  }
  return null;
}
