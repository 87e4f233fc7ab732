// A country's regions named by the compass alone, "the Northeast", "the Midwest", "the Pacific
// Northwest" are places (CoNLL-2003 types "Midwest" LOCATION 12 times in 12); the tagger read
// "Northeast" MISC (round 19).
import type { DocContext } from './features';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';

const LOCATION = 2, MISC = 3;
const REGIONS = wordSet(['northeast', 'northwest', 'southeast', 'southwest', 'midwest', 'mid-atlantic', 'midlands']);

export function compassRegions(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type !== MISC || s.sure || !REGIONS.has(ctx.lower[s.to - 1])) continue;
    s.type = LOCATION;
  }
  return spans;
}
