// The lower-case forms of a changing text's tokens, kept from one analysis to the next (the
// incremental analyser): lower-casing every token of a 10k-word article took ~1 ms a keystroke,
// most of the attribution stage's reading of its tokens.
//
// Exact: a token's lower-case form depends on its text alone, and a kept form is taken only for
// a token whose text is the one it was made from. Looked up by place, not by text: token i is
// compared with the last analysis's token i (before the edit), then with the one as far from the
// end (after it). The segmenter hands out the same strings for a kept line, so the comparison is
// mostly by identity; a look-up by a sentence's text compared every character each time.
import { ownCopy } from '../memo';
import type { Segmentation, Sentence } from '../types';

export class TokenLowerCases {
  /** The last analysis's token texts (copies: memo.ts ownCopy). */
  private texts: string[] = [];
  /** Their lower-case forms. */
  private lower: string[] = [];
  /**
   * The last analysis's Sentence objects (compared by identity only, never read), with where
   * each one's tokens then began in `texts` and how many it had.
   */
  private sentences: Sentence[] = [];
  private firsts: number[] = [];
  private counts: number[] = [];

  /** Every token's lower-case form, `lowerCase` working out those of tokens not kept. */
  lowerCases(seg: Segmentation, lowerCase: (s: string) => string): string[] {
    const { tokens, sentences } = seg;
    const lastTexts = this.texts;
    const lastLower = this.lower;
    const lastSentences = this.sentences;
    const lastFirsts = this.firsts;
    const lastCounts = this.counts;
    const shift = lastTexts.length - tokens.length;
    const sentenceShift = lastSentences.length - sentences.length;
    // Filled in order by push, so the arrays stay packed (lower is read everywhere in the rules).
    const texts: string[] = [];
    const lower: string[] = [];
    const firsts: number[] = [];
    const counts: number[] = [];
    // One token compared with the last analysis's token of the same place (before the edit) or as far from the end (after it).
    const byToken = (t: number): void => {
      const s = tokens[t].text;
      let k = t < lastTexts.length && lastTexts[t] === s ? t : -1;
      if (k < 0 && shift !== 0 && t + shift >= 0 && t + shift < lastTexts.length && lastTexts[t + shift] === s) k = t + shift;
      if (k >= 0) {
        texts.push(lastTexts[k]);
        lower.push(lastLower[k]);
      } else {
        // Lower-cased from the kept copy: a form that is the text itself must not be a view either.
        const own = ownCopy(s);
        texts.push(own);
        lower.push(lowerCase(own));
      }
    };
    let t = 0;
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i];
      const end = sentence.endToken;
      while (t < sentence.firstToken) byToken(t++);
      firsts.push(t);
      counts.push(end - t);
      // A sentence the segmenter gave out last time too (the same object, of the same place or as
      // far from the end): its tokens are its line's same Token objects, whose texts never change
      // (segment/index.ts KeptLine.built), so their forms are the last ones, copied without
      // reading a token. Only when its tokens start where the walk is (they always do).
      let j = lastSentences[i] === sentence ? i : -1;
      if (j < 0 && sentenceShift !== 0 && i + sentenceShift >= 0 && i + sentenceShift < lastSentences.length && lastSentences[i + sentenceShift] === sentence) j = i + sentenceShift;
      if (j >= 0 && t === sentence.firstToken && lastCounts[j] === end - t) {
        const from = lastFirsts[j] - t;
        for (; t < end; t++) {
          texts.push(lastTexts[from + t]);
          lower.push(lastLower[from + t]);
        }
      } else {
        while (t < end) byToken(t++);
      }
    }
    while (t < tokens.length) byToken(t++);
    this.texts = texts;
    this.lower = lower;
    this.sentences = sentences.slice();
    this.firsts = firsts;
    this.counts = counts;
    // The memo's own array, not a copy: the rules only read it (nothing in the analysis writes
    // doc.lower), and the next analysis builds new arrays rather than changing these.
    return lower;
  }
}
