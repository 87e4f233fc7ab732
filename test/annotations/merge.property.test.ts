// Random interleavings of writers on one sidecar, none of which watches the
// file: three editors tag, set status, note, evidence and untag, each from
// whatever it last read (compare-and-swap + merge is all that keeps them
// honest), while a text editor now and then saves an old copy of the file
// with a note typed by hand. After every writer has saved once more:
//   - no claim is lost unless someone untagged it;
//   - each status is the one set last (by time), each evidence link added is there;
//   - each hand-typed note is the note, or in the claim's history, or was
//     followed by a later note set through a command;
//   - all writers agree (a further save writes nothing).
// MERGE_RUNS sets the number of sequences (default 60).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptySidecar, parseSidecar, serializeSidecar } from '../../server/src/annotations/format';
import { tombstoneFor } from '../../server/src/annotations/merge';
import { addEvidence, setNote, setStatus, untag } from '../../server/src/annotations/operations';
import { commitSidecar, type DiskState, readSidecar } from '../../server/src/annotations/store';
import { CLAIM_STATUSES, type Claim, type ClaimStatus, type Sidecar, type Tombstone } from '../../server/src/annotations/types';
import { makeClaim } from './claim-helpers';

const TEXT = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.';

type Op =
  | { kind: 'tag'; w: number }
  | { kind: 'status'; w: number; pick: number; status: ClaimStatus }
  | { kind: 'note'; w: number; pick: number }
  | { kind: 'evidence'; w: number; pick: number }
  | { kind: 'untag'; w: number; pick: number }
  | { kind: 'open'; w: number }
  | { kind: 'handSave'; pick: number };

const W = 3;
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('tag' as const), w: fc.nat(W - 1) }),
  fc.record({ kind: fc.constant('status' as const), w: fc.nat(W - 1), pick: fc.nat(), status: fc.constantFrom(...CLAIM_STATUSES) }),
  fc.record({ kind: fc.constant('note' as const), w: fc.nat(W - 1), pick: fc.nat() }),
  fc.record({ kind: fc.constant('evidence' as const), w: fc.nat(W - 1), pick: fc.nat() }),
  fc.record({ kind: fc.constant('untag' as const), w: fc.nat(W - 1), pick: fc.nat() }),
  fc.record({ kind: fc.constant('open' as const), w: fc.constant(0) }),
  fc.record({ kind: fc.constant('handSave' as const), pick: fc.nat() }),
);

interface Writer {
  disk: DiskState;
  claims: Claim[];
  deleted: Tombstone[];
}

export const mergeTotals = { sequences: 0, ops: 0, claims: 0, lost: 0, handNotes: 0, handNotesInHistory: 0, conflicts: 0 };

describe('merge under random concurrent writers (property-based)', function () {
  this.timeout(Math.max(300_000, Number(process.env.MERGE_RUNS ?? 60) * 500));
  after(() => console.log(`      merge totals: ${JSON.stringify(mergeTotals)}`));

  it('loses no claim and no edit, and every writer ends on the same file', () => {
    const root = fs.mkdtempSync(join(tmpdir(), 'na-merge-prop-'));
    let run = 0;
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 30 }), (ops) => {
        const file = join(root, `a${++run}.article.annotations.json`);
        let tick = 0;
        const clock = () => new Date(Date.UTC(2026, 0, 1) + ++tick * 1000).toISOString();
        const writers: Writer[] = Array.from({ length: W }, () => ({ disk: { kind: 'missing', hash: null }, claims: [], deleted: [] }));
        const untagged = new Set<string>();
        const lastStatus = new Map<string, { at: string; status: ClaimStatus }>();
        const links = new Map<string, Set<string>>();
        const notes = new Map<string, string[]>(); // note times set through commands
        const handNotes: Array<{ id: string; note: string; at: string }> = [];
        let copy: string | null = null;
        let tagged = 0;
        let conflicts = 0;

        const commit = (w: Writer) => {
          const ours: Sidecar = { ...(w.disk.kind === 'ok' ? w.disk.sidecar : emptySidecar('a.article', 'sha256:00')), claims: w.claims };
          if (w.deleted.length > 0) ours.deleted = w.deleted;
          else delete ours.deleted;
          const r = commitSidecar(file, w.disk, ours, (s) => s, clock);
          conflicts += r.conflicts.length;
          w.disk = r.state;
          w.claims = r.state.sidecar.claims;
          w.deleted = r.state.sidecar.deleted ?? [];
        };
        const pick = (w: Writer, k: number): Claim | undefined => (w.claims.length ? w.claims[k % w.claims.length] : undefined);

        for (const op of ops) {
          mergeTotals.ops++;
          if (op.kind === 'open') {
            copy = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
            continue;
          }
          if (op.kind === 'handSave') {
            // An old copy saved over the file (text editor, git stash pop), with a note typed by hand.
            if (copy === null) continue;
            const parsed = parseSidecar(copy);
            assert.ok(parsed.ok);
            const claims = parsed.sidecar.claims;
            if (claims.length > 0) {
              const c = claims[op.pick % claims.length];
              const note = `typed by hand ${++tick}`;
              handNotes.push({ id: c.id, note, at: new Date(Date.UTC(2026, 0, 1) + tick * 1000).toISOString() });
              c.note = note;
            }
            // The editor's buffer is what it saved (a later save from it keeps this edit).
            copy = serializeSidecar(parsed.sidecar);
            fs.writeFileSync(file, copy);
            continue;
          }
          const w = writers[op.w];
          const now = clock();
          if (op.kind === 'tag') {
            const k = tagged++;
            const start = (k * 7) % (TEXT.length - 10);
            w.claims = [...w.claims, { ...makeClaim(TEXT, start, start + 8, `c${k}`), createdAt: now, updatedAt: now }];
          } else {
            const c = pick(w, op.pick);
            if (!c) continue;
            if (op.kind === 'status') {
              w.claims = setStatus(w.claims, c.id, op.status, now);
              if (c.status !== op.status) lastStatus.set(c.id, { at: now, status: op.status });
            } else if (op.kind === 'note') {
              w.claims = setNote(w.claims, c.id, `note ${now}`, now);
              notes.set(c.id, [...(notes.get(c.id) ?? []), now]);
            } else if (op.kind === 'evidence') {
              const url = `https://example.org/${now}`;
              w.claims = addEvidence(w.claims, c.id, url, null, now);
              links.set(c.id, (links.get(c.id) ?? new Set()).add(url));
            } else {
              w.claims = untag(w.claims, c.id);
              w.deleted = [...w.deleted.filter((d) => d.id !== c.id), tombstoneFor(c, now)];
              untagged.add(c.id);
            }
          }
          commit(w);
        }
        for (const w of writers) commit(w);
        const final = readSidecar(file);
        if (tagged === 0 && final.kind === 'missing') return;
        assert.equal(final.kind, 'ok', 'the sidecar stays valid');
        if (final.kind !== 'ok') return;
        mergeTotals.sequences++;
        mergeTotals.conflicts += conflicts;
        const byId = new Map(final.sidecar.claims.map((c) => [c.id, c]));
        for (let k = 0; k < tagged; k++) {
          const id = `c${k}`;
          mergeTotals.claims++;
          if (!byId.has(id) && !untagged.has(id)) {
            mergeTotals.lost++;
            assert.fail(`claim ${id} lost without an untag`);
          }
        }
        for (const [id, c] of byId) {
          // An untag removes the claim with all on it; an edit made elsewhere afterwards brings back that editor's copy.
          if (untagged.has(id)) continue;
          const s = lastStatus.get(id);
          if (s && s.at >= (c.edited?.status ?? '')) assert.equal(c.status, s.status, `${id}: the status set last is kept`);
          for (const url of links.get(id) ?? []) assert.ok(c.evidence.some((e) => e.url === url), `${id}: evidence ${url} kept`);
        }
        for (const h of handNotes) {
          const c = byId.get(h.id);
          // An untag removes the claim with its note; a later edit elsewhere may bring the claim back.
          if (!c || untagged.has(h.id)) continue;
          mergeTotals.handNotes++;
          const inHistory = (c.history ?? []).some((x) => x.field === 'note' && x.value === h.note);
          if (inHistory) mergeTotals.handNotesInHistory++;
          const overwritten = (notes.get(h.id) ?? []).some((t) => t > h.at);
          assert.ok(c.note === h.note || inHistory || overwritten || handNotes.some((x) => x.id === h.id && x.at > h.at), `${h.id}: the hand-typed note "${h.note}" is kept (note now "${c.note}")`);
        }
        // Every writer now agrees with the file: saving again writes nothing.
        for (const w of writers) {
          const ours: Sidecar = { ...(w.disk.kind === 'ok' ? w.disk.sidecar : emptySidecar('a.article', 'sha256:00')), claims: w.claims };
          if (w.deleted.length > 0) ours.deleted = w.deleted;
          const before = fs.readFileSync(file, 'utf8');
          const r = commitSidecar(file, w.disk, ours, (s) => s, clock);
          assert.equal(r.wrote, false, `writers converge; the file was\n${before}\nand became\n${r.state.raw}`);
        }
      }),
      { numRuns: Number(process.env.MERGE_RUNS ?? 60), seed: 21 },
    );
    assert.equal(mergeTotals.lost, 0);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
