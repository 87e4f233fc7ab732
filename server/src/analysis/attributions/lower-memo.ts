// The lower-case forms of a changing text's tokens, kept per sentence from one analysis to the
// next (the incremental analyser): lower-casing every token of a 10k-word article took ~1 ms a
// keystroke, most of the attribution stage's reading of its tokens.
//
// Exact: a token's lower-case form depends on its text alone, and a kept sentence is reused only
// when its tokens' texts are, one by one, those it was made from (the segmenter hands out the
// same strings for a kept line, whose hashes are kept: a look-up hashes nothing and lower-cases
// nothing).
import type { Segmentation } from '../types';

interface Kept {
  texts: string[];
  lower: string[];
  /** The analysis that last used it. */
  run: number;
}

export class SentenceLowerCases {
  /** By the sentence's text (a copy). */
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
        for (let i = 0; i < n; i++) texts.push(tokens[s.firstToken + i].text);
        // Copies, never views of this version's text (which the memo would keep alive).
        const own = ownCopy(texts);
        const low: string[] = [];
        for (const w of own) low.push(lowerCase(w));
        k = { texts: own, lower: low, run };
        this.kept.set(ownCopy(s.text), k);
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

/** A copy that shares no memory with the text it was cut from (a slice may be a view of it). */
function ownCopy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}
