// Multiples: "threefold", "a tenfold rise", "10-fold", "three-fold", "1.5x": how many times, a
// count of times (like "one and a half times").
import { SMALL_NUMBERS } from './lexicon';
import { type Match, match } from './match';
import { parseNumeral } from './numerals';
import type { TokenView } from './token-view';

/** The number words that are written glued to "fold" ("twofold" … "tenfold", "hundredfold"). */
export const GLUED_MULTIPLES: ReadonlyMap<string, number> = new Map([
  ['twofold', 2], ['threefold', 3], ['fourfold', 4], ['fivefold', 5], ['sixfold', 6], ['sevenfold', 7], ['eightfold', 8],
  ['ninefold', 9], ['tenfold', 10], ['twelvefold', 12], ['twentyfold', 20], ['hundredfold', 100], ['thousandfold', 1000],
]);

/** "threefold", "10-fold", "three-fold", "25x" at token i, or null. */
export function matchMultiple(v: TokenView, i: number): Match | null {
  const w = v.lower(i);
  const glued = GLUED_MULTIPLES.get(w);
  if (glued !== undefined) return match(i, i, 'CARDINAL', glued, 'times');
  // "1.5x points", "trades at 25x earnings": the finance pages' "times", glued to the number.
  if (w.endsWith('x') && v.raw(i).endsWith('x')) {
    const n = parseNumeral(w.slice(0, -1));
    return n && n.form === 'plain' && n.unit === '' && n.multiplier === 1 ? match(i, i, 'CARDINAL', n.value, 'times') : null;
  }
  if (!w.endsWith('-fold')) return null;
  const head = w.slice(0, -5);
  const n = SMALL_NUMBERS.get(head) ?? parseNumeral(head)?.value;
  return n === undefined || n < 2 ? null : match(i, i, 'CARDINAL', n, 'times');
}
