// Urdu and Persian names joined by the izafat "-e-" ("Lashkar-e-Jhangvi", "Tehreek-e-Insaf",
// "Jamaat-e-Islami", "Jaish-e-Mohammad") in the news are parties and armed groups: the hyphenated word,
// with the capitalised words right beside it in the same sentence ("Pakistan Tehreek-e-Insaf",
// "Tehreek-e-Taliban Pakistan"), is one organisation, whatever the tagger made of it (a place, a
// person, MISC, or nothing: it never saw such words). Found by a native search of the text for "-e-",
// so articles without one cost nothing per token.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import { type TokenSpan, mergeByFrom, tokenSpan } from './spans';
import { ORGANIZATION } from './labels';

/** The first token that ends after `offset` (tokens are sorted). */
function tokenAt(seg: Segmentation, offset: number): number {
  let lo = 0, hi = seg.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (seg.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function izafatNames(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const text = seg.text;
  let names: TokenSpan[] | null = null;
  for (let at = text.indexOf('-e-'); at >= 0; at = text.indexOf('-e-', at + 3)) {
    const k = tokenAt(seg, at);
    if (k >= ctx.n || ctx.cap[k] !== TITLE || !upper(text.charCodeAt(at + 3))) continue;
    const t = seg.tokens[k];
    if (t.start >= at || !upper(text.charCodeAt(t.start))) continue;
    if (names && names[names.length - 1].to > k) continue;
    let from = k, to = k + 1;
    // Capitalised words beside it (at most two a side), in its sentence.
    // (Not a word usually written in lower case: "The Tehreek-e-Taliban Pakistan said".)
    while (from > ctx.sentFirst[k] && k - from < 2 && ctx.cap[from - 1] === TITLE && !(ctx.casing[from - 1] >= 1 && ctx.casing[from - 1] <= 2)) from--;
    while (to < ctx.sentEnd[k] && to - k <= 2 && ctx.cap[to] === TITLE) to++;
    (names ??= []).push(tokenSpan(from, to, ORGANIZATION, true));
  }
  if (!names) return spans;
  const found = names;
  // Spans reaching past the name are kept as they are and the name dropped (one never cuts another).
  const out: TokenSpan[] = [];
  for (const n of found) {
    if (spans.some((s) => s.from < n.to && n.from < s.to && (s.from < n.from || s.to > n.to) && s.sure)) continue;
    out.push(n);
  }
  if (out.length === 0) return spans;
  const kept = spans.filter((s) => !out.some((n) => s.from < n.to && n.from < s.to));
  return mergeByFrom(kept, out);
}
