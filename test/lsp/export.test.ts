// `newsAnnotator/export` over real streams: a real client asks the server for an export of an
// open article (as the editor holds it), of the whole workspace (files on disk, their sidecars
// named by `newsAnnotator.claims.sidecarSuffix`), with progress and cancellation; and the bundle.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { CancellationTokenSource } from 'vscode-languageserver/node';
import type { ExportParams, ExportResult } from '../../server/src/shared/protocol';
import { CAPABILITIES, ROOT, spawnBundled, startInProcessWith, type TestClient } from './harness';

const WS = join(ROOT, 'test/export/ws');
const CONFIG_CAPABILITIES = { ...CAPABILITIES, workspace: { ...CAPABILITIES.workspace, configuration: true } };

function exportOf(c: TestClient, params: ExportParams): Promise<ExportResult> {
  return c.conn.sendRequest<ExportResult>('newsAnnotator/export', params);
}

const rows = (csv: string) => parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;

/** A copy of the export workspace in a temp folder (articles, good and broken sidecars). */
function workspaceCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'na-export-'));
  cpSync(WS, dir, { recursive: true });
  return dir;
}

async function start(dir: string, settings: Record<string, unknown> = {}): Promise<TestClient> {
  const asked = new Set<string>();
  const configuration = new Proxy(settings, {
    get: (t, k) => {
      asked.add(String(k));
      return t[String(k)];
    },
  });
  const c = await startInProcessWith({
    capabilities: CONFIG_CAPABILITIES,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
    configuration,
  });
  // The claims settings are pulled after `initialized`: wait until the server has asked, then one round trip.
  for (let k = 0; k < 200 && !asked.has('newsAnnotator.claims'); k++) await new Promise((r) => setTimeout(r, 10));
  await c.conn.sendRequest('newsAnnotator/serverStats');
  return c;
}

describe('LSP: newsAnnotator/export', () => {
  let dir: string;
  let c: TestClient | undefined;
  beforeEach(() => {
    dir = workspaceCopy();
  });
  afterEach(async () => {
    await c?.close();
    c = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports an open article as the editor holds it, unsaved edits and claims included', async () => {
    c = await start(dir);
    const uri = pathToFileURL(join(dir, 'articles/cafe.article')).href;
    const onDisk = readFileSync(join(dir, 'articles/cafe.article'), 'utf8');
    // An unsaved edit that moves every claim: the export must place them in the editor's text.
    const edited = `UPDATED: ${onDisk}`;
    await c.open(uri, edited);
    const r = await exportOf(c, { format: 'csv', scope: 'article', uri, name: 'cafe.article.claims.csv' });
    assert.deepEqual(r.articles, ['articles/cafe.article']);
    assert.deepEqual(r.skipped, []);
    assert.equal(r.files.length, 1);
    assert.equal(r.files[0].name, 'cafe.article.claims.csv');
    const table = rows(r.files[0].content);
    const rent = table.find((x) => x.claim.startsWith('Rents for cafés'));
    assert.ok(rent, r.files[0].content);
    assert.equal(rent.status, 'verified');
    assert.equal(rent.line, '3', 'the claim is placed in the edited text');
    assert.ok(r.files[0].content.startsWith('\uFEFF'), 'the csvByteOrderMark default applies');
  });

  it('reads closed articles from disk with the sidecar named by newsAnnotator.claims.sidecarSuffix', async () => {
    // The cafe's claims now live under another suffix; a stale default-named file must not be read.
    renameSync(join(dir, 'articles/cafe.article.annotations.json'), join(dir, 'articles/cafe.article.claims.json'));
    writeFileSync(join(dir, 'articles/cafe.article.annotations.json'), '{ not a sidecar');
    rmSync(join(dir, 'articles/river-dam.article.annotations.json'));
    c = await start(dir, { 'newsAnnotator.claims': { sidecarSuffix: '.claims.json' } });
    const r = await exportOf(c, { format: 'csv', scope: 'workspace', name: 'all.csv' });
    // Sorted; broken.article's invalid sidecar has the default name, which is not read now.
    assert.deepEqual(r.articles, ['articles/broken.article', 'articles/cafe.article', 'articles/river-dam.article']);
    assert.deepEqual(r.skipped, []);
    const table = rows(r.files[0].content);
    assert.ok(table.some((x) => x.file === 'articles/cafe.article' && x.status === 'verified'), r.files[0].content);
    assert.ok(!table.some((x) => x.file === 'articles/river-dam.article'), 'no claims without a sidecar under this suffix');
    // The W3C ids name the sidecar the claims came from.
    const w3c = await exportOf(c, { format: 'w3c', scope: 'workspace', name: 'all.w3c.jsonld' });
    assert.match(w3c.files[0].content, /cafe\.article\.claims\.json#claim-1/);
  });

  it('skips an article whose sidecar is broken, says why, and exports the rest of the workspace', async () => {
    c = await start(dir, { 'newsAnnotator.export': { csvByteOrderMark: false, claimReviewPublisher: 'Desk' } });
    const r = await exportOf(c, { format: 'claimreview', scope: 'workspace', name: 'all.jsonld' });
    assert.deepEqual(r.articles, ['articles/cafe.article', 'articles/river-dam.article']);
    assert.equal(r.skipped.length, 1);
    assert.match(r.skipped[0], /^articles\/broken\.article: its sidecar is invalid \(line \d+/);
    assert.match(r.files[0].content, /"name": "Desk"/, 'the export settings are read from the client');
  });

  it('writes CSV cells as text unless newsAnnotator.export.csvRawFormulas is set', async () => {
    // A note a spreadsheet would run as a formula, typed into the sidecar by hand.
    const sidecar = join(dir, 'articles/cafe.article.annotations.json');
    const data = JSON.parse(readFileSync(sidecar, 'utf8')) as { claims: Array<{ note: string }> };
    data.claims[0].note = '=HYPERLINK("https://example.invalid","open")';
    writeFileSync(sidecar, JSON.stringify(data, null, 2) + '\n');
    const noteOf = async (settings: Record<string, unknown>) => {
      c = await start(dir, settings);
      const r = await exportOf(c, { format: 'csv', scope: 'workspace', name: 'all.csv' });
      await c.close();
      c = undefined;
      return rows(r.files[0].content).find((x) => x.file === 'articles/cafe.article' && x.note.includes('HYPERLINK'))?.note;
    };
    assert.equal(await noteOf({}), `'${data.claims[0].note}`, 'by default the cell is text');
    assert.equal(await noteOf({ 'newsAnnotator.export': { csvRawFormulas: true } }), data.claims[0].note, 'raw when the setting asks');
  });

  it('reports progress on a work-done token and stops when cancelled', async () => {
    for (let k = 0; k < 30; k++) cpSync(join(dir, 'articles/river-dam.article'), join(dir, `articles/copy-${String(k).padStart(2, '0')}.article`));
    c = await start(dir);
    const progress: Array<{ kind: string; message?: string }> = [];
    c.conn.onNotification('$/progress', (p: { token: string; value: { kind: string; message?: string } }) => {
      if (p.token === 'export-1') progress.push(p.value);
    });
    const done = await c.conn.sendRequest<ExportResult>('newsAnnotator/export', { format: 'json', scope: 'workspace', name: 'all.json', workDoneToken: 'export-1' });
    assert.equal(done.articles.length, 32);
    assert.equal(progress[0].kind, 'begin');
    assert.equal(progress[progress.length - 1].kind, 'end');
    assert.ok(progress.some((p) => p.kind === 'report' && p.message === '1/33 articles/broken.article'), JSON.stringify(progress.slice(0, 3)));

    const source = new CancellationTokenSource();
    let reports = 0;
    c.conn.onNotification('$/progress', (p: { token: string; value: { kind: string } }) => {
      if (p.token === 'export-2' && p.value.kind === 'report' && ++reports === 2) source.cancel();
    });
    await assert.rejects(
      c.conn.sendRequest('newsAnnotator/export', { format: 'json', scope: 'workspace', name: 'all.json', workDoneToken: 'export-2' }, source.token),
      (err: { code?: number }) => err.code === -32800,
    );
    assert.ok(reports < 33, `stopped after ${reports} of 33 articles`);
  });

  it('refuses a request it cannot serve with a clear error', async () => {
    c = await start(dir);
    await assert.rejects(exportOf(c, { format: 'pdf' as never, scope: 'workspace', name: 'x' }), /unknown export format pdf/);
    await assert.rejects(exportOf(c, { format: 'md', scope: 'article', name: 'x.md' }), /needs the article's uri/);
    await assert.rejects(exportOf(c, { format: 'md', scope: 'workspace', name: '../x.md' }), /without folders/);
  });
});

describe('LSP over stdio (the bundle): newsAnnotator/export', () => {
  it('exports an open article from dist/server.js', async function () {
    this.timeout(60_000);
    const c = await spawnBundled(['--stdio']);
    try {
      const uri = 'untitled:Untitled-1';
      await c.open(uri, 'Mayor says 40% of buses will be electric by 2030\n\nThe mayor said 40% of the fleet would be electric by 2030.\n');
      const r = await c.conn.sendRequest<ExportResult>('newsAnnotator/export', { format: 'md', scope: 'article', uri, name: 'memo.md' });
      assert.deepEqual(r.articles, ['Untitled-1']);
      assert.match(r.files[0].content, /^# Fact-check memo: Mayor says 40% of buses/);
      assert.match(r.files[0].content, /\| 2030 \| date \| 2030 \|/, 'a year reads without a thousands separator');
    } finally {
      await c.close();
    }
  });
});
