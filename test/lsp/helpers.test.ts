// The pure helpers of the LSP layer, data-driven: offsets ↔ positions, token flattening,
// token deltas, boilerplate removal spans, rename form mapping, workspace globs.
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/lsp/convert';
import { removalSpan } from '../../server/src/lsp/features/code-actions';
import { mapForm } from '../../server/src/lsp/features/rename';
import { diff } from '../../server/src/lsp/features/semantic-tokens';
import { flatten } from '../../server/src/lsp/features/token-layout';
import { globToRegExp, isArticlePath } from '../../server/src/lsp/workspace-files';

describe('LSP helpers', () => {
  it('converts offsets and positions both ways, with LF, CRLF and CR line ends', () => {
    for (const text of ['ab\ncd\n\nef', 'ab\r\ncd\r\n\r\nef', 'ab\rcd\r\ref', '', 'no newline']) {
      const idx = new LineIndex(text);
      for (let o = 0; o <= text.length; o++) {
        if (text[o - 1] === '\r' && text[o] === '\n') continue; // between \r and \n is not a position
        const p = idx.position(o);
        assert.equal(idx.offset(p), o, JSON.stringify({ text, o, p }));
      }
    }
    const crlf = new LineIndex('one\r\ntwo');
    assert.deepEqual(crlf.position(5), { line: 1, character: 0 });
    assert.equal(crlf.lineContentEnd(0), 3);
  });

  it('cuts spans at line ends for semantic tokens', () => {
    const idx = new LineIndex('“first line\r\nsecond line”\nthird');
    const pieces: number[][] = [];
    idx.forEachLinePiece({ start: 0, end: 25 }, (l, c, n) => pieces.push([l, c, n]));
    assert.deepEqual(pieces, [[0, 0, 11], [1, 0, 12]]);
  });

  it('flattens nested spans: the inner, higher-priority span wins, the outer is cut around it', () => {
    const quote = { start: 0, end: 20, type: 5, mods: 1, prio: 1 };
    const name = { start: 5, end: 10, type: 0, mods: 0, prio: 5 };
    const source = { start: 4, end: 12, type: 7, mods: 0, prio: 2 };
    const out = flatten([quote, source, name]).map((p) => [p.start, p.end, p.type]);
    assert.deepEqual(out, [[0, 4, 5], [4, 5, 7], [5, 10, 0], [10, 12, 7], [12, 20, 5]]);
    // The name inside the source carries the `source` modifier bit (index 1 in the legend).
    assert.equal(flatten([source, name]).find((p) => p.type === 0)!.mods, 2);
    assert.deepEqual(flatten([]), []);
  });

  it('builds token deltas that transform the old data into the new', () => {
    const cases: Array<[number[], number[]]> = [
      [[1, 2, 3, 4, 5], [1, 2, 3, 4, 5]],
      [[1, 2, 3, 4, 5], [1, 2, 9, 4, 5]],
      [[], [1, 2, 3, 4, 5]],
      [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5]],
      [[0, 0, 1, 0, 0, 0, 2, 1, 0, 0], [0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 2, 1, 0, 0]],
    ];
    for (const [prev, next] of cases) {
      const patched = [...prev];
      for (const e of diff(prev, next)) patched.splice(e.start, e.deleteCount, ...(e.data ?? []));
      assert.deepEqual(patched, next);
    }
    assert.deepEqual(diff([1, 2], [1, 2]), []);
  });

  it('removes a boilerplate line with its line break and one blank line, or a tail with its spaces', () => {
    const cut = (text: string, piece: string) => {
      const s = text.indexOf(piece);
      const r = removalSpan(text, s, s + piece.length);
      return text.slice(0, r.start) + text.slice(r.end);
    };
    assert.equal(cut('A\n\nSign up now\n\nB\n', 'Sign up now'), 'A\n\nB\n');
    assert.equal(cut('A\n\nSign up now\n', 'Sign up now'), 'A\n');
    assert.equal(cut('A\r\n\r\nSign up now\r\n\r\nB', 'Sign up now'), 'A\r\n\r\nB');
    assert.equal(cut('Sign up now\n\nA', 'Sign up now'), 'A');
    assert.equal(cut('The port reopened. L4N2TM22L\n', 'L4N2TM22L'), 'The port reopened.\n');
  });

  it('maps each written form of a name onto the new name', () => {
    const table: Array<[string, string, string, string | null]> = [
      ['Amara Okafor', 'Amara Okafor', 'Nadia Brennholt', 'Nadia Brennholt'],
      ['Okafor', 'Amara Okafor', 'Nadia Brennholt', 'Brennholt'],
      ['Amara', 'Amara Okafor', 'Nadia Brennholt', 'Nadia'],
      ['President Okafor', 'Okafor', 'Brennholt', 'President Brennholt'],
      ['Amara Okafor', 'Okafor', 'Brennholt', 'Amara Brennholt'],
      ['VHA', 'Veyla Harbour Authority', 'Port Board', null],
      ['Okaforson', 'Okafor', 'Brennholt', null],
    ];
    for (const [form, oldName, newName, want] of table) assert.equal(mapForm(form, oldName, newName), want, form);
  });

  it('matches workspace globs like editors do', () => {
    const g = (glob: string, path: string) => globToRegExp(glob).test(path);
    assert.ok(g('**/articles/**/*.txt', 'articles/2024/story.txt'));
    assert.ok(g('**/articles/**/*.txt', 'desk/articles/story.txt'));
    assert.ok(!g('**/articles/**/*.txt', 'desk/story.txt'));
    assert.ok(g('drafts/*.{md,txt}', 'drafts/a.md'));
    assert.ok(!g('drafts/*.md', 'drafts/sub/a.md'));
    assert.ok(g('notes/?.md', 'notes/a.md'));
    assert.ok(isArticlePath('x/y.article', []) && isArticlePath('y.news', []) && !isArticlePath('y.txt', []));
  });
});
