// "its Central Luzon regional office", "farms in Northern Mindanao": a capitalised region word the
// tagger left out right before a place it found is part of the place's name (names round 26).
// Only inside a sentence (not its first word), and not before an organisation's reading.
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import { LOCATION } from './labels';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';

const REGION_WORDS = wordSet(['central', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower']);

export function regionPrefixes(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let prevEnd = 0;
  for (const s of spans) {
    const k = s.from - 1;
    if (s.type === LOCATION && !s.fixed && k >= prevEnd && k > ctx.sentFirst[s.from] && ctx.cap[k] === TITLE && !ctx.titleCase[k] && REGION_WORDS.has(ctx.lower[k])) s.from = k;
    prevEnd = s.to;
  }
  return spans;
}
