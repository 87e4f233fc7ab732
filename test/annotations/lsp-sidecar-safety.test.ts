// The claims feature of the real language server against the ways work was
// lost or the server froze: a stale copy of the sidecar saved over it, two
// editors changing one claim at once, a named pipe, a folder or bad UTF-8
// where the sidecar should be, file modes, read-only files, and writes on open.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emptySidecar, parseSidecar, serializeSidecar } from '../../server/src/annotations/format';
import { textHash } from '../../server/src/annotations/hash';
import { SAMPLE } from '../lsp/articles';
import { positionOf, type TestClient } from '../lsp/harness';
import { makeClaim } from './claim-helpers';
import { execute, listClaims, save, spawnServer, startServer, until } from './lsp-helpers';

function setup(text = SAMPLE) {
  const dir = fs.mkdtempSync(join(tmpdir(), 'na-lsp-safety-'));
  const file = join(dir, 'port-veyla.article');
  fs.writeFileSync(file, text);
  return { dir, file, uri: pathToFileURL(file).href, sidecar: `${file}.annotations.json` };
}

function readClaims(sidecar: string) {
  const r = parseSidecar(fs.readFileSync(sidecar, 'utf8'));
  assert.ok(r.ok, 'sidecar valid');
  return r.sidecar.claims;
}

const span = (q: string) => {
  const start = SAMPLE.indexOf(q);
  assert.ok(start >= 0, q);
  return { start, end: start + q.length };
};
const Q1 = 'Shipping lines have diverted at least 40 vessels to Castelmar since January.';
const Q2 = 'The World Bank has agreed to lend $600 million for the project';

describe('claims over LSP: no lost work', function () {
  this.timeout(60_000);
  let client: TestClient;
  beforeEach(async () => {
    client = await startServer();
  });
  afterEach(async () => {
    await client.close();
  });

  it('a stale copy of the sidecar saved over it drops no claim, and its hand edit is kept', async () => {
    const { uri, sidecar } = setup();
    await client.open(uri, SAMPLE);
    const a = await execute(client.conn, 'newsAnnotator.tagClaim', { uri, ...span(Q1) });
    assert.ok(a.ok && a.id);
    // Someone opens the sidecar in a text editor now…
    const staleBuffer = fs.readFileSync(sidecar, 'utf8');
    // …the server tags claim B meanwhile…
    const b = await execute(client.conn, 'newsAnnotator.tagClaim', { uri, ...span(Q2) });
    assert.ok(b.ok && b.id);
    assert.equal(readClaims(sidecar).length, 2);
    // …and the old buffer is saved with a small edit to A's note.
    const parsed = parseSidecar(staleBuffer);
    assert.ok(parsed.ok);
    parsed.sidecar.claims[0].note = 'Typed in the JSON by hand.';
    fs.writeFileSync(sidecar, serializeSidecar(parsed.sidecar));
    await until(async () => {
      const list = await listClaims(client.conn, uri);
      return list?.claims.find((c) => c.id === a.id)?.note === 'Typed in the JSON by hand.';
    }, 5000, 'the hand edit picked up');
    const list = await listClaims(client.conn, uri);
    assert.deepEqual(list?.claims.map((c) => c.id).sort(), [a.id, b.id].sort(), 'B is still there in the editor');
    // And written back to the file at once.
    await until(() => readClaims(sidecar).length === 2, 5000, 'B restored on disk');
    const onDisk = readClaims(sidecar);
    assert.equal(onDisk.find((c) => c.id === a.id)?.note, 'Typed in the JSON by hand.');
  });

  it('untagging is the one way a claim leaves, and a stale copy does not bring it back', async () => {
    const { uri, sidecar } = setup();
    await client.open(uri, SAMPLE);
    const a = await execute(client.conn, 'newsAnnotator.tagClaim', { uri, ...span(Q1) });
    const b = await execute(client.conn, 'newsAnnotator.tagClaim', { uri, ...span(Q2) });
    const withBoth = fs.readFileSync(sidecar, 'utf8');
    assert.ok((await execute(client.conn, 'newsAnnotator.untagClaim', { uri, id: b.id })).ok);
    const raw = JSON.parse(fs.readFileSync(sidecar, 'utf8')) as { deleted: Array<{ id: string }> };
    assert.deepEqual(raw.deleted.map((d) => d.id), [b.id], 'the untag is recorded');
    fs.writeFileSync(sidecar, withBoth); // an old copy comes back (git stash pop)
    await until(async () => (await listClaims(client.conn, uri))?.claims.length === 1, 5000, 'merged');
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual((await listClaims(client.conn, uri))?.claims.map((c) => c.id), [a.id]);
  });

  it('opening an article whose text changed elsewhere re-anchors in memory and writes nothing; the mode is kept on the next write', async function () {
    if (process.platform === 'win32') this.skip();
    const { file, uri, sidecar } = setup();
    const s = span(Q1);
    fs.writeFileSync(sidecar, serializeSidecar({ ...emptySidecar('port-veyla.article', textHash(SAMPLE)), claims: [makeClaim(SAMPLE, s.start, s.end, 'c1')] }));
    fs.chmodSync(sidecar, 0o600);
    const bytes = fs.readFileSync(sidecar);
    const mtime = fs.statSync(sidecar).mtimeMs;
    const moved = 'A new first paragraph was added by the desk.\n\n' + SAMPLE;
    fs.writeFileSync(file, moved);
    await client.open(uri, moved);
    const list = await listClaims(client.conn, uri);
    assert.deepEqual(list?.claims[0].range?.start, positionOf(moved, moved.indexOf(Q1)), 're-anchored in memory');
    await save(client.conn, uri); // a save with no edit
    await listClaims(client.conn, uri);
    assert.ok(fs.readFileSync(sidecar).equals(bytes), 'not rewritten on open or on an unchanged save');
    assert.equal(fs.statSync(sidecar).mtimeMs, mtime);
    assert.equal(fs.statSync(sidecar).mode & 0o777, 0o600);
    // A real change: the file is written, and stays 0600.
    assert.ok((await execute(client.conn, 'newsAnnotator.setClaimStatus', { uri, id: 'c1', status: 'checking' })).ok);
    assert.equal(readClaims(sidecar)[0].status, 'checking');
    assert.equal(fs.statSync(sidecar).mode & 0o777, 0o600);
  });

  it('a read-only sidecar is respected: the change is refused with a clear message, bytes unchanged', async function () {
    if (process.platform === 'win32') this.skip();
    const { uri, sidecar } = setup();
    const s = span(Q1);
    fs.writeFileSync(sidecar, serializeSidecar({ ...emptySidecar('port-veyla.article', textHash(SAMPLE)), claims: [makeClaim(SAMPLE, s.start, s.end, 'c1')] }));
    fs.chmodSync(sidecar, 0o444);
    const bytes = fs.readFileSync(sidecar);
    await client.open(uri, SAMPLE);
    const r = await execute(client.conn, 'newsAnnotator.tagClaim', { uri, ...span(Q2) });
    assert.equal(r.ok, false);
    assert.match(r.message ?? '', /port-veyla\.article\.annotations\.json is read-only, so the claims were not saved/);
    assert.ok(fs.readFileSync(sidecar).equals(bytes));
    assert.equal(fs.statSync(sidecar).mode & 0o777, 0o444);
    assert.deepEqual((await listClaims(client.conn, uri))?.claims.map((c) => c.id), ['c1'], 'the refused tag did not happen');
  });

  it('invalid UTF-8 in the sidecar is refused like other invalid files; its bytes stay', async () => {
    const { uri, sidecar } = setup();
    const good = Buffer.from(serializeSidecar({ ...emptySidecar('port-veyla.article', textHash(SAMPLE)), claims: [makeClaim(SAMPLE, 0, 10, 'c1')] }));
    const at = good.indexOf('"note": ""') + 9;
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at)]);
    fs.writeFileSync(sidecar, bad);
    await client.open(uri, SAMPLE);
    assert.match((await listClaims(client.conn, uri))?.problem ?? '', /not valid UTF-8/);
    const r = await execute(client.conn, 'newsAnnotator.tagClaim', { uri, ...span(Q2) });
    assert.equal(r.ok, false);
    await save(client.conn, uri);
    assert.ok(fs.readFileSync(sidecar).equals(bad));
  });

  it('a folder where the sidecar should be: the diagnostic says what is wrong and where', async () => {
    const { uri, sidecar } = setup();
    fs.mkdirSync(sidecar);
    await client.open(uri, SAMPLE);
    const problem = (await listClaims(client.conn, uri))?.problem ?? '';
    assert.equal(problem, `${sidecar} is a folder, not a claims file; move it away to store claims for this article. It is left untouched.`);
    const diags = (await client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Array<{ code: string; message: string }> };
    const d = diags.items.find((x) => x.code === 'invalid-sidecar');
    assert.ok(d && d.message.includes('is a folder') && !d.message.includes('EISDIR'), d?.message);
    const r = await execute(client.conn, 'newsAnnotator.tagClaim', { uri, ...span(Q2) });
    assert.equal(r.ok, false);
    assert.ok(fs.statSync(sidecar).isDirectory());
  });
});

describe('claims over LSP: a named pipe as the sidecar', function () {
  this.timeout(60_000);

  it('does not hang the server on open (it used to, forever)', async function () {
    if (process.platform === 'win32') this.skip();
    const { uri, sidecar } = setup();
    execFileSync('mkfifo', [sidecar]);
    const server = await spawnServer();
    try {
      await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: SAMPLE } });
      const list = await listClaims(server.conn, uri);
      assert.match(list?.problem ?? '', /is a named pipe \(FIFO\), not a claims file/);
      const hover = await server.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
      assert.ok(hover !== undefined, 'still answering');
    } finally {
      server.child.kill('SIGKILL');
      server.conn.dispose();
    }
  });
});

describe('two editors changing one claim at once', function () {
  this.timeout(120_000);

  it('keeps both the status set in one and the note added in the other, every round', async () => {
    const { uri, sidecar } = setup();
    const [a, b] = await Promise.all([spawnServer(), spawnServer()]);
    try {
      for (const s of [a, b]) {
        await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: SAMPLE } });
      }
      const tagged = await execute(a.conn, 'newsAnnotator.tagClaim', { uri, ...span(Q1) });
      assert.ok(tagged.ok && tagged.id);
      const id = tagged.id;
      await until(async () => (await listClaims(b.conn, uri))?.claims.length === 1, 5000, 'B sees the claim');
      const statuses = ['false', 'checking', 'misleading', 'verified'] as const;
      const lost: string[] = [];
      for (let round = 0; round < 12; round++) {
        const status = statuses[round % statuses.length];
        const note = `Round ${round}: ask the ministry.`;
        const [ra, rb] = await Promise.all([
          execute(a.conn, 'newsAnnotator.setClaimStatus', { uri, id, status }),
          execute(b.conn, 'newsAnnotator.addClaimNote', { uri, id, note }),
        ]);
        assert.ok(ra.ok && rb.ok, JSON.stringify([ra, rb]));
        const [c] = readClaims(sidecar);
        if (c.status !== status) lost.push(`round ${round}: status ${c.status}, expected ${status}`);
        if (c.note !== note) lost.push(`round ${round}: note "${c.note}", expected "${note}"`);
        // Both editors settle on the file before the next round.
        for (const s of [a, b]) await until(async () => (await listClaims(s.conn, uri))?.claims[0]?.note === c.note && (await listClaims(s.conn, uri))?.claims[0]?.status === c.status, 5000, 'editors in step');
      }
      assert.deepEqual(lost, []);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
