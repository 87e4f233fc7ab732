// "African Union" read as MISC "African" + ORGANIZATION "Union": a nationality or continent's
// adjective right before a lone "Union" is one organisation ("African Union", "European Union",
// "Arab Union"); "Soviet Union" is a place (CoNLL-2003), left to the tagger.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { ORGANIZATION, MISC } from './labels';

const UNION = hashLower('union');
const SOVIET = hashLower('soviet');

export function demonymUnions(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let dropped = 0;
  for (let i = 1; i < spans.length; i++) {
    const s = spans[i];
    // A lone capitalised "Union" first (one hash compare), then the span before it.
    if (s.to - s.from !== 1 || ctx.lower[s.from] !== UNION || ctx.cap[s.from] !== TITLE || s.type !== ORGANIZATION) continue;
    const p = spans[i - 1];
    if (p.to !== s.from || p.type !== MISC || p.to - p.from !== 1 || ctx.lower[p.from] === SOVIET || ctx.sentFirst[p.from] !== ctx.sentFirst[s.from]) continue;
    if (seg.tokens[p.from].end + 1 !== seg.tokens[s.from].start) continue;
    s.from = p.from;
    p.to = -1;
    dropped++;
  }
  return dropped ? spans.filter((s) => s.to >= 0) : spans;
}
