// The built CLI with its code cache, as a user runs it: a copy of dist/ in a real temp folder,
// real processes. The cache is written beside the bundle (or in the user's cache folder when that
// place is taken), never in the working directory; the output is the same with a cache, without
// one, with a broken one, and with source maps on (which load the engine without the cache).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheKey, fingerprint, readCodeCache } from '../../server/src/cli/code-cache';

const DIST = join(__dirname, '../../dist');
const STORY = `Harbour tolls to rise, authority says

KESTREL BAY, May 4 (Wirewire) - The Kestrel Bay port authority will raise tolls by 12 percent from July, its chair Mara Quinn said on Monday.

"The breakwater repairs cost us 4.2 million crowns," Quinn said.
`;

describe('CLI code cache, end to end', function () {
  this.timeout(120_000);
  let root: string;
  let dist: string;
  let work: string;
  let home: string;
  let article: string;
  let reference: string;

  const cacheBeside = () => join(dist, 'analysis.js.code-cache');
  const keyNow = () => {
    const bytes = readFileSync(join(dist, 'analysis.js'));
    return cacheKey(fingerprint(bytes), bytes.length);
  };
  /** What a call printed on stdout; `told` gets what it said of the cache (NEWS_ANNOTATOR_CODE_CACHE=verbose). */
  let told: string[] = [];
  function cli(args: string[], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []) {
    const r = spawnSync(process.execPath, [...nodeArgs, join(dist, 'cli.js'), ...args], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', HOME: home, XDG_CACHE_HOME: join(home, 'xdg'), NODE_OPTIONS: '', NEWS_ANNOTATOR_CODE_CACHE: 'verbose', ...env },
      maxBuffer: 64 << 20,
    });
    assert.equal(r.status, 0, r.stderr);
    told = r.stderr.split('\n').filter((l) => l.startsWith('news-annotator: code cache: ')).map((l) => l.slice('news-annotator: code cache: '.length));
    return r.stdout;
  }

  before(function () {
    if (!existsSync(join(DIST, 'cli.js')) || !existsSync(join(DIST, 'analysis.js'))) this.skip();
    root = mkdtempSync(join(tmpdir(), 'na-code-cache-cli-'));
    dist = join(root, 'dist');
    work = join(root, 'work');
    home = join(root, 'home');
    for (const d of [dist, work, home]) mkdirSync(d);
    for (const f of readdirSync(DIST)) if (f === 'cli.js' || f === 'analysis.js' || f.endsWith('.bin')) copyFileSync(join(DIST, f), join(dist, f));
    article = join(root, 'story.article');
    writeFileSync(article, STORY);
    reference = cli(['analyze', article, '--format', 'json'], { NEWS_ANNOTATOR_CODE_CACHE: 'off' });
    assert.equal(existsSync(cacheBeside()), false, 'off means no cache');
  });
  after(() => root && rmSync(root, { recursive: true, force: true }));

  it('writes the cache beside the bundle at the first analysis, then uses it unchanged', () => {
    assert.equal(cli(['analyze', article, '--format', 'json']), reference);
    assert.deepEqual(told, ['none usable', `saved ${cacheBeside()}`]);
    const written = readFileSync(cacheBeside());
    assert.ok(readCodeCache(cacheBeside(), keyNow()), 'a whole cache for this bundle and Node');
    assert.equal(cli(['analyze', article, '--format', 'json']), reference);
    assert.deepEqual(told, [`used ${cacheBeside()}`]);
    assert.deepEqual(readFileSync(cacheBeside()), written, 'a good cache is not rewritten');
    assert.deepEqual(readdirSync(work), [], 'nothing in the working directory');
    assert.equal(existsSync(join(home, 'xdg')), false, 'nothing in the user cache folder');
  });

  it('answers the same with text output and on worker threads with the cache', () => {
    const text = cli(['analyze', article], { NEWS_ANNOTATOR_CODE_CACHE: 'off' });
    assert.equal(cli(['analyze', article]), text);
    const lines = [1, 2, 3, 4].map((i) => JSON.stringify({ id: String(i), text: STORY.replace('12', String(10 + i)) })).join('\n') + '\n';
    const here = spawnSync(process.execPath, [join(dist, 'cli.js'), 'analyze', '--jsonl', '--jobs', '1'], { input: lines, encoding: 'utf8', env: { ...process.env, NEWS_ANNOTATOR_CODE_CACHE: 'off' } });
    const workers = spawnSync(process.execPath, [join(dist, 'cli.js'), 'analyze', '--jsonl', '--jobs', '2'], { input: lines, encoding: 'utf8', env: { ...process.env, HOME: home, NEWS_ANNOTATOR_CODE_CACHE: 'verbose' } });
    assert.equal(workers.status, 0, workers.stderr);
    assert.equal(workers.stdout, here.stdout);
    // Each worker thread used the cache; none saved one.
    assert.match(workers.stderr, new RegExp(`used ${cacheBeside().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
    assert.doesNotMatch(workers.stderr, /saved|none usable/);
  });

  it('replaces a truncated cache', () => {
    const whole = readFileSync(cacheBeside());
    writeFileSync(cacheBeside(), whole.subarray(0, whole.length >> 1));
    assert.equal(cli(['analyze', article, '--format', 'json']), reference);
    assert.deepEqual(told, ['none usable', `saved ${cacheBeside()}`]);
    assert.ok(readCodeCache(cacheBeside(), keyNow()), 'made again, whole');
    cli(['analyze', article, '--format', 'json']);
    assert.deepEqual(told, [`used ${cacheBeside()}`]);
  });

  it('makes again a cache saved by a long article\'s run, which V8 refuses to the next call', () => {
    // Over one piece (chunks.ts): the run sets --expose-gc for its collections (io/collect.ts),
    // so the cache it saves carries other V8 flags than a call that does not.
    rmSync(cacheBeside());
    const long = join(root, 'long.article');
    writeFileSync(long, `${STORY}\n`.repeat(Math.ceil(300_000 / STORY.length)));
    cli(['analyze', long, '--format', 'json']);
    assert.deepEqual(told, ['none usable', `saved ${cacheBeside()}`]);
    assert.equal(cli(['analyze', article, '--format', 'json']), reference);
    assert.deepEqual(told, [`${cacheBeside()} refused by V8 (made under other V8 flags)`, `saved ${cacheBeside()}`]);
    assert.equal(cli(['analyze', article, '--format', 'json']), reference);
    assert.deepEqual(told, [`used ${cacheBeside()}`]);
  });

  it('falls back to the user cache folder when beside the bundle is taken', () => {
    rmSync(cacheBeside());
    mkdirSync(cacheBeside()); // a folder where the file would go: cannot be written
    try {
      assert.equal(cli(['analyze', article, '--format', 'json']), reference);
      const folder = join(home, 'xdg', 'news-annotator');
      const files = readdirSync(folder);
      assert.deepEqual(files, [`analysis.js-${fingerprint(readFileSync(join(dist, 'analysis.js')))}.code-cache`]);
      assert.deepEqual(told, ['none usable', `saved ${join(folder, files[0])}`]);
      assert.ok(readCodeCache(join(folder, files[0]), keyNow()));
      assert.equal(cli(['analyze', article, '--format', 'json']), reference);
      assert.deepEqual(told, [`used ${join(folder, files[0])}`]);
      assert.deepEqual(readdirSync(work), []);
    } finally {
      rmSync(cacheBeside(), { recursive: true });
      rmSync(join(home, 'xdg'), { recursive: true, force: true });
    }
  });

  it('loads the engine without the cache when source maps are on', () => {
    assert.equal(existsSync(cacheBeside()), false);
    assert.equal(cli(['analyze', article, '--format', 'json'], {}, ['--enable-source-maps']), reference);
    assert.deepEqual(told, ['not used: source maps are on']);
    assert.equal(existsSync(cacheBeside()), false, 'source maps: require() loads the engine, nothing saved');
    assert.equal(cli(['analyze', article, '--format', 'json'], { NODE_OPTIONS: '--enable-source-maps' }), reference);
    assert.equal(existsSync(cacheBeside()), false);
  });
});
