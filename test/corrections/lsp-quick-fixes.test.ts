// Quick fixes that correct the engine, over LSP against the real server: each finding offers its
// correction, a name offers "Correct type", a selected missed name "Mark as name"; running the
// action's command changes what the editor shows.
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver';
import { LEGEND } from '../../server/src/lsp/features/token-legend';
import { startServer } from '../annotations/lsp-helpers';
import { decodeTokens, typesOver } from '../lsp/decode';
import { positionOf, type TestClient } from '../lsp/harness';
import { ARTICLE, spanOf } from './helpers';

describe('correction quick fixes over LSP', function () {
  this.timeout(30_000);
  let client: TestClient;
  let uri: string;
  beforeEach(async () => {
    client = await startServer();
    const dir = mkdtempSync(join(tmpdir(), 'i12c-fixes-'));
    const file = join(dir, 'ferry-levy.article');
    writeFileSync(file, ARTICLE);
    uri = pathToFileURL(file).href;
    await client.open(uri, ARTICLE);
  });
  afterEach(async () => {
    await client.close();
  });

  const diagnostics = async (): Promise<Diagnostic[]> =>
    ((await client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] }).items;
  const actions = (range: Range, diags: Diagnostic[] = []): Promise<CodeAction[]> =>
    client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: diags } });
  const rangeOf = (s: { start: number; end: number }): Range => ({ start: positionOf(ARTICLE, s.start), end: positionOf(ARTICLE, s.end) });
  const run = async (a: CodeAction | undefined, all: CodeAction[]) => {
    assert.ok(a?.command, `actions: ${all.map((x) => x.title).join(' | ')}`);
    const r = (await client.conn.sendRequest('workspace/executeCommand', a.command)) as { ok: boolean; message?: string };
    assert.ok(r.ok, r.message);
  };
  const typesAt = async (s: { start: number; end: number }) => {
    const r: { data: number[] } = await client.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
    return new Set(typesOver(decodeTokens(ARTICLE, r.data, LEGEND.tokenTypes, LEGEND.tokenModifiers), s.start, s.end));
  };

  it('an unattributed quote: "Set quote source" offers the article\'s names (nearest first) and an unnamed source', async () => {
    const d = (await diagnostics()).find((x) => x.code === 'unattributed-quote')!;
    const list = await actions(d.range, [d]);
    const titles = list.map((a) => a.title);
    assert.ok(titles.includes('Set quote source: Maria Okafor'), titles.join(' | '));
    assert.ok(titles.includes('Set quote source: unnamed (anonymous)'));
    assert.ok(!titles.includes('Set quote source: Wire'), 'the dateline\'s agency filed the story, it is not offered as the speaker');
    await run(list.find((a) => a.title === 'Set quote source: Maria Okafor'), list);
    assert.ok(!(await diagnostics()).some((x) => x.code === 'unattributed-quote'));
  });

  it('"Not check-worthy" and "Keep this line" dismiss their findings', async () => {
    const all = await diagnostics();
    const cw = all.find((x) => x.code === 'check-worthy')!;
    const bp = all.find((x) => x.code === 'boilerplate')!;
    const cwActions = await actions(cw.range, [cw]);
    await run(cwActions.find((a) => a.title === 'Not check-worthy'), cwActions);
    const bpActions = await actions(bp.range, [bp]);
    assert.ok(bpActions.some((a) => a.title === 'Remove boilerplate'), 'the edit stays on offer');
    await run(bpActions.find((a) => a.title === 'Keep this line (not boilerplate)'), bpActions);
    const after = await diagnostics();
    assert.ok(!after.some((x) => x.code === 'boilerplate'));
    assert.ok(!after.some((x) => x.code === 'check-worthy' && x.range.start.line === cw.range.start.line && x.range.start.character === cw.range.start.character));
  });

  it('"Correct type" on a name, and "Mark as name" on a selected name the engine missed', async () => {
    await diagnostics();
    const name = spanOf(ARTICLE, 'Brightwater Marine');
    const at = positionOf(ARTICLE, name.start + 3);
    const list = await actions({ start: at, end: at });
    const titles = list.map((a) => a.title);
    assert.ok(!titles.some((t) => t.startsWith('Correct type: Person')), 'not the type it has');
    await run(list.find((a) => a.title.startsWith('Correct type: Organisation')), list);
    assert.deepEqual(await typesAt(name), new Set(['organization']));
    const kestrel = spanOf(ARTICLE, 'Kestrel');
    const sel = await actions(rangeOf(kestrel));
    await run(sel.find((a) => a.title.startsWith('Mark as name: Organisation')), sel);
    assert.deepEqual(await typesAt(kestrel), new Set(['organization']));
  });

  it('"Undo correction" at a corrected name or a dismissed finding takes the correction back', async () => {
    await diagnostics();
    const name = spanOf(ARTICLE, 'Brightwater Marine');
    const at = positionOf(ARTICLE, name.start + 3);
    const before = await actions({ start: at, end: at });
    assert.ok(!before.some((a) => a.title.startsWith('Undo correction')), 'nothing to undo yet');
    await run(before.find((a) => a.title.startsWith('Correct type: Organisation')), before);
    assert.deepEqual(await typesAt(name), new Set(['organization']));
    const after = await actions({ start: at, end: at });
    await run(after.find((a) => a.title === 'Undo correction: every “Brightwater Marine” is organisation'), after);
    assert.deepEqual(await typesAt(name), new Set(['person']), 'the engine\'s type is back');

    const bp = (await diagnostics()).find((x) => x.code === 'boilerplate')!;
    const keep = await actions(bp.range, [bp]);
    await run(keep.find((a) => a.title.startsWith('Keep this line')), keep);
    assert.ok(!(await diagnostics()).some((x) => x.code === 'boilerplate'));
    const undo = await actions({ start: bp.range.start, end: bp.range.start });
    await run(undo.find((a) => a.title === 'Undo correction: the boilerplate warning dismissed'), undo);
    assert.ok((await diagnostics()).some((x) => x.code === 'boilerplate'), 'the warning is back');
  });
});

describe('grouping corrections over LSP (merge, split)', function () {
  this.timeout(30_000);
  let client: TestClient;
  let uri: string;
  beforeEach(async () => {
    client = await startServer();
    const dir = mkdtempSync(join(tmpdir(), 'i12c-groups-'));
    const file = join(dir, 'ferry-levy.article');
    writeFileSync(file, ARTICLE);
    uri = pathToFileURL(file).href;
    await client.open(uri, ARTICLE);
    await client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  });
  afterEach(async () => client.close());
  const hover = async (offset: number) =>
    ((await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, offset) })) as { contents: { value: string } }).contents.value;

  it('"Merge with" joins a like-named entity of the same type; the card lists both names', async () => {
    const ellis = spanOf(ARTICLE, 'Ellis');
    const at = positionOf(ARTICLE, ellis.start + 1);
    const list: CodeAction[] = await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } });
    const merge = list.find((a) => a.title === 'Merge with “PORT ELLIS”');
    assert.ok(merge?.command, list.map((a) => a.title).join(' | '));
    const r = (await client.conn.sendRequest('workspace/executeCommand', merge.command)) as { ok: boolean; message?: string };
    assert.ok(r.ok, r.message);
    const card = await hover(ellis.start + 1);
    assert.match(card, /\*\*PORT ELLIS\*\* — place/);
    assert.match(card, /Also: \*Ellis\*/);
    assert.match(card, /Corrected:\* “PORT ELLIS” merged with “Ellis”/);
  });

  it('"Split" takes a name out of a wrong group, and its quote goes with it', async () => {
    const alone = spanOf(ARTICLE, 'Brightwater said').start;
    const at = positionOf(ARTICLE, alone + 2);
    const list: CodeAction[] = await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } });
    const split = list.find((a) => a.title === 'Split “Brightwater” from “Brightwater Marine”');
    assert.ok(split?.command, list.map((a) => a.title).join(' | '));
    assert.ok(((await client.conn.sendRequest('workspace/executeCommand', split.command)) as { ok: boolean }).ok);
    const card = await hover(alone + 2);
    assert.match(card, /\*\*Brightwater\*\* — person/);
    assert.match(card, /Quoted 1 time:\n- “ticket sales fell 12 percent last year”/);
    assert.doesNotMatch(await hover(spanOf(ARTICLE, 'Brightwater Marine').start + 2), /Also: \*Brightwater\*/);
  });
});
