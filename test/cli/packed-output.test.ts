// The CLI's JSON writer for long articles makes no large buffer (cli/contract-stream.ts,
// cli/article-file.ts): text kept as deflated UTF-8 blocks, output filled into fixed parts, a file
// read in blocks. Each must give back exactly what went in, whatever falls on a boundary.
import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { readArticleText } from '../../server/src/cli/article-file';
import { PackedText, Parts } from '../../server/src/cli/contract-stream';
import { readArticleBytes } from '../../server/src/io/read-article';

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
// Characters of 1 to 4 bytes in UTF-8, and U+FEFF (kept inside a text).
const char = fc.constantFrom('a', ' ', '\n', 'é', '—', '“', '\uFEFF', '😀', '𝄞');

describe('PackedText', () => {
  it('gives back the text exactly, with pairs and U+FEFF on block boundaries (16,384 characters)', () => {
    const block = 16 * 1024;
    // A surrogate pair across each boundary, U+FEFF opening a block, multibyte characters around.
    const text = `${'x'.repeat(block - 1)}😀${'é'.repeat(block - 1)}\uFEFF${'“'.repeat(block)}𝄞`;
    assert.equal(new PackedText(text).take(), text);
    assert.equal(new PackedText(text, 5, text.length - 2).take(), text.slice(5, -2));
    const bytes = [...new PackedText(text).bytes()];
    assert.ok(bytes.length >= 3, 'the text should fall into several blocks');
    assert.ok(bytes.every((b) => b.length <= 3 * block));
    assert.equal(bytes.map((b) => decoder.decode(b)).join(''), text);
  });

  it('keeps a text with a lone surrogate as it is', () => {
    const text = `${'y'.repeat(20000)}\ud800z`;
    assert.equal(new PackedText(text).take(), text);
  });

  it('round-trips random texts', () => {
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40000 }), fc.nat(), (chars, cut) => {
        const text = chars.join('');
        const start = text.length === 0 ? 0 : cut % text.length;
        const safeStart = /[\udc00-\udfff]/.test(text[start] ?? '') ? start - 1 : start;
        assert.equal(new PackedText(text, safeStart).take(), text.slice(safeStart));
      }),
      { seed: 15, numRuns: 40 },
    );
  });
});

describe('Parts', () => {
  it('writes strings and bytes exactly, in parts of at most 64 KB, never splitting a character', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.array(char, { maxLength: 50000 }).map((c) => c.join('')), fc.uint8Array({ maxLength: 70000 })), { maxLength: 12 }), (items) => {
        const out = new Parts();
        const got: Uint8Array[] = [];
        for (const x of items) {
          out.add(x);
          for (const p of out.full()) got.push(p);
        }
        for (const p of out.rest()) got.push(p);
        const expected = Buffer.concat(items.map((x) => (typeof x === 'string' ? Buffer.from(x) : x)));
        assert.ok(got.every((p) => p.length > 0 && p.length <= 64 * 1024));
        assert.ok(Buffer.concat(got).equals(expected));
        // Each string part decodes on its own when only strings were written: no character is cut.
        if (items.every((x) => typeof x === 'string')) assert.equal(got.map((p) => decoder.decode(p)).join(''), items.join(''));
      }),
      { seed: 15, numRuns: 60 },
    );
  });
});

describe('readArticleText', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'article-text-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const both = async (name: string, bytes: Uint8Array) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const ours = await readArticleText(file).then((t) => ({ t }), (e: Error) => ({ e: e.message }));
    const theirs = await readArticleBytes(file).then((b) => ({ t: new TextDecoder().decode(b) }), (e: Error) => ({ e: e.message }));
    assert.deepEqual(ours, theirs, name);
    return ours;
  };

  it('reads as readArticleBytes and TextDecoder read, across its 64 KB blocks', async () => {
    // A three-byte character across each block boundary, a byte order mark first.
    const body = Buffer.from(`${'a'.repeat(65535)}“${'b'.repeat(65534)}€ end\n`);
    const r = await both('long.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]));
    assert.ok('t' in r && r.t.startsWith('aaa') && r.t.includes('a“b'));
    await both('empty.txt', new Uint8Array(0));
  });

  it('says what readArticleBytes says of a bad file', async () => {
    assert.ok('e' in (await both('nul.txt', Buffer.from('abc\u0000def'))));
    assert.ok('e' in (await both('bad.txt', Buffer.concat([Buffer.alloc(70000, 0x61), Buffer.from([0xc3, 0x28])]))));
    mkdirSync(join(dir, 'folder'));
    const folder = await readArticleText(join(dir, 'folder')).catch((e: Error) => e.message);
    assert.match(String(folder), /is a folder/);
    assert.match(String(await readArticleText(join(dir, 'missing.txt')).catch((e: Error) => e.message)), /no such file/);
  });
});
