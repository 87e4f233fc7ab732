// Word clusters: each known word (lower-cased, hashed) has a leaf in a tree of clusters built
// from word vectors at training time (scripts/word-clusters.ts). Words that are used alike
// share clusters, so a name never seen in the training data still looks like the names that
// were ("Wanzhou" near other given names, "Belaruskali" near other companies).
import { IntTable } from './int-table';

/** Bits per level (8 children per node) and levels: leaves 0..4095. */
export const CLUSTER_BITS = 3;
export const CLUSTER_DEPTH = 4;

export type ClusterTable = IntTable;

/** Per token: 1 + leaf id, or 0 for a word without a cluster. */
export function clusterIds(table: ClusterTable, lower: Uint32Array): Uint16Array {
  const out = new Uint16Array(lower.length);
  if (table.size === 0) return out;
  for (let i = 0; i < lower.length; i++) out[i] = table.get(lower[i], -1) + 1;
  return out;
}

/** The cluster at `level` (1 = coarsest) of a per-token id, with the level mixed in; 0 stays "unknown". */
export function clusterAt(id: number, level: number): number {
  if (id === 0) return 0;
  return ((id - 1) >> (CLUSTER_BITS * (CLUSTER_DEPTH - level))) + 1;
}
