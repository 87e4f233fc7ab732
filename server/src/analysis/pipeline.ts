// The stages in order, over one text or its pieces: what analyze() (index.ts) runs, and what the
// incremental analyser (incremental.ts) runs with its memo of pieces kept between analyses.
import { type AttributionMemo, findAttributions } from './attributions';
import { chunkBounds } from './chunks';
import { findClaimCandidates, type ClaimMemo } from './claims';
import { recognizeEntities, type EntityMemo } from './entities';
import { findFigures, type FigureMemo } from './figures';
import { PieceMemo } from './memo';
import { mergeAnalyses } from './merge';
import { segment, type SegmentMemo } from './segment';
import { structureOf } from './structure';
import type { Analysis } from './types';

export interface PipelineOptions {
  chunkSize?: number;
  claimThreshold?: number;
}

/** What the stages keep between analyses of one changing text (see memo.ts). */
export interface AnalysisMemo {
  segment: SegmentMemo;
  entities: EntityMemo;
  claims: ClaimMemo;
  figures: FigureMemo;
  attributions: AttributionMemo;
  /**
   * The analyses of the pieces of a very long text, keyed by the piece's text (and the options
   * that change it): an edit re-analyses the piece it falls in, the merge runs as always.
   */
  pieces: PieceMemo<Analysis>;
}

/** An empty memo for one changing text. */
export function createAnalysisMemo(): AnalysisMemo {
  return {
    segment: { kinds: new PieceMemo(), lines: new PieceMemo(), bullets: new PieceMemo() },
    entities: { units: new PieceMemo(), codes: new PieceMemo() },
    claims: { sentences: new PieceMemo(), bySentence: new WeakMap() },
    figures: { paragraphs: new PieceMemo(), byParagraph: new WeakMap() },
    attributions: {},
    pieces: new PieceMemo(),
  };
}

/** Every part of the memo, to end an analysis with (each drops what the analysis did not use). */
export function memoParts(memo: AnalysisMemo): PieceMemo<unknown>[] {
  const { segment: s, entities: e } = memo;
  return [s.kinds, s.lines, s.bullets, e.units, e.codes, memo.claims.sentences, memo.figures.paragraphs, memo.pieces];
}

export function analyzeText(text: string, options: PipelineOptions, memo?: AnalysisMemo): Analysis {
  const pieces = analyzePieces(text, options, memo);
  // A very long input: pieces one after another, so memory and cost per word stay flat.
  return pieces.length === 1 ? pieces[0].analysis : mergeAnalyses(text, pieces);
}

/** One piece of a text and its analysis, in the piece's own offsets. */
export interface AnalysedPiece {
  offset: number;
  analysis: Analysis;
}

/**
 * The analyses of the pieces of `text` (one piece unless it is very long). With a memo, a piece
 * whose text and options did not change since the last analysis is the same Analysis object.
 */
export function analyzePieces(text: string, options: PipelineOptions, memo?: AnalysisMemo): AnalysedPiece[] {
  const bounds = chunkBounds(text, options.chunkSize);
  if (bounds.length === 1) return [{ offset: 0, analysis: analyzePiece(text, options, memo) }];
  return bounds.map(([start, end]) => {
    const piece = text.slice(start, end);
    const analysis = memo
      ? memo.pieces.get(piece, (own) => analyzePiece(own, options, memo), `${options.claimThreshold}`)
      : analyzePiece(piece, options);
    return { offset: start, analysis };
  });
}

function analyzePiece(text: string, options: PipelineOptions, memo?: AnalysisMemo): Analysis {
  const segmentation = segment(text, memo?.segment);
  const { entities, mentions } = recognizeEntities(segmentation, memo?.entities);
  const figures = findFigures(segmentation, mentions, memo?.figures);
  const attributions = findAttributions(segmentation, entities, mentions, undefined, memo?.attributions);
  const claims = findClaimCandidates(segmentation, { figures, attributions, mentions }, { threshold: options.claimThreshold }, memo?.claims);
  return {
    text,
    segmentation: structureOf(segmentation),
    entities,
    mentions,
    figures,
    attributions,
    claims,
    boilerplate: segmentation.boilerplate,
  };
}
