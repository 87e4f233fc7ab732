// A cheap test of whether a figure can start at a token, so most tokens cost one Set lookup.
import {
  AGE_WORDS, CENT_SIGN_PREFIXES, CURRENCY_CODES, CURRENCY_SYMBOLS, DATE_MODIFIERS, DATE_WORDS, DEICTICS, DOLLAR_PREFIXES, LETTER_CURRENCIES,
  MONTH_ABBREVIATIONS, MONTHS, ORDINALS, PART_OF_PERIOD, POUND_PREFIXES, SEASONS, SMALL_NUMBERS, TIME_UNITS, TIME_WORDS, VAGUE_DETERMINERS,
  VAGUE_PLURALS, VAGUE_TIME_PLURALS, WEEKDAYS,
} from './lexicon';
import { isFiscalYear, isQuarterName } from './dates';
import { opensGluedMoney } from './glued-money';
import { GLUED_MULTIPLES } from './multiples';
import { isQualifierStart } from './qualifiers';
import type { TokenView } from './token-view';

const WORDS: ReadonlySet<string> = new Set([
  ...SMALL_NUMBERS.keys(), ...VAGUE_PLURALS, ...VAGUE_DETERMINERS, ...ORDINALS.keys(), ...MONTHS.keys(),
  ...MONTH_ABBREVIATIONS.keys(), ...WEEKDAYS, ...DATE_WORDS, ...TIME_WORDS, ...DATE_MODIFIERS,
  ...DEICTICS, ...SEASONS, ...VAGUE_TIME_PLURALS, ...AGE_WORDS,
  'a', 'an', 'half', 'tens', 'scores', 'minus', 'plus', 'magnitude', ...GLUED_MULTIPLES.keys(),
]);

export function canStart(v: TokenView, i: number): boolean {
  if (v.digitStart(i)) return true;
  const w = v.lower(i);
  if (WORDS.has(w) || isQualifierStart(w)) return true;
  const raw = v.raw(i);
  if (DOLLAR_PREFIXES.has(w) && i + 1 < v.tokens.length && v.raw(i + 1) === '$') return true;
  if (POUND_PREFIXES.has(v.raw(i)) && i + 1 < v.tokens.length && v.raw(i + 1) === '£') return true;
  // Quarters, fiscal years and currencies open with a capital or a sign: most tokens, words in
  // lower case, skip their look-ups (this test runs on every token of a corpus).
  const c = raw.charCodeAt(0);
  if (!(c >= 97 && c <= 122)) {
    if (isQuarterName(raw) || isFiscalYear(raw)) return true;
    if (CURRENCY_SYMBOLS.has(raw) || CURRENCY_CODES.has(raw) || LETTER_CURRENCIES.has(raw) || opensGluedMoney(raw)) return true;
    if (CENT_SIGN_PREFIXES.has(raw) && i + 1 < v.tokens.length && (v.raw(i + 1) === '¢' || v.raw(i + 1) === '₵')) return true;
  }
  // Hyphenated compounds: "twenty-five", "mid-March", "fourth-largest", "two-thirds", "July-September", "quarter-point".
  const dash = w.indexOf('-');
  if (dash > 0) {
    const head = w.slice(0, dash);
    return PART_OF_PERIOD.has(head) || SMALL_NUMBERS.has(head) || ORDINALS.has(head) || TIME_UNITS.has(head)
      || MONTHS.has(head) || MONTH_ABBREVIATIONS.has(head) || head === 'quarter' || head === 'half';
  }
  return false;
}
