// An analyser for one text that changes a little at a time (an article being edited): each
// analysis gives exactly what analyze() gives for the same text, but the work that depends only
// on a line or a sentence (and on context kept in the key) is reused for the pieces an edit did
// not touch (and of a text long enough to be analysed in pieces, the pieces it did not touch,
// merged as always); so are a paragraph's attribution drafts (attributions/paragraph-memo.ts). The
// passes over the whole article (entity grouping, type consistency, quotations, quotations that
// continue a speaker, sources) run on every analysis as in analyze().
// Pure: no file system, no LSP. Memory: what the current text holds (memo.ts drops the rest).
import type { PieceMemo } from './memo';
import { type AnalysedPiece, analyzePieces, analyzeText, createAnalysisMemo, memoParts, type PipelineOptions } from './pipeline';
import type { Analysis } from './types';

export interface IncrementalAnalyzer {
  /** The analysis of `text`, equal to analyze(text, options). */
  analyze(text: string, options?: PipelineOptions): Analysis;
  /**
   * The same analysis as its pieces, unmerged (mergeAnalyses joins them): a piece the edit did
   * not touch is the very object the last call gave, so a caller can send on only what changed.
   */
  analyzePieces(text: string, options?: PipelineOptions): AnalysedPiece[];
  /** Pieces kept, and how often they were reused / worked out (for tests and the benchmark). */
  stats(): { kept: number; hits: number; misses: number };
}

export function createIncrementalAnalyzer(): IncrementalAnalyzer {
  const memo = createAnalysisMemo();
  const parts = memoParts(memo);
  return {
    analyze(text: string, options: PipelineOptions = {}): Analysis {
      try {
        return analyzeText(text, options, memo);
      } finally {
        for (const m of parts) m.sweep();
      }
    },
    analyzePieces(text: string, options: PipelineOptions = {}): AnalysedPiece[] {
      try {
        return analyzePieces(text, options, memo);
      } finally {
        for (const m of parts) m.sweep();
      }
    },
    stats() {
      let kept = 0, hits = 0, misses = 0;
      for (const m of parts) {
        kept += m.size;
        hits += m.hits;
        misses += m.misses;
      }
      return { kept, hits, misses };
    },
  };
}
