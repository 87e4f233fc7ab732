// "the 400 block of North Fifth Street" read as a place "North" and a place "Fifth Street" (round
// 19): a compass word in title case right before a street's name is the start of it, one place.
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { LOCATION } from './labels';

const DIRECTIONS = wordSet(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
const STREETS = wordSet(['street', 'avenue', 'road', 'boulevard', 'drive', 'lane', 'place', 'parkway', 'highway', 'way', 'court', 'terrace']);

export function streetDirections(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.type !== LOCATION || s.to - s.from < 2 || s.from === 0 || !STREETS.has(ctx.lower[s.to - 1])) continue;
    const d = s.from - 1;
    if (d < ctx.sentFirst[s.from] || ctx.cap[d] !== TITLE || !DIRECTIONS.has(ctx.lower[d])) continue;
    const prev = i > 0 ? spans[i - 1] : null;
    // The compass word read alone (any type) or left out joins the street.
    if (prev && prev.to > d) {
      if (prev.from !== d || prev.to !== d + 1 || prev.sure) continue;
      prev.from = prev.to = -1;
      drop = true;
    }
    s.from = d;
  }
  return drop ? spans.filter((s) => s.from >= 0) : spans;
}
