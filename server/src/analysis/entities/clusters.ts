// Word clusters: each known word (lower-cased, hashed) has a leaf in a tree of clusters built
// from word vectors at training time (scripts/word-clusters.ts). Words that are used alike
// share clusters, so a name never seen in the training data still looks like the names that
// were ("Wanzhou" near other given names, "Belaruskali" near other companies).

/** Bits per level (8 children per node) and levels: leaves 0..4095. */
export const CLUSTER_BITS = 3;
export const CLUSTER_DEPTH = 4;

/**
 * Word hash → leaf, open addressing with key and value side by side in one array, so a
 * look-up touches one cache line (the table is large: a few hundred thousand words).
 */
export class ClusterTable {
  private readonly slots: Uint32Array;
  private readonly mask: number;
  readonly size: number;

  constructor(keys: ArrayLike<number>, leaves: ArrayLike<number>) {
    let cap = 16;
    while (cap < keys.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Uint32Array(cap * 2);
    this.size = keys.length;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] || 1;
      let at = key & this.mask;
      while (this.slots[at * 2] !== 0 && this.slots[at * 2] !== key) at = (at + 1) & this.mask;
      this.slots[at * 2] = key;
      this.slots[at * 2 + 1] = leaves[i] + 1;
    }
  }

  /** 1 + leaf, or 0 for a word without a cluster. */
  get(hash: number): number {
    const key = hash || 1;
    let at = key & this.mask;
    for (;;) {
      const s = this.slots[at * 2];
      if (s === key) return this.slots[at * 2 + 1];
      if (s === 0) return 0;
      at = (at + 1) & this.mask;
    }
  }
}

export const NO_CLUSTERS = new ClusterTable([], []);

/** The cluster at `level` (1 = coarsest) of a per-token id, with the level mixed in; 0 stays "unknown". */
export function clusterAt(id: number, level: number): number {
  if (id === 0) return 0;
  return ((id - 1) >> (CLUSTER_BITS * (CLUSTER_DEPTH - level))) + 1;
}
