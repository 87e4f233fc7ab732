// The engine (dist/analysis.js) as the CLI loads it: through V8's code cache (code-cache.ts) when
// the CLI runs as its bundle, so a call on a sentence does not compile the engine again
// (issue 15, figure 3). From source (tests, tsx) it is a plain require.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { codeCacheFiles, type LoadedBundle, loadWithCodeCache, userCacheFolder } from './code-cache';

export type Engine = typeof import('../analysis');

/** Set to `off` to load the engine without a code cache (to compare, or to rule it out). */
export const CODE_CACHE_ENV = 'NEWS_ANNOTATOR_CODE_CACHE';

let loaded: LoadedBundle | null = null;

/**
 * The engine's module, loaded on first call. The first call says whether this thread saves the
 * code it compiled when the process ends (only when it found no cache): the main thread does;
 * a worker thread of a corpus run only reads a cache (it ends when the pool stops it).
 */
export function engineModule(saveCache = true): Engine {
  if (loaded) return loaded.exports as Engine;
  const bundle = cachedBundle();
  if (!bundle) return require('../analysis') as Engine;
  const done = loadWithCodeCache(bundle, (bundleFingerprint) => codeCacheFiles(bundle, bundleFingerprint, userCacheFolder(process.env, process.platform, homeFolder())));
  loaded = done;
  if (saveCache && !done.usedCache) process.once('exit', () => done.saveCache());
  return done.exports as Engine;
}

/** dist/analysis.js, when this call should load it through the code cache; else null. */
function cachedBundle(): string | null {
  // From source, this file is not inside dist/cli.js.
  if (basename(__filename) !== 'cli.js') return null;
  if (process.env[CODE_CACHE_ENV] === 'off') return null;
  // Node 22+ keeps compiled code itself (module.enableCompileCache, switched on in main.ts).
  if (typeof (require('node:module') as { enableCompileCache?: unknown }).enableCompileCache === 'function') return null;
  // Node maps stack traces through source maps only for code require() loaded.
  if (sourceMapsEnabled()) return null;
  const bundle = join(__dirname, 'analysis.js');
  if (!existsSync(bundle) || require.cache[bundle]) return null;
  return bundle;
}

function sourceMapsEnabled(): boolean {
  const flag = (process as { sourceMapsEnabled?: boolean }).sourceMapsEnabled;
  if (typeof flag === 'boolean') return flag;
  return [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('--enable-source-maps'));
}

/** The home folder as os.homedir() reads it first (without loading node:os for it). */
function homeFolder(): string {
  return (process.platform === 'win32' ? process.env.USERPROFILE : process.env.HOME) ?? '';
}
