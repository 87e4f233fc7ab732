// A number over one or more tokens: "2,500", "19 million", "twenty-five", "three hundred and
// ten", "a million", "half a million", "dozens", "a few hundred", "tens of thousands", "10-15".
import { DENOMINATORS, MULTIPLIERS, SMALL_NUMBERS, VAGUE_DETERMINERS, VAGUE_PLURALS } from './lexicon';
import { hyphenParts } from './match';
import { type Numeral, parseNumeral, scaled } from './numerals';
import { isQualifierStart } from './qualifiers';
import type { TokenView } from './token-view';

export interface NumberPhrase {
  first: number;
  last: number;
  /** Null when there is no single number (vague counts, ranges). */
  value: number | null;
  /** "dozens", "a few hundred": an approximate count with no value. */
  vague: boolean;
  /** The numeral when the phrase is one digit token with nothing added. */
  numeral: Numeral | null;
  /** Written in words. */
  words: boolean;
  /** Both ends of a range written as one token ("10-15"). */
  range: [number, number] | null;
}

/** A spelled-out number of one or two hyphenated parts ("seven", "twenty-five"). */
export function wordNumber(w: string): number | undefined {
  const v = SMALL_NUMBERS.get(w);
  if (v !== undefined) return v;
  const parts = hyphenParts(w);
  if (!parts || parts.length !== 2) return undefined;
  const tens = SMALL_NUMBERS.get(parts[0]);
  const units = SMALL_NUMBERS.get(parts[1]);
  if (tens === undefined || units === undefined || tens < 20 || tens % 10 !== 0 || units < 1 || units > 9) return undefined;
  return tens + units;
}

const RATE_UNITS: ReadonlySet<string> = new Set(['hour', 'day', 'week', 'month', 'year', 'night', 'game', 'share', 'head', 'person']);

function phrase(first: number, last: number, value: number | null, extra: Partial<NumberPhrase> = {}): NumberPhrase {
  return { first, last, value, vague: false, numeral: null, words: false, range: null, ...extra };
}

/** Multipliers after a number ("19 million", "five hundred thousand"). */
function absorbMultipliers(v: TokenView, p: NumberPhrase, end: number): NumberPhrase {
  let k = p.last + 1;
  let value = p.value;
  while (k < end && value !== null) {
    const m = MULTIPLIERS.get(v.lower(k));
    if (m === undefined) break;
    value = scaled(value, m);
    k++;
  }
  // "$2 billion-plus", "a 10 million-strong union": the last multiplier hyphenated to the word it forms.
  if (k < end && value !== null) {
    const parts = hyphenParts(v.raw(k));
    const m = parts && parts.length >= 2 ? MULTIPLIERS.get(parts[0]) : undefined;
    if (m !== undefined && m >= 1e3 && parts!.slice(1).every((w) => /^[a-z]+$/.test(w))) {
      value = scaled(value, m);
      k++;
    }
  }
  if (k === p.last + 1) return p;
  return { ...p, last: k - 1, value, numeral: null };
}

export function parseNumberPhrase(v: TokenView, i: number, end: number): NumberPhrase | null {
  const p = parseWhole(v, i, end);
  // "seven and a half", "2 and a half"
  if (p && p.value !== null && !p.range && p.last + 3 < end && v.lower(p.last + 1) === 'and'
    && v.lower(p.last + 2) === 'a' && v.lower(p.last + 3) === 'half') {
    return { ...p, last: p.last + 3, value: p.value + 0.5, numeral: null };
  }
  return p;
}

/** "six-and-a-half", "two-and-a-half": a number and a half in one token, or undefined. */
function andAHalf(w: string): number | undefined {
  if (!w.endsWith('-and-a-half')) return undefined;
  const head = w.slice(0, -11);
  const n = wordNumber(head) ?? parseNumeral(head)?.value;
  return n === undefined ? undefined : n + 0.5;
}

function parseWhole(v: TokenView, i: number, end: number): NumberPhrase | null {
  const w = v.lower(i);
  const half = w.length > 11 ? andAHalf(w) : undefined;
  if (half !== undefined) return absorbMultipliers(v, phrase(i, i, half, { words: !v.digitStart(i) }), end);
  if (v.digitStart(i)) return digits(v, i, end, w);
  if (w === 'a' || w === 'an') {
    if (i + 1 >= end) return null;
    const next = v.lower(i + 1);
    if (next === 'dozen') return absorbMultipliers(v, phrase(i, i + 1, 12, { words: true }), end);
    const m = MULTIPLIERS.get(next);
    if (m !== undefined && next !== 'mn' && next !== 'bn') return absorbMultipliers(v, phrase(i, i + 1, m, { words: true }), end);
    if (next === 'few' || next === 'couple') return vagueMultiplier(v, i, i + 1, end);
    // "a quarter of a million"
    const d = DENOMINATORS.get(next);
    if (d !== undefined && i + 4 < end && v.lower(i + 2) === 'of' && v.lower(i + 3) === 'a') {
      const big = MULTIPLIERS.get(v.lower(i + 4));
      if (big !== undefined) return phrase(i, i + 4, big / d, { words: true });
    }
    return null;
  }
  if (w === 'half' && i + 2 < end && v.lower(i + 1) === 'a') {
    if (v.lower(i + 2) === 'dozen') return phrase(i, i + 2, 6, { words: true });
    const m = MULTIPLIERS.get(v.lower(i + 2));
    if (m !== undefined && m >= 1e6) return phrase(i, i + 2, m / 2, { words: true });
    return null;
  }
  if (VAGUE_DETERMINERS.has(w)) return vagueMultiplier(v, i, i, end);
  if (VAGUE_PLURALS.has(w)) return vaguePlural(v, i, end);
  if ((w === 'tens' || w === 'scores') && i + 2 < end && v.lower(i + 1) === 'of') {
    if (w === 'scores') return phrase(i, i, null, { vague: true, words: true });
    if (VAGUE_PLURALS.has(v.lower(i + 2))) return phrase(i, i + 2, null, { vague: true, words: true });
    return null;
  }
  return spelled(v, i, end);
}

/** Spaces that group thousands in SI style and in scraped pages ("2\u00a0000", "1\u202f250\u202f000"). */
const THOUSANDS_SPACES: ReadonlySet<string> = new Set(['\u00a0', '\u202f', '\u2009']);

/** "2 000" with a no-break or thin space: the groups after a number of one to three digits, or null. */
function spacedThousands(v: TokenView, i: number, end: number, n: Numeral): NumberPhrase | null {
  return groupsAfter(v, i, end, n, (gap) => THOUSANDS_SPACES.has(gap), Infinity);
}

/**
 * "12 000 people", "1 500 000 visitors": thousands grouped by plain spaces, as Canadian, South
 * African and European copy writes them. A table's row ("1,154 692 624 465 Operating") or a model
 * and a count ("Porsche 911 164") is no such number: no number or name just before, up to three
 * groups, and a word in lower case or punctuation after, in the same sentence.
 */
function plainSpacedThousands(v: TokenView, i: number, end: number, n: Numeral): NumberPhrase | null {
  if (i > 0 && (v.digitStart(i - 1) || (v.capitalized(i - 1) && !isQualifierStart(v.lower(i - 1))))) return null;
  const p = groupsAfter(v, i, end, n, (gap) => gap === ' ', 3);
  return p && p.last + 1 < end && !v.digitStart(p.last + 1) && !v.capitalized(p.last + 1) ? p : null;
}

/** A number of one to three digits and up to `most` groups of three after it, each after a gap `fits`, or null. */
function groupsAfter(v: TokenView, i: number, end: number, n: Numeral, fits: (gap: string) => boolean, most: number): NumberPhrase | null {
  if (n.grouped || n.decimal || n.intDigits > 3 || n.multiplier !== 1) return null;
  let k = i;
  let value = n.value;
  while (k + 1 < end && k - i < most && fits(v.text.slice(v.tokens[k].end, v.tokens[k + 1].start)) && /^\d{3}$/.test(v.raw(k + 1))) {
    value = value * 1000 + Number(v.raw(k + 1));
    k++;
  }
  if (k === i) return null;
  const numeral: Numeral = { ...n, value, grouped: true, intDigits: n.intDigits + 3 * (k - i) };
  return phrase(i, k, value, { numeral });
}

function digits(v: TokenView, i: number, end: number, w: string): NumberPhrase | null {
  const n = parseNumeral(v.raw(i));
  if (n) {
    if (n.form !== 'plain' || n.unit !== '') return phrase(i, i, n.value, { numeral: n });
    const spaced = spacedThousands(v, i, end, n) ?? plainSpacedThousands(v, i, end, n);
    if (spaced) return absorbMultipliers(v, spaced, end);
    if (i + 1 < end && v.lower(i + 1) === 'dozen') return phrase(i, i + 1, n.value * 12);
    // "6 1/3 innings", "4 1/2 inches": a whole number and a fraction.
    const part = !n.decimal && !n.grouped && i + 1 < end && !v.text.slice(v.tokens[i].end, v.tokens[i + 1].start).includes('\n')
      ? slashFraction(v.raw(i + 1)) : null;
    if (part !== null) return phrase(i, i + 1, scaled(n.value + part, 1));
    return absorbMultipliers(v, phrase(i, i, n.value, { numeral: n }), end);
  }
  const parts = hyphenParts(w);
  // "$15-an-hour", "$2-a-day": the number of a rate written in one token.
  if (parts && parts.length === 3 && (parts[1] === 'a' || parts[1] === 'an' || parts[1] === 'per') && RATE_UNITS.has(parts[2])) {
    const r = parseNumeral(parts[0]);
    return r && r.form === 'plain' ? phrase(i, i, r.value) : null;
  }
  // "10-15", "2019-20": a range in one token.
  if (!parts || parts.length !== 2) return null;
  // The grain pits' and old stock tables' fractions: "6-1/4 cents", "48-1/4"; after cents, of a
  // cent: "$4.21-3/4" is 4.2175.
  const fraction = slashFraction(parts[1]);
  const whole = fraction === null ? null : parseNumeral(parts[0]);
  if (whole && fraction !== null && whole.form === 'plain' && whole.multiplier === 1 && !whole.grouped) {
    const cents = whole.decimal && parts[0].length - parts[0].indexOf('.') === 3;
    return phrase(i, i, scaled(whole.value + (cents ? fraction / 100 : fraction), 1));
  }
  const a = parseNumeral(parts[0]);
  const b = parseNumeral(parts[1]);
  if (!a || !b || a.form !== 'plain' || b.form !== 'plain' || a.multiplier !== 1 || b.multiplier !== 1) return null;
  let high = b.value;
  // "2019-20": the second year is written short.
  if (a.intDigits === 4 && b.intDigits === 2) high = Math.floor(a.value / 100) * 100 + b.value;
  if (high <= a.value) return null; // scores ("3-1") and codes are not ranges
  const p = phrase(i, i, null, { numeral: a, range: [a.value, high] });
  const mult = i + 1 < end ? MULTIPLIERS.get(v.lower(i + 1)) : undefined;
  if (mult !== undefined) return { ...p, last: i + 1, range: [scaled(a.value, mult), scaled(high, mult)] };
  return p;
}

/** "1/3", "3/4", "7/16": a proper fraction in halves, thirds, quarters, eighths or sixteenths, or null. */
function slashFraction(s: string): number | null {
  const m = /^(1[0-5]|[1-9])\/(2|3|4|8|16)$/.exec(s);
  if (!m) return null;
  const top = Number(m[1]);
  const bottom = Number(m[2]);
  return top < bottom ? top / bottom : null;
}

/** "a few hundred", "several thousand", "a couple of dozen". */
function vagueMultiplier(v: TokenView, first: number, det: number, end: number): NumberPhrase | null {
  let k = det + 1;
  if (k < end && v.lower(k) === 'of') k++;
  if (k >= end) return null;
  const w = v.lower(k);
  if (w !== 'dozen' && !(MULTIPLIERS.has(w) && w !== 'mn' && w !== 'bn')) return null;
  let last = k;
  while (last + 1 < end && MULTIPLIERS.has(v.lower(last + 1))) last++;
  return phrase(first, last, null, { vague: true, words: true });
}

/** "dozens", "thousands", "hundreds of thousands". */
function vaguePlural(v: TokenView, i: number, end: number): NumberPhrase {
  if (i + 2 < end && v.lower(i + 1) === 'of' && VAGUE_PLURALS.has(v.lower(i + 2))) {
    return phrase(i, i + 2, null, { vague: true, words: true });
  }
  return phrase(i, i, null, { vague: true, words: true });
}

/** Spelled-out numbers: "three", "twenty five", "three hundred and ten", "two million". */
function spelled(v: TokenView, i: number, end: number): NumberPhrase | null {
  let total = 0;
  let current = 0;
  let last = -1;
  let prevSmall = -1; // value of the previous small-number word, -1 after a multiplier
  let k = i;
  while (k < end) {
    const w = v.lower(k);
    const small = wordNumber(w);
    if (small !== undefined) {
      // "twenty five" joins; "two three" does not.
      if (prevSmall >= 0 && !(prevSmall >= 20 && prevSmall % 10 === 0 && small < 10 && small > 0)) break;
      current += small;
      prevSmall = small;
      last = k;
      k++;
      continue;
    }
    if (last < 0) return null;
    const m = MULTIPLIERS.get(w);
    if (m !== undefined && w !== 'mn' && w !== 'bn') {
      if (m === 100) current = (current || 1) * 100;
      else { total += (current || 1) * m; current = 0; }
      prevSmall = -1;
      last = k;
      k++;
      continue;
    }
    if (w === 'dozen') {
      current = (current || 1) * 12;
      prevSmall = -1;
      last = k;
      k++;
      continue;
    }
    // "one hundred and ten": "and" joins only after a multiplier and before a small number.
    if (w === 'and' && prevSmall < 0 && k + 1 < end && wordNumber(v.lower(k + 1)) !== undefined) {
      k++;
      prevSmall = -1;
      continue;
    }
    break;
  }
  if (last < 0) return null;
  return phrase(i, last, total + current, { words: true });
}
