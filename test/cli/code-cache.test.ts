// The CLI's code cache loader (server/src/cli/code-cache.ts) on real files in a real temp folder:
// a cache is used only when it was made for these very bundle bytes on this Node, anything else
// (another bundle of the same length, another Node, a truncated or damaged file) is ignored and
// made again, concurrent writers never leave a partial file, an unwritable place means the next
// place or no cache, and stack traces point into the bundle as require() would.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cacheKey,
  codeCacheFiles,
  fingerprint,
  loadWithCodeCache,
  readCodeCache,
  userCacheFolder,
  writeCodeCache,
} from '../../server/src/cli/code-cache';

const CODE_CACHE = join(__dirname, '../../server/src/cli/code-cache.ts');

/** A small CommonJS "bundle": line 4 throws at a known column; it uses require and __dirname like a real one. */
function bundleSource(value: string): string {
  return [
    '"use strict";',
    'const path = require("node:path");',
    `exports.value = ${JSON.stringify(value)};`,
    'exports.boom = function boom() { throw new Error("boom"); };',
    'exports.where = () => path.basename(__dirname) + "/" + path.basename(__filename);',
    'exports.square = (n) => n * n;',
    '',
  ].join('\n');
}
/** Where `throw new Error` stands in line 4 of bundleSource: column of `new`, 1-based. */
const BOOM_COLUMN = 'exports.boom = function boom() { throw '.length + 1;

describe('CLI code cache', () => {
  let dir: string;
  let n = 0;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'na-code-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A fresh bundle file in its own folder (each test loads other paths, so require's registry never mixes them). */
  function bundle(value = 'one', folder = `b${n++}`): string {
    mkdirSync(join(dir, folder), { recursive: true });
    const file = join(dir, folder, 'engine.js');
    writeFileSync(file, bundleSource(value));
    return file;
  }
  function load(file: string, userFolder: string | null = null) {
    delete require.cache[file];
    return loadWithCodeCache(file, (fp) => codeCacheFiles(file, fp, userFolder));
  }
  type Exports = { value: string; boom(): void; where(): string; square(n: number): number };

  describe('fingerprint', () => {
    it('tells bytes apart by any one byte, by length, and wherever they sit in memory', () => {
      const bytes = Buffer.from(bundleSource('one').repeat(50));
      const base = fingerprint(bytes);
      assert.match(base, /^[0-9a-f]{16}$/);
      assert.equal(fingerprint(Buffer.from(bytes)), base);
      // The same bytes at an odd offset of a larger buffer.
      const shifted = Buffer.alloc(bytes.length + 3);
      bytes.copy(shifted, 3);
      assert.equal(fingerprint(shifted.subarray(3)), base);
      for (const at of [0, 1, 2, 3, 101, bytes.length - 2, bytes.length - 1]) {
        const changed = Buffer.from(bytes);
        changed[at] ^= 0x20;
        assert.notEqual(fingerprint(changed), base, `byte ${at}`);
      }
      assert.notEqual(fingerprint(bytes.subarray(0, bytes.length - 1)), base);
      assert.notEqual(fingerprint(Buffer.concat([bytes, Buffer.from([0])])), base);
    });
  });

  describe('cache files', () => {
    const KEY = cacheKey('0123456789abcdef', 1234);
    const DATA = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7) & 0xff));

    it('reads back what was written, under the same key only', () => {
      const file = join(dir, 'x.code-cache');
      assert.equal(writeCodeCache(file, KEY, DATA), true);
      assert.deepEqual(readCodeCache(file, KEY), DATA);
      assert.equal(readCodeCache(file, cacheKey('0123456789abcdef', 1235)), null);
      assert.equal(readCodeCache(file, KEY.replace(process.version, 'v0.0.1')), null);
      assert.equal(readCodeCache(join(dir, 'absent.code-cache'), KEY), null);
      assert.deepEqual(readdirSync(dir), ['x.code-cache'], 'no temporary file left');
    });

    it('ignores a truncated, damaged or foreign file', () => {
      const file = join(dir, 'x.code-cache');
      writeCodeCache(file, KEY, DATA);
      const whole = readFileSync(file);
      const variants: Record<string, Buffer> = {
        'cut short': whole.subarray(0, whole.length - 1),
        'header only': whole.subarray(0, whole.indexOf(10, 30) + 1),
        'half a header': whole.subarray(0, 40),
        empty: Buffer.alloc(0),
        'one byte of the data flipped': Buffer.from(whole),
        'a byte added': Buffer.concat([whole, Buffer.from([1])]),
        'not a cache': Buffer.from('{"key": 1}\n'),
      };
      variants['one byte of the data flipped'][whole.length - 2500] ^= 1;
      for (const [name, bytes] of Object.entries(variants)) {
        writeFileSync(file, bytes);
        assert.equal(readCodeCache(file, KEY), null, name);
      }
    });

    it('writes nothing where it cannot write, and says so', () => {
      const notAFolder = join(dir, 'file');
      writeFileSync(notAFolder, 'x');
      assert.equal(writeCodeCache(join(notAFolder, 'x.code-cache'), KEY, DATA), false);
      // A folder standing where the cache file should be.
      mkdirSync(join(dir, 'taken.code-cache'));
      assert.equal(writeCodeCache(join(dir, 'taken.code-cache'), KEY, DATA), false);
      assert.deepEqual(readdirSync(dir).sort(), ['file', 'taken.code-cache']);
      assert.deepEqual(readdirSync(join(dir, 'taken.code-cache')), []);
    });

    it('stays whole while several processes write it at once', async function () {
      this.timeout(60_000);
      const file = join(dir, 'shared.code-cache');
      // Each writer writes caches of its own length again and again; the reader counts any read
      // of an existing file that is not a whole cache.
      const writer = (id: number) => `
        const { writeCodeCache } = require(${JSON.stringify(CODE_CACHE)});
        const data = Buffer.alloc(${200_000} + ${id} * 4099, ${id});
        for (let i = 0; i < 40; i++) writeCodeCache(${JSON.stringify(file)}, ${JSON.stringify(KEY)}, data);`;
      const reader = `
        const { existsSync } = require('node:fs');
        const { readCodeCache } = require(${JSON.stringify(CODE_CACHE)});
        let whole = 0, broken = 0;
        const until = Date.now() + 60000;
        while (Date.now() < until) {
          if (!existsSync(${JSON.stringify(file)})) continue;
          if (readCodeCache(${JSON.stringify(file)}, ${JSON.stringify(KEY)})) whole++; else broken++;
          if (whole + broken >= 300) break;
        }
        process.stdout.write(JSON.stringify({ whole, broken }));`;
      const run = (code: string) =>
        new Promise<string>((resolve, reject) => {
          const child = spawn(process.execPath, ['-r', 'tsx/cjs', '-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
          let out = '';
          let err = '';
          child.stdout.on('data', (d: Buffer) => (out += d.toString()));
          child.stderr.on('data', (d: Buffer) => (err += d.toString()));
          child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(err))));
        });
      const [counts] = await Promise.all([run(reader), ...[1, 2, 3, 4].map((id) => run(writer(id)))]);
      const { whole, broken } = JSON.parse(counts) as { whole: number; broken: number };
      assert.equal(broken, 0, `${broken} partial reads of ${whole + broken}`);
      assert.ok(whole > 0);
      assert.ok(readCodeCache(file, KEY), 'the last write is whole');
      assert.deepEqual(readdirSync(dir), ['shared.code-cache'], 'no temporary file left');
    });
  });

  describe('user cache folder', () => {
    it('is $XDG_CACHE_HOME/news-annotator, else the platform\'s, never a relative path', () => {
      assert.equal(userCacheFolder({ XDG_CACHE_HOME: '/c' }, 'linux', '/h'), join('/c', 'news-annotator'));
      assert.equal(userCacheFolder({ XDG_CACHE_HOME: 'rel/cache' }, 'linux', '/h'), join('/h', '.cache', 'news-annotator'));
      assert.equal(userCacheFolder({}, 'linux', '/h'), join('/h', '.cache', 'news-annotator'));
      assert.equal(userCacheFolder({}, 'darwin', '/h'), join('/h', 'Library', 'Caches', 'news-annotator'));
      assert.equal(userCacheFolder({}, 'linux', ''), null);
      assert.equal(userCacheFolder({}, 'linux', 'h'), null);
      assert.equal(userCacheFolder({}, 'win32', 'C:\\h'), null);
    });
  });

  describe('loading a bundle', () => {
    it('compiles without a cache the first time, saves one beside the bundle, then uses it', () => {
      const file = bundle('one');
      const first = load(file);
      assert.equal(first.usedCache, null);
      assert.equal((first.exports as Exports).square(7), 49);
      const saved = first.saveCache();
      assert.equal(saved, `${file}.code-cache`);
      const second = load(file);
      assert.equal(second.usedCache, saved);
      assert.equal((second.exports as Exports).value, 'one');
      assert.equal((second.exports as Exports).square(9), 81);
      assert.equal((second.exports as Exports).where(), `${file.split('/').slice(-2).join('/')}`);
      assert.equal(second.saveCache(), null, 'a used cache is not written again');
    });

    it('registers the bundle, so require() returns the same module', () => {
      const file = bundle('one');
      const loaded = load(file);
      assert.equal(require(file), loaded.exports);
    });

    it('ignores the cache of another bundle of the same length, and makes its own', () => {
      const file = bundle('one');
      load(file).saveCache();
      writeFileSync(file, bundleSource('two'));
      const again = load(file);
      assert.equal(again.usedCache, null);
      assert.equal((again.exports as Exports).value, 'two', 'the new bundle runs, not the cached one');
      assert.equal(again.saveCache(), `${file}.code-cache`);
      const third = load(file);
      assert.equal(third.usedCache, `${file}.code-cache`);
      assert.equal((third.exports as Exports).value, 'two');
    });

    it('ignores a cache made by another Node, or damaged, and makes it again', () => {
      const file = bundle('one');
      const cache = load(file).saveCache() as string;
      const bytes = readFileSync(file);
      const key = cacheKey(fingerprint(bytes), bytes.length);
      const data = readCodeCache(cache, key) as Buffer;
      writeCodeCache(cache, key.replace(process.version, 'v18.0.0'), data);
      assert.equal(load(file).usedCache, null);
      const damaged = Buffer.from(readFileSync(cache));
      damaged[damaged.length - 10] ^= 0xff;
      writeFileSync(cache, damaged);
      const loaded = load(file);
      assert.equal(loaded.usedCache, null);
      assert.equal((loaded.exports as Exports).square(3), 9);
      assert.equal(loaded.saveCache(), cache);
      assert.ok(readCodeCache(cache, key));
      assert.equal(load(file).usedCache, cache);
    });

    it('uses the user cache folder when beside the bundle cannot be written, and runs without one when nowhere can', () => {
      const file = bundle('one');
      mkdirSync(`${file}.code-cache`); // beside: taken by a folder
      const user = join(dir, 'user-cache');
      const first = load(file, user);
      const saved = first.saveCache();
      assert.equal(saved, join(user, `engine.js-${fingerprint(readFileSync(file))}.code-cache`));
      assert.equal(load(file, user).usedCache, saved);

      const other = bundle('one');
      mkdirSync(`${other}.code-cache`);
      const blocked = join(dir, 'not-a-folder');
      writeFileSync(blocked, '');
      const nowhere = load(other, join(blocked, 'news-annotator'));
      assert.equal(nowhere.saveCache(), null);
      assert.equal((nowhere.exports as Exports).value, 'one');
      assert.equal(existsSync(join(blocked, 'news-annotator')), false);
    });

    it('keeps stack traces at the bundle\'s own lines and columns, with and without a cache', () => {
      const file = bundle('one');
      const plainCopy = join(dir, 'plain.js');
      copyFileSync(file, plainCopy);
      const frameOf = (f: () => void, path: string) => {
        try {
          f();
        } catch (e) {
          const m = new RegExp(`${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:(\\d+):(\\d+)`).exec((e as Error).stack ?? '');
          assert.ok(m, (e as Error).stack);
          return `${m[1]}:${m[2]}`;
        }
        assert.fail('did not throw');
      };
      const byRequire = frameOf((require(plainCopy) as Exports).boom, plainCopy);
      assert.equal(byRequire, `4:${BOOM_COLUMN}`);
      const first = load(file);
      assert.equal(frameOf((first.exports as Exports).boom, file), byRequire);
      first.saveCache();
      const cached = load(file);
      assert.ok(cached.usedCache);
      assert.equal(frameOf((cached.exports as Exports).boom, file), byRequire);
    });
  });
});
