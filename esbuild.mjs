// Bundles the client, the language server and the CLI into single files under dist/.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');

const entries = [
  // The banner stamps the time the bundle starts loading, so activation can report its cost.
  { in: 'client/src/extension.ts', out: 'client', external: ['vscode'], banner: '"use strict";\nvar __newsAnnotatorLoadStart = performance.now();' },
  { in: 'server/src/lsp/main.ts', out: 'server', external: [] },
  { in: 'server/src/cli/main.ts', out: 'cli', external: [] },
  { in: 'scripts/train-ner.ts', out: 'train-ner', external: [] },
  // The pure library on its own, for the benchmark.
  { in: 'server/src/analysis/index.ts', out: 'analysis', external: [] },
].filter((e) => existsSync(e.in));

await Promise.all(
  entries.map((e) =>
    esbuild.build({
      entryPoints: [e.in],
      outfile: `dist/${e.out}.js`,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: e.external,
      sourcemap: !production,
      minify: production,
      logLevel: 'warning',
      ...(e.banner ? { banner: { js: e.banner } } : {}),
    }),
  ),
);
