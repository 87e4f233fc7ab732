// The committed check-worthiness weights, decoded once on first use.
import { IntTable } from '../entities/int-table';
import { fromBase64 } from '../entities/model-format';
import { decodeClaimModel, type ClaimModelData } from './model-format';
import { CHECKWORTHY_MODEL } from './model/checkworthy-model';

export class ClaimModel {
  private readonly index: IntTable;
  private readonly weights: Float64Array;
  readonly plattA: number;
  readonly plattB: number;
  /** The default probability threshold (maximises F1 on held-out training data). */
  readonly threshold: number;

  constructor(m: ClaimModelData) {
    this.index = new IntTable(m.keys.length);
    this.weights = new Float64Array(m.keys.length);
    for (let i = 0; i < m.keys.length; i++) {
      this.index.set(m.keys[i], i);
      this.weights[i] = m.weights[i] * m.scale;
    }
    this.plattA = m.plattA;
    this.plattB = m.plattB;
    this.threshold = m.threshold;
  }

  /** The raw linear score of a feature list. */
  raw(keys: Uint32Array, n: number): number {
    let z = 0;
    for (let f = 0; f < n; f++) {
      const i = this.index.get(keys[f]);
      if (i >= 0) z += this.weights[i];
    }
    return z;
  }

  /** The weight of one feature (0 when the model has none). */
  weight(key: number): number {
    const i = this.index.get(key);
    return i >= 0 ? this.weights[i] : 0;
  }

  /** Calibrated probability that a sentence with this raw score is check-worthy. */
  probability(raw: number): number {
    return 1 / (1 + Math.exp(-(this.plattA * raw + this.plattB)));
  }
}

let cached: ClaimModel | null = null;

/** The shipped model, loaded lazily on first use. */
export function defaultClaimModel(): ClaimModel {
  if (!cached) cached = new ClaimModel(decodeClaimModel(fromBase64(CHECKWORTHY_MODEL)));
  return cached;
}
