// A CommonJS bundle loaded through V8's code cache (issue 15, figure 3): compiling the engine
// bundle is the largest single cost of a CLI call on a sentence, and Node 20 keeps no compiled
// code between runs. The bundle is compiled as a vm.Script with the bytecode a previous run saved;
// a run that had no usable cache saves its own (script.createCachedData() after the run, so it
// holds every function the run compiled, not only the top level).
//
// V8 checks little of a cache it is handed: a cache made for another bundle of the same length,
// a truncated one or one with flipped bytes is accepted and run (Node 20.20, V8 11.3). So every
// cache file carries a key (bundle content hash, Node version, architecture, V8 version) and the
// length and hash of its bytes; anything that does not match is ignored and made again.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';

const MAGIC = 'news-annotator code cache 1\n';
/** Node's CommonJS wrapper, on a line of its own so the bundle's lines and columns stay its own (lineOffset -1). */
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {\n';
const WRAPPER_TAIL = '\n})';

/**
 * A 64-bit hash of bytes, as 16 hex digits. Not cryptographic: it tells a cache made for other
 * bytes, or damaged ones, from the right one. Plain JavaScript because loading node:crypto costs
 * a one-sentence call 3–6 ms.
 */
export function fingerprint(bytes: Uint8Array): string {
  const words = bytes.length >>> 2;
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
  const w = new Int32Array(aligned.buffer, aligned.byteOffset, words);
  let a = 0x811c9dc5 | 0;
  let b = bytes.length | 0;
  for (let i = 0; i < words; i++) {
    const k = w[i];
    a = Math.imul(a ^ k, 0x01000193);
    b = Math.imul(b ^ (k >>> 16) ^ (k << 16), 0x5bd1e995) ^ (b >>> 13);
  }
  for (let i = words << 2; i < bytes.length; i++) {
    a = Math.imul(a ^ aligned[i], 0x01000193);
    b = Math.imul(b ^ aligned[i], 0x5bd1e995) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * What a cache must have been made by and for: the bundle whose bytes have this fingerprint and
 * length, on this Node and V8, on this architecture.
 */
export function cacheKey(bundleFingerprint: string, bundleLength: number): string {
  return `${bundleFingerprint} ${bundleLength} node ${process.version} v8 ${process.versions.v8} ${process.arch}`;
}

/** The cache's bytes when FILE is a whole cache made for KEY, else null (absent, unreadable, another key, truncated, damaged). */
export function readCodeCache(file: string, key: string): Buffer | null {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch {
    return null;
  }
  if (raw.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
  const eol = raw.indexOf(10, MAGIC.length);
  if (eol < 0) return null;
  let header: { key?: unknown; length?: unknown; hash?: unknown };
  try {
    header = JSON.parse(raw.toString('utf8', MAGIC.length, eol)) as typeof header;
  } catch {
    return null;
  }
  const data = raw.subarray(eol + 1);
  if (header.key !== key || header.length !== data.length || header.hash !== fingerprint(data)) return null;
  return data;
}

/**
 * Writes a cache for KEY to FILE as a whole or not at all: into a file of its own beside it,
 * then renamed over FILE, so a reader (another CLI call at the same moment) sees the old cache
 * or the new one, never a part. False when the folder cannot be written (nothing is left behind).
 */
export function writeCodeCache(file: string, key: string, data: Uint8Array): boolean {
  const head = Buffer.from(`${MAGIC}${JSON.stringify({ key, length: data.length, hash: fingerprint(data) })}\n`, 'utf8');
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  let fd: number | null = null;
  try {
    mkdirSync(dirname(file), { recursive: true });
    fd = openSync(temp, 'wx', 0o644);
    writeSync(fd, head);
    writeSync(fd, data);
    // No fsync: a file cut short by a crash is told by its header and made again.
    closeSync(fd);
    fd = null;
    renameSync(temp, file);
    return true;
  } catch {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // Never made (the folder is read-only) or already gone.
    }
    return false;
  }
}

/**
 * The user's cache folder for News Annotator: $XDG_CACHE_HOME/news-annotator, else the platform's
 * (~/.cache, ~/Library/Caches, %LOCALAPPDATA%). Null when there is none. A relative
 * XDG_CACHE_HOME is ignored (the XDG rule), so a cache never lands in the working directory.
 */
export function userCacheFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string | null {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'news-annotator');
  if (platform === 'win32') return env.LOCALAPPDATA && isAbsolute(env.LOCALAPPDATA) ? join(env.LOCALAPPDATA, 'news-annotator', 'Cache') : null;
  if (!home || !isAbsolute(home)) return null;
  return platform === 'darwin' ? join(home, 'Library', 'Caches', 'news-annotator') : join(home, '.cache', 'news-annotator');
}

/**
 * Where BUNDLE's cache is looked for, in order, and the first one that can be written is used:
 * beside the bundle (`npm run build` writes it there), then the user's cache folder, one file
 * per bundle content (several installs of different versions do not take turns overwriting).
 */
export function codeCacheFiles(bundle: string, bundleFingerprint: string, userFolder: string | null): string[] {
  const name = basename(bundle);
  const beside = join(dirname(bundle), `${name}.code-cache`);
  return userFolder ? [beside, join(userFolder, `${name}-${bundleFingerprint}.code-cache`)] : [beside];
}

export interface LoadedBundle {
  /** module.exports of the bundle. */
  exports: unknown;
  /** The cache file whose code was used, or null (the bundle was compiled from its source). */
  usedCache: string | null;
  /** A cache file made for this bundle and Node that V8 refused (made under other V8 flags), or null. */
  refusedCache: string | null;
  /**
   * Writes this run's compiled code to the first writable cache file; its path, or null (a cache
   * was used, or nowhere could be written). Call after the run.
   */
  saveCache(): string | null;
}

/**
 * Loads the CommonJS file BUNDLE as require() would (and registers it, so a later
 * require(BUNDLE) returns the same module), compiled with the first usable cache of CACHE_FILES.
 * Stack traces name BUNDLE with its own lines and columns.
 */
export function loadWithCodeCache(bundle: string, cacheFiles: (bundleFingerprint: string) => string[]): LoadedBundle {
  const Module = require('node:module') as typeof import('node:module') & { _cache: Record<string, unknown>; _nodeModulePaths(dir: string): string[] };
  const bytes = readFileSync(bundle);
  const bundleFingerprint = fingerprint(bytes);
  const key = cacheKey(bundleFingerprint, bytes.length);
  const files = cacheFiles(bundleFingerprint);
  let usedCache: string | null = null;
  let refusedCache: string | null = null;
  let cachedData: Buffer | undefined;
  for (const file of files) {
    const data = readCodeCache(file, key);
    if (data) {
      usedCache = file;
      cachedData = data;
      break;
    }
  }
  const source = WRAPPER_HEAD + bytes.toString('utf8') + WRAPPER_TAIL;
  const script = new Script(source, { filename: bundle, lineOffset: -1, cachedData });
  // V8 refuses a cache made under other V8 flags: one saved by a run that set a flag while it ran
  // (a long article's analysis sets --expose-gc for its collections: io/collect.ts). It is made
  // again, under this run's flags, which are those of the next run as a rule.
  if (script.cachedDataRejected === true) {
    refusedCache = usedCache;
    usedCache = null;
  }

  const mod = new Module(bundle, module) as import('node:module') & { filename: string; paths: string[]; loaded: boolean };
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(dirname(bundle));
  const requireFromBundle = Module.createRequire(bundle);
  Module._cache[bundle] = mod;
  try {
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(mod.exports, mod.exports, requireFromBundle, mod, bundle, dirname(bundle));
  } catch (err) {
    delete Module._cache[bundle];
    throw err;
  }
  mod.loaded = true;

  return {
    exports: mod.exports,
    usedCache,
    refusedCache,
    saveCache() {
      if (usedCache) return null;
      const data = script.createCachedData();
      for (const file of files) if (writeCodeCache(file, key, data)) return file;
      return null;
    },
  };
}
