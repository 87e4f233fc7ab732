// Random edit sequences through the anchoring code, checked against an
// independent oracle (edit-model.ts): claims whose words survive stay exactly
// on them, and no claim is ever lost — live (edit by edit) and after the same
// rewrite made outside the editor (re-anchoring on the final text).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyEdits } from '../../server/src/annotations/edits';
import { parseSidecar, serializeSidecar } from '../../server/src/annotations/format';
import { textHash } from '../../server/src/annotations/hash';
import { reanchorAll } from '../../server/src/annotations/reanchor';
import type { Claim, Sidecar } from '../../server/src/annotations/types';
import { makeClaim } from './claim-helpers';
import { claimSpecArb, editsArb, textArb, TrackedText, uniqueOccurrence } from './edit-model';

export const totals = { sequences: 0, edits: 0, claimsChecked: 0, survivorsExact: 0, lost: 0, externalChecked: 0, externalExact: 0 };

describe('anchoring under random edits (property-based)', function () {
  this.timeout(Math.max(120_000, Number(process.env.ANCHOR_RUNS ?? 2500) * 50));

  after(() => {
    console.log(`      library totals: ${JSON.stringify(totals)}`);
  });

  it('moves every claim along with live edits; survivors stay exact, none is lost', () => {
    fc.assert(
      fc.property(textArb, fc.array(claimSpecArb, { minLength: 1, maxLength: 8 }), editsArb(30), (text0, claimSpecs, editSpecs) => {
        const doc = new TrackedText(text0);
        const claims0: Claim[] = [];
        const originals = new Map<string, number[]>();
        for (const [k, spec] of claimSpecs.entries()) {
          const start = Math.min(text0.length - 1, Math.floor(spec.at * text0.length));
          const end = Math.min(text0.length, start + spec.len);
          const c = makeClaim(text0, start, end, `c${k}`);
          claims0.push(c);
          originals.set(c.id, doc.idsOf(start, end));
        }
        let claims = claims0;
        for (const spec of editSpecs) {
          const edit = doc.edit(spec);
          doc.apply(edit);
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
          const c: Claim | undefined = back.sidecar.claims.find((x) => x.id === c0.id);
          totals.claimsChecked++;
          if (!c) {
            totals.lost++;
            throw new Error(`claim ${c0.id} lost`);
          }
          const start: number = c.target.position.start;
          const end: number = c.target.position.end;
          assert.ok(start >= 0 && start <= end && end <= doc.text.length, 'position within the text');
          const at = doc.survivorAt(originals.get(c0.id) as number[]);
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
          const at = doc.survivorAt(originals.get(c.id) as number[]);
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
