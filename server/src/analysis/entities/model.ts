// The committed tagger weights, decoded once on first use into an open-addressing table.
import type { Scorer } from './decode';
import { N_LABELS } from './labels';
import { decodeModel, fromBase64, type QuantisedModel } from './model-format';
import { NER_MODEL } from './model/ner-model';

export class TableScorer implements Scorer {
  private readonly slots: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  private readonly weights: Int16Array;

  constructor(m: QuantisedModel) {
    let cap = 1024;
    while (cap < m.keys.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Uint32Array(cap);
    this.rows = new Int32Array(cap).fill(-1);
    this.weights = m.weights;
    for (let r = 0; r < m.keys.length; r++) {
      let at = m.keys[r] & this.mask;
      while (this.rows[at] !== -1) at = (at + 1) & this.mask;
      this.slots[at] = m.keys[r];
      this.rows[at] = r;
    }
  }

  score(feats: Uint32Array, n: number, out: Float64Array): void {
    const { slots, rows, mask, weights } = this;
    for (let f = 0; f < n; f++) {
      const key = feats[f];
      let at = key & mask;
      let row = rows[at];
      while (row !== -1 && slots[at] !== key) {
        at = (at + 1) & mask;
        row = rows[at];
      }
      if (row === -1) continue;
      const base = row * N_LABELS;
      for (let l = 0; l < N_LABELS; l++) out[l] += weights[base + l];
    }
  }
}

export interface NerModel {
  scorer: TableScorer;
  gazetteer: Map<number, number>;
}

let cached: NerModel | null = null;

/** The shipped model, loaded lazily on first use. */
export function defaultModel(): NerModel {
  if (!cached) {
    const m = decodeModel(fromBase64(NER_MODEL));
    cached = { scorer: new TableScorer(m), gazetteer: m.gazetteer };
  }
  return cached;
}
