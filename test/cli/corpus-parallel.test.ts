// scripts/corpus-parallel.sh, the README's example of a corpus run as shards side by side: its
// output, joined from the shards, is byte for byte one run's over the whole file, errors naming
// lines of the whole file. Always run with xargs -P; with GNU parallel too when it is installed.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { article } from './corpus-text';

const ROOT = join(__dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/corpus-parallel.sh');
const CLI = `${process.execPath} ${join(ROOT, 'bin/news-annotator.js')}`;
const hasParallel = spawnSync('sh', ['-c', 'command -v parallel']).status === 0;

describe('scripts/corpus-parallel.sh', () => {
  let dir: string;
  let input: string;
  let whole: { out: string; err: string; code: number | null };
  before(function () {
    this.timeout(60_000);
    dir = mkdtempSync(join(tmpdir(), 'na-shards-'));
    input = join(dir, 'corpus.jsonl');
    const lines = Array.from({ length: 11 }, (_, i) => JSON.stringify({ id: `story-${i}`, text: article(i) }));
    lines.splice(6, 0, '{"id": "broken", "text": ');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/news-annotator.js'), 'analyze', '--jsonl', '--jobs', '1'], {
      input: readFileSync(input),
      encoding: 'utf8',
      timeout: 60_000,
    });
    whole = { out: r.stdout, err: r.stderr, code: r.status };
    assert.equal(whole.code, 1, 'the broken line makes the run exit 1');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const runner = (name: string, env: NodeJS.ProcessEnv) => () => {
    const out = join(dir, `out-${name}.jsonl`);
    const r = spawnSync('bash', [SCRIPT, '-j', '2', '-n', '4', input, out], {
      encoding: 'utf8',
      env: { ...process.env, NEWS_ANNOTATOR: CLI, ...env },
      timeout: 120_000,
    });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(readFileSync(out, 'utf8'), whole.out);
    assert.equal(r.stderr, whole.err);
    assert.match(r.stderr, /stdin line 7: not valid JSON/);
  };

  it('joins the shards into exactly the output of one run (xargs -P)', function () {
    this.timeout(120_000);
    runner('xargs', { CORPUS_PARALLEL: 'xargs' })();
  });

  it('does the same with GNU parallel', function () {
    if (!hasParallel) {
      console.log('      (skipped: GNU parallel is not installed; `apt-get install parallel` to run it)');
      this.skip();
    }
    this.timeout(120_000);
    runner('parallel', {})();
  });

  it('refuses bad arguments with its usage', () => {
    const r = spawnSync('bash', [SCRIPT, '-j', 'x', input, join(dir, 'o')], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /INPUT\.jsonl OUTPUT\.jsonl/);
  });
});
