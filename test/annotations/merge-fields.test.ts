// The merge rules of merge.ts, one by one: a claim leaves only through an
// untag (tombstone), fields merge one by one by the time each was set, a
// same-field conflict keeps the later value and puts the other in the claim's
// history, evidence lists are combined, and a hand edit in a copy of the file
// is kept. Every writer reaches the same result (the merge is symmetric).
import { strict as assert } from 'node:assert';
import { parseSidecar, serializeSidecar } from '../../server/src/annotations/format';
import { mergeClaimSets, mergeSidecars, tombstoneFor } from '../../server/src/annotations/merge';
import { addEvidence, setNote, setStatus, untag } from '../../server/src/annotations/operations';
import type { Claim, Sidecar } from '../../server/src/annotations/types';
import { makeClaim } from './claim-helpers';

const TEXT = 'Exports rose 14% in March. Imports fell by a third. The port hired 300 people.';
const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-03-01T10:00:00.000Z';
const T2 = '2026-03-01T10:00:00.150Z';
const T3 = '2026-03-01T11:00:00.000Z';
const NOW = '2026-03-02T00:00:00.000Z';

const a = makeClaim(TEXT, 0, 26, 'a');
const b = makeClaim(TEXT, 27, 51, 'b');
const sidecar = (claims: Claim[], extra: Partial<Sidecar> = {}): Sidecar => ({
  version: 1,
  offsetUnit: 'utf-16',
  article: 'port.article',
  textHash: 'sha256:00',
  claims,
  ...extra,
});
const byId = (cs: readonly Claim[], id: string) => cs.find((c) => c.id === id) as Claim;

describe('merge, field by field', () => {
  it('a stale copy saved over the file loses nothing: a claim it lacks is kept, its hand edit too', () => {
    // The file held A only when someone opened it in a text editor; the server then tagged B.
    const base = sidecar([a, b]);
    const stale = sidecar([{ ...a, note: 'Call the port office (typed by hand).' }]);
    const m = mergeSidecars(base, base, stale, NOW);
    assert.deepEqual(m.sidecar.claims.map((c) => c.id).sort(), ['a', 'b'], 'B is not deleted by its absence');
    assert.equal(byId(m.sidecar.claims, 'a').note, 'Call the port office (typed by hand).', 'the hand edit is kept');
    assert.equal(byId(m.sidecar.claims, 'a').edited?.note, NOW, 'and stamped, so older copies do not undo it');
    assert.deepEqual(m.conflicts, []);
  });

  it('a stale copy does not undo a newer change to the same claim', () => {
    const base = sidecar(setStatus([a], 'a', 'false', T1));
    const stale = sidecar([{ ...a, note: 'hand note' }]);
    const merged = byId(mergeSidecars(base, base, stale, NOW).sidecar.claims, 'a');
    assert.equal(merged.status, 'false', 'the status set after the copy was made stays');
    assert.equal(merged.note, 'hand note');
  });

  it('two edits of different fields of one claim are both kept (status here, note there)', () => {
    const base = sidecar([a]);
    const ours = sidecar(setStatus([a], 'a', 'false', T1));
    const theirs = sidecar(setNote([a], 'a', 'Ask for the monthly table.', T2));
    for (const [x, y] of [[ours, theirs], [theirs, ours]]) {
      const m = mergeSidecars(base, x, y, NOW);
      const c = byId(m.sidecar.claims, 'a');
      assert.equal(c.status, 'false');
      assert.equal(c.note, 'Ask for the monthly table.');
      assert.equal(c.updatedAt, T2);
      assert.deepEqual(m.conflicts, []);
      assert.equal(c.history, undefined);
    }
  });

  it('two edits of one field: the later is kept, the other goes to history and is reported', () => {
    const base = sidecar([a]);
    const ours = sidecar(setStatus([a], 'a', 'false', T1));
    const theirs = sidecar(setStatus([a], 'a', 'verified', T2));
    const one = mergeSidecars(base, ours, theirs, NOW);
    const other = mergeSidecars(base, theirs, ours, NOW);
    for (const m of [one, other]) {
      const c = byId(m.sidecar.claims, 'a');
      assert.equal(c.status, 'verified', 'the later edit wins, whichever side made it');
      assert.deepEqual(c.history, [{ field: 'status', value: 'false', at: T1, replacedAt: NOW }]);
      assert.deepEqual(m.conflicts, [{ claimId: 'a', field: 'status', kept: 'verified', lost: 'false' }]);
    }
    assert.equal(serializeSidecar(one.sidecar), serializeSidecar(other.sidecar), 'both writers reach the same file');
  });

  it('a sequential change is not a conflict', () => {
    const first = setStatus([a], 'a', 'false', T1);
    const base = sidecar(first);
    const m = mergeSidecars(base, sidecar(setStatus(first, 'a', 'verified', T2)), base, NOW);
    assert.equal(byId(m.sidecar.claims, 'a').status, 'verified');
    assert.deepEqual(m.conflicts, []);
  });

  it('evidence added on both sides at once is combined', () => {
    const base = sidecar([a]);
    const ours = sidecar(addEvidence([a], 'a', 'https://example.org/one', null, T1));
    const theirs = sidecar(addEvidence([a], 'a', 'https://example.org/two', 'Two', T2));
    const m = mergeSidecars(base, ours, theirs, NOW);
    assert.deepEqual(byId(m.sidecar.claims, 'a').evidence.map((e) => e.url), ['https://example.org/one', 'https://example.org/two']);
    assert.deepEqual(m.conflicts, []);
  });

  it('an untag removes the claim everywhere, unless it was edited after the untag', () => {
    const base = sidecar([a, b]);
    const untagged = sidecar(untag([a, b], 'b'), { deleted: [tombstoneFor(b, T1)] });
    const m = mergeSidecars(base, base, untagged, NOW);
    assert.deepEqual(m.sidecar.claims.map((c) => c.id), ['a']);
    assert.deepEqual(m.sidecar.deleted, [{ id: 'b', deletedAt: T1 }]);
    // A stale copy that still has B does not bring it back.
    const again = mergeSidecars(m.sidecar, m.sidecar, base, NOW);
    assert.deepEqual(again.sidecar.claims.map((c) => c.id), ['a']);
    // Edited after the untag (a colleague set its status later): kept.
    const edited = sidecar(setStatus([a, b], 'b', 'checking', T3));
    const kept = mergeSidecars(base, edited, untagged, NOW);
    assert.deepEqual(kept.sidecar.claims.map((c) => c.id).sort(), ['a', 'b']);
    assert.equal(kept.sidecar.deleted, undefined);
  });

  it('tagging the same words again after an untag brings the claim back', () => {
    const untagged = sidecar([a], { deleted: [tombstoneFor(b, T1)] });
    const retagged = sidecar([a, { ...b, createdAt: T3, updatedAt: T3 }]);
    const m = mergeSidecars(untagged, retagged, untagged, NOW);
    assert.deepEqual(m.sidecar.claims.map((c) => c.id).sort(), ['a', 'b']);
  });

  it('an untag covers the version the user saw, even with a clock behind it', () => {
    const later = { ...b, updatedAt: T3 };
    assert.equal(tombstoneFor(later, T1).deletedAt, T3);
  });

  it('old files without edit times: the later claim wins a conflict, the other value is kept in history', () => {
    const base = sidecar([a]);
    const ours = sidecar([{ ...a, status: 'false', updatedAt: T1 }]);
    const theirs = sidecar([{ ...a, status: 'verified', updatedAt: T2 }]);
    const c = byId(mergeSidecars(base, ours, theirs, NOW).sidecar.claims, 'a');
    assert.equal(c.status, 'verified');
    assert.equal(c.history?.[0].value, 'false');
  });

  it('unknown fields merge key by key; the claim moved by one side keeps that placement', () => {
    const base = sidecar([{ ...a, extra: { reviewer: 'Tom' } }], { extra: { generator: { v: 1 } } });
    const ours = sidecar([{ ...a, extra: { reviewer: 'Tom', desk: 'economy' } }], { extra: { generator: { v: 1 } } });
    const moved = { ...a, target: { ...a.target, position: { start: 5, end: 31 } }, extra: { reviewer: 'Ana' } };
    const theirs = sidecar([moved], { extra: { generator: { v: 2 } } });
    const m = mergeSidecars(base, ours, theirs, NOW);
    const c = byId(m.sidecar.claims, 'a');
    assert.deepEqual(c.extra, { reviewer: 'Ana', desk: 'economy' });
    assert.deepEqual(m.sidecar.extra, { generator: { v: 2 } });
    assert.deepEqual(c.target.position, { start: 5, end: 31 });
  });

  it('tombstones, edit times and history survive the file, and older readers see them as extra fields', () => {
    const base = sidecar([a]);
    const m = mergeSidecars(base, sidecar(setStatus([a], 'a', 'false', T1)), sidecar(setStatus([a], 'a', 'verified', T2)), NOW);
    const withTomb = { ...m.sidecar, deleted: [tombstoneFor(b, T3)] };
    const text = serializeSidecar(withTomb);
    const back = parseSidecar(text);
    assert.ok(back.ok, JSON.stringify(!back.ok && back.problems));
    assert.equal(serializeSidecar(back.sidecar), text);
    assert.deepEqual(back.sidecar.deleted, [{ id: 'b', deletedAt: T3 }]);
    assert.deepEqual(back.sidecar.claims[0].edited, { status: T2 });
    assert.equal(back.sidecar.claims[0].history?.[0].value, 'false');
  });

  it('merging is idempotent and lists every id once', () => {
    const s = sidecar(setNote([a, b], 'a', 'n', T1));
    const m = mergeClaimSets(s, s, s, NOW);
    assert.equal(serializeSidecar(sidecar(m.claims)), serializeSidecar(s));
    assert.deepEqual(m.conflicts, []);
    assert.equal(T0 < T1, true);
  });
});
