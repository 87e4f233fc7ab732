// A request for the current text must not queue behind analyses of texts typed over since:
// while keystrokes keep coming (each with a semantic-tokens request, as an editor sends), a
// hover is answered during the typing — with its result, or ContentModified if its text has
// changed by then — not after the typing stops. No timing assertion: the typing simply goes
// on until the hover is answered, up to a cap that only a stalled server reaches.
import { strict as assert } from 'node:assert';
import type { Hover } from 'vscode-languageserver';
import { makeArticle } from './articles';
import { positionOf, startInProcess, type TestClient } from './harness';

const CONTENT_MODIFIED = -32801;
const CAP = 1500;

describe('LSP documents: requests during a burst of typing', function () {
  this.timeout(120_000);
  let c: TestClient;
  before(async () => {
    c = await startInProcess();
  });
  after(() => c?.close());

  it('answers a hover while the typing goes on, and the current text right after it', async () => {
    const uri = 'file:///typing-burst.article';
    let text = makeArticle(3000);
    await c.open(uri, text);
    const name = text.indexOf('Okafor');
    await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, name) });
    let version = 1;
    let settled: 'answer' | 'modified' | null = null;
    let typedAfterHover = 0;
    const stale: Array<Promise<unknown>> = [];
    const at = text.indexOf('\n\n', text.length / 2);
    for (let k = 0; k < CAP && settled === null; k++) {
      await c.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: positionOf(text, at), end: positionOf(text, at) }, text: 'x' }],
      });
      text = text.slice(0, at) + 'x' + text.slice(at);
      stale.push(c.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }).catch((e: { code?: number }) => e.code));
      if (k === 20) {
        c.conn
          .sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, name) })
          .then(() => (settled = 'answer'))
          .catch((e: { code?: number }) => {
            assert.equal(e.code, CONTENT_MODIFIED, 'only ContentModified, never a failure');
            settled = 'modified';
          });
      }
      if (k > 20) typedAfterHover++;
      await new Promise((r) => setTimeout(r, 5));
    }
    assert.ok(settled !== null, `the hover was still unanswered after ${typedAfterHover} more keystrokes`);
    console.log(`      hover settled (${settled}) after ${typedAfterHover} more keystrokes`);
    const codes = (await Promise.all(stale)).filter((x) => typeof x === 'number');
    assert.ok(codes.every((x) => x === CONTENT_MODIFIED), `stale requests end with ContentModified: ${[...new Set(codes)].join(', ')}`);
    // The typing stops: a request for the text as it is now gets a real answer.
    const hover = await c.conn.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, name) });
    assert.match(JSON.stringify(hover?.contents ?? ''), /Okafor/);
  });
});
