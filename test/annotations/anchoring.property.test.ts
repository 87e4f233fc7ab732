// Random edit sequences through the anchoring code, checked against an
// independent oracle: every character carries an identity, so a claim
// "survives" when its original characters are all still there, contiguous,
// in order, with nothing typed between them.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyEdits, type Edit } from '../../server/src/annotations/edits';
import { parseSidecar, serializeSidecar } from '../../server/src/annotations/format';
import { textHash } from '../../server/src/annotations/hash';
import { reanchorAll } from '../../server/src/annotations/reanchor';
import type { Claim, Sidecar } from '../../server/src/annotations/types';
import { makeClaim } from './claim-helpers';

const WORDS = [
  'the', 'minister', 'said', 'exports', 'rose', '14%', 'to', '$3.2 billion', 'in', 'March', '“We', 'will', 'not',
  'back', 'down,”', 'Ms.', 'Okafor', 'told', 'reporters.', 'Café', 'Zürich', '😀', 'grain', 'port', 'strike',
  'ended', 'after', 'nine', 'days', 'and', 'prices', 'fell', 'by', 'a', 'third', '—', '\n\n',
];
const INSERTS = ['x', ' ', 'the ', 'rose ', '14%', '\n', 'é', '😀', 'Okafor said ', 'ports, '];

const textArb = fc.array(fc.constantFrom(...WORDS), { minLength: 20, maxLength: 160 }).map((w) => w.join(' '));
/** Edits as fractions of the current length, so they stay valid whatever came before. */
const editArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.oneof(fc.constant(0), fc.nat({ max: 4 }), fc.nat({ max: 40 })),
  insert: fc.oneof(fc.constant(''), fc.constantFrom(...INSERTS), fc.array(fc.constantFrom(...INSERTS), { maxLength: 5 }).map((a) => a.join(''))),
});
const claimArb = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 1, max: 80 }) });

interface Doc {
  text: string;
  ids: number[];
}

export const totals = { sequences: 0, edits: 0, claimsChecked: 0, survivorsExact: 0, lost: 0, externalChecked: 0, externalExact: 0 };

function applyToDoc(doc: Doc, e: Edit, inserted: string, nextId: () => number): Doc {
  // Identity per UTF-16 unit, so surrogate halves are tracked too.
  const fresh: number[] = [];
  for (let k = 0; k < inserted.length; k++) fresh.push(nextId());
  return {
    text: doc.text.slice(0, e.start) + inserted + doc.text.slice(e.end),
    ids: [...doc.ids.slice(0, e.start), ...fresh, ...doc.ids.slice(e.end)],
  };
}

/** Where the claim's original characters are now, if they all survived together. */
function survivorAt(ids: number[], original: number[]): number | null {
  const first = ids.indexOf(original[0]);
  if (first < 0) return null;
  for (let k = 0; k < original.length; k++) if (ids[first + k] !== original[k]) return null;
  return first;
}

function uniqueOccurrence(text: string, exact: string): boolean {
  const first = text.indexOf(exact);
  return first >= 0 && text.indexOf(exact, first + 1) < 0;
}

describe('anchoring under random edits (property-based)', function () {
  this.timeout(120_000);

  after(() => {
    // The report numbers (printed once for the note).
    console.log(`      anchoring totals: ${JSON.stringify(totals)}`);
  });

  it('moves every claim along with live edits; survivors stay exact, none is lost', () => {
    fc.assert(
      fc.property(textArb, fc.array(claimArb, { minLength: 1, maxLength: 8 }), fc.oneof(fc.array(editArb, { minLength: 1, maxLength: 6 }), fc.array(editArb, { minLength: 1, maxLength: 30 })), (text0, claimSpecs, editSpecs) => {
        let counter = 0;
        const nextId = () => ++counter;
        let doc: Doc = { text: text0, ids: [] };
        for (let k = 0; k < text0.length; k++) doc.ids.push(nextId());
        const claims0: Claim[] = [];
        const originals = new Map<string, number[]>();
        for (const [k, spec] of claimSpecs.entries()) {
          const start = Math.min(text0.length - 1, Math.floor(spec.at * text0.length));
          const end = Math.min(text0.length, start + spec.len);
          const c = makeClaim(text0, start, end, `c${k}`);
          claims0.push(c);
          originals.set(c.id, doc.ids.slice(start, end));
        }
        let claims = claims0;
        for (const spec of editSpecs) {
          const start = Math.floor(spec.at * doc.text.length);
          const end = Math.min(doc.text.length, start + spec.len);
          const edit: Edit = { start, end, newLength: spec.insert.length };
          doc = applyToDoc(doc, edit, spec.insert, nextId);
          claims = applyEdits(claims, [edit], doc.text);
          totals.edits++;
        }
        totals.sequences++;
        // Through the file: what is written is what is read back.
        const sidecar: Sidecar = { version: 1, offsetUnit: 'utf-16', article: 'a.txt', textHash: textHash(doc.text), claims };
        const back = parseSidecar(serializeSidecar(sidecar));
        assert.ok(back.ok);
        assert.equal(back.sidecar.claims.length, claims0.length, 'no claim disappears from the file');
        for (const c0 of claims0) {
          const c = back.sidecar.claims.find((x) => x.id === c0.id);
          totals.claimsChecked++;
          if (!c) {
            totals.lost++;
            assert.fail(`claim ${c0.id} lost`);
          }
          const { start, end } = c.target.position;
          assert.ok(start >= 0 && start <= end && end <= doc.text.length, 'position within the text');
          const at = survivorAt(doc.ids, originals.get(c0.id) as number[]);
          if (at !== null) {
            assert.equal(start, at, `survivor ${c0.id} starts where its characters are`);
            assert.equal(end, at + c0.target.quote.exact.length);
            assert.equal(c.anchor, 'anchored');
            totals.survivorsExact++;
          } else if (c.anchor !== 'orphaned') {
            assert.equal(doc.text.slice(start, end), c.target.quote.exact, 'the quote matches what the claim covers');
            if (c.anchor === 'anchored') assert.equal(c.target.quote.exact, c0.target.quote.exact);
            else assert.equal(c.original, c0.target.quote.exact, 'a drifted claim remembers its tagged text');
          }
        }

        // The same rewrite made outside the editor: re-anchor the original sidecar on the new text.
        const re = reanchorAll(claims0, doc.text);
        assert.equal(re.claims.length, claims0.length);
        for (const c of re.claims) {
          totals.externalChecked++;
          const c0 = claims0.find((x) => x.id === c.id) as Claim;
          const at = survivorAt(doc.ids, originals.get(c.id) as number[]);
          if (at !== null && uniqueOccurrence(doc.text, c0.target.quote.exact)) {
            assert.equal(c.target.position.start, at, `external: survivor ${c.id} re-anchors exactly`);
            assert.equal(c.anchor, 'anchored');
            totals.externalExact++;
          } else if (at !== null) {
            // The words occur more than once: it must sit on one of the occurrences.
            assert.equal(doc.text.slice(c.target.position.start, c.target.position.end), c0.target.quote.exact);
          }
          if (c.anchor !== 'orphaned') {
            assert.equal(doc.text.slice(c.target.position.start, c.target.position.end), c.target.quote.exact);
          }
        }
      }),
      { numRuns: Number(process.env.ANCHOR_RUNS ?? 2500) },
    );
    assert.equal(totals.lost, 0);
  });
});
