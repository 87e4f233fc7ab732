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
import type { Segmentation } from '../types';

export class TokenLowerCases {
  /** The last analysis's token texts (copies: memo.ts ownCopy). */
  private texts: string[] = [];
  /** Their lower-case forms. */
  private lower: string[] = [];

  /** Every token's lower-case form, `lowerCase` working out those of tokens not kept. */
  lowerCases(seg: Segmentation, lowerCase: (s: string) => string): string[] {
    const { tokens } = seg;
    const lastTexts = this.texts;
    const lastLower = this.lower;
    const shift = lastTexts.length - tokens.length;
    // Filled in order by push, so the arrays stay packed (lower is read everywhere in the rules).
    const texts: string[] = [];
    const lower: string[] = [];
    for (let t = 0; t < tokens.length; t++) {
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
    }
    this.texts = texts;
    this.lower = lower;
    // The memo's own array, not a copy: the rules only read it (nothing in the analysis writes
    // doc.lower), and the next analysis builds new arrays rather than changing these.
    return lower;
  }
}
