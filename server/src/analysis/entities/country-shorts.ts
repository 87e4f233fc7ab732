// Countries by their short letters before a common noun, "SA inflation", "NZ dollar", "UAE
// officials": a place (the tagger read "SA" as a company's suffix, an organisation). Only a span of
// the letters alone, in capitals, after no capitalised word (so "Renault SA" is left to the firm)
// and before a word in lower case (round 21).
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { LOWER, TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { LOCATION } from './labels';

const SHORTS = new Set(['SA', 'NZ', 'UAE', 'HK', 'DRC', 'PNG', 'KSA']);

export function countryShorts(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    const k = s.from;
    if (s.to - k !== 1 || s.type === LOCATION || s.sure || k + 1 >= ctx.sentEnd[k] || ctx.cap[k + 1] !== LOWER) continue;
    if (k > ctx.sentFirst[k] && ctx.cap[k - 1] >= TITLE) continue;
    if (!SHORTS.has(seg.tokens[k].text)) continue;
    s.type = LOCATION;
  }
  return spans;
}
