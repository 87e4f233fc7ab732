// The claims queue through the protocol: `newsAnnotator/checkWorthy` lists the untagged
// check-worthy sentences best-scored first with their reasons; tagging one (as the Claims view's
// Tag button does, through workspace/executeCommand) takes it out of the queue, the hints and
// the counts alike; each hint quotes the start of its sentence.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { analyze, CLAIM_THRESHOLD } from '../../server/src/analysis';
import { CHECK_WORTHY_REQUEST, type CheckWorthyList, type Summary } from '../../server/src/shared/protocol';
import { CLAIM_COMMANDS } from '../../server/src/shared/vocabulary';
import { SAMPLE } from './articles';
import { offsetOf, startInProcess, type TestClient } from './harness';

const THRESHOLD = CLAIM_THRESHOLD; // the default of newsAnnotator.checkWorthyThreshold: the engine's own

describe('LSP claims queue', () => {
  let c: TestClient;
  let dir: string;
  let uri: string;
  const engine = analyze(SAMPLE).claims.filter((x) => x.score >= THRESHOLD);

  const queue = () => c.conn.sendRequest<CheckWorthyList>(CHECK_WORTHY_REQUEST, { uri });
  const hints = async () =>
    (await c.conn.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items.filter((d) => d.code === 'check-worthy');

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'na-queue-'));
    const file = join(dir, 'port.article');
    writeFileSync(file, SAMPLE);
    uri = pathToFileURL(file).href;
    c = await startInProcess();
    await c.open(uri, SAMPLE);
  });
  after(async () => {
    await c?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists every check-worthy sentence, best-scored first, with its text, score, reasons and place', async () => {
    assert.ok(engine.length >= 3, 'the sample has several candidates');
    assert.ok(new Set(engine.map((x) => x.score)).size > 1, 'with different scores, so the order means something');
    const q = await queue();
    assert.equal(q.threshold, THRESHOLD);
    assert.equal(q.candidates.length, engine.length);
    const expected = [...engine].sort((a, b) => b.score - a.score || a.start - b.start);
    assert.deepEqual(q.candidates.map((x) => x.text), expected.map((x) => x.text));
    assert.deepEqual(q.candidates.map((x) => x.reasons), expected.map((x) => x.reasons));
    for (const [i, x] of q.candidates.entries()) {
      assert.equal(offsetOf(SAMPLE, x.range.start), expected[i].start);
      assert.equal(offsetOf(SAMPLE, x.range.end), expected[i].end);
      if (i > 0) assert.ok(q.candidates[i - 1].score >= x.score, 'best first');
    }
  });

  it('quotes the start of the sentence in each check-worthy hint, so they read apart', async () => {
    const items = await hints();
    assert.equal(items.length, engine.length);
    for (const d of items) {
      const sentence = engine.find((x) => x.start === offsetOf(SAMPLE, d.range.start))!;
      const head = sentence.text.replace(/\s+/g, ' ').slice(0, 30);
      assert.ok(d.message.includes(`“${head}`), `${d.message} quotes “${head}…”`);
      for (const r of sentence.reasons) assert.ok(d.message.includes(r), `${d.message} gives the reason ${r}`);
    }
    assert.equal(new Set(items.map((d) => d.message)).size, items.length, 'no two hints read the same');
  });

  it('takes a tagged sentence out of the queue, the hints and the count, and nothing else', async () => {
    const before = await queue();
    const top = before.candidates[0];
    const r = await c.conn.sendRequest<{ ok: boolean }>('workspace/executeCommand', { command: CLAIM_COMMANDS.tag, arguments: [{ uri, range: top.range }] });
    assert.equal(r.ok, true, JSON.stringify(r));
    const after = await queue();
    assert.deepEqual(after.candidates.map((x) => x.text), before.candidates.slice(1).map((x) => x.text));
    const items = await hints();
    assert.equal(items.length, engine.length - 1);
    assert.ok(!items.some((d) => offsetOf(SAMPLE, d.range.start) === offsetOf(SAMPLE, top.range.start)));
    const summary = await c.conn.sendRequest<Summary>('newsAnnotator/summary', { uri });
    assert.equal(summary.counts.checkWorthy, engine.length - 1, 'the status bar counts what is left to tag');
    assert.equal(summary.counts.taggedClaims, 1);
  });

  it('answers null for a document that is not open, and for bad params', async () => {
    assert.equal(await c.conn.sendRequest(CHECK_WORTHY_REQUEST, { uri: 'file:///not-open.article' }), null);
    assert.equal(await c.conn.sendRequest(CHECK_WORTHY_REQUEST, { nope: 1 }), null);
  });
});
