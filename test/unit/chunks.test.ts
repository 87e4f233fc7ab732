import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, createIncrementalAnalyzer, mergeAnalyses, type MergeReuse, PieceMerger } from '../../server/src/analysis';
import { chunkBounds } from '../../server/src/analysis/chunks';

const SAMPLE = readFileSync(join(__dirname, '../../samples/river-dam.article'), 'utf8');

describe('long texts in pieces', () => {
  it('cuts at paragraph breaks and covers the whole text', () => {
    const text = `${SAMPLE}\n\n${SAMPLE}\n\n${SAMPLE}`;
    const bounds = chunkBounds(text, 3000);
    assert.ok(bounds.length >= Math.ceil(text.length / 3000), `${bounds.length} pieces`);
    assert.equal(bounds[0][0], 0);
    assert.equal(bounds[bounds.length - 1][1], text.length);
    for (let i = 1; i < bounds.length; i++) assert.equal(bounds[i][0], bounds[i - 1][1]);
    for (const [, end] of bounds.slice(0, -1)) assert.equal(text[end], '\n', `cut at ${end} is not at a line break`);
  });

  it('never cuts a surrogate pair', () => {
    const text = 'a'.repeat(99) + '😀'.repeat(60);
    for (const [start, end] of chunkBounds(text, 100)) {
      assert.ok(!/[\uD800-\uDBFF]$/.test(text.slice(start, end)));
    }
  });

  it('gives the same findings in pieces as in one go, with entities merged across pieces', () => {
    const text = `${SAMPLE}\n\n${SAMPLE}`;
    const whole = analyze(text);
    const pieces = analyze(text, { chunkSize: Math.ceil(SAMPLE.length * 0.6) });
    const spans = (xs: Array<{ start: number; end: number }>) => xs.map((x) => `${x.start}-${x.end}`);
    assert.deepEqual(spans(pieces.figures), spans(whole.figures));
    assert.deepEqual(spans(pieces.boilerplate), spans(whole.boilerplate));
    assert.equal(pieces.segmentation.wordCount, whole.segmentation.wordCount);
    for (const m of pieces.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (const a of pieces.attributions) assert.equal(text.slice(a.content.start, a.content.end), a.content.text);
    // One entity per name, even though the name appears in several pieces.
    const names = pieces.entities.map((e) => `${e.type}|${e.name}`);
    assert.equal(new Set(names).size, names.length, names.join(', '));
    const ids = new Set(pieces.entities.map((e) => e.id));
    for (const m of pieces.mentions) assert.ok(ids.has(m.entity), `mention ${m.text} points at a missing entity`);
    for (const a of pieces.attributions) if (a.sourceEntity) assert.ok(ids.has(a.sourceEntity));
  });
});

describe('merging the pieces of a changing text again', () => {
  it('takes the pieces before an edit as they were shifted, and equals a fresh merge after each edit', () => {
    const inc = createIncrementalAnalyzer();
    const options = { chunkSize: Math.ceil(SAMPLE.length / 2) };
    let text = [SAMPLE, SAMPLE, SAMPLE].join('\n\n');
    let reuse: MergeReuse = new Map();
    const mergeAgain = () => {
      const pieces = inc.analyzePieces(text, options);
      const merger = new PieceMerger(reuse);
      const merged = mergeAnalyses(text, pieces, merger);
      reuse = merger.shifted;
      assert.ok(pieces.length >= 5, `${pieces.length} pieces`);
      assert.deepEqual(merged, mergeAnalyses(text, pieces), 'the same as a merge from scratch');
      return merged;
    };
    const first = mergeAgain();
    // Typing in the last third: the findings of the first piece are the very objects of the last merge.
    const at = Math.floor(text.length * 0.8);
    text = `${text.slice(0, at)} Ms. Halvorsen said ${text.slice(at)}`;
    const second = mergeAgain();
    assert.equal(second.mentions[0], first.mentions[0], 'the first piece was not shifted again');
    // Typing at the start moves every later piece: all shifted again, still equal to a fresh merge.
    text = `Updated. ${text}`;
    const third = mergeAgain();
    assert.notEqual(third.mentions[0], second.mentions[0]);
  });
});
