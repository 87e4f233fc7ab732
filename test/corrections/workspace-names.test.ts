// The workspace names file (.vscode/news-annotator.names.json): its format, the server applying
// it to every article of the workspace (an article's own correction wins), recording names
// (the command, and the recordNames setting), a broken file left alone, and the CLI.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover } from 'vscode-languageserver';
import { parseNames, serializeNames, withName } from '../../server/src/annotations/names';
import { namesIn } from '../../server/src/corrections/spans';
import { LEGEND } from '../../server/src/lsp/features/token-legend';
import { CORRECTION_COMMANDS } from '../../server/src/shared/vocabulary';
import { execute } from '../annotations/lsp-helpers';
import { decodeTokens, typesOver } from '../lsp/decode';
import { CAPABILITIES, positionOf, startInProcessWith, type TestClient } from '../lsp/harness';
import { ARTICLE, ARTICLE_FILE, spanOf } from './helpers';

const NAMES = (o: Record<string, string>) => JSON.stringify({ version: 1, names: o }, null, 2) + '\n';

function workspace(names: string | null) {
  const root = mkdtempSync(join(tmpdir(), 'i12c-names-'));
  mkdirSync(join(root, 'desk', 'today'), { recursive: true });
  if (names !== null) {
    mkdirSync(join(root, '.vscode'));
    writeFileSync(join(root, '.vscode', 'news-annotator.names.json'), names);
  }
  const a = join(root, 'desk', 'today', 'ferry-levy.article');
  const b = join(root, 'desk', 'ferry-levy-copy.article');
  copyFileSync(ARTICLE_FILE, a);
  copyFileSync(ARTICLE_FILE, b);
  return { root, namesFile: join(root, '.vscode', 'news-annotator.names.json'), a: pathToFileURL(a).href, b: pathToFileURL(b).href, aPath: a };
}

describe('workspace names file', function () {
  this.timeout(60_000);

  it('format: version 1, name → type, sorted on write, unknown fields kept; bad input refused with a reason', () => {
    const r = parseNames('{"version": 1, "names": {"Kestrel": "ORGANIZATION"}, "comment": "ours"}');
    assert.ok(r.ok);
    const text = serializeNames(withName(r.file, 'Harbour', 'NONE'));
    assert.equal(text, '{\n  "version": 1,\n  "names": {\n    "Harbour": "NONE",\n    "Kestrel": "ORGANIZATION"\n  },\n  "comment": "ours"\n}\n');
    for (const [bad, why] of [
      ['{"version": 2, "names": {}}', /version/],
      ['{"version": 1, "names": {"X": "COMPANY"}}', /must be one of/],
      ['{"version": 1, "names": {"X": "PERSON",', /line 1.*invalid JSON/],
      ['{"version": 1, "names": {" X": "PERSON"}}', /without spaces/],
    ] as const) {
      const p = parseNames(bad);
      assert.ok(!p.ok && why.test(p.message), `${bad}: ${JSON.stringify(p)}`);
    }
  });

  it('namesIn finds the listed names a text holds, in one pass over its words', () => {
    const found = namesIn(ARTICLE, ['Kestrel', 'Brightwater Marine', 'Nowhere Inc', 'Maria Okafor', '(Wire)']);
    assert.deepEqual([...found].sort(), ['(Wire)', 'Brightwater Marine', 'Kestrel', 'Maria Okafor']);
  });

  describe('in the server', () => {
    let client: TestClient;
    const start = async (root: string, configuration: Record<string, unknown> = {}) => {
      client = await startInProcessWith({
        capabilities: { ...CAPABILITIES, workspace: { ...CAPABILITIES.workspace, configuration: true } },
        workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'desk' }],
        configuration,
      });
    };
    afterEach(async () => client?.close());
    const types = async (uri: string, s: { start: number; end: number }) => {
      const r: { data: number[] } = await client.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
      return new Set(typesOver(decodeTokens(ARTICLE, r.data, LEGEND.tokenTypes, LEGEND.tokenModifiers), s.start, s.end));
    };
    const hover = async (uri: string, offset: number) =>
      (((await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, offset) })) as Hover | null)?.contents as { value: string } | undefined)?.value ?? '';

    it('applies to every article of the workspace; an article\'s own correction wins', async () => {
      const ws = workspace(NAMES({ 'Brightwater Marine': 'ORGANIZATION', Kestrel: 'ORGANIZATION' }));
      await start(ws.root);
      await client.open(ws.a, ARTICLE);
      await client.open(ws.b, ARTICLE);
      const name = spanOf(ARTICLE, 'Brightwater Marine');
      for (const uri of [ws.a, ws.b]) {
        assert.deepEqual(await types(uri, name), new Set(['organization']));
        assert.deepEqual(await types(uri, spanOf(ARTICLE, 'Kestrel')), new Set(['organization']));
      }
      assert.match(await hover(ws.a, name.start + 1), /Workspace name:\* “Brightwater Marine” is organisation/);
      assert.ok((await execute(client.conn, CORRECTION_COMMANDS.correctEntity, { uri: ws.a, ...name, type: 'LOCATION' })).ok);
      assert.deepEqual(await types(ws.a, name), new Set(['location']));
      assert.deepEqual(await types(ws.b, name), new Set(['organization']));
    });

    it('addWorkspaceName creates the file and every open article follows; a changed file on disk is picked up', async () => {
      const ws = workspace(null);
      await start(ws.root);
      await client.open(ws.a, ARTICLE);
      await client.open(ws.b, ARTICLE);
      const kestrel = spanOf(ARTICLE, 'Kestrel');
      assert.ok(!(await types(ws.b, kestrel)).has('organization'));
      const r = await execute(client.conn, CORRECTION_COMMANDS.addWorkspaceName, { uri: ws.a, ...kestrel, type: 'ORGANIZATION' });
      assert.ok(r.ok, r.message);
      assert.deepEqual(JSON.parse(readFileSync(ws.namesFile, 'utf8')), { version: 1, names: { Kestrel: 'ORGANIZATION' } });
      assert.deepEqual(await types(ws.b, kestrel), new Set(['organization']));
      // Edited by hand (a colleague, git): the watcher picks it up.
      writeFileSync(ws.namesFile, NAMES({ Kestrel: 'PERSON' }));
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline && !(await types(ws.b, kestrel)).has('person')) await new Promise((res) => setTimeout(res, 50));
      assert.deepEqual(await types(ws.b, kestrel), new Set(['person']));
    });

    it('with newsAnnotator.corrections.recordNames, a corrected type is also recorded', async () => {
      const ws = workspace(null);
      await start(ws.root, { 'newsAnnotator.corrections': { recordNames: true } });
      await client.open(ws.a, ARTICLE);
      const harbour = spanOf(ARTICLE, 'Bill');
      assert.ok((await execute(client.conn, CORRECTION_COMMANDS.correctEntity, { uri: ws.a, ...harbour, type: 'NONE' })).ok);
      assert.deepEqual(JSON.parse(readFileSync(ws.namesFile, 'utf8')).names, { Bill: 'NONE' });
    });

    it('a broken names file is never overwritten; recording is refused with the reason', async () => {
      const broken = '{"version": 1, "names": {"Kestrel": ';
      const ws = workspace(broken);
      await start(ws.root);
      await client.open(ws.a, ARTICLE);
      const r = await execute(client.conn, CORRECTION_COMMANDS.addWorkspaceName, { uri: ws.a, ...spanOf(ARTICLE, 'Kestrel'), type: 'ORGANIZATION' });
      assert.ok(!r.ok && /invalid JSON.*left untouched/.test(r.message ?? ''), r.message);
      assert.equal(readFileSync(ws.namesFile, 'utf8'), broken);
    });
  });

  it('the CLI applies the names file above the article (not with --raw)', () => {
    const ws = workspace(NAMES({ Kestrel: 'ORGANIZATION' }));
    const cli = (args: string[]) => spawnSync(process.execPath, [join(__dirname, '../../bin/news-annotator.js'), ...args], { encoding: 'utf8', timeout: 60_000 });
    const typeOf = (out: string) =>
      (JSON.parse(out) as { entities: Array<{ type: string; name: string }> }).entities.find((e) => e.name === 'Kestrel')?.type;
    const r = cli(['analyze', ws.aPath, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(typeOf(r.stdout), 'ORGANIZATION');
    assert.equal(typeOf(cli(['analyze', ws.aPath, '--format', 'json', '--raw']).stdout), undefined);
  });
});
