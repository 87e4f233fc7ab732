// What the decoder needs of a model's weights (weights.ts ships; training brings its own).

export interface Scorer {
  /** Adds the weights of the features to out (length N_LABELS, zeroed by the caller). */
  score(feats: Uint32Array, n: number, out: Float64Array): void;
  /** True when every weight is an integer, so partial sums can be kept and added in any order. */
  readonly integer?: boolean;
}
