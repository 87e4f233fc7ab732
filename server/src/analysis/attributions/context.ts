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
}

export const FINAL_PUNCT = new Set(['.', '!', '?', ';', '…']);

export function isOpenMarkToken(doc: Doc, t: number, quotes: QuoteIndex): Quote | undefined {
  return quotes.byOpen.get(doc.toks[t].start);
}

/** Index of the last token of the clause that is a word or a closing mark, for content ends. */
export function lastContentToken(doc: Doc, from: number, to: number): number {
  let e = to - 1;
  while (e >= from && !isWord(doc.toks[e].text)) e--;
  return e;
}


export function countWords(doc: Doc, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isWord(doc.toks[i].text)) n++;
  return n;
}

