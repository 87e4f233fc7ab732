// The engine (dist/analysis.js) as the CLI loads it: through V8's code cache (code-cache.ts) when
// the CLI runs as its bundle, so a call on a sentence does not compile the engine again
// (issue 15, figure 3). From source (tests, tsx) it is a plain require.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { codeCacheFiles, type LoadedBundle, loadWithCodeCache, userCacheFolder } from './code-cache';

export type Engine = typeof import('../analysis');

/**
 * `off`: load the engine without a code cache (to compare, or to rule it out); `verbose`: say on
 * stderr which cache was used or saved.
 */
export const CODE_CACHE_ENV = 'NEWS_ANNOTATOR_CODE_CACHE';

let loaded: LoadedBundle | null = null;

/**
 * The engine's module, loaded on first call. The first call says whether this thread saves the
 * code it compiled when the process ends (only when it had no usable cache): the main thread
 * does; a worker thread of a corpus run only reads a cache (it ends when the pool stops it).
 */
export function engineModule(saveCache = true): Engine {
  if (loaded) return loaded.exports as Engine;
  const bundle = cachedBundle();
  if (typeof bundle !== 'string') {
    if (bundle.why) tell(`not used: ${bundle.why}`);
    return require('../analysis') as Engine;
  }
  const done = loadWithCodeCache(bundle, (bundleFingerprint) => codeCacheFiles(bundle, bundleFingerprint, userCacheFolder(process.env, process.platform, homeFolder())));
  loaded = done;
  tell(done.usedCache ? `used ${done.usedCache}` : done.refusedCache ? `${done.refusedCache} refused by V8 (made under other V8 flags)` : 'none usable');
  if (saveCache && !done.usedCache) {
    process.once('exit', () => {
      const saved = done.saveCache();
      tell(saved ? `saved ${saved}` : 'nowhere to save');
    });
  }
  return done.exports as Engine;
}

function tell(message: string): void {
  if (process.env[CODE_CACHE_ENV] === 'verbose') process.stderr.write(`news-annotator: code cache: ${message}\n`);
}

/** dist/analysis.js, when this call should load it through the code cache; else why not. */
function cachedBundle(): string | { why: string | null } {
  // From source, this file is not inside dist/cli.js.
  if (basename(__filename) !== 'cli.js') return { why: null };
  if (process.env[CODE_CACHE_ENV] === 'off') return { why: null };
  // Node 22+ keeps compiled code itself (module.enableCompileCache, switched on in main.ts).
  if (typeof (require('node:module') as { enableCompileCache?: unknown }).enableCompileCache === 'function') return { why: "Node's own compile cache is on" };
  // Node maps stack traces through source maps only for code require() loaded.
  if (sourceMapsEnabled()) return { why: 'source maps are on' };
  const bundle = join(__dirname, 'analysis.js');
  if (!existsSync(bundle)) return { why: `no ${bundle}` };
  if (require.cache[bundle]) return { why: 'the engine was loaded already' };
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
