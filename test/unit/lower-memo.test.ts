// The attribution stage's lower-case forms kept per token (attributions/lower-memo.ts): a sentence
// the segmenter gives out again as the same object (segment/index.ts, KeptLine.built) has its
// forms copied from the last analysis without reading its tokens. Whatever the edits, the forms
// must be those of the tokens now.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { TokenLowerCases } from '../../server/src/analysis/attributions/lower-memo';
import { createAnalysisMemo, memoParts } from '../../server/src/analysis/pipeline';
import { segment } from '../../server/src/analysis/segment';
import type { Segmentation, Sentence, Token } from '../../server/src/analysis/types';

const ROOT = join(__dirname, '..', '..');
const TEXTS = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.article')).sort().map((f) => readFileSync(join(ROOT, 'samples', f), 'utf8'));
const lowerCase = (s: string): string => s.toLowerCase();

/** Edits that change a word and keep the token count ("x" in a word, a capital), or add and remove tokens, sentences, paragraphs. */
const TYPED = fc.constantFrom('x', 'Q', ' ', '.', '\n', '\n\n', ' Smith said. ', 'Mr. ', ' 12 ');
const EDIT = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.integer({ min: 0, max: 12 }), ins: TYPED });

function edit(text: string, e: { at: number; del: number; ins: string }): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.ins + text.slice(at + e.del);
}

describe('lower-case forms kept between analyses (attributions/lower-memo.ts)', () => {
  it('equals lower-casing every token after random edits, with the segmenter\'s kept sentences', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TEXTS.length - 1 }), fc.array(EDIT, { minLength: 1, maxLength: 12 }), (i, edits) => {
        const memo = createAnalysisMemo();
        const parts = memoParts(memo);
        const forms = new TokenLowerCases();
        let text = TEXTS[i];
        for (let k = 0; k <= edits.length; k++) {
          if (k > 0) text = edit(text, edits[k - 1]);
          const seg = segment(text, memo.segment);
          for (const p of parts) p.sweep();
          assert.deepStrictEqual(forms.lowerCases(seg, lowerCase), seg.tokens.map((t) => t.text.toLowerCase()), `after ${k} edits`);
        }
      }),
      { numRuns: 60, seed: 15 },
    );
  });

  it('reads the tokens of a sentence object again when it covers another number of tokens', () => {
    // Not what segment() gives out (a kept sentence keeps its tokens), but the memo copies a
    // sentence's forms only when its token count is the one they were made for.
    const tok = (text: string, start: number): Token => ({ start, end: start + text.length, text, sentence: 0 });
    const sentence: Sentence = { start: 0, end: 9, firstToken: 0, endToken: 2, paragraph: 0, text: 'Ann Said' };
    const seg = (tokens: Token[]): Segmentation => ({
      text: '', paragraphs: [{ start: 0, end: 20, role: 'body' }], sentences: [sentence], tokens,
      dateline: null, credits: [], boilerplate: [],
    });
    const forms = new TokenLowerCases();
    assert.deepStrictEqual(forms.lowerCases(seg([tok('Ann', 0), tok('Said', 4)]), lowerCase), ['ann', 'said']);
    sentence.endToken = 3;
    assert.deepStrictEqual(forms.lowerCases(seg([tok('Ann', 0), tok('Said', 4), tok('NO', 9)]), lowerCase), ['ann', 'said', 'no']);
  });
});
