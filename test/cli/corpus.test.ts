// Corpus runs on worker threads, as a user runs them: a real process, real files. Whatever the
// number of threads, the output is the same bytes in input order, errors at their place.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis';
import { CHUNK_SIZE } from '../../server/src/analysis/chunks';
import { toContract } from '../../server/src/export/contract';
import { article, longArticle } from './corpus-text';

const CLI = join(__dirname, '../../bin/news-annotator.js');

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000,
    maxBuffer: 256 << 20,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('corpus runs on worker threads', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'na-corpus-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  // Over 64 KB of lines, so the input goes out in several batches, with every kind of bad line,
  // blank lines and line ends, and a long document first, so answers come back out of order.
  const lines: string[] = [JSON.stringify({ id: 'long', text: longArticle(40_000) })];
  for (let i = 0; i < 60; i++) lines.push(JSON.stringify({ id: `doc-${i}`, text: article(i) }));
  lines.splice(5, 0, 'not json');
  lines.splice(9, 0, '{"id":"no-text"}');
  lines.splice(12, 0, '');
  lines.splice(20, 0, '[1,2]');
  const input = lines.join('\n').replace('\n{"id":"doc-30"', '\r\n{"id":"doc-30"') + '\n';

  it('answers JSON lines in input order, the same bytes as in one thread', () => {
    const one = cli(['analyze', '--jsonl', '--jobs', '1'], input);
    const three = cli(['analyze', '--jsonl', '--jobs', '3'], input);
    assert.equal(one.code, 1, one.err);
    assert.equal(three.code, 1, three.err);
    assert.ok(input.length > 64 * 1024, 'the input should span several batches');
    assert.equal(three.out, one.out);
    assert.equal(three.err, one.err);
    const out = one.out.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { id?: unknown; error?: string; line?: number });
    assert.equal(out.length, lines.length - 1, 'one line out per non-blank line in');
    assert.deepEqual(out.slice(0, 3).map((o) => o.id), ['long', 'doc-0', 'doc-1']);
    assert.deepEqual(out.filter((o) => o.error).map((o) => [o.id ?? null, o.error, o.line]), [
      [null, 'invalid JSON', 6],
      ['no-text', 'missing text', 10],
      [null, 'missing text', 21],
    ]);
    assert.match(one.err, /^news-annotator: stdin line 6: not valid JSON\n.*line 10: expected an object.*\n.*line 21: expected/);
    assert.equal(out[out.length - 1].id, 'doc-59');
  });

  it('gives each document what analyze() finds', () => {
    const r = cli(['analyze', '--jsonl', '-j', '2'], lines.slice(0, 4).join('\n'));
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
    lines.slice(0, 4).forEach((l, i) => {
      const doc = JSON.parse(l) as { id: string; text: string };
      assert.deepEqual(out[i], toContract(analyze(doc.text), { id: doc.id }));
    });
  });

  it('analyses several files on threads: same output as in one thread, errors at their place', () => {
    const files = [0, 1, 2, 3, 4].map((i) => {
      const p = join(dir, `story-${i}.article`);
      writeFileSync(p, article(i));
      return p;
    });
    files.splice(2, 0, join(dir, 'missing.article'));
    for (const format of ['json', 'text']) {
      const one = cli(['analyze', ...files, '--format', format, '--jobs', '1']);
      const two = cli(['analyze', ...files, '--format', format, '--jobs', '2']);
      assert.equal(two.code, 1);
      assert.equal(two.out, one.out, format);
      assert.equal(two.err, one.err, format);
      assert.match(two.err, /missing\.article: no such file/);
    }
    const json = cli(['analyze', ...files, '--json']).out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(json.map((o) => o.file), files.filter((f) => !f.includes('missing')));
  });

  it('reads a folder as the article files below it, in path order, and says when it has none', () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(join(corpus, 'week-2'), { recursive: true });
    mkdirSync(join(corpus, '.cache'));
    writeFileSync(join(corpus, 'b.txt'), article(1));
    writeFileSync(join(corpus, 'a.article'), article(2));
    writeFileSync(join(corpus, 'week-2', 'c.news'), article(3));
    writeFileSync(join(corpus, 'old.article.annotations.json'), '{}');
    writeFileSync(join(corpus, '.cache', 'd.txt'), article(4));
    writeFileSync(join(corpus, 'notes.pdf'), 'not an article');
    const r = cli(['analyze', corpus, '--json']);
    assert.equal(r.code, 0, r.err);
    const got = r.out.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file);
    assert.deepEqual(got, [join(corpus, 'a.article'), join(corpus, 'b.txt'), join(corpus, 'week-2', 'c.news')]);
    const empty = join(dir, 'empty-folder');
    mkdirSync(empty);
    const none = cli(['analyze', empty]);
    assert.equal(none.code, 1);
    assert.match(none.err, /empty-folder: is a folder with no article files \(\.txt, /);
  });

  it('writes a long article piece by piece, saying what analyze() says of the whole text', () => {
    const text = longArticle(CHUNK_SIZE + 20_000);
    const p = join(dir, 'long.article');
    writeFileSync(p, text);
    const r = cli(['analyze', p, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.trim().split('\n').length, 1, 'one JSON object, on one line');
    assert.deepEqual(JSON.parse(r.out), toContract(analyze(text), { file: p }));
  });

  it('refuses a thread count that is not a whole number', () => {
    for (const bad of ['0', 'two', '-1', '1.5']) {
      const r = cli(['analyze', '--jsonl', '--jobs', bad], '');
      assert.equal(r.code, 2, bad);
      assert.match(r.err, /--jobs takes a whole number/);
    }
  });
});
