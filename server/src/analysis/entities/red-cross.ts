// A national society of the Red Cross or Red Crescent is named with its nationality ("Italian
// Red Cross", "North Korean Red Cross", as CoNLL-2003 dev types it): one organisation, not the
// MISC "Italian" beside the organisation "Red Cross" the tagger reads; names round 26, with its
// chapter after it too ("American Red Cross of Central California").
import type { DocContext } from './features';
import { hashLower } from './hash';
import type { TokenSpan } from './spans';
import { ORGANIZATION, MISC } from './labels';

const RED = hashLower('red');
const CROSS = hashLower('cross'), CRESCENT = hashLower('crescent');

export function redCrossSocieties(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i], b = spans[i + 1];
    if (a.type !== MISC || b.from !== a.to || b.to - b.from < 2 || ctx.lower[b.from] !== RED) continue;
    const w = ctx.lower[b.from + 1];
    if (w !== CROSS && w !== CRESCENT) continue;
    a.to = b.to; a.type = ORGANIZATION; a.sure = true;
    b.to = b.from; drop = true; i++;
  }
  return drop ? spans.filter((s) => s.to > s.from) : spans;
}
