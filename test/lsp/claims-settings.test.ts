// The claims settings (`newsAnnotator.claims.*`) follow workspace/didChangeConfiguration, as the
// other settings do: a changed author is on the next tagged claim, without restarting the server;
// a changed sidecar suffix moves open articles to the sidecar it names.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeConfigurationNotification } from 'vscode-languageserver';
import { parseSidecar, serializeSidecar, emptySidecar } from '../../server/src/annotations/format';
import { textHash } from '../../server/src/annotations/hash';
import { CLAIM_COMMANDS } from '../../server/src/shared/vocabulary';
import { execute, listClaims, SAVE_CAPABILITIES, until } from '../annotations/lsp-helpers';
import { makeClaim } from '../annotations/claim-helpers';
import { startInProcessWith, type TestClient } from './harness';

const TEXT =
  'Harbour fees rose 9% in April, the port authority said on Tuesday.\n\n' +
  'The authority handled 2.4 million containers last year, its annual report said.\n';
const FIRST = 'Harbour fees rose 9% in April, the port authority said on Tuesday.';
const SECOND = 'The authority handled 2.4 million containers last year, its annual report said.';

function authorsOn(sidecar: string): Record<string, string | null> {
  const r = parseSidecar(readFileSync(sidecar, 'utf8'));
  assert.ok(r.ok, 'sidecar valid');
  return Object.fromEntries(r.sidecar.claims.map((c) => [c.target.quote.exact, c.author]));
}

describe('claims settings follow a configuration change', function () {
  this.timeout(30_000);
  let client: TestClient;
  afterEach(async () => {
    await client?.close();
  });

  async function start(configuration: Record<string, unknown>): Promise<TestClient> {
    return startInProcessWith({
      capabilities: { ...SAVE_CAPABILITIES, workspace: { ...SAVE_CAPABILITIES.workspace, configuration: true, didChangeConfiguration: {} } },
      configuration,
    });
  }

  it('tags with the new author after newsAnnotator.claims.author changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'na-claims-settings-'));
    const file = join(dir, 'harbour.article');
    writeFileSync(file, TEXT);
    const uri = pathToFileURL(file).href;
    const configuration: Record<string, unknown> = { 'newsAnnotator.claims': { author: 'Ada Lind' } };
    client = await start(configuration);
    await client.open(uri, TEXT);

    const first = await execute(client.conn, CLAIM_COMMANDS.tag, { uri, start: TEXT.indexOf(FIRST), end: TEXT.indexOf(FIRST) + FIRST.length });
    assert.ok(first.ok && first.created, first.message);
    assert.equal(authorsOn(`${file}.annotations.json`)[FIRST], 'Ada Lind');

    // The editor's settings change, and it says so (as VS Code does: the server pulls the new values).
    configuration['newsAnnotator.claims'] = { author: 'Grace Okoro' };
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });

    const second = await execute(client.conn, CLAIM_COMMANDS.tag, { uri, start: TEXT.indexOf(SECOND), end: TEXT.indexOf(SECOND) + SECOND.length });
    assert.ok(second.ok && second.created, second.message);
    const authors = authorsOn(`${file}.annotations.json`);
    assert.equal(authors[SECOND], 'Grace Okoro');
    assert.equal(authors[FIRST], 'Ada Lind', 'a claim keeps the author it was tagged by');
  });

  it('reads open articles from the sidecar named by a changed newsAnnotator.claims.sidecarSuffix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'na-claims-settings-'));
    const file = join(dir, 'harbour.article');
    writeFileSync(file, TEXT);
    const other = { ...emptySidecar('harbour.article', textHash(TEXT)), claims: [makeClaim(TEXT, TEXT.indexOf(SECOND), TEXT.indexOf(SECOND) + SECOND.length, 'c-other')] };
    writeFileSync(`${file}.claims.json`, serializeSidecar(other));
    const uri = pathToFileURL(file).href;
    const configuration: Record<string, unknown> = {};
    client = await start(configuration);
    await client.open(uri, TEXT);
    assert.equal((await listClaims(client.conn, uri))?.claims.length, 0, 'no claims in the default sidecar');

    configuration['newsAnnotator.claims'] = { sidecarSuffix: '.claims.json' };
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await until(async () => (await listClaims(client.conn, uri))?.claims.length === 1, 5000, 'the claims of the renamed sidecar');
    const list = await listClaims(client.conn, uri);
    assert.equal(list?.sidecar, `${file}.claims.json`);
    assert.deepEqual(list?.claims.map((c) => c.id), ['c-other']);
  });
});
