// Two editors' claims sessions on one sidecar, without file watching: each commits from what it
// last read, and the store's compare-and-swap merges. A same-field conflict keeps the later
// value, keeps the other in the claim's history, and is reported (then shown on hover).
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setNote, setStatus } from '../../server/src/annotations/operations';
import { readSidecar } from '../../server/src/annotations/store';
import { ClaimsSession } from '../../server/src/lsp/claims/claims-session';
import { hoverSection } from '../../server/src/lsp/claims/claims-view';
import { makeClaim } from '../annotations/claim-helpers';

const TEXT = 'Grain exports rose 14% in March, the port authority said. Imports fell by a third.';
const SUFFIX = '.annotations.json';

function twoSessions() {
  const dir = mkdtempSync(join(tmpdir(), 'na-sessions-'));
  const file = join(dir, 'port.article');
  writeFileSync(file, TEXT);
  const uri = pathToFileURL(file).href;
  const first = new ClaimsSession(uri, () => TEXT, SUFFIX);
  first.load();
  first.claims = [makeClaim(TEXT, 0, 31, 'c1')];
  first.commit();
  const a = new ClaimsSession(uri, () => TEXT, SUFFIX);
  const b = new ClaimsSession(uri, () => TEXT, SUFFIX);
  a.load();
  b.load();
  return { a, b, sidecar: file + SUFFIX };
}

describe('claims sessions: two writers without file watching', () => {
  it('status in one, note in the other: both on disk, no conflict', () => {
    const { a, b, sidecar } = twoSessions();
    a.claims = setStatus(a.claims, 'c1', 'false', '2026-03-01T10:00:00.000Z');
    a.commit();
    b.claims = setNote(b.claims, 'c1', 'Ask the port.', '2026-03-01T10:00:00.150Z');
    b.commit();
    const disk = readSidecar(sidecar);
    assert.ok(disk.kind === 'ok');
    assert.equal(disk.sidecar.claims[0].status, 'false');
    assert.equal(disk.sidecar.claims[0].note, 'Ask the port.');
    assert.deepEqual(b.takeConflicts(), []);
    assert.equal(b.claims[0].status, 'false', 'the other editor now shows it too');
  });

  it('status in both: the later kept, the other in history, reported once and shown on hover', () => {
    const { a, b, sidecar } = twoSessions();
    a.claims = setStatus(a.claims, 'c1', 'verified', '2026-03-01T10:00:00.150Z');
    a.commit();
    b.claims = setStatus(b.claims, 'c1', 'false', '2026-03-01T10:00:00.000Z');
    b.commit();
    const disk = readSidecar(sidecar);
    assert.ok(disk.kind === 'ok');
    const c = disk.sidecar.claims[0];
    assert.equal(c.status, 'verified');
    assert.deepEqual(c.history?.map((h) => [h.field, h.value]), [['status', 'false']]);
    const told = b.takeConflicts();
    assert.deepEqual(told.map((x) => [x.claimId, x.field, x.kept, x.lost]), [['c1', 'status', 'verified', 'false']]);
    assert.deepEqual(b.takeConflicts(), [], 'reported once');
    assert.match(hoverSection(b, 5) ?? '', /Also set at the same time, not kept: status “false”/);
  });
});
