// Random word salad made of the figure vocabulary: the stage must never throw, and its figures
// must be in order, non-overlapping, inside the text and true to it.
import { strict as assert } from 'node:assert';
import { findFigures } from '../../server/src/analysis/figures';
import { segment } from '../../server/src/analysis/segment';

const WORDS = [
  'a', 'an', 'the', 'of', 'to', 'and', 'or', 'between', 'more', 'than', 'about', 'some', 'up',
  'nearly', 'at', 'least', 'half', 'third', 'quarter', 'fifth', 'one', 'two', 'twenty-five',
  'hundred', 'million', 'dozens', 'tens', 'few', 'several', 'days', 'day', 'year', 'years', 'ago',
  'old', 'aged', 'percent', 'per', 'cent', 'percentage', 'points', '%', '$', 'US', '€', '£', 'USD',
  'euros', 'km', 'square', 'metres', 'degrees', 'Celsius', 'minus', 'Friday', 'morning', 'March',
  'May', 'Jan.', 'last', 'next', 'this', 'early', 'mid-2019', 'noon', 'a.m.', 'GMT', 'in', 'his',
  '60s', '1990s', '2019', '2,500', '4.5', '10:30', '21st', '81-year-old', '30-year', '10-15', '3-1',
  '2024-03-07', '7/1/2022', '10km', '30C', '$1million', 'Boeing', '737', ',', '(', ')', '.', 'Q3',
  'for', 'decades', 'one-third', 'two-thirds', 'in', 'five', 'out', 'or', 'more', 'so', '+', 'bps',
];

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('figures on random text', () => {
  it('never throws and keeps spans ordered, disjoint and faithful', () => {
    let total = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const next = rng(seed);
      const words: string[] = [];
      const n = 5 + Math.floor(next() * 60);
      for (let k = 0; k < n; k++) words.push(WORDS[Math.floor(next() * WORDS.length)]);
      const text = `${words.join(' ')}.`;
      const figures = findFigures(segment(text), []);
      total += figures.length;
      let last = -1;
      for (const f of figures) {
        assert.ok(f.start >= last && f.end > f.start && f.end <= text.length, `seed ${seed}: ${text}`);
        assert.equal(text.slice(f.start, f.end), f.text, `seed ${seed}`);
        assert.ok(f.value === null || Number.isFinite(f.value), `seed ${seed}: value of ${f.text}`);
        last = f.end;
      }
    }
    assert.ok(total > 1000, `only ${total} figures in the salad: the vocabulary no longer triggers`);
  });
});
