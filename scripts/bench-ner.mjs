// CPU time of the entity stage and of the whole engine on real text, in-process, many passes:
//   node scripts/bench-ner.mjs [--root DIR] [--passes 21] [--corpus conll,polnear] [--json]
// --root bundles the engine from another checkout (e.g. `git archive` of the commit to compare),
// so before and after run the same harness. CPU time (user + system, process.cpuUsage), not wall
// clock: the shared machine's load moves wall-clock figures 2–3×. Texts: the dev splits of
// ../shared/data (CoNLL-2003 eng.testa, PolNeAR); nothing is written anywhere but the OS temp dir.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const root = resolve(opt('--root', join(here, '..')));
const passes = Number(opt('--passes', '21'));
const corpora = opt('--corpus', 'conll,polnear').split(',');
const data = resolve(opt('--data', join(here, '../../shared/data')));
const FILES = { conll: 'conll2003/dev.jsonl', polnear: 'polnear/dev.jsonl' };

// One bundle of the checkout under test, shaped like dist/analysis.js (esbuild, cjs, node20).
const out = join(mkdtempSync(join(tmpdir(), 'bench-ner-')), 'engine.js');
const src = (p) => JSON.stringify(join(root, 'server/src/analysis', p));
await esbuild.build({
  stdin: {
    contents: [
      `export { analyze } from ${src('index.ts')};`,
      `export { segment } from ${src('segment/index.ts')};`,
      `export { recognizeEntities } from ${src('entities/index.ts')};`,
      `export * as model from ${src('entities/model.ts')};`,
      `export { buildContext } from ${src('entities/features.ts')};`,
      `export { decode } from ${src('entities/decode.ts')};`,
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning',
});
const engine = createRequire(import.meta.url)(out);
const modelFile = join(root, 'server/src/analysis/entities/model/ner-model.bin');
if (engine.model.useModelLoader && existsSync(modelFile)) engine.model.useModelLoader(() => readFileSync(modelFile));

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const t0 = cpu();
engine.recognizeEntities(engine.segment('Mayor Ana Ruiz of Osk said on Friday.'));
const firstCall = cpu() - t0;

const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); return { min: s[0], median: s[Math.floor(s.length / 2)] }; };
const result = { root, passes, firstCallMs: firstCall, corpora: {} };
for (const c of corpora) {
  const texts = readFileSync(join(data, FILES[c]), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
  const segs = texts.map((t) => engine.segment(t));
  const tokens = segs.reduce((n, s) => n + s.tokens.length, 0);
  const ent = [], all = [], ctx = [], dec = [];
  let check = 0;
  const m = engine.model.defaultModel();
  for (let p = 0; p < passes; p++) {
    let a = cpu();
    // The tagger's two steps alone: token features, then decoding.
    const ctxs = segs.map((s) => engine.buildContext(s, m.gazetteer, m.casing, m.clusters));
    ctx.push(cpu() - a);
    a = cpu();
    for (const x of ctxs) check += engine.decode(x, m.scorer).length;
    dec.push(cpu() - a);
    a = cpu();
    for (const s of segs) check += engine.recognizeEntities(s).mentions.length;
    ent.push(cpu() - a);
    a = cpu();
    for (const t of texts) check += engine.analyze(t).entities.length;
    all.push(cpu() - a);
  }
  result.corpora[c] = { docs: texts.length, tokens, entities: stats(ent), context: stats(ctx), decode: stats(dec), engine: stats(all), check };
}
if (args.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`${root}: first recognizeEntities (model load) ${firstCall.toFixed(1)} ms CPU`);
  for (const [c, r] of Object.entries(result.corpora)) {
    console.log(`${c}: ${r.docs} docs, ${r.tokens} tokens; entity stage min ${r.entities.min.toFixed(1)} / median ${r.entities.median.toFixed(1)} ms; ` +
      `engine min ${r.engine.min.toFixed(1)} / median ${r.engine.median.toFixed(1)} ms (${passes} passes, CPU)`);
    console.log(`  of the entity stage: token features min ${r.context.min.toFixed(1)} / median ${r.context.median.toFixed(1)} ms; decoding min ${r.decode.min.toFixed(1)} / median ${r.decode.median.toFixed(1)} ms`);
  }
}
