// The document store through the protocol: incremental edits land where they should, each
// request answers for the latest text, cancelled requests are cancelled, a 1 MB article works.
import assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-languageserver/node';
import { analyze } from '../../server/src/analysis';
import type { Summary } from '../../server/src/shared/protocol';
import { makeArticle, SAMPLE } from './articles';
import { decodeTokens } from './decode';
import { positionOf, startInProcess, type TestClient } from './harness';

async function tokensOf(c: TestClient, uri: string, text: string) {
  const legend = c.init.capabilities.semanticTokensProvider!.legend;
  const r = await c.conn.sendRequest<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
  return decodeTokens(text, r.data, legend.tokenTypes, legend.tokenModifiers);
}

/** Every name the engine finds in `text` starts a token of its type. */
function assertNamesColoured(tokens: Awaited<ReturnType<typeof tokensOf>>, text: string): void {
  const a = analyze(text);
  assert.ok(a.mentions.length > 0);
  const nests = (m: { start: number; end: number }) =>
    a.mentions.some((o) => o !== m && o.start >= m.start && o.end <= m.end && o.end - o.start < m.end - m.start);
  for (const m of a.mentions.filter((x) => !nests(x))) {
    assert.ok(tokens.some((t) => t.start === m.start && t.end === m.end), `“${m.text}” at ${m.start}`);
  }
}

describe('LSP documents: sync, staleness, cancellation, size', () => {
  let c: TestClient;
  before(async () => {
    c = await startInProcess();
  });
  after(() => c?.close());

  it('applies incremental edits exactly (insertions, deletions, replacements, multi-line)', async () => {
    const uri = 'file:///edits.article';
    let text = SAMPLE;
    await c.open(uri, text);
    const edits: Array<[string, string]> = [
      ['Castelmar', 'the port of Castelmar'],
      ['Tomas Rell', 'Tomas Rell'],
      ['next week.', 'next week.\n\nPresident Ivo Sandor said he backed the plan.'],
      ['"This plan was written in an office far from the quays."\n\n', ''],
      ['about $4.2 billion', 'nearly 4.5 billion euros'],
    ];
    let version = 1;
    for (const [find, replace] of edits) {
      const at = text.indexOf(find);
      assert.ok(at >= 0, find);
      await c.change(uri, ++version, { start: positionOf(text, at), end: positionOf(text, at + find.length) }, replace);
      text = text.slice(0, at) + replace + text.slice(at + find.length);
    }
    assertNamesColoured(await tokensOf(c, uri, text), text);
  });

  it('places tokens right in a CRLF article', async () => {
    const uri = 'file:///crlf.article';
    const text = SAMPLE.replace(/\n/g, '\r\n');
    await c.open(uri, text);
    const tokens = await tokensOf(c, uri, text);
    assertNamesColoured(tokens, text);
    assert.ok(tokens.every((t) => !text.slice(t.start, t.end).includes('\r')), 'no token covers a line break');
  });

  it('answers for the latest version after a burst of changes', async () => {
    const uri = 'file:///burst.article';
    let text = SAMPLE;
    await c.open(uri, text);
    for (let v = 2; v < 30; v++) {
      const at = text.indexOf('Okafor');
      const insert = v % 2 ? 'x' : ' ';
      await c.change(uri, v, { start: positionOf(text, at), end: positionOf(text, at) }, insert);
      text = text.slice(0, at) + insert + text.slice(at);
    }
    const s = await c.conn.sendRequest<Summary>('newsAnnotator/summary', { uri });
    assert.equal(s.version, 29);
    assertNamesColoured(await tokensOf(c, uri, text), text);
  });

  it('cancels a request the client cancelled', async () => {
    const uri = 'file:///cancel.article';
    await c.open(uri, makeArticle(20_000));
    const source = new CancellationTokenSource();
    const pending = c.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }, source.token);
    source.cancel();
    await assert.rejects(pending, (err: { code?: number }) => err.code === -32800);
  });

  it('analyses a 1 MB article and stays correct', async function () {
    this.timeout(120_000);
    const uri = 'file:///big.article';
    const text = makeArticle(170_000);
    assert.ok(text.length >= 1_000_000, `${text.length} characters`);
    await c.open(uri, text);
    const t0 = Date.now();
    const r = await c.conn.sendRequest<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const ms = Date.now() - t0;
    const a = analyze(text);
    assert.ok(r.data.length / 5 >= a.mentions.length, 'at least one token per name');
    const s = await c.conn.sendRequest<Summary>('newsAnnotator/summary', { uri });
    assert.equal(s.state, 'ok');
    assert.equal(s.counts.quotes, a.attributions.length);
    // At most 1,000 diagnostics (VS Code's limit), the most severe kept, the rest counted.
    const d = await c.conn.sendRequest<{ items: Array<{ code: string; message: string; severity: number }> }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(d.items.length <= 1000, `${d.items.length} diagnostics`);
    if (d.items.length === 1000) {
      assert.equal(d.items[0].code, 'too-many');
      assert.match(d.items[0].message, /^\d+ more findings are not shown/);
    }
    // Typing at the end of a big article: the next answer reflects the edit.
    await c.change(uri, 2, { start: positionOf(text, text.length), end: positionOf(text, text.length) }, '\nMayor Ilse Varga said so.');
    const s2 = await c.conn.sendRequest<Summary>('newsAnnotator/summary', { uri });
    assert.equal(s2.version, 2);
    console.log(`      1 MB article: first tokens in ${ms} ms, ${r.data.length / 5} tokens`);
  });
});
