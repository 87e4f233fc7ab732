// "the Organisation for Security and Cooperation in Europe (OSCE)", "the U.N. Interim Force in
// Lebanon (UNIFIL)": a body named for the place it works in. The tagger stops the name at "in" and
// reads the place apart. When the acronym in brackets right after spells the whole (the capitals
// of the organisation's words, "In" counted or not, and of the place's), the organisation, "in"
// and the place are one organisation. Without such an acronym nothing changes ("Amnesty
// International in London said").
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { hashLower } from './hash';
import type { TokenSpan } from './spans';
import { ORGANIZATION, LOCATION } from './labels';

const IN = hashLower('in');
const ACRONYM = /^\p{Lu}[\p{Lu}-]{2,9}$/u;
const JOINERS = new Set(['of', 'for', 'and', 'the', '&', 'de', 'on']);

export function inPlaceBodies(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  let drop = false;
  for (let i = 0; i + 1 < spans.length; i++) {
    const s = spans[i], p = spans[i + 1];
    if (s.type !== ORGANIZATION || p.type !== LOCATION || p.from !== s.to + 1 || ctx.lower[s.to] !== IN) continue;
    const open = p.to;
    if (open + 2 >= ctx.n || toks[open].text !== '(' || toks[open + 2].text !== ')' || !ACRONYM.test(toks[open + 1].text)) continue;
    const acronym = toks[open + 1].text.replace(/-/g, '');
    const head = initials(seg, s.from, s.to), place = initials(seg, p.from, p.to);
    if (acronym !== head + place && acronym !== head + 'I' + place) continue;
    s.to = p.to;
    p.to = p.from; drop = true; i++;
  }
  return drop ? spans.filter((s) => s.to > s.from) : spans;
}

/** The capitals that start the words of tokens [from, to) ("U.N." gives both), joiners skipped. */
function initials(seg: Segmentation, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const t = seg.tokens[k].text;
    if (JOINERS.has(t)) continue;
    if (t.includes('.')) out += t.replace(/[^\p{Lu}]/gu, '');
    else out += t[0];
  }
  return out.toUpperCase();
}
