// Trains the check-worthiness classifier: L2-regularised logistic regression (L-BFGS, so the
// result is deterministic) over the features of server/src/analysis/claims/features.ts, on
// CheckThat!-style JSON lines ({"id","text","checkworthy"}). Writes the quantised model to
// server/src/analysis/claims/model/checkworthy-model.bin (its tables laid out as used: model-format.ts)
// and its default threshold to threshold.ts beside it.
//
//   npm run train:checkworthy -- [train.jsonl] [--dev a.jsonl,b.jsonl] [--lambda X] [--min-count N]
//                                [--grid] [--prune X] [--no-pairs] [--no-signals]
//                                [--no-write] [--out model.bin]
//
// Model selection never looks at the dev files: the training sentences are cut into 5 folds
// of consecutive ids (the ids follow the debates' order, so a fold is a block of debates,
// and the last fold the most recent ones), and every choice below is made on the out-of-fold
// predictions: the regularisation (--grid), the Platt calibration and the default threshold.
// The dev files are only scored, for the record, at the end.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { segment } from '../server/src/analysis/segment';
import { recognizeEntities } from '../server/src/analysis/entities';
import { findFigures } from '../server/src/analysis/figures';
import { findAttributions } from '../server/src/analysis/attributions';
import { DEFAULT_FEATURES, FeatureBuffer, sentenceFeatures, type FeatureConfig } from '../server/src/analysis/claims/features';
import { encodeClaimModel } from '../server/src/analysis/claims/model-format';
import { useModelFilesIn } from '../server/src/io/model-files';

interface Row { id: string; text: string; checkworthy: boolean }
interface Prepared { id: number; y: number; keys: Uint32Array }

const DATA = '/work/shared/data/checkworthy';

function args() {
  const a = process.argv.slice(2);
  const opt = (name: string, def: string) => {
    const i = a.indexOf(name);
    if (i < 0) return def;
    const v = a[i + 1];
    a.splice(i, 2);
    return v;
  };
  const flag = (name: string) => {
    const i = a.indexOf(name);
    if (i >= 0) a.splice(i, 1);
    return i >= 0;
  };
  const features: FeatureConfig = { ...DEFAULT_FEATURES };
  if (flag('--no-pairs')) features.pairs = false;
  if (flag('--no-signals')) features.signals = false;
  return {
    dev: opt('--dev', `${DATA}/dev.jsonl,${DATA}/dev-test.jsonl`).split(',').filter((x) => x),
    lambda: Number(opt('--lambda', '4')),
    minCount: Number(opt('--min-count', '1')),
    keepAbove: Number(opt('--prune', '0.1')),
    grid: flag('--grid'),
    noWrite: flag('--no-write'),
    out: opt('--out', resolve(__dirname, '../server/src/analysis/claims/model/checkworthy-model.bin')),
    features,
    train: a[0] ?? `${DATA}/train.jsonl`,
  };
}

function readRows(path: string): Row[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
}

const buffer = new FeatureBuffer();

/** The features of one sentence, computed by the engine's own stages, as the engine will. */
function prepare(r: Row, features: FeatureConfig): Prepared {
  const seg = segment(r.text);
  const { entities, mentions } = recognizeEntities(seg);
  const figures = findFigures(seg, mentions);
  const attributions = findAttributions(seg, entities, mentions);
  sentenceFeatures(seg, 0, seg.tokens.length, { figures, attributed: attributions.length > 0, mentions }, buffer, features);
  const idNum = Number(r.id.slice(r.id.lastIndexOf('-') + 1));
  return { id: idNum, y: r.checkworthy ? 1 : 0, keys: buffer.keys.slice(0, buffer.n) };
}

/** Rows as sparse index lists over a feature vocabulary. */
interface Matrix { ptr: Int32Array; idx: Int32Array; y: Float64Array }

function vocabulary(docs: Prepared[], minCount: number): Map<number, number> {
  const df = new Map<number, number>();
  for (const d of docs) for (const k of new Set(d.keys)) df.set(k, (df.get(k) ?? 0) + 1);
  const vocab = new Map<number, number>();
  for (const [k, c] of [...df].sort((a, b) => a[0] - b[0])) if (c >= minCount) vocab.set(k, vocab.size);
  return vocab;
}

function matrix(docs: Prepared[], vocab: Map<number, number>): Matrix {
  const ptr = new Int32Array(docs.length + 1);
  const idx: number[] = [];
  docs.forEach((d, i) => {
    for (const k of d.keys) {
      const j = vocab.get(k);
      if (j !== undefined) idx.push(j);
    }
    ptr[i + 1] = idx.length;
  });
  return { ptr, idx: Int32Array.from(idx), y: Float64Array.from(docs, (d) => d.y) };
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** L2-regularised logistic loss and gradient; the bias (index `bias`) is not regularised. */
function lossAndGrad(m: Matrix, w: Float64Array, g: Float64Array, lambda: number, bias: number): number {
  g.fill(0);
  let loss = 0;
  const n = m.y.length;
  for (let i = 0; i < n; i++) {
    let z = 0;
    for (let p = m.ptr[i]; p < m.ptr[i + 1]; p++) z += w[m.idx[p]];
    const y = m.y[i];
    // log(1 + exp(-s z)) with s = ±1, computed stably.
    const s = y > 0 ? z : -z;
    loss += s > 0 ? Math.log1p(Math.exp(-s)) : -s + Math.log1p(Math.exp(s));
    const r = sigmoid(z) - y;
    for (let p = m.ptr[i]; p < m.ptr[i + 1]; p++) g[m.idx[p]] += r;
  }
  for (let j = 0; j < w.length; j++) {
    if (j === bias) continue;
    loss += 0.5 * lambda * w[j] * w[j];
    g[j] += lambda * w[j];
  }
  return loss;
}

/** Limited-memory BFGS with a backtracking (Armijo) line search. Deterministic. */
function lbfgs(f: (w: Float64Array, g: Float64Array) => number, dim: number, iters = 300, mem = 10): Float64Array {
  let w = new Float64Array(dim);
  let g = new Float64Array(dim);
  let fx = f(w, g);
  const S: Float64Array[] = [], Y: Float64Array[] = [], rho: number[] = [];
  const dot = (a: Float64Array, b: Float64Array) => { let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * b[i]; return s; };
  for (let it = 0; it < iters; it++) {
    // Two-loop recursion: d = -H g.
    const q = Float64Array.from(g);
    const alpha: number[] = [];
    for (let k = S.length - 1; k >= 0; k--) {
      alpha[k] = rho[k] * dot(S[k], q);
      for (let i = 0; i < dim; i++) q[i] -= alpha[k] * Y[k][i];
    }
    const gamma = S.length ? dot(S[S.length - 1], Y[Y.length - 1]) / dot(Y[Y.length - 1], Y[Y.length - 1]) : 1 / Math.max(1, Math.sqrt(dot(g, g)));
    for (let i = 0; i < dim; i++) q[i] *= gamma;
    for (let k = 0; k < S.length; k++) {
      const beta = rho[k] * dot(Y[k], q);
      for (let i = 0; i < dim; i++) q[i] += S[k][i] * (alpha[k] - beta);
    }
    for (let i = 0; i < dim; i++) q[i] = -q[i];
    let slope = dot(g, q);
    if (slope >= 0) { for (let i = 0; i < dim; i++) q[i] = -g[i]; slope = -dot(g, g); S.length = 0; Y.length = 0; rho.length = 0; }
    let step = 1;
    const wn = new Float64Array(dim), gn = new Float64Array(dim);
    let fn = 0;
    for (let ls = 0; ls < 40; ls++) {
      for (let i = 0; i < dim; i++) wn[i] = w[i] + step * q[i];
      fn = f(wn, gn);
      if (fn <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    const s = new Float64Array(dim), y = new Float64Array(dim);
    for (let i = 0; i < dim; i++) { s[i] = wn[i] - w[i]; y[i] = gn[i] - g[i]; }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      S.push(s); Y.push(y); rho.push(1 / sy);
      if (S.length > mem) { S.shift(); Y.shift(); rho.shift(); }
    }
    const done = Math.abs(fx - fn) < 1e-7 * Math.max(1, Math.abs(fx));
    w = wn; g = gn; fx = fn;
    if (done) break;
  }
  return w;
}

interface Trained { vocab: Map<number, number>; w: Float64Array }

const BIAS_KEY = (() => {
  // The bias feature is the first key every sentence writes.
  const seg = segment('x');
  sentenceFeatures(seg, 0, 1, { figures: [], attributed: false, mentions: [] }, buffer);
  return buffer.keys[0];
})();

function fit(docs: Prepared[], vocab: Map<number, number>, lambda: number): Trained {
  const m = matrix(docs, vocab);
  const bias = vocab.get(BIAS_KEY) ?? -1;
  const w = lbfgs((w, g) => lossAndGrad(m, w, g, lambda, bias), vocab.size);
  return { vocab, w };
}

/**
 * Fits, keeps the features whose weight reaches `keepAbove`, and fits again on those alone:
 * a small model that loses little (the second fit re-balances the weights that were left).
 */
function train(docs: Prepared[], lambda: number, minCount: number, keepAbove: number): Trained {
  const first = fit(docs, vocabulary(docs, minCount), lambda);
  if (keepAbove <= 0) return first;
  const kept = new Map<number, number>();
  for (const [k, j] of first.vocab) if (Math.abs(first.w[j]) >= keepAbove || k === BIAS_KEY) kept.set(k, kept.size);
  return fit(docs, kept, lambda);
}

function rawScore(t: Trained, keys: Uint32Array): number {
  let z = 0;
  for (const k of keys) {
    const j = t.vocab.get(k);
    if (j !== undefined) z += t.w[j];
  }
  return z;
}

/** Platt scaling: p = sigmoid(a z + b) fitted by Newton's method on held-out scores. */
function platt(z: number[], y: number[]): { a: number; b: number } {
  // Platt's smoothed targets guard against over-confidence.
  const pos = y.filter((v) => v > 0).length, neg = y.length - pos;
  const hi = (pos + 1) / (pos + 2), lo = 1 / (neg + 2);
  let a = 1, b = 0;
  for (let it = 0; it < 100; it++) {
    let ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
    for (let i = 0; i < z.length; i++) {
      const p = sigmoid(a * z[i] + b);
      const t = y[i] > 0 ? hi : lo;
      const d = p - t, h = p * (1 - p);
      ga += d * z[i]; gb += d;
      haa += h * z[i] * z[i]; hab += h * z[i]; hbb += h;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
    a -= da; b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a, b };
}

function f1At(p: number[], y: number[], thr: number): { f1: number; prec: number; rec: number } {
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < p.length; i++) {
    const yes = p[i] >= thr;
    if (yes && y[i]) tp++;
    else if (yes) fp++;
    else if (y[i]) fn++;
  }
  const prec = tp / Math.max(1, tp + fp), rec = tp / Math.max(1, tp + fn);
  return { f1: prec + rec ? (2 * prec * rec) / (prec + rec) : 0, prec, rec };
}

/** The threshold (on a 0.01 grid) with the best F1; ties go to the middle of the best run. */
function bestThreshold(p: number[], y: number[]): { thr: number; f1: number } {
  let best = -1;
  const f = [];
  for (let t = 1; t < 100; t++) f.push(f1At(p, y, t / 100).f1);
  for (const v of f) best = Math.max(best, v);
  // Smooth over neighbours so one lucky step does not decide.
  let bi = 0, bs = -1;
  for (let i = 0; i < f.length; i++) {
    const s = (f[Math.max(0, i - 2)] + f[Math.max(0, i - 1)] + f[i] + f[Math.min(f.length - 1, i + 1)] + f[Math.min(f.length - 1, i + 2)]) / 5;
    if (s > bs) { bs = s; bi = i; }
  }
  return { thr: (bi + 1) / 100, f1: f[bi] };
}

const FOLDS = 5;

/** Out-of-fold raw scores over blocked folds (consecutive ids). */
function crossValidate(docs: Prepared[], lambda: number, minCount: number, keepAbove: number): number[] {
  const order = docs.map((_, i) => i).sort((a, b) => docs[a].id - docs[b].id);
  const foldOf = new Int32Array(docs.length);
  order.forEach((i, r) => { foldOf[i] = Math.floor((r * FOLDS) / docs.length); });
  const z = new Array<number>(docs.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const t = train(docs.filter((_, i) => foldOf[i] !== k), lambda, minCount, keepAbove);
    docs.forEach((d, i) => { if (foldOf[i] === k) z[i] = rawScore(t, d.keys); });
  }
  return z;
}

function lastFold(docs: Prepared[]): boolean[] {
  const order = docs.map((_, i) => i).sort((a, b) => docs[a].id - docs[b].id);
  const out = new Array<boolean>(docs.length).fill(false);
  order.forEach((i, r) => { out[i] = Math.floor((r * FOLDS) / docs.length) === FOLDS - 1; });
  return out;
}

function pct(x: number): string {
  return (100 * x).toFixed(1);
}

function main() {
  const opt = args();
  const t0 = Date.now();
  const docs = readRows(opt.train).map((r) => prepare(r, opt.features));
  const devs = opt.dev.map((path) => ({ path, docs: readRows(path).map((r) => prepare(r, opt.features)) }));
  console.log(`prepared ${docs.length} training sentences (${docs.filter((d) => d.y).length} check-worthy) in ${Date.now() - t0} ms`);
  const y = docs.map((d) => d.y);
  const late = lastFold(docs);

  const evaluateSetting = (lambda: number, minCount: number, keepAbove: number) => {
    const z = crossValidate(docs, lambda, minCount, keepAbove);
    const cal = platt(z, y);
    const p = z.map((v) => sigmoid(cal.a * v + cal.b));
    const best = bestThreshold(p, y);
    const lp = p.filter((_, i) => late[i]), ly = y.filter((_, i) => late[i]);
    const lateF1 = f1At(lp, ly, best.thr).f1;
    let ll = 0;
    for (let i = 0; i < p.length; i++) ll -= Math.log(y[i] ? p[i] : 1 - p[i]);
    return { z, cal, p, best, lateF1, logloss: ll / p.length };
  };

  let lambda = opt.lambda;
  let minCount = opt.minCount;
  if (opt.grid) {
    // Best out-of-fold F1 (to 0.1 point, finer is noise); ties go to the lower log loss.
    let bestF = -1, bestLoss = Infinity;
    for (const mc of [1, 2, 3]) {
      for (const l of [1, 2, 4, 8, 16]) {
        const r = evaluateSetting(l, mc, opt.keepAbove);
        console.log(`lambda ${l} min-count ${mc}: out-of-fold F1 ${pct(r.best.f1)} at ${r.best.thr.toFixed(2)}, last fold ${pct(r.lateF1)}, log loss ${r.logloss.toFixed(4)}`);
        const f = Math.round(r.best.f1 * 1000);
        if (f > bestF || (f === bestF && r.logloss < bestLoss)) { bestF = f; bestLoss = r.logloss; lambda = l; minCount = mc; }
      }
    }
    console.log(`chosen: lambda ${lambda}, min-count ${minCount}`);
  }
  const sel = evaluateSetting(lambda, minCount, opt.keepAbove);
  const thr = sel.best;
  const pr = f1At(sel.p, y, thr.thr);
  console.log(`out-of-fold (5 blocked folds): F1 ${pct(pr.f1)} (P ${pct(pr.prec)} R ${pct(pr.rec)}) at threshold ${thr.thr.toFixed(2)}; last fold F1 ${pct(sel.lateF1)}; Platt a ${sel.cal.a.toFixed(4)} b ${sel.cal.b.toFixed(4)}; log loss ${sel.logloss.toFixed(4)}`);

  const full = train(docs, lambda, minCount, opt.keepAbove);
  // Quantise to 16 bits on one scale.
  let top = 0;
  for (const v of full.w) top = Math.max(top, Math.abs(v));
  const scale = top / 32767;
  const entries = [...full.vocab].sort((a, b) => a[0] - b[0]);
  const keys = Uint32Array.from(entries, (e) => e[0]);
  const weights = Int16Array.from(entries, (e) => Math.round(full.w[e[1]] / scale));
  const bytes = encodeClaimModel({ keys, weights, scale, plattA: sel.cal.a, plattB: sel.cal.b, threshold: thr.thr });
  console.log(`model: ${keys.length} features, a file of ${(bytes.length / 1024).toFixed(1)} KB`);

  const shipped: Trained = { vocab: new Map(entries.map((e, i) => [e[0], i])), w: Float64Array.from(weights, (q) => q * scale) };
  for (const d of devs) {
    const p = d.docs.map((x) => sigmoid(sel.cal.a * rawScore(shipped, x.keys) + sel.cal.b));
    const dy = d.docs.map((x) => x.y);
    const r = f1At(p, dy, thr.thr);
    const own = bestThreshold(p, dy);
    console.log(`${d.path}: F1 ${pct(r.f1)} (P ${pct(r.prec)} R ${pct(r.rec)}) at the chosen threshold (whole sentences, before the engine's news checks); at its own best threshold ${own.thr.toFixed(2)}: ${pct(own.f1)}`);
    for (const other of devs) {
      if (other === d) continue;
      const op = other.docs.map((x) => sigmoid(sel.cal.a * rawScore(shipped, x.keys) + sel.cal.b));
      console.log(`  ${other.path} at that threshold: F1 ${pct(f1At(op, other.docs.map((x) => x.y), own.thr).f1)}`);
    }
  }
  if (!opt.noWrite) {
    // The weights, from the CLEF CheckThat! 2024 English training data (see
    // server/src/analysis/claims/README.md): hashes and weights only, no text.
    writeFileSync(opt.out, bytes);
    const threshold = join(dirname(opt.out), 'threshold.ts');
    const header = '// Generated by scripts/train-checkworthy.ts (npm run train:checkworthy) with checkworthy-model.bin\n' +
      '// beside it (the weights; the file holds this threshold too, and a test checks they agree). Do not edit by hand.\n';
    writeFileSync(threshold, `${header}export const CHECKWORTHY_THRESHOLD = ${thr.thr};\n`);
    console.log(`wrote ${opt.out} and ${threshold}`);
  }
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

useModelFilesIn(); // the model files, from the source tree
main();
