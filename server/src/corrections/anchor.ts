// Corrections are anchored like claims: before applying them to an analysis,
// each is re-anchored on the analysed text (its stored position if the quote is
// still there, else the best occurrence, else a fuzzy match, else orphaned).
import { reanchorClaim } from '../annotations/reanchor';
import type { Correction } from '../annotations/types';

export function anchorCorrection(c: Correction, text: string): Correction {
  let placed = reanchorClaim(c, text).claim;
  if (placed.source) {
    const source = reanchorClaim(placed.source, text).claim;
    if (source !== placed.source) placed = { ...placed, source };
  }
  if (placed.with) {
    const other = reanchorClaim(placed.with, text).claim;
    if (other !== placed.with) placed = { ...placed, with: other };
  }
  return placed;
}

export function anchorCorrections(list: readonly Correction[], text: string): Correction[] {
  return list.map((c) => anchorCorrection(c, text));
}
