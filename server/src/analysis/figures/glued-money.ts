// Money whose currency letters are written against the number: "R4.2 billion" (rand),
// "N1.2 trillion" (naira), "P6.35 trillion" (Philippine pesos), "Rs4,500" (rupees), "Ksh310m"
// (Kenyan shillings), "SFr2m", "GH¢15.2" (cedis), "SR12 billion" (riyals). One letter is also a road, a mask or a model
// ("R2", "N95", "F1"), so after "R" and "N" the number must read as money: a decimal, thousands
// grouping, a multiplier glued to it or a multiplier word after it; after "P" (a grade, a size, a
// form) only a multiplier will do; in Philippine and Nigerian copy any sum will.
import { GLUED_ONLY_CURRENCIES, LETTER_CURRENCIES, MULTIPLIERS } from './lexicon';
import { type Match, match } from './match';
import { parseNumeral, scaled } from './numerals';
import type { TokenView } from './token-view';

/** How sure the letters are of money: no test, a number that reads as money, or a multiplier. */
type Needs = 'nothing' | 'money' | 'multiplier';

const PREFIXES: ReadonlyArray<[string, string, Needs]> = [
  // [prefix, currency, what the number needs]; longer prefixes first.
  ...[...LETTER_CURRENCIES].sort((a, b) => b[0].length - a[0].length).map(([p, code]): [string, string, Needs] => [p, code, 'nothing']),
  ...[...GLUED_ONLY_CURRENCIES].map(([p, code]): [string, string, Needs] => [p, code, 'money']),
  ['R', 'ZAR', 'money'], ['N', 'NGN', 'money'], ['P', 'PHP', 'multiplier'],
];

/** Nouns after a letter and a number that make it a product's name ("N95 masks"). */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set(['mask', 'masks', 'respirator', 'respirators', 'standard', 'model', 'series']);

/** The prefix and currency of a token such as "R4.2", or null. */
function prefixOf(raw: string): [number, string, Needs] | null {
  // A digit right after a prefix of one to four letters, or no glued money: most tokens stop here.
  let digit = false;
  for (let k = 1; k < raw.length && k <= 4 && !digit; k++) {
    const c = raw.charCodeAt(k);
    digit = c >= 48 && c <= 57;
  }
  if (!digit) return null;
  for (const [p, code, needs] of PREFIXES) {
    if (raw.length > p.length && raw.startsWith(p)) {
      const c = raw.charCodeAt(p.length);
      if (c >= 48 && c <= 57) return [p.length, code, needs];
    }
  }
  return null;
}

/** True when token i may open glued money (the trigger test). */
export function opensGluedMoney(raw: string): boolean {
  return prefixOf(raw) !== null;
}

export function matchGluedMoney(v: TokenView, i: number, end: number): Match | null {
  const raw = v.raw(i);
  const pre = prefixOf(raw);
  if (!pre) return null;
  const [len, unit, needs] = pre;
  const n = parseNumeral(raw.slice(len));
  if (!n || n.form !== 'plain' || n.unit !== '') return null;
  let value = n.value;
  let last = i;
  const word = i + 1 < end ? MULTIPLIERS.get(v.lower(i + 1)) : undefined;
  if (word !== undefined && word >= 1e3 && n.multiplier === 1) {
    value = scaled(value, word);
    last = i + 1;
  }
  const multiplied = n.multiplier !== 1 || last > i;
  const moneyShaped = n.decimal || n.grouped || multiplied;
  if ((needs === 'multiplier' && !multiplied) || (needs === 'money' && !moneyShaped)) {
    // Philippine and Nigerian papers write every sum so: "P45", "N800" (not "N95 masks").
    if (!v.facts.writesLetterMoney(unit) || (i + 1 < end && PRODUCT_NOUNS.has(v.lower(i + 1)))) return null;
  }
  return match(i, last, 'MONEY', value, unit === 'INR' ? v.facts.rupee() : unit);
}
