// Outline, highlights, references, rename, workspace symbols, code lens and the custom requests,
// each checked against the engine's result for the same text.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens, DocumentHighlight, DocumentSymbol, Location, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver';
import { analyze, type Analysis, type Entity } from '../../server/src/analysis';
import type { Overview, Summary } from '../../server/src/shared/protocol';
import { SAMPLE, SAMPLE_URI } from './articles';
import { offsetOf, positionOf, startInProcess, startInProcessWith, type TestClient } from './harness';

const doc = { textDocument: { uri: SAMPLE_URI } };

function apply(text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
  const spans = edits.map((e) => ({ s: offsetOf(text, e.range.start), e: offsetOf(text, e.range.end), t: e.newText }));
  for (const x of spans.sort((a, b) => b.s - a.s)) text = text.slice(0, x.s) + x.t + text.slice(x.e);
  return text;
}

describe('LSP navigation', () => {
  let c: TestClient;
  let analysis: Analysis;
  let person: Entity;
  before(async () => {
    analysis = analyze(SAMPLE);
    const p = analysis.entities.find((e) => e.type === 'PERSON' && e.role !== 'credit' && e.mentions.length > 1);
    assert.ok(p, 'the engine found a person mentioned twice');
    person = p;
    c = await startInProcess();
    await c.open(SAMPLE_URI, SAMPLE);
  });
  after(() => c?.close());

  it('outlines names by type, quotes by source and claims', async () => {
    const symbols = await c.conn.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', doc);
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('People'));
    const people = symbols.find((s) => s.name === 'People')!;
    const expected = analysis.entities.filter((e) => e.type === 'PERSON' && e.role !== 'credit').map((e) => e.name).sort();
    assert.deepEqual(people.children!.map((s) => s.name).sort(), expected);
    const quotes = symbols.find((s) => s.name === 'Quotes');
    assert.ok(quotes, 'a Quotes group');
    assert.equal(quotes.children!.reduce((n, s) => n + s.children!.length, 0), analysis.attributions.length);
    assert.ok(quotes.children!.length < analysis.attributions.length, 'some source said several things');
    assert.equal(quotes.detail, String(analysis.attributions.length), 'the Quotes group counts quotes, not sources');
    // A top-level group sits at its first item (sorted by position, the outline lists the groups
    // in the order they first appear, and the cursor is not inside every group at once).
    const start = (s: DocumentSymbol) => offsetOf(SAMPLE, s.range.start);
    for (const g of symbols) {
      assert.deepEqual(g.range, g.children![0].range, `${g.name} at its first item`);
      assert.deepEqual(g.selectionRange, g.children![0].selectionRange, g.name);
      assert.ok(g.children!.every((ch) => start(ch) >= start(g)), `${g.name}: its first item comes first`);
    }
    // Below the top level, every child range lies inside its parent's.
    const inside = (s: DocumentSymbol) => {
      for (const ch of s.children ?? []) {
        assert.ok(start(ch) >= start(s) && offsetOf(SAMPLE, ch.range.end) <= offsetOf(SAMPLE, s.range.end), `${ch.name} inside ${s.name}`);
        inside(ch);
      }
    };
    symbols.forEach((g) => g.children!.forEach(inside));
  });

  it('highlights and finds every mention of the name under the cursor', async () => {
    const at = { ...doc, position: positionOf(SAMPLE, person.mentions[0].start + 1) };
    const hl = await c.conn.sendRequest<DocumentHighlight[]>('textDocument/documentHighlight', at);
    const want = person.mentions.map((m) => [m.start, m.end]);
    assert.deepEqual(hl.map((h) => [offsetOf(SAMPLE, h.range.start), offsetOf(SAMPLE, h.range.end)]), want);
    const refs = await c.conn.sendRequest<Location[]>('textDocument/references', { ...at, context: { includeDeclaration: true } });
    assert.deepEqual(refs.map((r) => [offsetOf(SAMPLE, r.range.start), offsetOf(SAMPLE, r.range.end)]), want);
    assert.ok(refs.every((r) => r.uri === SAMPLE_URI));
  });

  it('renames a person across the article, mapping short forms onto the new name', async () => {
    // A person written both in full and by surname alone ("Amara Okafor" … "Okafor").
    const p = analysis.entities.find((e) => e.type === 'PERSON' && e.name.includes(' ') &&
      e.mentions.some((m) => m.text === e.name) && e.mentions.some((m) => m.text === e.name.split(' ').pop()));
    assert.ok(p, 'the engine groups a full name with its surname');
    const full = p.mentions.find((m) => m.text === p.name)!;
    const at = { ...doc, position: positionOf(SAMPLE, full.start) };
    const prep = await c.conn.sendRequest<{ placeholder: string }>('textDocument/prepareRename', at);
    assert.equal(prep.placeholder, full.text);
    const newName = 'Nadia Brennholt';
    const edit = await c.conn.sendRequest<WorkspaceEdit>('textDocument/rename', { ...at, newName });
    const got = apply(SAMPLE, edit.changes![SAMPLE_URI]);
    // Expected: full forms become the new name, surname-only forms the new surname.
    const surname = p.name.split(' ').pop()!;
    const replace = p.mentions
      .filter((m) => m.text === p.name || m.text === surname)
      .map((m) => ({ m, t: m.text === p.name ? newName : 'Brennholt' }))
      .sort((a, b) => b.m.start - a.m.start);
    let want = SAMPLE;
    for (const { m, t } of replace) want = want.slice(0, m.start) + t + want.slice(m.end);
    assert.equal(got, want);
    assert.ok(got.includes(newName) && got.includes('Brennholt'));
  });

  it('refuses to rename where there is no name', async () => {
    const at = { ...doc, position: positionOf(SAMPLE, SAMPLE.indexOf('containers')) };
    await assert.rejects(c.conn.sendRequest('textDocument/prepareRename', at), /rename/);
  });

  it('puts the counts in a code lens on the first line', async () => {
    const lenses = await c.conn.sendRequest<CodeLens[]>('textDocument/codeLens', doc);
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, 0);
    const people = analysis.entities.filter((e) => e.type === 'PERSON' && e.role !== 'credit').length;
    assert.match(lenses[0].command!.title, new RegExp(`^${people} (people|person) · \\d+ organisations? · \\d+ places? · ${analysis.figures.length} figures? · ${analysis.attributions.length} quotes?$`));
  });

  it('answers newsAnnotator/summary and newsAnnotator/overview', async () => {
    const s = await c.conn.sendRequest<Summary>('newsAnnotator/summary', { uri: SAMPLE_URI });
    assert.equal(s.state, 'ok');
    assert.equal(s.counts.quotes, analysis.attributions.length);
    assert.equal(s.counts.figures, analysis.figures.length);
    assert.equal(s.counts.boilerplate, analysis.boilerplate.length);
    const o = await c.conn.sendRequest<Overview>('newsAnnotator/overview', { uri: SAMPLE_URI });
    assert.equal(o.entities.length, analysis.entities.filter((e) => e.role !== 'credit').length);
    assert.equal(o.sources.reduce((n, x) => n + x.quotes.length, 0), analysis.attributions.length);
    assert.equal(await c.conn.sendRequest('newsAnnotator/summary', { uri: 'file:///not-open.article' }), null);
  });

  it('lists names across the workspace, open or not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'na-ws-'));
    try {
      writeFileSync(join(dir, 'other.news'), 'Mayor Ilse Varga said on Friday the city would close the ferry line.\n');
      writeFileSync(join(dir, 'notes.txt'), 'Mayor Ilse Varga is not in an article file.\n');
      const c2 = await startInProcessWith({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] });
      try {
        await c2.open(SAMPLE_URI, SAMPLE);
        const all = await c2.conn.sendRequest<SymbolInformation[]>('workspace/symbol', { query: '' });
        const varga = all.filter((s) => s.name.includes('Varga'));
        assert.ok(varga.length >= 1, 'a name from the unopened .news file');
        assert.ok(varga.every((s) => s.location.uri.endsWith('other.news')), 'only from article files');
        assert.ok(all.some((s) => s.name === person.name && s.location.uri === SAMPLE_URI), 'names of the open article');
        const q = await c2.conn.sendRequest<SymbolInformation[]>('workspace/symbol', { query: person.name.split(' ').pop()!.slice(0, 3) });
        assert.ok(q.some((s) => s.name === person.name));
        assert.ok(!q.some((s) => s.name.includes('Varga')));
      } finally {
        await c2.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

