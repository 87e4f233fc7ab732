// Pull diagnostics and their quick fixes through the protocol.
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { analyze, CLAIM_THRESHOLD, type Analysis } from '../../server/src/analysis';
import { SAMPLE, SAMPLE_URI } from './articles';
import { offsetOf, positionOf, startInProcess, type TestClient } from './harness';

async function diagnostics(c: TestClient, uri = SAMPLE_URI): Promise<Diagnostic[]> {
  const r = await c.conn.sendRequest<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(r.kind, 'full');
  return r.items;
}

async function actions(c: TestClient, d: Diagnostic, uri = SAMPLE_URI): Promise<CodeAction[]> {
  return c.conn.sendRequest<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d], only: ['quickfix'] },
  });
}

/** Applies LSP text edits to a text (test-side). */
function apply(text: string, edits: TextEdit[]): string {
  const spans = edits.map((e) => ({ s: offsetOf(text, e.range.start), e: offsetOf(text, e.range.end), t: e.newText }));
  for (const x of spans.sort((a, b) => b.s - a.s)) text = text.slice(0, x.s) + x.t + text.slice(x.e);
  return text;
}

describe('LSP diagnostics and quick fixes', () => {
  let c: TestClient;
  let analysis: Analysis;
  let items: Diagnostic[];
  before(async () => {
    analysis = analyze(SAMPLE);
    c = await startInProcess();
    await c.open(SAMPLE_URI, SAMPLE);
    items = await diagnostics(c);
  });
  after(() => c?.close());

  it('reports only actionable rules, never names or figures', () => {
    assert.ok(items.length > 0);
    for (const d of items) {
      assert.ok(['unattributed-quote', 'check-worthy', 'boilerplate'].includes(String(d.code)), String(d.code));
      assert.equal(d.source, 'news-annotator');
    }
  });

  it('flags exactly the direct quotes the engine found no source for', async () => {
    // Two invented articles: the sample, and one that opens on a quote nobody is said to have said.
    const other = 'Ferry line to close\n\n"Nobody will miss the old boats."\n\nThe city will close the Osk ferry line on Friday after 40 years of service.\n';
    await c.open('file:///other.article', other);
    let flaggedTotal = 0;
    for (const [uri, text] of [[SAMPLE_URI, SAMPLE], ['file:///other.article', other]] as const) {
      const atts = analyze(text).attributions;
      const sourced = (i: number): boolean => !!(atts[i].source || atts[i].sourceEntity) || (atts[i].continuation && i > 0 && sourced(i - 1));
      const expected = atts.filter((a, i) => a.kind === 'direct' && !sourced(i)).map((a) => a.content.start);
      const got = (await diagnostics(c, uri)).filter((d) => d.code === 'unattributed-quote').map((d) => offsetOf(text, d.range.start));
      assert.deepEqual(got, expected, uri);
      flaggedTotal += got.length;
    }
    assert.ok(flaggedTotal > 0, 'at least one unattributed quote was found and flagged');
  });

  it('offers to remove boilerplate, and the edit removes exactly that line', async () => {
    const d = items.find((x) => x.code === 'boilerplate');
    assert.ok(d, 'the sign-up banner is flagged');
    assert.equal(SAMPLE.slice(offsetOf(SAMPLE, d.range.start), offsetOf(SAMPLE, d.range.end)), 'Sign up for our Ports & Shipping newsletter here');
    const fix = (await actions(c, d)).find((a) => a.title === 'Remove boilerplate');
    assert.ok(fix?.edit?.changes, 'a quick fix with an edit');
    const after = apply(SAMPLE, fix.edit.changes[SAMPLE_URI]);
    assert.ok(!after.includes('Sign up'));
    assert.equal(after, SAMPLE.replace('\n\nSign up for our Ports & Shipping newsletter here\n', '\n'));
  });

  it('offers "Tag as claim" on a check-worthy claim, calling the claims command with offsets', async () => {
    const threshold = CLAIM_THRESHOLD; // the default of newsAnnotator.checkWorthyThreshold
    const expected = analysis.claims.filter((x) => x.score >= threshold);
    const got = items.filter((d) => d.code === 'check-worthy');
    assert.equal(got.length, expected.length, 'one hint per check-worthy candidate');
    assert.ok(got.length > 0);
    assert.ok(got.every((d) => d.severity === 4), 'hints');
    const fix = (await actions(c, got[0])).find((a) => a.title === 'Tag as claim');
    assert.ok(fix?.command, 'a command');
    assert.equal(fix.command.command, 'newsAnnotator.tagClaim');
    const args = fix.command.arguments?.[0] as { uri: string; start: number; end: number };
    assert.equal(args.uri, SAMPLE_URI);
    assert.deepEqual([args.start, args.end], [expected[0].start, expected[0].end]);
  });

  it('follows the text: after an edit above it, the quick fix still finds the boilerplate', async () => {
    const uri = 'file:///moved.article';
    await c.open(uri, SAMPLE);
    const before = (await diagnostics(c, uri)).find((d) => d.code === 'boilerplate')!;
    await c.change(uri, 2, { start: positionOf(SAMPLE, 0), end: positionOf(SAMPLE, 0) }, 'UPDATE 1-\n');
    const now = (await diagnostics(c, uri)).find((d) => d.code === 'boilerplate')!;
    assert.equal(now.range.start.line, before.range.start.line + 1);
    const fix = (await actions(c, now, uri)).find((a) => a.title === 'Remove boilerplate')!;
    const text = `UPDATE 1-\n${SAMPLE}`;
    assert.ok(!apply(text, fix.edit!.changes![uri]).includes('Sign up'));
  });

  it('takes the severity of each rule from the settings, "off" included', async () => {
    const c2 = await startInProcess(undefined, { settings: { diagnostics: { checkWorthy: 'off', boilerplate: 'error' } } });
    try {
      await c2.open(SAMPLE_URI, SAMPLE);
      const got = await diagnostics(c2);
      assert.equal(got.filter((d) => d.code === 'check-worthy').length, 0);
      const bp = got.filter((d) => d.code === 'boilerplate');
      assert.ok(bp.length > 0 && bp.every((d) => d.severity === 1));
    } finally {
      await c2.close();
    }
  });

  it('follows settings changed while running (workspace/didChangeConfiguration)', async () => {
    const c5 = await startInProcess();
    try {
      await c5.open(SAMPLE_URI, SAMPLE);
      assert.ok((await diagnostics(c5)).some((d) => d.code === 'boilerplate'));
      await c5.conn.sendNotification('workspace/didChangeConfiguration', { settings: { newsAnnotator: { diagnostics: { boilerplate: 'off' } } } });
      assert.ok(!(await diagnostics(c5)).some((d) => d.code === 'boilerplate'));
      await c5.conn.sendNotification('workspace/didChangeConfiguration', { settings: { newsAnnotator: { maxArticleChars: 100 } } });
      assert.deepEqual((await diagnostics(c5)).map((d) => d.code), ['too-large']);
    } finally {
      await c5.close();
    }
  });

  it('tells the user when an article is too large, instead of analysing part of it', async () => {
    const c3 = await startInProcess(undefined, { settings: { maxArticleChars: 1000 } });
    try {
      await c3.open(SAMPLE_URI, SAMPLE);
      const got = await diagnostics(c3);
      assert.equal(got.length, 1);
      assert.equal(got[0].code, 'too-large');
      assert.match(got[0].message, /not analysed/);
      const tokens = await c3.conn.sendRequest<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: SAMPLE_URI } });
      assert.equal(tokens.data.length, 0);
      await new Promise((r) => setTimeout(r, 50));
      assert.ok(c3.notifications.some((n) => n.method === 'window/showMessage'), 'a message to the user');
      assert.ok(c3.notifications.some((n) => n.method === 'newsAnnotator/analysisStatus'), 'a status notification');
    } finally {
      await c3.close();
    }
  });

  it('pushes diagnostics to editors that cannot pull them', async () => {
    const caps = { textDocument: { hover: {} } };
    const c4 = await startInProcess(caps);
    try {
      await c4.open(SAMPLE_URI, SAMPLE);
      await c4.change(SAMPLE_URI, 2, { start: positionOf(SAMPLE, 0), end: positionOf(SAMPLE, 0) }, ' ');
      const deadline = Date.now() + 5000;
      while (!c4.notifications.some((n) => n.method === 'textDocument/publishDiagnostics') && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      const pushed = c4.notifications.find((n) => n.method === 'textDocument/publishDiagnostics')?.params as { diagnostics: Diagnostic[] } | undefined;
      assert.ok(pushed, 'published');
      assert.ok(pushed.diagnostics.some((d) => d.code === 'boilerplate'));
    } finally {
      await c4.close();
    }
  });
});
