// Which pieces a long article's analysis was merged from (the analysis worker's answer, see
// off-thread.ts). A feature that can work piece by piece (semantic tokens) keeps what it worked
// out for a piece while the piece is the same object, so a keystroke in a 100k-word article
// costs it one piece, not the article. Kept beside the analysis, not in it: the Analysis stays
// the engine's plain data, equal to what analyze() gives.
import type { Analysis } from '../analysis';

/** One piece: its analysis in its own offsets, and where it lies in the whole text. */
export interface MergedPiece {
  readonly offset: number;
  readonly end: number;
  readonly analysis: Analysis;
}

const pieces = new WeakMap<Analysis, readonly MergedPiece[]>();

export function rememberPieces(merged: Analysis, from: readonly MergedPiece[]): void {
  pieces.set(merged, from);
}

/** The pieces `analysis` was merged from, if it was merged (not an analysis corrections produced). */
export function piecesOf(analysis: Analysis): readonly MergedPiece[] | undefined {
  return pieces.get(analysis);
}
