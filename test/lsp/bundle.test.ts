// The bundled server as editors start it: `node dist/server.js --stdio` and `news-annotator lsp`.
import assert from 'node:assert/strict';
import { makeArticle, SAMPLE, SAMPLE_URI } from './articles';
import { spawnBundled } from './harness';

describe('LSP over stdio (the bundle)', () => {
  for (const [label, entry, args] of [
    ['dist/server.js --stdio', 'dist/server.js', ['--stdio']],
    ['news-annotator lsp', 'bin/news-annotator.js', ['lsp']],
  ] as const) {
    it(`serves ${label}`, async function () {
      this.timeout(60_000);
      const c = await spawnBundled([...args], entry);
      try {
        assert.equal(c.init.serverInfo?.name, 'news-annotator');
        assert.ok(c.init.capabilities.semanticTokensProvider);
        await c.open(SAMPLE_URI, SAMPLE);
        const t = await c.conn.sendRequest<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: SAMPLE_URI } });
        assert.ok(t.data.length > 0);
        const d = await c.conn.sendRequest<{ items: Array<{ code: string }> }>('textDocument/diagnostic', { textDocument: { uri: SAMPLE_URI } });
        assert.ok(d.items.some((x) => x.code === 'boilerplate'));
      } finally {
        await c.close();
      }
    });
  }
});

describe('LSP over stdio: a large article does not block the server', () => {
  it('answers for a small article while a large one is analysed in the worker', async function () {
    this.timeout(120_000);
    const c = await spawnBundled(['--stdio']);
    try {
      await c.open(SAMPLE_URI, SAMPLE);
      await c.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: SAMPLE_URI } });
      const big = 'file:///large.article';
      await c.open(big, makeArticle(60_000)); // ~360,000 characters: analysed off-thread
      const order: string[] = [];
      const large = c.conn
        .sendRequest<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: big } })
        .then((r) => (order.push('large'), r));
      // Asked once the large analysis is under way: an in-thread analysis would hold it up.
      await new Promise((r) => setTimeout(r, 60));
      const small = c.conn
        .sendRequest('newsAnnotator/summary', { uri: SAMPLE_URI })
        .then((r) => (order.push('small'), r));
      const [tokens] = await Promise.all([large, small]);
      assert.deepEqual(order, ['small', 'large'], 'the small article was answered first');
      assert.ok(tokens.data.length > 0, 'the large article was analysed');
    } finally {
      await c.close();
    }
  });
});
