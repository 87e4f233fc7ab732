// The committed tagger weights, decoded once on first use into an open-addressing table.
import type { Scorer } from './decode';
import { N_LABELS } from './labels';
import type { CasingTable } from './casing';
import { ClusterTable, NO_CLUSTERS } from './clusters';
import { toGazetteer, type Gazetteer } from './gazetteer';
import { IntTable } from './int-table';
import { decodeModel, fromBase64, type Weights } from './model-format';
import { NER_MODEL } from './model/ner-model';

/**
 * Weights in one open-addressing table, a 32-byte slot per feature: the key and nine
 * 16-bit weights, so a look-up touches one cache line.
 */
export class TableScorer implements Scorer {
  private readonly keys: Uint32Array;
  private readonly q: Int16Array;
  private readonly mask: number;

  constructor(m: Weights) {
    let cap = 1024;
    while (cap < m.keys.length * 1.5) cap *= 2;
    this.mask = cap - 1;
    const buf = new ArrayBuffer(cap * SLOT);
    this.keys = new Uint32Array(buf);
    this.q = new Int16Array(buf);
    for (let r = 0; r < m.keys.length; r++) {
      const key = m.keys[r] || 1;
      let at = key & this.mask;
      while (this.keys[at * WORDS] !== 0) at = (at + 1) & this.mask;
      this.keys[at * WORDS] = key;
      for (let l = 0; l < N_LABELS; l++) this.q[at * SHORTS + 2 + l] = m.weights[r * N_LABELS + l];
    }
  }

  score(feats: Uint32Array, n: number, out: Float64Array): void {
    const { keys, q, mask } = this;
    for (let f = 0; f < n; f++) {
      const key = feats[f] || 1;
      let at = key & mask;
      let s = keys[at * WORDS];
      while (s !== key && s !== 0) {
        at = (at + 1) & mask;
        s = keys[at * WORDS];
      }
      if (s === 0) continue;
      const base = at * SHORTS + 2;
      // Nine labels (N_LABELS), unrolled.
      out[0] += q[base]; out[1] += q[base + 1]; out[2] += q[base + 2];
      out[3] += q[base + 3]; out[4] += q[base + 4]; out[5] += q[base + 5];
      out[6] += q[base + 6]; out[7] += q[base + 7]; out[8] += q[base + 8];
    }
  }
}

const SLOT = 32;
const WORDS = SLOT / 4;
const SHORTS = SLOT / 2;

export interface NerModel {
  scorer: TableScorer;
  gazetteer: Gazetteer;
  casing: CasingTable;
  clusters: ClusterTable;
}

let cached: NerModel | null = null;

/** The shipped model, loaded lazily on first use. */
export function defaultModel(): NerModel {
  if (!cached) {
    const m = decodeModel(fromBase64(NER_MODEL));
    const casing = new IntTable(m.casing.size);
    for (const [k, v] of m.casing) casing.set(k, v);
    const clusters = m.clusters ? new ClusterTable(m.clusters.keys, m.clusters.ids) : NO_CLUSTERS;
    cached = { scorer: new TableScorer(m), gazetteer: toGazetteer(m.gazetteer), casing, clusters };
  }
  return cached;
}
