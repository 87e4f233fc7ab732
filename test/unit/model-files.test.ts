// The library's model files (model-files.ts): the check-worthiness and attribution models ship as
// files of ready tables beside the bundles, read through the host on first use, once per process,
// with a clear message when one is missing or damaged (in the library and through the CLI).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, MODEL_FILES, useModelFiles } from '../../server/src/analysis';
import { modelFilePath, useModelFilesIn } from '../../server/src/io/model-files';

const STORY = 'Mayor Ana Ruiz of Osk said on Friday that Harrowgate Energy would cut 300 jobs, the largest cut in a decade.';
const OTHERS = ['checkworthy-model.bin', 'attribution-model.bin'];

describe('model files through the host', () => {
  after(() => useModelFilesIn());

  it('names every file the library reads, each found in the source tree', () => {
    assert.deepEqual(Object.keys(MODEL_FILES).sort(), ['attribution-model.bin', 'checkworthy-model.bin', 'ner-model.bin']);
    for (const name of Object.keys(MODEL_FILES)) assert.ok(readFileSync(modelFilePath(name)).length > 1000, name);
    assert.throws(() => modelFilePath('weights.bin'), /weights\.bin is not a model file of the analysis library/);
  });

  it('reads nothing at the hand-over and each file once, on first use', () => {
    const reads = new Map<string, number>();
    useModelFiles((name) => {
      reads.set(name, (reads.get(name) ?? 0) + 1);
      return readFileSync(modelFilePath(name));
    });
    assert.equal(reads.size, 0);
    const first = analyze(STORY);
    analyze(STORY);
    assert.deepEqual([...reads].sort(), [['attribution-model.bin', 1], ['checkworthy-model.bin', 1], ['ner-model.bin', 1]]);
    useModelFilesIn();
    assert.deepEqual(analyze(STORY), first, 'the same analysis as with the files read by the host');
  });

  for (const name of OTHERS) {
    const what = name.startsWith('check') ? 'check-worthiness model' : 'attribution model';
    it(`stops with a clear message when ${name} is missing or damaged, and recovers at the next hand-over`, () => {
      const readOr = (other: (n: string) => Uint8Array) => (n: string) => (n === name ? other(n) : readFileSync(modelFilePath(n)));
      useModelFiles(readOr(() => readFileSync(join(tmpdir(), 'no-such-folder', name))));
      assert.throws(() => analyze(STORY), new RegExp(`^Error: ${what}: cannot read ${name}: ENOENT`));
      useModelFiles(readOr(() => new TextEncoder().encode('not a model at all '.repeat(10))));
      assert.throws(() => analyze(STORY), new RegExp(`^Error: ${what}: not an? .*model file \\(bad magic number\\)`));
      useModelFiles(readOr((n) => readFileSync(modelFilePath(n)).subarray(0, 5000)));
      assert.throws(() => analyze(STORY), new RegExp(`${what}: the file is 5000 bytes, its header says \\d+ \\(truncated or damaged\\)`));
      useModelFilesIn();
      assert.ok(analyze(STORY).entities.length > 0);
    });
  }
});

describe('the bundles and their other model files', () => {
  const DIST = join(__dirname, '../../dist');
  /** The CLI and engine bundles in a folder of their own, with `name` replaced by `bytes` (or left out). */
  const run = (name: string, bytes?: Uint8Array) => {
    const dir = mkdtempSync(join(tmpdir(), 'model-files-'));
    try {
      for (const f of ['cli.js', 'analysis.js', ...Object.keys(MODEL_FILES)]) if (f !== name) copyFileSync(join(DIST, f), join(dir, f));
      if (bytes) writeFileSync(join(dir, name), bytes);
      writeFileSync(join(dir, 'story.txt'), `${STORY}\n`);
      return spawnSync(process.execPath, [join(dir, 'cli.js'), 'analyze', join(dir, 'story.txt')], { encoding: 'utf8', timeout: 60_000 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('ships each file beside the engine, as in the source tree', () => {
    for (const name of Object.keys(MODEL_FILES)) assert.ok(readFileSync(join(DIST, name)).equals(readFileSync(modelFilePath(name))), name);
  });

  for (const name of OTHERS) {
    it(`the CLI reads ${name} beside the engine, and says so clearly when it is missing or damaged`, () => {
      const ok = run(name, readFileSync(join(DIST, name)));
      assert.equal(ok.status, 0, ok.stderr);
      assert.match(ok.stdout, /Ana Ruiz/);
      const missing = run(name);
      assert.equal(missing.status, 1, missing.stdout);
      assert.match(missing.stderr, new RegExp(`cannot read ${name}: ENOENT`));
      const damaged = run(name, readFileSync(join(DIST, name)).subarray(0, 4096));
      assert.equal(damaged.status, 1, damaged.stdout);
      assert.match(damaged.stderr, /the file is 4096 bytes, its header says \d+ \(truncated or damaged\)/);
    });
  }
});
