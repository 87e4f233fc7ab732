// Fractions: "half", "a fifth", "one third", "two thirds", "three quarters", "one in five", "one in 1,000",
// "nine out of 10". "half an hour" is a duration. Ordinal look-alikes ("a third term") are left
// to the ordinal matcher: a singular denominator that is also an ordinal must be followed by "of".
import { AGO_WORDS, DENOMINATORS, MULTIPLIERS, ORDINALS, TIME_UNITS } from './lexicon';
import { type Match, match } from './match';
import { parseNumberPhrase } from './number-phrase';
import type { TokenView } from './token-view';

/** Small counts that can stand before a fraction or in "one in five" ("one in 10,000": `grouped` lets thousands in). */
function smallCount(v: TokenView, i: number, end: number, grouped = false): number | null {
  const p = parseNumberPhrase(v, i, end);
  if (!p || p.value === null || p.last !== p.first || p.vague) return null;
  if (p.numeral && (p.numeral.form !== 'plain' || (p.numeral.grouped && !grouped) || p.numeral.decimal)) return null;
  return p.value;
}

/** Words after "a third" that show it is a share, not an ordinal ("up by a third from 2001"). */
const FRACTION_FOLLOWERS: ReadonlySet<string> = new Set([
  'of', 'from', 'to', 'in', 'on', 'since', 'over', 'last', 'this', 'and', 'or', 'compared', 'than',
  'between', 'among', 'after', 'before', 'during',
  // Words that open a clause or an adverbial, never a noun an ordinal could count ("rise by a fifth
  // next year", "by a fifth as the regulator …", "cut by a third by 2030").
  'next', 'as', 'by', 'within', 'until', 'because', 'while', 'when', 'amid', 'despite', 'through',
  // Comparatives: "a third less likely", "a fifth more expensive", "a quarter off".
  'less', 'more', 'fewer', 'lower', 'higher', 'larger', 'smaller', 'bigger', 'cheaper', 'off',
]);

function denominatorFits(v: TokenView, k: number, end: number): boolean {
  const w = v.lower(k);
  // "quarter" and the plurals are never ordinals; "third", "fifth" are unless "of" follows.
  if (w === 'quarter' || w === 'half' || !ORDINALS.has(w)) return true;
  return k + 1 >= end || FRACTION_FOLLOWERS.has(v.lower(k + 1)) || !/^\p{L}/u.test(v.raw(k + 1));
}

/** "a quarter of a percentage point": a fraction of a unit is an amount in that unit. */
function ofAPoint(v: TokenView, first: number, last: number, end: number, value: number, withOf: boolean): Match | null {
  let k = last + 1;
  if (withOf) {
    if (k >= end || v.lower(k) !== 'of') return null;
    k++;
  }
  if (k + 2 >= end || v.lower(k) !== 'a' || v.lower(k + 1) !== 'percentage' || v.lower(k + 2) !== 'point') return null;
  return match(first, k + 2, 'PERCENT', value, 'percentage point');
}

/** Words before "three quarters" that make them a year's quarters ("the first three quarters"). */
const PERIOD_RUNS: ReadonlySet<string> = new Set(['first', 'last', 'past', 'next', 'previous', 'final']);

/** "half a century", "a quarter of a century": a span; with "ago" after it, a date. */
function timeFraction(v: TokenView, first: number, last: number, end: number, value: number, unit: string): Match {
  if (last + 1 < end && AGO_WORDS.has(v.lower(last + 1))) return match(first, last + 1, 'DATE', null);
  return match(first, last, 'DURATION', value, unit);
}

export function matchFraction(v: TokenView, i: number, end: number): Match | null {
  const w = v.lower(i);
  if (w === 'half') {
    // "second half" is a date; "his own half" is a place on a pitch.
    if (i > 0 && (ORDINALS.has(v.lower(i - 1)) || v.lower(i - 1) === 'own')) return null;
    // "net profit for the half", "at the half": a half-year or a game's half, no fraction of anything.
    const before = i > 0 ? v.lower(i - 1) : '';
    const after = i + 1 < end ? v.lower(i + 1) : '';
    if ((before === 'the' || before === 'this' || before === 'that') && after !== 'of' && !TIME_UNITS.has(after)) return null;
    // "half a million", "half a dozen" are counts.
    if (i + 2 < end && v.lower(i + 1) === 'a' && (MULTIPLIERS.has(v.lower(i + 2)) || v.lower(i + 2) === 'dozen')) return null;
    if (i + 2 < end && (v.lower(i + 1) === 'a' || v.lower(i + 1) === 'an')) {
      const unit = TIME_UNITS.get(v.lower(i + 2));
      if (unit !== undefined) return timeFraction(v, i, i + 2, end, 0.5, unit);
    }
    return ofAPoint(v, i, i, end, 0.5, false) ?? match(i, i, 'FRACTION', 0.5);
  }
  if (i + 1 >= end) return null;
  const next = v.lower(i + 1);
  const d = DENOMINATORS.get(next);
  if ((w === 'a' || w === 'an') && d !== undefined && next !== 'half' && !next.endsWith('s')) {
    if (!denominatorFits(v, i + 1, end)) return null;
    // "a quarter of a million" is a count, read by the number phrase.
    if (i + 4 < end && v.lower(i + 2) === 'of' && v.lower(i + 3) === 'a' && MULTIPLIERS.has(v.lower(i + 4))) return null;
    // "a quarter of a century": a span of time.
    const unit = i + 4 < end && v.lower(i + 2) === 'of' && (v.lower(i + 3) === 'a' || v.lower(i + 3) === 'an') ? TIME_UNITS.get(v.lower(i + 4)) : undefined;
    if (unit !== undefined) return timeFraction(v, i, i + 4, end, 1 / d, unit);
    return ofAPoint(v, i, i + 1, end, 1 / d, true) ?? match(i, i + 1, 'FRACTION', 1 / d);
  }
  const n = smallCount(v, i, end);
  if (n === null) return null;
  if (d !== undefined && n >= 1 && n <= 10 && next !== 'half' && next !== 'halves') {
    if (n === 1 ? next.endsWith('s') : !next.endsWith('s')) return null;
    if (n === 1 && !denominatorFits(v, i + 1, end)) return null;
    // "in the first three quarters of the year": quarters of a year, a date.
    if (next === 'quarters' && i > 0 && PERIOD_RUNS.has(v.lower(i - 1))) return match(i, i + 1, 'DATE', null);
    return match(i, i + 1, 'FRACTION', n / d);
  }
  // "one in five", "nine out of 10"
  let k = i + 1;
  if (next === 'out' && k + 1 < end && v.lower(k + 1) === 'of') k++;
  else if (next !== 'in') return null;
  if (k + 1 >= end) return null;
  // Up to 1000 written plain ("one in 2019" is a year), up to a million with its thousands grouped.
  const total = smallCount(v, k + 1, end, true);
  if (total === null || total <= n || total > (v.raw(k + 1).includes(',') ? 1e6 : 1000)) return null;
  return match(i, k + 1, 'FRACTION', n / total);
}
