// Whole numbers are grouped without Intl (its first use costs a CLI call ~10 ms): the text must be
// exactly what Intl.NumberFormat('en-US') writes, for every kind of figure that goes through it.
import { strict as assert } from 'node:assert';
import { figureNumber, groupDigits } from '../../server/src/shared/figure-text';

const INTL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const SMALL = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });

/** A fixed-seed generator (mulberry32), so the values are the same every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('grouping whole numbers without Intl', () => {
  const edges = [0, 1, -1, 9, 10, 99, 100, 999, 1000, -1000, 9999, 10000, 99999, 100000, 999999, 1000000, 1234567,
    -1234567, 2 ** 31, -(2 ** 31), 2 ** 32, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];

  it('writes what Intl writes, at every digit count and sign', () => {
    for (const v of edges) assert.equal(groupDigits(v), INTL.format(v), String(v));
    const next = random(15);
    for (let i = 0; i < 5000; i++) {
      const digits = 1 + Math.floor(next() * 16);
      const v = Math.trunc((next() - 0.5) * 2 * 10 ** digits) || 0; // -0 goes to Intl
      if (!Number.isSafeInteger(v)) continue;
      assert.equal(groupDigits(v), INTL.format(v), String(v));
    }
  });

  it('gives figures the same text as the Intl formats, whole or not', () => {
    const next = random(16);
    const values = [...edges, -0, 0.5, -0.25, 1234.5678, 1e21, 3.3e15, 12e9, 4.5e9, 0.000123, -0.5];
    for (let i = 0; i < 2000; i++) values.push(Math.round((next() - 0.5) * 10 ** Math.floor(next() * 13)) / (next() < 0.5 ? 1 : 8));
    for (const v of values) {
      for (const kind of ['CARDINAL', 'MONEY', 'PERCENT', 'QUANTITY']) {
        const expected = expectedNumber(v);
        assert.equal(figureNumber({ kind, value: v }), expected, `${kind} ${v}`);
      }
      if (!Number.isInteger(v)) continue;
      assert.equal(figureNumber({ kind: 'DATE', value: v }), String(v));
    }
  });
});

/** figureNumber as it was written with the two Intl formats made when the module loaded. */
function expectedNumber(v: number): string {
  for (const [scale, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (Math.abs(v) < scale) continue;
    const scaled = v / scale;
    if (Math.abs(scaled * 100 - Math.round(scaled * 100)) > 1e-6) break;
    return `${INTL.format(scaled)} ${word}`;
  }
  return Math.abs(v) < 1 ? SMALL.format(v) : INTL.format(v);
}
