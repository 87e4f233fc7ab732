import { strict as assert } from 'node:assert';
import { hashLower } from '../../server/src/analysis/entities/hash';
import { WordSet, wordSet } from '../../server/src/analysis/entities/word-set';

/** Deterministic pseudo-words (fixed seed): the bit table must never answer "no" for a member. */
function words(count: number, seed: number): string[] {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let w = '';
    const len = 2 + (i % 9);
    for (let j = 0; j < len; j++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      w += String.fromCharCode(97 + ((x >>> 16) % 26));
    }
    out.push(w);
  }
  return out;
}

describe('WordSet (hashed words with a bit table in front)', () => {
  for (const size of [1, 7, 40, 300, 5000]) {
    it(`answers as a Set does, members and others, with ${size} words`, () => {
      const members = words(size, size);
      const set = wordSet(members);
      const plain = new Set(members.map(hashLower));
      for (const w of members) assert.equal(set.has(hashLower(w)), true, w);
      for (const w of words(20000, 977 + size)) assert.equal(set.has(hashLower(w)), plain.has(hashLower(w)), w);
      assert.equal(set.size, plain.size);
      assert.deepEqual([...set].sort(), [...plain].sort());
    });
  }

  it('reads words as the rules see tokens: lower-cased, curly apostrophes straight', () => {
    const set = wordSet(["they're", 'coach']);
    assert.equal(set.has(hashLower('Coach')), true);
    assert.equal(set.has(hashLower('THEY’RE')), true);
    assert.equal(set.has(hashLower('coaches')), false);
  });

  it('holds hashes given as they are', () => {
    const set = new WordSet([0, 1, 0xffffffff, 0x80000000]);
    for (const h of [0, 1, 0xffffffff, 0x80000000]) assert.equal(set.has(h), true, String(h));
    assert.equal(set.has(2), false);
    assert.equal(set.has(0x7fffffff), false);
  });
});
