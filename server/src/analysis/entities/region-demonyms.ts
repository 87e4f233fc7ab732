// "North American", "South African", "Latin American": a region word read as a place right before
// a nationality read as MISC is one MISC name (as "Central Asian" in rules.ts, where the tagger
// made one span of it).
import type { DocContext } from './features';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { LOCATION, MISC } from './labels';

const REGIONS = wordSet(['north', 'south', 'east', 'west', 'central', 'latin', 'northern', 'southern', 'eastern', 'western']);

export function regionDemonyms(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i + 1 < spans.length; i++) {
    const s = spans[i], n = spans[i + 1];
    if (s.type !== LOCATION || s.to - s.from !== 1 || n.from !== s.to || n.type !== MISC || n.to - n.from !== 1) continue;
    if (!REGIONS.has(ctx.lower[s.from])) continue;
    s.to = n.to; s.type = MISC; n.from = -1; drop = true; i++;
  }
  return drop ? spans.filter((s) => s.from >= 0) : spans;
}
