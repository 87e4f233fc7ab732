import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { approxSearch, editDistance } from '../../server/src/annotations/approx-match';

/** Best edit distance of `pattern` against any substring of `text` (Sellers' DP), the oracle. */
function bestDistance(text: string, pattern: string): number {
  let prev = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let best = Infinity; // matches end after at least one text character, as in the search
  for (let j = 1; j <= text.length; j++) {
    const cur = [0];
    for (let i = 1; i <= pattern.length; i++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      cur[i] = Math.min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + cost);
    }
    best = Math.min(best, cur[pattern.length]);
    prev = cur;
  }
  return best;
}

describe('approximate search (Myers, blocked)', () => {
  it('finds an exact occurrence with zero errors', () => {
    const [m] = approxSearch('the quick brown fox', 'brown', 0);
    assert.deepEqual(m, { start: 10, end: 15, errors: 0 });
  });

  it('finds a quote with a typo, longer than one 32-bit block', () => {
    const quote = 'Exports of grain rose 14 percent in the third quarter, the ministry said';
    const text = 'Intro. Exports of grian rose 14 per cent in the third quarter, the ministry said. End.';
    const [m] = approxSearch(text, quote, 10);
    assert.ok(m);
    assert.equal(text.slice(m.start, m.end), 'Exports of grian rose 14 per cent in the third quarter, the ministry said');
    assert.equal(m.errors, editDistance(text.slice(m.start, m.end), quote));
  });

  it('agrees with the dynamic-programming oracle on random strings (multi-block too)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 120 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 70 }),
        fc.nat({ max: 20 }),
        (text, pattern, k) => {
          const oracle = bestDistance(text, pattern);
          const found = approxSearch(text, pattern, k);
          if (oracle > k) return found.length === 0;
          assert.ok(found.length > 0, 'a match within k exists');
          assert.equal(Math.min(...found.map((f) => f.errors)), oracle);
          for (const f of found) assert.ok(editDistance(text.slice(f.start, f.end), pattern) <= f.errors);
          return true;
        },
      ),
      { numRuns: 1500, seed: 22 },
    );
  });
});
