// A nickname in quotation marks between a given name and a surname ("Desmond "Dez" Okonkwo",
// "Earvin “Magic” Johnson") is part of the person's name; the tagger reads the pieces apart.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { PERSON } from './labels';

const OPEN = new Set(['"', '“']);
const CLOSE = new Set(['"', '”']);

export function quotedNicknames(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  let drop = false;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const q = s.to;
    // Given name, open quote, one capitalised word, close quote, a capitalised surname.
    if (s.type !== PERSON || q + 3 >= ctx.sentEnd[s.from] || ctx.cap[q + 1] !== TITLE || ctx.cap[q + 3] !== TITLE) continue;
    if (!OPEN.has(toks[q].text) || !CLOSE.has(toks[q + 2].text)) continue;
    // The surname and what follows it: a span starting there, or the capitalised words.
    let to = q + 4;
    let j = i + 1;
    while (j < spans.length && spans[j].from < q + 4) {
      if (spans[j].from >= q + 1) { to = Math.max(to, spans[j].to); spans[j].from = -1; drop = true; }
      j++;
    }
    while (to < ctx.sentEnd[s.from] && ctx.cap[to] === TITLE && (j >= spans.length || spans[j].from > to)) to++;
    s.to = to;
    i = j - 1;
  }
  return drop ? spans.filter((s) => s.from >= 0) : spans;
}
