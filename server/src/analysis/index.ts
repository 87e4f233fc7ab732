// The analysis library's façade: text in, one Analysis value out.
// Pure: no vscode, no LSP, no file system.
import { findAttributions } from './attributions';
import { chunkBounds } from './chunks';
import { findClaimCandidates } from './claims';
import { recognizeEntities } from './entities';
import { findFigures } from './figures';
import { mergeAnalyses } from './merge';
import { segment } from './segment';
import { structureOf } from './structure';
import type { Analysis } from './types';

export * from './types';
export { CLAIM_THRESHOLD } from './claims';
// The entity model file is handed over by the host (the library reads no files): see entities/model.ts.
export { ENTITY_MODEL_FILE, modelBytes, useModelBytes, useModelLoader } from './entities/model';
// All model files (entity, check-worthiness, attribution), read through the host: see model-files.ts.
export { MODEL_FILES, useModelFiles, type ModelFileReader } from './model-files';

export interface AnalyzeOptions {
  /** Longer texts are analysed in pieces of about this many UTF-16 units (default 1,000,000). */
  chunkSize?: number;
  /**
   * Check-worthy claims: report sentences whose calibrated probability is at least this
   * (0–1). Default: the threshold that maximised F1 on held-out training data (CLAIM_THRESHOLD).
   */
  claimThreshold?: number;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const bounds = chunkBounds(text, options.chunkSize);
  if (bounds.length === 1) return analyzePiece(text, options);
  // A very long input: pieces one after another, so memory and cost per word stay flat.
  return mergeAnalyses(
    text,
    bounds.map(([start, end]) => ({ offset: start, analysis: analyzePiece(text.slice(start, end), options) })),
  );
}

function analyzePiece(text: string, options: AnalyzeOptions): Analysis {
  const segmentation = segment(text);
  const { entities, mentions } = recognizeEntities(segmentation);
  const figures = findFigures(segmentation, mentions);
  const attributions = findAttributions(segmentation, entities, mentions);
  const claims = findClaimCandidates(segmentation, { figures, attributions, mentions }, { threshold: options.claimThreshold });
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
