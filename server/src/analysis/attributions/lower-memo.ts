// The lower-case forms of a changing text's tokens, kept per sentence from one analysis to the
// next (the incremental analyser): lower-casing every token of a 10k-word article took ~1 ms a
// keystroke, most of the attribution stage's reading of its tokens.
//
// Exact: a token's lower-case form depends on its text alone, and a kept sentence is reused only
// when its tokens' texts are, one by one, those it was made from (the segmenter hands out the
// same strings for a kept line, so the comparison is by identity and costs no reading of them).
import type { Segmentation } from '../types';

interface Kept {
  texts: string[];
  lower: string[];
  /** The analysis that last used it. */
  run: number;
}

export class SentenceLowerCases {
  /** By the sentence's text (the segmenter's string: a kept line's is the same one each time). */
  private readonly kept = new Map<string, Kept>();
  private run = 0;

  /** Every token's lower-case form, `lowerCase` working out those of sentences not kept. */
  lowerCases(seg: Segmentation, lowerCase: (s: string) => string): string[] {
    const { tokens, sentences } = seg;
    const run = this.run;
    // Filled in order by push, so the array stays packed (it is read everywhere in the rules).
    const lower: string[] = [];
    let t = 0;
    for (const s of sentences) {
      // Tokens outside any sentence (none, as the segmenter makes them; kept exact if ever), and
      // sentences out of order (never) read plainly.
      if (s.firstToken < t) return tokens.map((x) => lowerCase(x.text));
      for (; t < s.firstToken; t++) lower.push(lowerCase(tokens[t].text));
      const n = s.endToken - s.firstToken;
      let k = this.kept.get(s.text);
      let same = k !== undefined && k.texts.length === n;
      for (let i = 0; same && i < n; i++) same = tokens[s.firstToken + i].text === k!.texts[i];
      if (!same) {
        const texts: string[] = [];
        const low: string[] = [];
        for (let i = 0; i < n; i++) {
          texts.push(tokens[s.firstToken + i].text);
          low.push(lowerCase(texts[i]));
        }
        k = { texts, lower: low, run };
        this.kept.set(s.text, k);
      }
      k!.run = run;
      for (const w of k!.lower) lower.push(w);
      t = s.endToken;
    }
    for (; t < tokens.length; t++) lower.push(lowerCase(tokens[t].text));
    // What this analysis did not use is dropped (forEach: no entry array per sentence).
    this.kept.forEach((k, text) => {
      if (k.run !== run) this.kept.delete(text);
    });
    this.run++;
    return lower;
  }
}
