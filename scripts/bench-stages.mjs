#!/usr/bin/env node
// Runs scripts/bench-stages.ts as the product runs: bundled by esbuild with the build's settings
// (esbuild.mjs), not under tsx. Under tsx every binding one module imports from another is read
// through a getter, a cost the bundle does not have (a loop comparing each token's case class
// with an imported constant measured ten times slower), so per-stage figures under tsx mislead.
// The bundle goes to node_modules/.cache (never into dist/, which ships).
//
//   node scripts/bench-stages.mjs [words=10000]        (POOL=polnear: PolNeAR documents only)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import esbuild from 'esbuild';
import { ROOT } from './bench-text.mjs';
import { BUILD_TARGET } from './build-target.mjs';

const dir = join(ROOT, 'node_modules/.cache/bench-stages');
mkdirSync(dir, { recursive: true });
const outfile = join(dir, 'bench-stages.mjs');
await esbuild.build({
  entryPoints: [join(ROOT, 'scripts/bench-stages.ts')],
  outfile,
  bundle: true,
  ...BUILD_TARGET,
  format: 'esm',
  // The benchmarks' own text module stays where it is (it finds ../shared from its own place).
  plugins: [{
    name: 'bench-text-in-place',
    setup(build) {
      build.onResolve({ filter: /bench-text\.mjs$/ }, () => ({ path: join(ROOT, 'scripts/bench-text.mjs'), external: true }));
    },
  }],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
