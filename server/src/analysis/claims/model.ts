// The check-worthiness model: its file (model-format.ts), opened in place on first use, once per
// process (the host says how to read it: ../model-files.ts).
import { modelFromFile } from '../model-files';
import type { IntTable } from '../entities/int-table';
import { CLAIM_MODEL_FILE, NO_WEIGHT, openClaimModelFile, type ClaimModelFile } from './model-format';

export class ClaimModel {
  private readonly table: IntTable;
  private readonly scale: number;
  readonly plattA: number;
  readonly plattB: number;
  /** The default probability threshold (maximises F1 on held-out training data). */
  readonly threshold: number;

  constructor(m: ClaimModelFile) {
    this.table = m.table;
    this.scale = m.scale;
    this.plattA = m.plattA;
    this.plattB = m.plattB;
    this.threshold = m.threshold;
  }

  /** The raw linear score of a feature list. */
  raw(keys: Uint32Array, n: number): number {
    let z = 0;
    for (let f = 0; f < n; f++) {
      const w = this.table.get(keys[f], NO_WEIGHT);
      if (w !== NO_WEIGHT) z += w * this.scale;
    }
    return z;
  }

  /** The weight of one feature (0 when the model has none). */
  weight(key: number): number {
    const w = this.table.get(key, NO_WEIGHT);
    return w !== NO_WEIGHT ? w * this.scale : 0;
  }

  /** Calibrated probability that a sentence with this raw score is check-worthy. */
  probability(raw: number): number {
    return 1 / (1 + Math.exp(-(this.plattA * raw + this.plattB)));
  }
}

/** The shipped model, opened on first use. */
export const defaultClaimModel: () => ClaimModel = modelFromFile(CLAIM_MODEL_FILE, 'check-worthiness model', (bytes) => new ClaimModel(openClaimModelFile(bytes)));
