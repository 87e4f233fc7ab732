// Claims over LSP, against the real server: tagging from a code action, the
// commands, the sidecar on disk, a broken sidecar left alone, changes on disk
// picked up, and two editors tagging one article at once.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Hover } from 'vscode-languageserver';
import { parseSidecar, serializeSidecar } from '../../server/src/annotations/format';
import { SAMPLE } from '../lsp/articles';
import { positionOf, type TestClient } from '../lsp/harness';
import { execute, listClaims, save, spawnServer, startServer, until } from './lsp-helpers';

const FIXTURES = join(__dirname, '..', 'fixtures', 'sidecars');

function setup(text = SAMPLE) {
  const dir = mkdtempSync(join(tmpdir(), 'na-lsp-claims-'));
  const file = join(dir, 'port-veyla.article');
  writeFileSync(file, text);
  return { dir, file, uri: pathToFileURL(file).href, sidecar: `${file}.annotations.json` };
}

function readClaims(sidecar: string) {
  const r = parseSidecar(readFileSync(sidecar, 'utf8'));
  assert.ok(r.ok, 'sidecar valid');
  return r.sidecar.claims;
}

describe('claims over LSP', function () {
  this.timeout(30_000);
  let client: TestClient;
  beforeEach(async () => {
    client = await startServer();
  });
  afterEach(async () => {
    await client.close();
  });

  it('tags a sentence from its code action, sets status, note and evidence; the sidecar is on disk', async () => {
    const { uri, sidecar } = setup();
    await client.open(uri, SAMPLE);
    const sentence = 'The authority handled 3.1 million containers last year, up 12% from 2022, according to its annual report.';
    const at = SAMPLE.indexOf(sentence) + 5;
    // As an editor does on open: pull diagnostics (this analyses the article).
    await client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    const actions: CodeAction[] = await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: positionOf(SAMPLE, at), end: positionOf(SAMPLE, at) },
      context: { diagnostics: [] },
    });
    const tag = actions.find((a) => a.title === 'Tag as claim');
    assert.ok(tag?.command, `actions: ${actions.map((a) => a.title).join(', ')}`);
    const r = await client.conn.sendRequest('workspace/executeCommand', tag.command) as { ok: boolean; id: string; created: boolean };
    assert.ok(r.ok && r.created);
    let claims = readClaims(sidecar);
    assert.equal(claims.length, 1);
    assert.equal(claims[0].target.quote.exact, sentence);
    assert.equal(claims[0].kind, 'statistic');
    const figures = claims[0].figures.map((f) => f.text);
    assert.ok(figures.includes('3.1 million') && figures.includes('12%'), figures.join(', '));
    assert.equal(claims[0].status, 'unverified');

    // Tagging the same text again creates no duplicate.
    const again = await client.conn.sendRequest('workspace/executeCommand', tag.command) as { ok: boolean; created: boolean };
    assert.equal(again.created, false);
    assert.equal(readClaims(sidecar).length, 1);

    const pos = positionOf(SAMPLE, at);
    assert.ok((await execute(client.conn, 'newsAnnotator.setClaimStatus', { uri, position: pos, status: 'checking' })).ok);
    assert.ok((await execute(client.conn, 'newsAnnotator.addClaimNote', { uri, id: r.id, note: 'Ask for the annual report.' })).ok);
    assert.ok((await execute(client.conn, 'newsAnnotator.addClaimEvidence', { uri, id: r.id, url: 'https://example.org/report', title: 'Annual report' })).ok);
    const bad = await execute(client.conn, 'newsAnnotator.setClaimStatus', { uri, id: r.id, status: 'true-ish' });
    assert.equal(bad.ok, false);
    assert.match(bad.message ?? '', /one of unverified, checking/);
    claims = readClaims(sidecar);
    assert.equal(claims[0].status, 'checking');
    assert.equal(claims[0].note, 'Ask for the annual report.');
    assert.equal(claims[0].evidence[0].url, 'https://example.org/report');

    const hover: Hover | null = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: pos });
    const value = JSON.stringify(hover?.contents ?? '');
    assert.match(value, /Claim\*\* \(statistic\) — being checked/);
    assert.match(value, /Ask for the annual report/);

    const list = await listClaims(client.conn, uri);
    assert.equal(list?.claims.length, 1);
    assert.equal(list?.claims[0].status, 'checking');

    assert.ok((await execute(client.conn, 'newsAnnotator.untagClaim', { uri, id: r.id })).ok);
    assert.equal(readClaims(sidecar).length, 0);
  });

  it('offers "Tag selection as claim" on a selection and re-attaches an orphan to it', async () => {
    const { uri, sidecar } = setup();
    await client.open(uri, SAMPLE);
    const quote = '"This plan was written in an office far from the quays."';
    const s = SAMPLE.indexOf(quote);
    const r = await execute(client.conn, 'newsAnnotator.tagClaim', { uri, start: s, end: s + quote.length });
    assert.ok(r.ok && r.created);
    // Delete the paragraph: the claim is orphaned, kept, and shown at the top.
    const next = SAMPLE.slice(0, s) + SAMPLE.slice(s + quote.length);
    await client.change(uri, 2, { start: positionOf(SAMPLE, s), end: positionOf(SAMPLE, s + quote.length) }, '');
    await save(client.conn, uri);
    await until(async () => (await listClaims(client.conn, uri))?.claims[0]?.anchor === 'orphaned', 3000, 'orphan');
    const diags = (await client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Array<{ code: string; range: { start: { line: number } } }> };
    const orphan = diags.items.find((d) => d.code === 'orphaned-claim');
    assert.ok(orphan && orphan.range.start.line === 0);
    assert.equal(readClaims(sidecar)[0].anchor, 'orphaned');

    const target = 'Nobody asked the dockers';
    const t = next.indexOf(target);
    const actions: CodeAction[] = await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: positionOf(next, t), end: positionOf(next, t + target.length) },
      context: { diagnostics: [] },
    });
    assert.ok(actions.some((a) => a.title === 'Tag selection as claim'));
    const reattach = actions.find((a) => a.title.startsWith('Re-attach to selection'));
    assert.ok(reattach?.command);
    await client.conn.sendRequest('workspace/executeCommand', reattach.command);
    const [c] = readClaims(sidecar);
    assert.equal(c.anchor, 'anchored');
    assert.equal(c.target.quote.exact, target);
  });

  it('refuses to tag with a broken sidecar, says why with the line, and leaves its bytes alone', async () => {
    for (const name of ['truncated.annotations.json', 'proto-key.annotations.json', 'bad-status.annotations.json']) {
      const { uri, sidecar } = setup();
      copyFileSync(join(FIXTURES, name), sidecar);
      const before = readFileSync(sidecar);
      await client.open(uri, SAMPLE);
      const r = await execute(client.conn, 'newsAnnotator.tagClaim', { uri, start: 0, end: 20 });
      assert.equal(r.ok, false);
      assert.match(r.message ?? '', /is invalid \(line \d+, column \d+: .+\)\. It is left untouched/);
      const published = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === pathToFileURL(sidecar).href);
      assert.ok(published.length > 0, 'diagnostic on the sidecar itself');
      const diags = (await client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Array<{ code: string }> };
      assert.ok(diags.items.some((d) => d.code === 'invalid-sidecar'));
      await save(client.conn, uri);
      assert.ok(readFileSync(sidecar).equals(before), `${name} unchanged`);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('takes a repaired sidecar back, keeping fields written by a newer version', async () => {
    const { uri, sidecar } = setup();
    copyFileSync(join(FIXTURES, 'truncated.annotations.json'), sidecar);
    await client.open(uri, SAMPLE);
    assert.match((await listClaims(client.conn, uri))?.problem ?? '', /invalid/);
    // Someone fixes the file by hand: it is picked up without reopening.
    copyFileSync(join(FIXTURES, 'valid.annotations.json'), sidecar);
    await until(async () => (await listClaims(client.conn, uri))?.problem === null, 5000, 'repaired sidecar');
    const [orphan] = (await listClaims(client.conn, uri))?.claims ?? [];
    assert.equal(orphan.anchor, 'orphaned', 'its text is not in this article: kept as an orphan');
    assert.ok((await execute(client.conn, 'newsAnnotator.setClaimStatus', { uri, id: orphan.id, status: 'verified' })).ok);
    const saved = JSON.parse(readFileSync(sidecar, 'utf8')) as { generator: unknown; claims: Array<Record<string, unknown>> };
    assert.deepEqual(saved.generator, { name: 'news-annotator', version: '9.9.9' });
    assert.equal(saved.claims[0].reviewer, 'Tom Reed');
    assert.deepEqual((saved.claims[0].target as Record<string, unknown>).futureSelector, { type: 'RangeSelector' });
    assert.equal(saved.claims[0].status, 'verified');
  });

  it('picks up a sidecar changed on disk and merges by claim id', async () => {
    const { uri, sidecar } = setup();
    await client.open(uri, SAMPLE);
    const q1 = 'Shipping lines have diverted at least 40 vessels to Castelmar since January.';
    const s1 = SAMPLE.indexOf(q1);
    assert.ok((await execute(client.conn, 'newsAnnotator.tagClaim', { uri, start: s1, end: s1 + q1.length })).ok);
    // A colleague's edit arrives (git pull): another claim and a status change.
    const r = parseSidecar(readFileSync(sidecar, 'utf8'));
    assert.ok(r.ok);
    const theirs = { ...r.sidecar.claims[0], id: 'c-colleague', status: 'verified' as const };
    const q2 = 'The World Bank has agreed to lend $600 million for the project';
    const s2 = SAMPLE.indexOf(q2);
    theirs.target = { ...theirs.target, quote: { exact: q2, prefix: '', suffix: '' }, position: { start: s2, end: s2 + q2.length } };
    writeFileSync(sidecar, serializeSidecar({ ...r.sidecar, claims: [r.sidecar.claims[0], theirs] }));
    await until(async () => (await listClaims(client.conn, uri))?.claims.length === 2, 5000, 'merged claims');
    const list = await listClaims(client.conn, uri);
    assert.deepEqual(list?.claims.map((c) => c.status).sort(), ['unverified', 'verified']);
  });
});

describe('two editors on one article', function () {
  this.timeout(60_000);

  it('keeps every claim tagged from both servers at once', async () => {
    const { uri, sidecar } = setup();
    const [a, b] = await Promise.all([spawnServer(), spawnServer()]);
    try {
      for (const s of [a, b]) {
        await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: SAMPLE } });
      }
      const sentences = SAMPLE.split(/(?<=[.!?"])\s+/).filter((x) => x.length > 20).slice(0, 12);
      const tags = sentences.map((sentence, k) => {
        const start = SAMPLE.indexOf(sentence);
        return execute((k % 2 ? a : b).conn, 'newsAnnotator.tagClaim', { uri, start, end: start + sentence.length });
      });
      const results = await Promise.all(tags);
      assert.ok(results.every((r) => r.ok && r.created), JSON.stringify(results.filter((r) => !r.ok)));
      const ids = new Set(readClaims(sidecar).map((c) => c.id));
      for (const r of results) assert.ok(ids.has(r.id as string), `claim ${r.id} kept`);
      assert.equal(ids.size, sentences.length);
      // Each editor sees the other's claims too (file watching + merge).
      for (const s of [a, b]) await until(async () => (await listClaims(s.conn, uri))?.claims.length === sentences.length, 5000, 'both views');
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
