// "The Cape Breton Mariners' Association", "the Workers' Party", "the Fishermen's Union" (round 25):
// a name ending in a plural with its apostrophe, right before a capitalised body's word the tagger left out, is the body, the
// word and all (it was cut into an organisation "Cape Breton Mariners" and a stray "Association").
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import { ORG_HEAD_HASHES } from './org-words';
import type { TokenSpan } from './spans';
import { ORGANIZATION } from './labels';

export function pluralPossessiveBodies(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const k = s.to;
    // Cheap first: a body's word after the token after the span, that token glued to the span.
    if (k + 1 >= ctx.n || !ORG_HEAD_HASHES.has(ctx.lower[k + 1]) || ctx.cap[k + 1] !== TITLE || toks[k].start !== toks[k - 1].end) continue;
    // "Mariners' Association"; "Lobstermen's Association", "Women's Union" (not "Britain's Parliament").
    const prev = toks[k - 1].text;
    const mark = toks[k].text.replace('’', "'");
    if (!(mark === "'" ? prev.endsWith('s') : mark === "'s" && prev.endsWith('men'))) continue;
    const next = spans[i + 1];
    // The body's word untagged, or read alone as a name of its own.
    if (next && next.from <= k + 1) {
      if (next.to !== k + 2) continue;
      next.to = next.from;
    }
    s.to = k + 2;
    s.type = ORGANIZATION;
  }
  return spans.filter((s) => s.to > s.from);
}
