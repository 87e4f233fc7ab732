// The streamed contract of a long article (analysed and written piece by piece, cli/contract-stream.ts)
// must say exactly what the engine's own analyze() says of the whole text; and the JSON-lines
// splitter must see the lines readline sees.
import { strict as assert } from 'node:assert';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { analyze } from '../../server/src/analysis';
import { chunkBounds } from '../../server/src/analysis/chunks';
import { analysisJson } from '../../server/src/cli/contract-stream';
import { countLineEnds, splitLines } from '../../server/src/cli/jsonl';
import { contractJsonChunks, toContract } from '../../server/src/export/contract';
import { longArticle } from './corpus-text';

const decoder = new TextDecoder();
const joined = (parts: Iterable<string | Uint8Array>) => [...parts].map((p) => (typeof p === 'string' ? p : decoder.decode(p))).join('');

describe('the contract of a long article, piece by piece', () => {
  const SIZE = 4000;
  const text = longArticle(5 * SIZE);
  const whole = analyze(text, { chunkSize: SIZE });

  it('holds exactly what analyze() finds, from the text and from its UTF-8 bytes', () => {
    assert.ok(chunkBounds(text, SIZE).length >= 5, 'the text should fall into several pieces');
    assert.ok(whole.entities.some((e) => e.mentions.length > 3), 'some entity should be met in several pieces');
    const expected = toContract(whole, { file: 'long.article' });
    for (const input of [text, new TextEncoder().encode(text)]) {
      const out = JSON.parse(joined(analysisJson(input, { file: 'long.article' }, analyze, SIZE)));
      assert.deepEqual(out, expected);
    }
  });

  it('keeps offsets right after a byte order mark, and a U+FEFF that begins a piece', () => {
    // No line break or space in the first piece: it is cut at the size, just before the U+FEFF.
    const withMarks = `${'x'.repeat(SIZE)}\uFEFF${text}`;
    assert.equal(chunkBounds(withMarks, SIZE)[1][0], SIZE);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(withMarks)]);
    const out = JSON.parse(joined(analysisJson(bytes, {}, analyze, SIZE)));
    assert.deepEqual(out, toContract(analyze(withMarks, { chunkSize: SIZE })));
    for (const f of out.figures) assert.equal(withMarks.slice(f.start, f.end), f.text);
  });

  it('gives a one-piece text byte for byte as the contract writer does', () => {
    const short = longArticle(1000);
    assert.equal(joined(analysisJson(short, { id: 'x' }, analyze)), [...contractJsonChunks(analyze(short), { id: 'x' })].join(''));
  });
});

describe('JSON lines as bytes', () => {
  const readlineLines = async (text: string) => {
    const out: string[] = [];
    for await (const line of createInterface({ input: Readable.from([Buffer.from(text)]), crlfDelay: Infinity })) out.push(line);
    return out;
  };

  it('are the lines readline reads (\\n, \\r\\n and a bare \\r end a line), counted the same', async () => {
    const piece = fc.constantFrom('{"id":1}', 'x', '', ' ', 'é', '\n', '\r\n', '\r');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), async (parts) => {
        const text = parts.join('');
        const bytes = new TextEncoder().encode(text);
        const ours = [...splitLines(bytes)].map((l) => decoder.decode(l));
        assert.deepEqual(ours, await readlineLines(text));
        // A batch that ends at a line end counts each of its lines once.
        if (/[\r\n]$/.test(text)) assert.equal(countLineEnds(bytes), ours.length);
      }),
      { seed: 15, numRuns: 300 },
    );
  });
});
