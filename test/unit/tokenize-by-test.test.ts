// The tokenizer reads token bounds with RegExp test() and character checks (segment/tokenize.ts);
// it must split exactly as the pattern read with exec() and the per-token patterns did before
// (kept here as the reference): random strings over the characters that matter (letters, digits,
// marks, the joining separators, apostrophes, periods after abbreviations, every kind of white
// space, characters outside the BMP), and lines of our own invented copy.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isAbbreviation } from '../../server/src/analysis/segment/abbreviations';
import { tokenize } from '../../server/src/analysis/segment/tokenize';

const TOKEN = /[\p{L}\p{N}\p{M}]+(?:[-‐‑'’.&/,:][\p{L}\p{N}\p{M}]+)*|\S/gu;
const POSSESSIVE = /^(.+?)(['’][sS])$/;
const NUMBER_LIKE = /^\p{N}/u;

/** The tokenizer as it was, one exec() match and strings per token. */
function reference(text: string, from = 0, to = text.length): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  TOKEN.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const start = m.index;
    let word = m[0];
    if (/[,:]/.test(word)) {
      const cut = firstCut(word);
      if (cut >= 0) {
        word = word.slice(0, cut);
        TOKEN.lastIndex = start + cut;
      }
    }
    let end = start + word.length;
    const poss = word.length > 2 ? POSSESSIVE.exec(word) : null;
    if (poss && !NUMBER_LIKE.test(word)) {
      out.push({ start, end: start + poss[1].length });
      out.push({ start: start + poss[1].length, end });
      continue;
    }
    if (slice.charCodeAt(end) === 46 && isAbbreviation(word)) {
      end += 1;
      TOKEN.lastIndex = end;
    }
    out.push({ start, end });
  }
  return out;
}

function firstCut(word: string): number {
  for (let i = 1; i < word.length - 1; i++) {
    const c = word[i];
    if (c !== ',' && c !== ':') continue;
    const b = word.charCodeAt(i - 1), a = word.charCodeAt(i + 1);
    if (!(b >= 48 && b <= 57 && a >= 48 && a <= 57)) return i;
  }
  return -1;
}

const PIECES = [
  'a', 'Z', 'é', 'ß', '\u0301', '7', '٣', '½', 'Ⅻ', '-', '‐', '‑', "'", '’', '.', '&', '/', ',', ':', 's', 'S', "'s", '’S',
  'Mr', 'Jan', 'U.S', 'e.g', 'St', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff', '\u200b',
  '"', '(', ')', '$', '%', '😀', '𝐀', '\ud800', '\u0085', '\u180e', '2,500', '10:30', 'a,b', '1990’s', "Okafor's", 'Dr.',
];
const TEXT = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

describe('tokenize: token bounds from test() and character checks', () => {
  it('splits random strings as the exec() reading did', () => {
    fc.assert(fc.property(TEXT, (text) => assert.deepEqual(tokenize(text), reference(text), JSON.stringify(text))), { numRuns: 3000, seed: 151 });
  });

  it('splits a range [from, to) of a string as the exec() reading did', () => {
    fc.assert(fc.property(TEXT, fc.nat(), fc.nat(), (text, a, b) => {
      const from = text.length === 0 ? 0 : a % (text.length + 1);
      const to = from + (text.length === from ? 0 : b % (text.length - from + 1));
      // A range starts where a line does: never inside a pair of surrogates.
      if (from > 0 && /[\udc00-\udfff]/.test(text[from] ?? '') && /[\ud800-\udbff]/.test(text[from - 1])) return;
      assert.deepEqual(tokenize(text, from, to), reference(text, from, to), JSON.stringify([text, from, to]));
    }), { numRuns: 3000, seed: 152 });
  });

  it('splits wire copy as the exec() reading did', () => {
    const copy = "PORT ELLIS, March 3 (Coastline Wire) - Mr. Okonkwo's board set fees of $2,500 at 10:30 a.m., up 4.5% from 1990’s rates; U.S. shippers' group said:\u00a0“fine”.";
    assert.deepEqual(tokenize(copy), reference(copy));
    assert.ok(tokenize(copy).length > 30);
  });
});
