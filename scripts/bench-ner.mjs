// CPU time of the entity stage (and its two tagger steps) and of the whole engine on real text,
// in-process, many passes, several versions of the engine interleaved pass by pass:
//   node scripts/bench-ner.mjs [--root DIR ...] [--passes 21] [--corpus conll,polnear] [--stream a.jsonl,b.jsonl] [--json]
// Each --root is a checkout (default: this one; e.g. a `git archive` of the commit to compare),
// bundled like dist/analysis.js; all of them run in one process, one pass each in turn, so the
// shared machine's load falls on every version alike. CPU time (user + system, process.cpuUsage),
// not wall clock. Texts: the dev splits of ../shared/data (CoNLL-2003 eng.testa, PolNeAR).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const roots = args.flatMap((a, i) => (a === '--root' ? [resolve(args[i + 1])] : []));
if (roots.length === 0) roots.push(resolve(here, '..'));
const passes = Number(opt('--passes', '21'));
const corpora = opt('--corpus', 'conll,polnear').split(',');
const data = resolve(opt('--data', join(here, '../../shared/data')));
const FILES = { conll: 'conll2003/dev.jsonl', polnear: 'polnear/dev.jsonl' };
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/** One bundle of a checkout, shaped like dist/analysis.js (esbuild, cjs, node20), loaded. */
async function load(root, k) {
  const out = join(mkdtempSync(join(tmpdir(), 'bench-ner-')), `engine${k}.js`);
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
        // Versions with several model files (issue 15) name them all in model-files.ts.
        ...(existsSync(join(root, 'server/src/analysis/model-files.ts')) ? [`export * as files from ${src('model-files.ts')};`] : []),
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning',
  });
  const engine = createRequire(import.meta.url)(out);
  // A model file (this layout) is handed over as a host does; older versions carry theirs inside.
  const modelFile = join(root, 'server/src/analysis/entities/model/ner-model.bin');
  if (engine.model.useModelLoader && existsSync(modelFile)) engine.model.useModelLoader(() => readFileSync(modelFile));
  if (engine.files) engine.files.useModelFiles((name) => readFileSync(join(root, 'server/src/analysis', engine.files.MODEL_FILES[name], name)));
  const t0 = cpu();
  engine.recognizeEntities(engine.segment('Mayor Ana Ruiz of Osk said on Friday.'));
  return { root, engine, firstCallMs: cpu() - t0 };
}

const engines = [];
for (const [k, root] of roots.entries()) engines.push(await load(root, k));
const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); return { min: s[0], median: s[Math.floor(s.length / 2)] }; };
const result = engines.map((e) => ({ root: e.root, firstCallMs: e.firstCallMs, corpora: {} }));
for (const c of corpora) {
  const texts = readFileSync(join(data, FILES[c]), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
  const runs = engines.map(({ engine }) => {
    const segs = texts.map((t) => engine.segment(t));
    return { engine, segs, m: engine.model.defaultModel(), ent: [], ctx: [], dec: [], all: [], check: 0 };
  });
  for (let p = 0; p < passes; p++) {
    for (const r of runs) {
      const { engine, segs, m } = r;
      let a = cpu();
      // The tagger's two steps alone: token features, then decoding.
      const ctxs = segs.map((s) => engine.buildContext(s, m.gazetteer, m.casing, m.clusters));
      r.ctx.push(cpu() - a);
      a = cpu();
      for (const x of ctxs) r.check += engine.decode(x, m.scorer).length;
      r.dec.push(cpu() - a);
      a = cpu();
      for (const s of segs) r.check += engine.recognizeEntities(s).mentions.length;
      r.ent.push(cpu() - a);
      a = cpu();
      for (const t of texts) r.check += engine.analyze(t).entities.length;
      r.all.push(cpu() - a);
    }
  }
  const tokens = runs[0].segs.reduce((n, s) => n + s.tokens.length, 0);
  runs.forEach((r, k) => {
    result[k].corpora[c] = { docs: texts.length, tokens, entities: stats(r.ent), context: stats(r.ctx), decode: stats(r.dec), engine: stats(r.all), check: r.check };
  });
}
// --stream FILE,...: one pass over documents no engine has seen, each document to every version in
// turn: what the lexicon (lexicon.ts) saves on new text, not on text it has met before.
const stream = opt('--stream', '');
if (stream) {
  const docs = stream.split(',').flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text));
  const seg = engines.map(() => 0), ent = engines.map(() => 0);
  for (const t of docs) {
    engines.forEach(({ engine }, k) => {
      let a = cpu();
      const s = engine.segment(t);
      seg[k] += cpu() - a;
      a = cpu();
      engine.recognizeEntities(s);
      ent[k] += cpu() - a;
    });
  }
  engines.forEach((e, k) => { result[k].stream = { docs: docs.length, entitiesMs: ent[k], segmentMs: seg[k] }; });
}
if (args.includes('--json')) console.log(JSON.stringify(result));
else {
  const f = (s) => `${s.min.toFixed(1)} / ${s.median.toFixed(1)}`;
  for (const r of result) {
    console.log(`${r.root}: first recognizeEntities (loads the model) ${r.firstCallMs.toFixed(1)} ms`);
    if (r.stream) console.log(`  stream of ${r.stream.docs} unseen documents, one pass: entity stage ${r.stream.entitiesMs.toFixed(0)} ms`);
    for (const [c, x] of Object.entries(r.corpora)) {
      console.log(`  ${c} (${x.docs} docs, ${x.tokens} tokens), min / median ms of ${passes}: entity stage ${f(x.entities)} ` +
        `(features ${f(x.context)}, decoding ${f(x.decode)}); engine ${f(x.engine)}`);
    }
  }
  console.log('CPU time (user + system), versions interleaved pass by pass in one process');
}
