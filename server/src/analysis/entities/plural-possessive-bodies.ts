// "The Cape Breton Mariners' Association", "the Workers' Party", "the Fishermen's Union" (round 25):
// a name ending in a plural with its apostrophe, right before a capitalised body's word the tagger left out, is the body, the
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

function isGenitiveS(t: string): boolean {
  return t === "'s" || t === '’s';
}

/** Plurals that take "'s" ("Lobstermen's", "Women's", "Children's"); not "Britain's Parliament". */
function isIrregularPlural(t: string): boolean {
  return t.endsWith('men') || t === 'Children' || t === 'People';
}

export function pluralPossessiveBodies(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  let drop = false;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const k = s.to;
    // Cheap first: the apostrophe right after the span, glued to a word ending in "s".
    if (k + 1 >= ctx.n || toks[k].start !== toks[k - 1].end || ctx.cap[k + 1] !== TITLE || !ORG_HEAD_HASHES.has(ctx.lower[k + 1])) continue;
    const prev = toks[k - 1].text;
    if (!(isApostrophe(toks[k].text) ? prev.endsWith('s') : isGenitiveS(toks[k].text) && isIrregularPlural(prev))) continue;
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
