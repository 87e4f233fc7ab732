// The analysis library's façade: text in, one Analysis value out.
// Pure: no vscode, no LSP, no file system.
import { analyzeText } from './pipeline';
import type { Analysis } from './types';

export * from './types';
export { CLAIM_THRESHOLD } from './claims';
// One analyser per changing text (the editor's open article): the same result, less work per edit.
export { createIncrementalAnalyzer, type IncrementalAnalyzer } from './incremental';
// A long text's pieces, analysed apart and joined (the editor's worker sends only changed pieces).
export { type AnalysedPiece, analyzePieces } from './pipeline';
export { mergeAnalyses, type MergeReuse, PieceMerger } from './merge';
export { CHUNK_SIZE } from './chunks';
// The entity model file is handed over by the host (the library reads no files): see entities/model.ts.
export { ENTITY_MODEL_FILE, modelBytes, useModelBytes, useModelLoader } from './entities/model';
// All model files (entity, check-worthiness, attribution), read through the host: see model-files.ts.
export { MODEL_FILES, useModelFiles, type ModelFileReader } from './model-files';

export interface AnalyzeOptions {
  /** Longer texts are analysed in pieces of about this many UTF-16 units (default CHUNK_SIZE). */
  chunkSize?: number;
  /**
   * Check-worthy claims: report sentences whose calibrated probability is at least this
   * (0–1). Default: the threshold that maximised F1 on held-out training data (CLAIM_THRESHOLD).
   */
  claimThreshold?: number;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeText(text, options);
}
