// The bundled server as editors start it: `node dist/server.js --stdio` and `news-annotator lsp`.
import assert from 'node:assert/strict';
import { SAMPLE, SAMPLE_URI } from './articles';
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
