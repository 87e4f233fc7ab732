// A name never runs across a gap of three or more spaces: the columns of a table written with spaces
// ("Bank of Montreal      C$98.15   +0.41") are apart, and the tagger, which sees no spaces, read
// the company's name on into the next column. The span ends before the gap; what follows it there
// is kept only if it starts with a title-case word (a name of its own), typed as the tagger read it.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import { type TokenSpan, mergeByFrom, tokenSpan } from './spans';

const GAP = 3;

export function tableGaps(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  let added: TokenSpan[] | null = null;
  let dropped = false;
  for (const s of spans) {
    for (let j = s.from + 1; j < s.to; j++) {
      if (toks[j].start - toks[j - 1].end < GAP) continue;
      const to = s.to;
      s.to = j;
      if (ctx.cap[j] === TITLE) (added ??= []).push(tokenSpan(j, to, s.type));
      dropped = true;
      break;
    }
  }
  if (!dropped) return spans;
  return added ? mergeByFrom(spans, added) : spans;
}
