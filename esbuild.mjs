// Bundles the client, the language server and the CLI into single files under dist/.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILD_TARGET } from './scripts/build-target.mjs';

const production = process.argv.includes('--production');

const entries = [
  // The banner stamps the time the bundle starts loading, so activation can report its cost.
  { in: 'client/src/extension.ts', out: 'client', external: ['vscode'], banner: '"use strict";\nvar __newsAnnotatorLoadStart = performance.now();' },
  // The server and the CLI load the engine (with its model) from dist/analysis.js at run time,
  // so the model ships once rather than in every bundle.
  { in: 'server/src/lsp/main.ts', out: 'server', external: [], sharedEngine: true },
  { in: 'server/src/cli/main.ts', out: 'cli', external: [], sharedEngine: true, serverBeside: true },
  { in: 'scripts/train-ner.ts', out: 'train-ner', external: [] },
  // The pure library on its own: loaded by the server and the CLI (so the VSIX keeps it) and the
  // benchmark. The client never loads it: exports are rendered by the server.
  // Its entry adds where the model files are: dist/*.bin, copied below, each read on first use.
  // Its local names are minified (156 KB of its 790 KB, issue 15 figure 3: every CLI call loads
  // it): nothing in the engine reads a function's or class's `.name`, its exports keep theirs, and
  // dist/analysis.js.map maps positions and names back (scripts/bench-cli-profile.mjs reads it).
  // A production build minifies every bundle this way already.
  { in: 'server/src/io/analysis-bundle.ts', out: 'analysis', external: [], minifyIdentifiers: true },
].filter((e) => existsSync(e.in));

const engineIndex = resolve('server/src/analysis/index.ts');
/** Imports of the analysis façade become `require('./analysis.js')` (bundles sit side by side in dist/). */
const sharedEngine = {
  name: 'shared-engine',
  setup(build) {
    build.onResolve({ filter: /(^|\/)analysis$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      return target === engineIndex.replace(/\/index\.ts$/, '') ? { path: './analysis.js', external: true } : undefined;
    });
  },
};

/**
 * `news-annotator lsp` loads dist/server.js (which listens when loaded) instead of carrying a
 * second copy of the language server: the CLI bundle stays small and quick to start.
 */
const serverBeside = {
  name: 'server-beside',
  setup(build) {
    build.onResolve({ filter: /^\.\/lsp-entry$/ }, () => ({ path: './server.js', external: true }));
  },
};

await Promise.all(
  entries.map((e) =>
    esbuild.build({
      entryPoints: [e.in],
      outfile: `dist/${e.out}.js`,
      bundle: true,
      ...BUILD_TARGET,
      format: 'cjs',
      external: e.external,
      sourcemap: !production,
      minify: production,
      minifyWhitespace: true,
      ...(e.minifyIdentifiers ? { minifyIdentifiers: true } : {}),
      logLevel: 'warning',
      ...(e.banner ? { banner: { js: e.banner } } : {}),
      plugins: [...(e.sharedEngine ? [sharedEngine] : []), ...(e.serverBeside ? [serverBeside] : [])],
    }),
  ),
);

// The models ship as files of ready-made tables beside the bundles (not inside them): loading one
// is a read, not a decode (docs/ner.md, docs/performance.md). server/src/analysis/model-files.ts
// names them; server/src/io/model-files.ts finds them here; .vscodeignore lists them.
mkdirSync('dist', { recursive: true });
for (const file of [
  'server/src/analysis/entities/model/ner-model.bin',
  'server/src/analysis/claims/model/checkworthy-model.bin',
  'server/src/analysis/attributions/learned/attribution-model.bin',
]) {
  copyFileSync(file, `dist/${file.split('/').pop()}`);
}

// V8's code cache of the engine bundle (server/src/cli/code-cache.ts; issue 15, figure 3): one CLI
// call on a sample article compiles what an analysis runs and saves it beside the bundle, for
// this Node. Another Node (or a dist/ that cannot be written) gets one in the user's cache folder
// at its first analysis. A production build (the VSIX) carries none: the editor's Node is not this one.
const CODE_CACHE = 'dist/analysis.js.code-cache';
if (production) {
  rmSync(CODE_CACHE, { force: true });
} else if (existsSync('dist/cli.js')) {
  const r = spawnSync(process.execPath, ['dist/cli.js', 'analyze', '--format', 'json', 'samples/harbour-figures.article'], { encoding: 'utf8', env: { ...process.env, NEWS_ANNOTATOR_CODE_CACHE: '' } });
  if (r.status !== 0 || !existsSync(CODE_CACHE)) console.warn(`esbuild.mjs: no code cache written (${CODE_CACHE}): ${r.stderr || `exit ${r.status}`}`);
}
