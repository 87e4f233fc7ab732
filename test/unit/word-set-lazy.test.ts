import { strict as assert } from 'node:assert';
import { hashLower } from '../../server/src/analysis/entities/hash';
import { lazy } from '../../server/src/analysis/entities/lazy';
import { WordSet, wordSet } from '../../server/src/analysis/entities/word-set';

// Word sets are built on first use (issue 15, figure 3: some 150 of them were hashed at module
// load). A lazily built set must answer exactly as one built at once, whichever question comes first.

/** Deterministic pseudo-words (fixed seed), with capitals and a curly apostrophe now and then. */
function words(count: number, seed: number): string[] {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let w = '';
    for (let j = 0; j < 2 + (i % 7); j++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      const c = (x >>> 16) % 30;
      w += c < 26 ? String.fromCharCode((i % 5 === 0 ? 65 : 97) + c) : c < 28 ? '’' : '-';
    }
    out.push(w);
  }
  return out;
}

describe('WordSet built on first use', () => {
  for (const first of ['has', 'size', 'iterate'] as const) {
    it(`answers as a set built at once when first asked by ${first}`, () => {
      const members = words(700, 11);
      const eager = new WordSet(members.map(hashLower));
      const lazy = wordSet(members);
      const listed = new WordSet(() => members.map(hashLower));
      for (const set of [lazy, listed]) {
        if (first === 'size') assert.equal(set.size, eager.size);
        if (first === 'iterate') assert.deepEqual([...set], [...eager]);
        for (const w of [...members, ...words(5000, 12)]) assert.equal(set.has(hashLower(w)), eager.has(hashLower(w)), w);
        assert.equal(set.size, eager.size);
        assert.deepEqual([...set], [...eager]);
      }
    });
  }

  it('lists its words only when first asked, and only once', () => {
    let calls = 0;
    const set = new WordSet(() => { calls++; return [hashLower('harbour'), hashLower('quay')]; });
    assert.equal(calls, 0);
    assert.equal(set.has(hashLower('Quay')), true);
    assert.equal(set.has(hashLower('pier')), false);
    assert.equal(set.size, 2);
    assert.equal([...set].length, 2);
    assert.equal(calls, 1);
  });

  it('an empty list answers no to everything', () => {
    const set = wordSet([]);
    assert.equal(set.has(hashLower('a')), false);
    assert.equal(set.has(0), false);
    assert.equal(set.size, 0);
  });
});

describe('lazy (a module-level table made on first use)', () => {
  it('makes its value once, on the first call, and returns the same value after', () => {
    let calls = 0;
    const table = lazy(() => { calls++; return new Set([1, 2]); });
    assert.equal(calls, 0);
    const first = table();
    assert.equal(table(), first);
    assert.equal(first.has(2), true);
    assert.equal(calls, 1);
  });

  it('keeps a value that is falsy', () => {
    let calls = 0;
    const zero = lazy(() => { calls++; return 0; });
    assert.equal(zero(), 0);
    assert.equal(zero(), 0);
    assert.equal(calls, 1);
  });
});
