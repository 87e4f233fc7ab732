// Ages introduced by a word: "aged 45", "age 7", "ages 18 to 25", "aged between 18 and 24".
// ("81-year-old" is a compound, "45 years old" and "Name, 45," are read with the number.)
import { AGE_WORDS } from './lexicon';
import { type Match, match } from './match';
import { parseNumberPhrase } from './number-phrase';
import type { TokenView } from './token-view';

/** Words between "aged" and the number that make it a bound ("aged over 65", "aged under 18"). */
const BOUNDS: ReadonlyMap<string, 'min' | 'max'> = new Map([['over', 'min'], ['above', 'min'], ['under', 'max'], ['below', 'max']]);

export function matchAge(v: TokenView, i: number, end: number): Match | null {
  if (!AGE_WORDS.has(v.lower(i)) || i + 1 >= end) return null;
  const bound = BOUNDS.get(v.lower(i + 1)) ?? null;
  // "aged between 18 and 24": the range is read as after "aged".
  const from = (v.lower(i + 1) === 'between' || bound !== null) && i + 2 < end ? i + 2 : i + 1;
  const p = parseNumberPhrase(v, from, end);
  if (!p || p.vague || p.value === null || p.value > 130 || p.value < 0) {
    if (p && p.range && p.range[1] <= 130) return match(i, p.last, 'AGE', null);
    return null;
  }
  if (p.numeral && p.numeral.form !== 'plain') return null;
  const joiner = p.last + 2 < end ? v.lower(p.last + 1) : '';
  if (joiner === 'to' || joiner === 'and' || joiner === '–' || joiner === 'or') {
    const q = parseNumberPhrase(v, p.last + 2, end);
    if (q && q.value !== null && q.value > p.value && q.value <= 130) return match(i, q.last, 'AGE', null);
  }
  return { ...match(i, p.last, 'AGE', p.value), bound };
}
