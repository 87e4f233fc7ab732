// The worker thread that analyses large articles, so the server keeps answering while a long
// text is analysed. It runs from the server bundle itself (dist/server.js started as a worker)
// and is kept while large articles are open (off-thread.ts), its model loaded and its code
// warm; at a pause it is asked to give back the garbage of its last analyses.
import { parentPort } from 'node:worker_threads';
import { type Analysis, analyzePieces, type AnalyzeOptions, createIncrementalAnalyzer, type IncrementalAnalyzer } from '../analysis';
import { collector } from '../io/collect';

export const WORKER_ROLE = 'news-annotator-analysis';

/** `doc`: the open document the text is a version of (one incremental analyser each, until `forget`). */
export type AnalysisJob =
  | { kind: 'analyze'; id: number; text: string; options?: AnalyzeOptions; doc?: string }
  | { kind: 'forget'; doc: string }
  | { kind: 'compact' };

/**
 * One piece of the text (analysis/chunks.ts) in the worker's answer. A piece travels as JSON,
 * without its text (the server has it): a string crosses threads as one copy, and JSON.parse
 * rebuilds plain data in about a third of the time a structured clone takes (17 vs 48 ms for a
 * 100k-word article; test/unit/analysis-json.test.ts checks the analysis is plain data). A piece
 * the server already holds from this document's last answer travels as its `ref` alone, so a
 * keystroke in a long article sends one piece, not the article.
 */
export interface PieceAnswer {
  offset: number;
  ref: number;
  json?: string;
}

export type AnalysisAnswer = { id: number; pieces: PieceAnswer[] } | { id: number; error: string };

/** An open document's incremental analyser and the pieces of its last answer, by analysis. */
interface DocState {
  analyser: IncrementalAnalyzer;
  sent: Map<Analysis, number>;
}

export function runAnalysisWorker(): void {
  const docs = new Map<string, DocState>();
  let refs = 0;
  parentPort?.on('message', (job: AnalysisJob) => {
    if (job.kind === 'compact') {
      collector()?.();
      return;
    }
    if (job.kind === 'forget') {
      docs.delete(job.doc);
      return;
    }
    try {
      let state = job.doc === undefined ? undefined : docs.get(job.doc);
      if (job.doc !== undefined && !state) docs.set(job.doc, (state = { analyser: createIncrementalAnalyzer(), sent: new Map() }));
      const pieces = state ? state.analyser.analyzePieces(job.text, job.options) : analyzePieces(job.text, job.options ?? {});
      const sent = new Map<Analysis, number>();
      const answer = pieces.map(({ offset, analysis }): PieceAnswer => {
        const ref = state?.sent.get(analysis);
        if (ref !== undefined) {
          sent.set(analysis, ref);
          return { offset, ref };
        }
        sent.set(analysis, ++refs);
        return { offset, ref: refs, json: JSON.stringify({ ...analysis, text: '' }) };
      });
      if (state) state.sent = sent;
      parentPort?.postMessage({ id: job.id, pieces: answer } satisfies AnalysisAnswer);
    } catch (err) {
      parentPort?.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) } satisfies AnalysisAnswer);
    }
  });
}
