// Semantic token layers flattened (features/token-layout.ts flatten): checked against the rule
// it implements, worked out character by character: each character goes to the open layer of
// highest priority (of equal ones, the later start; of equal starts, the later in order of
// start), a name inside a source gains the `source` modifier, and neighbouring characters with
// the same type and modifiers form one piece. Random nested and overlapping layers, fixed seed.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { flatten } from '../../server/src/lsp/features/token-layout';
import { modifierBits, TYPE_INDEX } from '../../server/src/lsp/features/token-legend';

type Layer = Parameters<typeof flatten>[0][number];

const SOURCE = TYPE_INDEX.attributionSource;
const NAMES = new Set([TYPE_INDEX.person, TYPE_INDEX.organization, TYPE_INDEX.location, TYPE_INDEX.misc]);

/** The rule, one character at a time. */
function byCharacter(layers: Layer[]): Array<[number, number, number, number]> {
  const items = layers.filter((l) => l.end > l.start).sort((a, b) => a.start - b.start);
  const out: Array<[number, number, number, number]> = [];
  const end = Math.max(0, ...items.map((l) => l.end));
  for (let c = 0; c < end; c++) {
    const open = items.filter((l) => l.start <= c && c < l.end);
    if (open.length === 0) continue;
    let win = open[0];
    for (const l of open.slice(1)) if (l.prio > win.prio || (l.prio === win.prio && l.start >= win.start)) win = l;
    const mods = open.some((l) => l.type === SOURCE) && NAMES.has(win.type) ? win.mods | modifierBits('source') : win.mods;
    const last = out[out.length - 1];
    if (last && last[1] === c && last[2] === win.type && last[3] === mods) last[1] = c + 1;
    else out.push([c, c + 1, win.type, mods]);
  }
  return out;
}

const TYPES = [TYPE_INDEX.person, TYPE_INDEX.organization, TYPE_INDEX.figure, TYPE_INDEX.quote, TYPE_INDEX.attributionCue, SOURCE, TYPE_INDEX.claim];
const LAYER = fc.record({
  start: fc.integer({ min: 0, max: 60 }),
  length: fc.integer({ min: 0, max: 25 }),
  type: fc.constantFrom(...TYPES),
  mods: fc.integer({ min: 0, max: 3 }),
  prio: fc.integer({ min: 0, max: 5 }),
}).map(({ start, length, type, mods, prio }) => ({ start, end: start + length, type, mods, prio }));

describe('semantic token layers flattened', () => {
  it('gives each stretch of text to the layer the rule gives each of its characters', () => {
    fc.assert(
      fc.property(fc.array(LAYER, { maxLength: 14 }), (layers) => {
        const got = flatten(layers.map((l) => ({ ...l }))).map((p) => [p.start, p.end, p.type, p.mods]);
        assert.deepEqual(got, byCharacter(layers));
      }),
      { numRuns: 600, seed: 18 },
    );
  });
});
