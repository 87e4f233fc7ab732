// The corrections contract over LSP (workspace/executeCommand, offsets in UTF-16 code units),
// against the real server and real files in a temporary folder: the sidecar on disk, and
// hover, semantic tokens and diagnostics all showing the corrected analysis.
import { strict as assert } from 'node:assert';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Hover, Position } from 'vscode-languageserver';
import { emptySidecar, serializeSidecar } from '../../server/src/annotations/format';
import { LEGEND } from '../../server/src/lsp/features/token-legend';
import { CHECK_WORTHY_REQUEST } from '../../server/src/shared/protocol';
import { CORRECTION_COMMANDS } from '../../server/src/shared/vocabulary';
import { execute, startServer, until } from '../annotations/lsp-helpers';
import { makeClaim } from '../annotations/claim-helpers';
import { decodeTokens, typesOver } from '../lsp/decode';
import { offsetOf, positionOf, type TestClient } from '../lsp/harness';
import { ARTICLE, spanOf } from './helpers';

function setup(text = ARTICLE) {
  const dir = mkdtempSync(join(tmpdir(), 'i12c-lsp-corrections-'));
  const file = join(dir, 'ferry-levy.article');
  writeFileSync(file, text);
  return { dir, file, uri: pathToFileURL(file).href, sidecar: `${file}.annotations.json` };
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

async function diagnostics(client: TestClient, uri: string): Promise<Diagnostic[]> {
  const r: { items: Diagnostic[] } = await client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  return r.items;
}

async function hoverText(client: TestClient, uri: string, text: string, offset: number): Promise<string> {
  const h: Hover | null = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, offset) });
  return h ? (h.contents as { value: string }).value : '';
}

async function tokenTypes(client: TestClient, uri: string, text: string, s: { start: number; end: number }) {
  const r: { data: number[] } = await client.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
  return typesOver(decodeTokens(text, r.data, LEGEND.tokenTypes, LEGEND.tokenModifiers), s.start, s.end);
}

describe('corrections over LSP (executeCommand contract)', function () {
  this.timeout(30_000);
  let client: TestClient;
  beforeEach(async () => {
    client = await startServer();
  });
  afterEach(async () => {
    await client.close();
  });

  it('correctEntity: the type changes in hover and tokens, for every mention of the name; stored as version 2', async () => {
    const { uri, sidecar } = setup();
    await client.open(uri, ARTICLE);
    const name = spanOf(ARTICLE, 'Brightwater Marine');
    assert.deepEqual(new Set(await tokenTypes(client, uri, ARTICLE, name)), new Set(['person']));
    const r = await execute(client.conn, CORRECTION_COMMANDS.correctEntity, { uri, ...name, type: 'ORGANIZATION' });
    assert.ok(r.ok, r.message);
    assert.deepEqual(new Set(await tokenTypes(client, uri, ARTICLE, name)), new Set(['organization']));
    assert.match(await hoverText(client, uri, ARTICLE, name.start + 2), /Brightwater Marine\*\* — organisation/);
    const onDisk = readJson(sidecar);
    assert.equal(onDisk.version, 2);
    assert.deepEqual(onDisk.corrections.map((c: { kind: string; type: string }) => [c.kind, c.type]), [['entity-type', 'ORGANIZATION']]);
    // A missed name becomes a mention; NONE takes one away.
    const kestrel = spanOf(ARTICLE, 'Kestrel');
    assert.ok((await execute(client.conn, CORRECTION_COMMANDS.correctEntity, { uri, ...kestrel, type: 'ORGANIZATION' })).ok);
    assert.deepEqual(new Set(await tokenTypes(client, uri, ARTICLE, kestrel)), new Set(['organization']));
    const harbour = spanOf(ARTICLE, 'Bill');
    assert.ok((await execute(client.conn, CORRECTION_COMMANDS.correctEntity, { uri, ...harbour, type: 'NONE' })).ok);
    assert.ok(!(await tokenTypes(client, uri, ARTICLE, harbour)).includes('person'));
    assert.match(await hoverText(client, uri, ARTICLE, harbour.start + 3), /Corrected:\* “Bill” is not a name/);
    // A cursor (start = end) on a name: that name (as the palette command sends it).
    const wire = spanOf(ARTICLE, 'Wire');
    assert.ok((await execute(client.conn, CORRECTION_COMMANDS.correctEntity, { uri, start: wire.start + 1, end: wire.start + 1, type: 'MISC' })).ok);
    assert.deepEqual(new Set(await tokenTypes(client, uri, ARTICLE, wire)), new Set(['misc']));
    const nowhere = spanOf(ARTICLE, 'council voted');
    const refused = await execute(client.conn, CORRECTION_COMMANDS.correctEntity, { uri, start: nowhere.start + 2, end: nowhere.start + 2, type: 'MISC' });
    assert.ok(!refused.ok && /cursor on a name/.test(refused.message ?? ''));
    // Bad input: a clear refusal, nothing written.
    const bad = await execute(client.conn, CORRECTION_COMMANDS.correctEntity, { uri, ...harbour, type: 'COMPANY' });
    assert.ok(!bad.ok && /PERSON/.test(bad.message ?? ''));
    assert.equal(readJson(sidecar).corrections.length, 4);
  });

  it('setQuoteSource: the quote gets the source, the card lists it, the finding goes; null = unnamed', async () => {
    const { uri, sidecar } = setup();
    await client.open(uri, ARTICLE);
    const quote = spanOf(ARTICLE, 'Nobody likes a new tax, but the docks come first.');
    const before = await diagnostics(client, uri);
    assert.ok(before.some((d) => d.code === 'unattributed-quote'), 'the quote is flagged before');
    const okafor = spanOf(ARTICLE, 'Maria Okafor');
    const r = await execute(client.conn, CORRECTION_COMMANDS.setQuoteSource, { uri, ...quote, sourceStart: okafor.start, sourceEnd: okafor.end });
    assert.ok(r.ok, r.message);
    assert.ok(!(await diagnostics(client, uri)).some((d) => d.code === 'unattributed-quote'));
    assert.match(await hoverText(client, uri, ARTICLE, okafor.start + 1), /Quoted 3 times:\n- “Nobody likes a new tax/);
    // An unnamed source for another quote.
    const captain = spanOf(ARTICLE, 'We were never consulted,');
    assert.ok((await execute(client.conn, CORRECTION_COMMANDS.setQuoteSource, { uri, ...captain, sourceStart: null, sourceEnd: null })).ok);
    const stored = readJson(sidecar).corrections.filter((c: { kind: string }) => c.kind === 'quote-source');
    assert.equal(stored.length, 2);
    assert.ok(stored.some((c: { source: unknown }) => c.source === null));
    assert.ok(!(await diagnostics(client, uri)).some((d) => d.code === 'unattributed-quote'));
    // The status bar's counts follow: no quote is left without a source.
    const summary: { counts: { unattributedQuotes: number } } = await client.conn.sendRequest('newsAnnotator/summary', { uri });
    assert.equal(summary.counts.unattributedQuotes, 0);
  });

  it('dismissFinding: stays dismissed through edits and a reopen; removeCorrection brings it back (tombstone)', async () => {
    const { uri, sidecar } = setup();
    await client.open(uri, ARTICLE);
    const found = (await diagnostics(client, uri)).find((d) => d.code === 'boilerplate');
    assert.ok(found);
    const bp = spanOf(ARTICLE, 'Sign up for our newsletter here.');
    const r = await execute(client.conn, CORRECTION_COMMANDS.dismissFinding, { uri, ...bp, code: 'boilerplate', reason: 'our own promo' });
    assert.ok(r.ok && r.id, r.message);
    assert.ok(!(await diagnostics(client, uri)).some((d) => d.code === 'boilerplate'));
    // An edit above it moves it: still dismissed.
    const insert = 'UPDATED with the vote count.\n\n';
    await client.change(uri, 2, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, insert);
    assert.ok(!(await diagnostics(client, uri)).some((d) => d.code === 'boilerplate'));
    // Outside edit + a new editor: re-anchored from the sidecar, still dismissed.
    writeFileSync(uri.startsWith('file:') ? new URL(uri) : uri, insert + ARTICLE);
    await client.close();
    client = await startServer();
    await client.open(uri, insert + ARTICLE);
    assert.ok(!(await diagnostics(client, uri)).some((d) => d.code === 'boilerplate'));
    assert.equal(readJson(sidecar).corrections[0].reason, 'our own promo');
    const back = await execute(client.conn, CORRECTION_COMMANDS.removeCorrection, { uri, id: r.id });
    assert.ok(back.ok, back.message);
    assert.ok((await diagnostics(client, uri)).some((d) => d.code === 'boilerplate'));
    const disk = readJson(sidecar);
    assert.equal(disk.corrections.length, 0);
    assert.deepEqual(disk.deleted.map((d: { id: string }) => d.id), [r.id]);
  });

  it('a version-1 sidecar opens and stays byte for byte until a correction is added; then version 2, mode kept', async () => {
    const { uri, sidecar } = setup();
    const v1 = serializeSidecar({ ...emptySidecar('ferry-levy.article', 'sha256:00'), claims: [makeClaim(ARTICLE, 0, 35, 'c-head')] });
    writeFileSync(sidecar, v1);
    chmodSync(sidecar, 0o640);
    await client.open(uri, ARTICLE);
    await diagnostics(client, uri);
    assert.equal(readFileSync(sidecar, 'utf8'), v1);
    const cw = (await diagnostics(client, uri)).find((d) => d.code === 'check-worthy' && (d.data as { text: string }).text.startsWith('Brightwater said'));
    assert.ok(cw);
    const data = cw.data as { start: number; end: number };
    const r = await execute(client.conn, CORRECTION_COMMANDS.dismissFinding, { uri, start: data.start, end: data.end, code: 'check-worthy' });
    assert.ok(r.ok, r.message);
    await until(async () => !(await diagnostics(client, uri)).some((d) => d.code === 'check-worthy' && (d.data as { text: string }).text.startsWith('Brightwater said')), 3000, 'dismissed');
    const disk = readJson(sidecar);
    assert.equal(disk.version, 2);
    assert.deepEqual(disk.claims.map((c: { id: string }) => c.id), ['c-head']);
    assert.equal(statSync(sidecar).mode & 0o777, 0o640);
  });

  it('a queued sentence marked not check-worthy (the Claims view button: its range as offsets) leaves the queue for good', async () => {
    const { uri, sidecar } = setup();
    await client.open(uri, ARTICLE);
    type Queue = { candidates: Array<{ text: string; range: { start: Position; end: Position } }> };
    const queue = () => client.conn.sendRequest<Queue>(CHECK_WORTHY_REQUEST, { uri });
    const before = (await queue()).candidates;
    assert.ok(before.length >= 2, 'the story has sentences to check');
    const first = before[0];
    const r = await execute(client.conn, CORRECTION_COMMANDS.dismissFinding, {
      uri, start: offsetOf(ARTICLE, first.range.start), end: offsetOf(ARTICLE, first.range.end), code: 'check-worthy',
    });
    assert.ok(r.ok, r.message);
    await until(async () => !(await queue()).candidates.some((c) => c.text === first.text), 3000, 'left the queue');
    assert.deepEqual((await queue()).candidates.map((c) => c.text), before.slice(1).map((c) => c.text), 'the others stay, in order');
    assert.ok(readJson(sidecar).corrections.some((c: { kind: string; code?: string }) => c.kind === 'dismiss' && c.code === 'check-worthy'));
  });

  it('a correction whose words are deleted is orphaned, not dropped: a diagnostic says so, its quick fix removes it', async () => {
    const { uri, sidecar } = setup();
    await client.open(uri, ARTICLE);
    const kestrel = spanOf(ARTICLE, 'Kestrel');
    const r = await execute(client.conn, CORRECTION_COMMANDS.correctEntity, { uri, ...kestrel, type: 'ORGANIZATION' });
    assert.ok(r.ok, r.message);
    assert.ok(!(await diagnostics(client, uri)).some((d) => d.code === 'orphaned-correction'));
    const sentence = spanOf(ARTICLE, 'Kestrel reported the vote first.');
    await client.change(uri, 2, { start: positionOf(ARTICLE, sentence.start), end: positionOf(ARTICLE, sentence.end) }, '');
    const orphan = (await diagnostics(client, uri)).find((d) => d.code === 'orphaned-correction');
    assert.ok(orphan, 'the orphan is reported');
    assert.match(orphan.message, /the type of “Kestrel” is no longer in the text/);
    const actions: Array<{ title: string; command?: { command: string; arguments: unknown[] } }> = await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: orphan.range,
      context: { diagnostics: [orphan] },
    });
    const remove = actions.find((a) => a.title === 'Remove this correction');
    assert.ok(remove?.command);
    assert.ok(((await client.conn.sendRequest('workspace/executeCommand', remove.command)) as { ok: boolean }).ok);
    assert.ok(!(await diagnostics(client, uri)).some((d) => d.code === 'orphaned-correction'));
    const disk = readJson(sidecar);
    assert.equal(disk.corrections.length, 0);
    assert.deepEqual(disk.deleted.map((d: { id: string }) => d.id), [r.id]);
  });

  it('an unparseable sidecar is never overwritten: the correction is refused with the reason', async () => {
    const { uri, sidecar } = setup();
    writeFileSync(sidecar, '{"version": 1, "claims": [');
    await client.open(uri, ARTICLE);
    const r = await execute(client.conn, CORRECTION_COMMANDS.correctEntity, { uri, ...spanOf(ARTICLE, 'Kestrel'), type: 'ORGANIZATION' });
    assert.ok(!r.ok);
    assert.match(r.message ?? '', /invalid JSON|not a valid|cannot be changed/);
    assert.equal(readFileSync(sidecar, 'utf8'), '{"version": 1, "claims": [');
  });
});
