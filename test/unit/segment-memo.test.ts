// The segmenter with the incremental analyser's memo (segment/index.ts, KeptLine): a kept line's
// Token and Sentence objects are given out again as they are, or moved in place to where the line
// now is, and its words counted once. Whatever the edits, each segmentation must equal a fresh
// one, tokens and sentences included (the analysis tests compare only what an Analysis keeps).
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createAnalysisMemo, memoParts } from '../../server/src/analysis/pipeline';
import { segment } from '../../server/src/analysis/segment';
import { structureOf } from '../../server/src/analysis/structure';

const ROOT = join(__dirname, '..', '..');
const TEXTS = [
  ...readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.article')).sort().map((f) => readFileSync(join(ROOT, 'samples', f), 'utf8')),
  ...readdirSync(join(ROOT, 'test/fixtures/house-styles')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(ROOT, 'test/fixtures/house-styles', f), 'utf8')),
];

/** A memo as the incremental analyser keeps it, and one segmentation with it (the memo swept after). */
function segmenter() {
  const memo = createAnalysisMemo();
  const parts = memoParts(memo);
  return (text: string) => {
    try {
      return segment(text, memo.segment);
    } finally {
      for (const p of parts) p.sweep();
    }
  };
}

/** The segmentation as plain data (no shared objects), with the structure an Analysis keeps. */
function plain(text: string, seg: ReturnType<typeof segment>) {
  return { ...JSON.parse(JSON.stringify(seg)), structure: structureOf(seg), text };
}

const TYPED = fc.constantFrom('x', ' ', '.', '\n', '\n\n', ' Smith said. ', '“', '\n\n- ', '\n\nLONDON (Reuters) - ', 'Mr. ', ' 12 ');
const EDIT = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.integer({ min: 0, max: 30 }), ins: TYPED });

function edit(text: string, e: { at: number; del: number; ins: string }): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.ins + text.slice(at + e.del);
}

describe('segmentation with the incremental memo', () => {
  it('equals a fresh segmentation after random edits, tokens and sentences included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TEXTS.length - 1 }), fc.array(EDIT, { minLength: 1, maxLength: 10 }), (i, edits) => {
        const seg = segmenter();
        let text = TEXTS[i];
        assert.deepStrictEqual(plain(text, seg(text)), plain(text, segment(text)));
        for (const e of edits) {
          text = edit(text, e);
          assert.deepStrictEqual(plain(text, seg(text)), plain(text, segment(text)), `after ${JSON.stringify(e)}`);
        }
      }),
      { numRuns: 80, seed: 18 },
    );
  });

  it('gives a line that is twice in the text tokens of its own at each place, before and after an edit moves both', () => {
    const line = 'The board met on Tuesday. It agreed the plan.';
    const seg = segmenter();
    let text = `Port deal signed\n\n${line}\n\nShares rose.\n\n${line}`;
    for (const before of ['', 'A', 'AB\n\n', '']) {
      text = before + text;
      const got = seg(text);
      assert.deepStrictEqual(plain(text, got), plain(text, segment(text)));
      // No token object is handed out twice.
      assert.equal(new Set(got.tokens).size, got.tokens.length);
      assert.equal(new Set(got.sentences).size, got.sentences.length);
    }
  });

  it('moves a kept line\'s objects when only its first token, sentence or paragraph number changes (same offsets)', () => {
    const seg = segmenter();
    const tail = '\n\nShe said the talks would go on.';
    // Edits before the last line that keep its offsets: a token more ("calm," for "calm "), a
    // sentence more, a paragraph more.
    const texts = [`Talks resume. Markets calm today.${tail}`, `Talks resume. Markets calm,today.${tail}`, `Talks resume.Markets.calm,today.${tail}`, `Talks.\n\nresume.Markets.calm,today.${tail}`];
    for (const text of texts) assert.deepStrictEqual(plain(text, seg(text)), plain(text, segment(text)));
  });
});
