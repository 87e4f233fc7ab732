// Word clusters: each known word (lower-cased, hashed) has a leaf in a tree of clusters built
// from word vectors at training time (scripts/word-clusters.ts). Words that are used alike
// share clusters, so a name never seen in the training data still looks like the names that
// were ("Wanzhou" near other given names, "Belaruskali" near other companies).

/** Bits per level (8 children per node) and levels: leaves 0..4095. */
export const CLUSTER_BITS = 3;
export const CLUSTER_DEPTH = 4;

/**
 * Word hash → leaf in one 32-bit slot a word (a 19-bit fingerprint of the hash, then 1 + leaf
 * in 13 bits), open addressing: the table is large (a few hundred thousand words), and half
 * the bytes mean fewer cache misses. A word not in the table matches a slot's fingerprint
 * with odds of 1 in 524,288 per slot compared.
 */
export class ClusterTable {
  private slots: Uint32Array;
  private mask: number;
  size: number;

  constructor(keys: ArrayLike<number>, leaves: ArrayLike<number>) {
    let cap = 16;
    while (cap < keys.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Uint32Array(cap);
    this.size = keys.length;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] >>> 0;
      const entry = ((key >>> 13) << 13 | (leaves[i] + 1)) >>> 0;
      let at = key & this.mask;
      while (this.slots[at] !== 0 && this.slots[at] >>> 13 !== key >>> 13) at = (at + 1) & this.mask;
      this.slots[at] = entry;
    }
  }

  /** A table over existing slots (from the model file), without copying. */
  static over(slots: Uint32Array, size: number): ClusterTable {
    if (slots.length < 1 || (slots.length & (slots.length - 1)) !== 0) throw new Error(`entity model: ${slots.length} cluster slots is not a power of two`);
    const t = new ClusterTable([], []);
    t.slots = slots;
    t.mask = slots.length - 1;
    t.size = size;
    return t;
  }

  /** The slots, for writing the table to a file. */
  get raw(): Uint32Array {
    return this.slots;
  }

  /** 1 + leaf, or 0 for a word without a cluster. */
  get(hash: number): number {
    const fp = hash >>> 13;
    let at = hash & this.mask;
    for (;;) {
      const s = this.slots[at];
      if (s === 0) return 0;
      if (s >>> 13 === fp) return s & 0x1fff;
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
