// "The Cape Breton Mariners' Association", "the Workers' Party" (round 25): a name ending in a plural
// with its apostrophe, right before a capitalised body's word the tagger left out, is the body, the
// word and all (it was cut into an organisation "Cape Breton Mariners" and a stray "Association").
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import { ORG_HEAD_HASHES } from './org-words';
import type { TokenSpan } from './spans';
import { ORGANIZATION } from './labels';

function isApostrophe(t: string): boolean {
  return t === "'" || t === '’';
}

export function pluralPossessiveBodies(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  let drop = false;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const k = s.to;
    // Cheap first: the apostrophe right after the span, glued to a word ending in "s".
    if (k + 1 >= ctx.n || !isApostrophe(toks[k].text) || toks[k].start !== toks[k - 1].end || ctx.cap[k + 1] !== TITLE || !ORG_HEAD_HASHES.has(ctx.lower[k + 1])) continue;
    const prev = toks[k - 1].text;
    if (prev.charCodeAt(prev.length - 1) !== 115 /* s */) continue;
    const next = spans[i + 1];
    // The body's word untagged, or read alone as a name of its own.
    if (next && next.from <= k + 1) {
      if (next.from !== k + 1 || next.to !== k + 2) continue;
      next.to = next.from;
      drop = true;
    }
    s.to = k + 2;
    s.type = ORGANIZATION;
  }
  return drop ? spans.filter((s) => s.to > s.from) : spans;
}
