// The editor's analysis worker (the real dist/server.js started as a worker thread): kept across
// pauses in typing while a large article is open, so a keystroke after a pause does not pay the
// model load and warm-up again; ended at a pause once it is no longer needed.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis';
import { OffThreadAnalyzer } from '../../server/src/lsp/off-thread';
import { makeArticle } from './articles';

const DIST = join(__dirname, '../../dist');
const PAUSE_MS = 40;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the editor analysis worker', () => {
  const text = makeArticle(300);
  let analyzer: OffThreadAnalyzer;
  beforeEach(function () {
    const a = OffThreadAnalyzer.beside(DIST, PAUSE_MS);
    if (!a) this.skip(); // no bundle: `npm test` builds it first
    analyzer = a as OffThreadAnalyzer;
  });
  afterEach(() => analyzer?.stop());

  it('answers what analyze() answers, and keeps its worker across pauses while needed', async function () {
    this.timeout(60_000);
    const first = await analyzer.analyze(text);
    assert.deepStrictEqual(first, analyze(text));
    // Several pauses: each one tidies or re-checks, none ends the worker.
    await sleep(PAUSE_MS * 8);
    assert.equal(analyzer.running, true);
    await analyzer.analyze(`${text}\nOne more line.`);
    assert.equal(analyzer.starts, 1, 'the same worker answered after the pause');
  });

  it('ends the worker at a pause once no large article needs it, and starts one again when asked', async function () {
    this.timeout(60_000);
    let open = true;
    analyzer.stillNeeded = () => open;
    await analyzer.analyze(text);
    await sleep(PAUSE_MS * 4);
    assert.equal(analyzer.running, true);
    open = false;
    await sleep(PAUSE_MS * 4);
    assert.equal(analyzer.running, false);
    const again = await analyzer.analyze(text);
    assert.ok(again.entities.length > 0);
    assert.equal(analyzer.starts, 2);
  });
});
