// The worker thread that analyses large articles, so the server keeps answering while a long
// text is analysed. It runs from the server bundle itself (dist/server.js started as a worker)
// and is kept while large articles are open (off-thread.ts), its model loaded and its code
// warm; at a pause it is asked to give back the garbage of its last analyses.
import { parentPort } from 'node:worker_threads';
import { analyze, type AnalyzeOptions, createIncrementalAnalyzer, type IncrementalAnalyzer } from '../analysis';
import { collector } from '../io/collect';

export const WORKER_ROLE = 'news-annotator-analysis';

/** `doc`: the open document the text is a version of (one incremental analyser each, until `forget`). */
export type AnalysisJob =
  | { kind: 'analyze'; id: number; text: string; options?: AnalyzeOptions; doc?: string }
  | { kind: 'forget'; doc: string }
  | { kind: 'compact' };

/**
 * The worker's answer. The analysis travels as JSON, without its text (the server sent it): a
 * string crosses threads as one copy, and the server's thread rebuilds the analysis of a
 * 100k-word article with JSON.parse in about a third of the time a structured clone takes
 * (17 vs 48 ms; the analysis is plain data, test/unit/analysis-json.test.ts checks).
 */
export type AnalysisAnswer = { id: number; json: string } | { id: number; error: string };

export function runAnalysisWorker(): void {
  const analysers = new Map<string, IncrementalAnalyzer>();
  parentPort?.on('message', (job: AnalysisJob) => {
    if (job.kind === 'compact') {
      collector()?.();
      return;
    }
    if (job.kind === 'forget') {
      analysers.delete(job.doc);
      return;
    }
    try {
      let inc = job.doc === undefined ? undefined : analysers.get(job.doc);
      if (job.doc !== undefined && !inc) analysers.set(job.doc, (inc = createIncrementalAnalyzer()));
      const analysis = inc ? inc.analyze(job.text, job.options) : analyze(job.text, job.options);
      parentPort?.postMessage({ id: job.id, json: JSON.stringify({ ...analysis, text: '' }) } satisfies AnalysisAnswer);
    } catch (err) {
      parentPort?.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) } satisfies AnalysisAnswer);
    }
  });
}
