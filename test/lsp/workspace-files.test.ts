// `newsAnnotator.files` globs: matched like before, but by an automaton that
// cannot backtrack, over a walk with fixed limits. A hostile pattern
// (`**/` ten times) with a file 24 folders deep used to block the whole server
// for half a minute per workspace/symbol request.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SymbolInformation } from 'vscode-languageserver';
import { compileGlob, findArticles, MAX_DEPTH, type MatchBudget } from '../../server/src/lsp/workspace-files';
import { startInProcessWith } from './harness';

/** The reading of a glob the server always had, as a regular expression: the oracle on small inputs. */
function reference(glob: string): RegExp {
  let re = '';
  let inBraces = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      re += '(?:';
      inBraces = true;
    } else if (c === '}' && inBraces) {
      re += ')';
      inBraces = false;
    } else if (c === ',' && inBraces) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

describe('workspace globs', () => {
  it('match as before on ordinary patterns', () => {
    const g = (glob: string, path: string) => compileGlob(glob).test(path);
    assert.ok(g('**/articles/**/*.txt', 'articles/2024/story.txt'));
    assert.ok(g('**/articles/**/*.txt', 'desk/articles/story.txt'));
    assert.ok(!g('**/articles/**/*.txt', 'desk/story.txt'));
    assert.ok(g('drafts/*.{md,txt}', 'drafts/a.txt'));
    assert.ok(!g('drafts/*.md', 'drafts/sub/a.md'));
    assert.ok(g('notes/?.md', 'notes/a.md') && !g('notes/?.md', 'notes/ab.md'));
    assert.ok(g('archive/**', 'archive/2020/x.txt'));
  });

  it('agree with the regular-expression reading on random small globs and paths', () => {
    const glob = fc.array(fc.constantFrom('a', 'b', '.', '/', '*', '**/', '**', '?', '{a,b}', '{x,.b}'), { maxLength: 7 }).map((p) => p.join(''));
    const path = fc.array(fc.constantFrom('a', 'b', '.', '/', 'x'), { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(
      fc.property(glob, path, (g, p) => {
        assert.equal(compileGlob(g).test(p), reference(g).test(p), `${g} on ${p}`);
      }),
      { numRuns: 5000, seed: 8 },
    );
  });

  it('take work linear in the path on a hostile pattern (no backtracking)', () => {
    const hostile = '**/'.repeat(12) + '*.zz';
    const deep = Array.from({ length: 24 }, (_, k) => `d${k}`).join('/') + '/story.txt';
    const budget: MatchBudget = { steps: 1e9 };
    assert.equal(compileGlob(hostile, budget).test(deep), false);
    const spent = 1e9 - budget.steps;
    // At most one step per automaton state per character: 3 states per "**/", a few more.
    assert.ok(spent <= deep.length * (3 * 12 + 8), `${spent} steps for ${deep.length} characters`);
    const budget4 = { steps: 1e9 };
    compileGlob(hostile, budget4).test(`${deep.slice(0, -9)}/${deep}`.repeat(4));
    assert.ok(1e9 - budget4.steps <= 4 * 2 * spent + 100, 'four times the path, about four times the work');
  });

  it('ignore a pattern past the limits rather than blow up on it', () => {
    assert.equal(compileGlob('{a,b}'.repeat(10) + '*.txt').test('aaaaaaaaaa.txt'), false, '2^10 alternatives: refused');
    assert.equal(compileGlob('*'.repeat(600)).test('a.txt'), false, 'too long: refused');
  });

  it('the walk stops at a fixed depth', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'na-walk-'));
    try {
      let deep = dir;
      for (let k = 0; k < MAX_DEPTH + 5; k++) deep = join(deep, `d${k}`);
      mkdirSync(deep, { recursive: true });
      writeFileSync(join(dir, 'd0', 'd1', 'd2', 'near.article'), 'x');
      writeFileSync(join(deep, 'far.article'), 'x');
      const found = await findArticles([dir], [], () => false);
      assert.ok(found.some((f) => f.endsWith('near.article')));
      assert.ok(!found.some((f) => f.endsWith('far.article')), 'not walked below the depth limit');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('workspace/symbol with a hostile newsAnnotator.files', function () {
  this.timeout(60_000);

  it('answers (it used to block the server for 34 s per request)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'na-ws-hostile-'));
    try {
      const deep = join(dir, ...Array.from({ length: 24 }, (_, k) => `level${k}`));
      mkdirSync(deep, { recursive: true });
      writeFileSync(join(deep, 'story-notes-for-the-desk.txt'), 'Mayor Ilse Varga said the ferry would stop.\n');
      writeFileSync(join(dir, 'top.news'), 'Mayor Ilse Varga said on Friday the city would close the ferry line.\n');
      const c = await startInProcessWith({
        workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
        initializationOptions: { settings: { files: ['**/'.repeat(10) + '*.zz'] } },
      });
      try {
        const all = await c.conn.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'Varga' });
        assert.ok(all.some((s) => s.location.uri.endsWith('top.news')));
        assert.ok(!all.some((s) => s.location.uri.endsWith('.txt')));
      } finally {
        await c.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
