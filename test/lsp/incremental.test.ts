// The server analyses each open document incrementally (one analyser per document, kept across
// versions; in the analysis worker for large articles): after edits over LSP, what it answers
// must be what it answers for the same text opened fresh.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis';
import { OffThreadAnalyzer } from '../../server/src/lsp/off-thread';
import { makeArticle } from './articles';
import { positionOf, startInProcess, type TestClient } from './harness';

/** Edits as (offset as a fraction of the text, characters to delete, text to insert). */
const EDITS: Array<[number, number, string]> = [
  // Early in the article: what the tagger decided about "Okafor" changes for every later sentence.
  [0.05, 0, 'Okafor said '],
  [0.5, 0, 'Smith '],
  [0.2, 0, ' Ms. Okafor said. '],
  [0.7, 12, ''],
  [0.35, 0, '\n\nLONDON (Reuters) - The ministry said it had spent $4.5 million, about 12 percent more.\n\n'],
  [0.9, 0, '“We will not move,” '],
  [0.5, 6, 'SMITH '],
  [0.1, 0, 'kazakhstan '],
];

function edit(text: string, [at, del, ins]: [number, number, string]): { text: string; start: number; end: number } {
  const start = Math.floor(at * text.length);
  return { text: text.slice(0, start) + ins + text.slice(start + del), start, end: start + del };
}

describe('incremental analysis in the server', () => {
  let client: TestClient;
  before(async () => {
    client = await startInProcess();
  });
  after(async () => client.close());

  const tokens = (uri: string) => client.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }) as Promise<{ data: number[] }>;
  const symbols = (uri: string) => client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });

  it('answers after each edit what it answers for the same text opened fresh', async function () {
    this.timeout(60_000);
    const uri = 'file:///incremental/edited.article';
    let text = makeArticle(600);
    await client.open(uri, text);
    await tokens(uri);
    let version = 1;
    for (const [i, e] of EDITS.entries()) {
      const next = edit(text, e);
      await client.change(uri, ++version, { start: positionOf(text, next.start), end: positionOf(text, next.end) }, e[2]);
      text = next.text;
      const fresh = `file:///incremental/fresh-${i}.article`;
      await client.open(fresh, text);
      assert.deepEqual((await tokens(uri)).data, (await tokens(fresh)).data, `tokens after edit ${i}`);
      assert.deepEqual(await symbols(uri), await symbols(fresh), `symbols after edit ${i}`);
    }
  });
});

describe('incremental analysis in the analysis worker', () => {
  let analyzer: OffThreadAnalyzer;
  beforeEach(function () {
    const a = OffThreadAnalyzer.beside(join(__dirname, '../../dist'));
    if (!a) this.skip(); // no bundle: `npm test` builds it first
    analyzer = a as OffThreadAnalyzer;
  });
  afterEach(() => analyzer?.stop());

  it('answers what analyze() answers for each version of a document, and after it is forgotten', async function () {
    this.timeout(120_000);
    let text = makeArticle(1500);
    const doc = 'file:///incremental/large.article';
    assert.deepEqual(await analyzer.analyze(text, {}, doc), analyze(text));
    for (const e of EDITS) {
      text = edit(text, e).text;
      assert.deepEqual(await analyzer.analyze(text, { chunkSize: 5000 }, doc), analyze(text, { chunkSize: 5000 }));
    }
    analyzer.forget(doc);
    assert.deepEqual(await analyzer.analyze(text, {}, doc), analyze(text));
  });

  it('sends only the piece an edit touched, and the server merges what it holds with it', async function () {
    this.timeout(120_000);
    const options = { chunkSize: 2000 };
    let text = makeArticle(1500);
    const doc = 'file:///incremental/pieces.article';
    assert.deepEqual(await analyzer.analyze(text, options, doc), analyze(text, options));
    const pieces = analyzer.piecesParsed;
    assert.ok(pieces >= 4, `the article is cut in several pieces (${pieces})`);
    text = edit(text, [0.5, 0, 'Smith ']).text;
    assert.deepEqual(await analyzer.analyze(text, options, doc), analyze(text, options));
    assert.equal(analyzer.piecesParsed - pieces, 1, 'one piece crossed threads');
    // Another document, or the same one forgotten, gets every piece again.
    analyzer.forget(doc);
    assert.deepEqual(await analyzer.analyze(text, options, doc), analyze(text, options));
    assert.equal(analyzer.piecesParsed - pieces - 1, pieces);
  });

  it('answers an analysis still on its way when its document is closed meanwhile', async function () {
    this.timeout(120_000);
    const options = { chunkSize: 2000 };
    let text = makeArticle(1500);
    const doc = 'file:///incremental/closed.article';
    await analyzer.analyze(text, options, doc);
    text = edit(text, [0.5, 0, 'Smith ']).text;
    // The second answer sends the untouched pieces by ref: they must still be held when it arrives.
    const onItsWay = analyzer.analyze(text, options, doc);
    analyzer.forget(doc);
    assert.deepEqual(await onItsWay, analyze(text, options));
    // Forgotten for good once it arrived: opened again, every piece comes anew.
    const parsed = analyzer.piecesParsed;
    assert.deepEqual(await analyzer.analyze(text, options, doc), analyze(text, options));
    assert.ok(analyzer.piecesParsed - parsed >= 4);
  });
});
