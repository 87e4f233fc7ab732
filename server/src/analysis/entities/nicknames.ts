// A nickname in quotation marks between a given name and a surname ("Desmond "Dez" Okonkwo",
// "Earvin “Magic” Johnson", 'Roberto "Hands of Stone" Duran') is part of the person's name; the tagger
// reads the pieces apart.
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
    // Names round 26: or up to four words, capitalised at both ends ('Roberto "Hands of Stone" Duran', CoNLL-2003 dev).
    if (s.type !== PERSON || q + 3 >= ctx.sentEnd[s.from] || ctx.cap[q + 1] !== TITLE || !OPEN.has(toks[q].text)) continue;
    const c = closingQuote(ctx, seg, q);
    if (c < 0 || c + 1 >= ctx.sentEnd[s.from] || ctx.cap[c + 1] !== TITLE) continue;
    // The surname and what follows it: a span starting there, or the capitalised words.
    let to = c + 2;
    let j = i + 1;
    while (j < spans.length && spans[j].from < c + 2) {
      if (spans[j].from >= q + 1) { to = Math.max(to, spans[j].to); spans[j].from = -1; drop = true; }
      j++;
    }
    while (to < ctx.sentEnd[s.from] && ctx.cap[to] === TITLE && (j >= spans.length || spans[j].from > to)) to++;
    s.to = to;
    i = j - 1;
  }
  return drop ? spans.filter((s) => s.from >= 0) : spans;
}

/** Small words inside a nickname of several words ("Hands of Stone"). */
const INNER = new Set(['of', 'the', 'and', 'de']);

/** The closing quote of a nickname opened at token q: one to four words, the last capitalised; or -1. */
function closingQuote(ctx: DocContext, seg: Segmentation, q: number): number {
  const end = Math.min(ctx.sentEnd[q], q + 6);
  for (let c = q + 2; c < end; c++) {
    if (CLOSE.has(seg.tokens[c].text)) return ctx.cap[c - 1] === TITLE ? c : -1;
    if (ctx.cap[c] !== TITLE && !INNER.has(seg.tokens[c].text)) return -1;
  }
  return -1;
}
