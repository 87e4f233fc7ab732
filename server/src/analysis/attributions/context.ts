// What every rule reads: the sentence being looked at, the quotations, and token helpers.
import type { Doc } from './phrases';
import type { Quote } from './quotes';
import { isWord } from './words';

export interface QuoteIndex {
  byClose: Map<number, Quote>;
  byOpen: Map<number, Quote>;
  /** Sorted by `open`. */
  list: Quote[];
}

/** The sentence being read: token bounds and the paragraph's extent. */
export interface Clause {
  lo: number;
  hi: number;
  paragraphStart: number;
  paragraphEnd: number;
  /**
   * First token a content read leftwards from a cue may start at: the sentence start, or just
   * past the previous attribution's cue in it ("A, he said, and B, she said": B is hers).
   */
  from: number;
  /**
   * Like `from`, but only past the third cue back: "…, X said, according to Y" nests the
   * earlier attributions in its content.
   */
  nestFrom: number;
}

/**
 * The farthest a content read token by token runs from its first token. PolNeAR's longest
 * reported clause is under 300 words and 99.9 % are under 90; the cap keeps a sentence of
 * thousands of tokens (no full stops) at a constant cost per cue, so every pass stays linear.
 */
export const MAX_CONTENT_TOKENS = 250;

export const FINAL_PUNCT = new Set(['.', '!', '?', ';', '…']);

export function isOpenMarkToken(doc: Doc, t: number, quotes: QuoteIndex): Quote | undefined {
  return quotes.byOpen.get(doc.toks[t].start);
}

/** Signs that belong to the number before them ("rose 5%"): a content may end in one. */
const UNIT_SIGNS = new Set(['%', '‰', '°']);

/** Index of the last token in [from, to) that can end a content: a word, or a unit sign after a number. */
export function lastContentToken(doc: Doc, from: number, to: number): number {
  let e = to - 1;
  while (e >= from && !isWord(doc.toks[e].text) && !(UNIT_SIGNS.has(doc.toks[e].text) && e > from && isWord(doc.toks[e - 1].text))) e--;
  return e;
}

/** Words in [from, to), counted up to `cap` (callers compare with small numbers; the cap keeps it constant-time). */
export function countWords(doc: Doc, from: number, to: number, cap = 16): number {
  let n = 0;
  for (let i = from; i < to && n < cap; i++) if (isWord(doc.toks[i].text)) n++;
  return n;
}

/**
 * A quotation after a full stop, opening with a capital ("… above 10 C. “Marmots burn …,” they
 * wrote"): a sentence of its own the splitter took for an abbreviation, not a partial quote.
 */
export function opensSentence(text: string, q: Quote): boolean {
  const stop = text.charCodeAt(q.open - 2);
  const first = text.charCodeAt(q.start);
  return q.open >= 2 && text.charCodeAt(q.open - 1) === 32 && (stop === 46 || stop === 33 || stop === 63) && first >= 65 && first <= 90;
}
