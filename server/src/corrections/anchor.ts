// Corrections are anchored like claims: before applying them to an analysis,
// each is re-anchored on the analysed text (its stored position if the quote is
// still there, else the best occurrence, else a fuzzy match, else orphaned).
import { reanchorClaim } from '../annotations/reanchor';
import type { Correction } from '../annotations/types';

export function anchorCorrection(c: Correction, text: string): Correction {
  const placed = reanchorClaim(c, text).claim;
  if (!placed.source) return placed;
  const source = reanchorClaim(placed.source, text).claim;
  return source === placed.source ? placed : { ...placed, source };
}

export function anchorCorrections(list: readonly Correction[], text: string): Correction[] {
  return list.map((c) => anchorCorrection(c, text));
}
