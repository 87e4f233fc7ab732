// A body's name cut by the tagger, its acronym in brackets after it: "Scottish and Southern
// Electricity Networks (SSEN)" came out MISC "Scottish" + "Southern Electricity Networks" (round 19).
// When the acronym's letters end with the initials of the organisation's words and its first letters
// are the initials of the capitalised words right before it (joined by "and", "&"), those words are
// the start of the name: one organisation.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

const OPEN = hashLower('(');
const JOINS = wordSet(['and', '&']);
const SKIPPED = wordSet(['of', 'and', 'the', '&', 'for']);

/** The acronym in brackets right after token `to` ("(SSEN)"), or null. */
function bracketedAcronym(ctx: DocContext, seg: Segmentation, to: number): string | null {
  if (to + 2 >= ctx.n || ctx.lower[to] !== OPEN || seg.tokens[to + 2].text !== ')') return null;
  const t = seg.tokens[to + 1].text;
  return t.length >= 3 && t.length <= 7 && /^[A-Z]+$/.test(t) ? t : null;
}

export function acronymHeads(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // Cheap first: a bracket right after an organisation.
    if (s.type !== ORGANIZATION || s.to >= ctx.n || ctx.lower[s.to] !== OPEN || s.from === 0) continue;
    const acr = bracketedAcronym(ctx, seg, s.to);
    if (!acr) continue;
    let own = '';
    for (let k = s.from; k < s.to; k++) if (!SKIPPED.has(ctx.lower[k])) own += seg.tokens[k].text.charAt(0).toUpperCase();
    if (own.length === 0 || own.length >= acr.length || !acr.endsWith(own)) continue;
    // The letters left, read from the words before the name, last first.
    let need = acr.length - own.length;
    let k = s.from - 1;
    const first = ctx.sentFirst[s.from];
    let ok = false;
    while (k >= first && need > 0) {
      if (JOINS.has(ctx.lower[k])) { k--; continue; }
      // "The Tehreek-e-Taliban Pakistan (TTP)": an article is never the acronym's letter.
      if (ctx.cap[k] !== TITLE || SKIPPED.has(ctx.lower[k]) || seg.tokens[k].text.charAt(0) !== acr.charAt(need - 1)) break;
      need--;
      if (need === 0) { ok = true; break; }
      k--;
    }
    if (!ok) continue;
    // Spans inside the words taken in go ("Scottish" read as MISC).
    for (let j = i - 1; j >= 0 && spans[j].to > k; j--) {
      if (spans[j].from < k || spans[j].sure) { ok = false; break; }
    }
    if (!ok) continue;
    for (let j = i - 1; j >= 0 && spans[j].to > k; j--) { spans[j].from = spans[j].to = -1; drop = true; }
    s.from = k;
  }
  return drop ? spans.filter((x) => x.from >= 0) : spans;
}
