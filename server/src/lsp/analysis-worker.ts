// The worker thread that analyses large articles, so the server keeps answering while a long
// text is analysed. It runs from the server bundle itself (dist/server.js started as a worker)
// and is kept while large articles are open (off-thread.ts), its model loaded and its code
// warm; at a pause it is asked to give back the garbage of its last analyses.
import { parentPort } from 'node:worker_threads';
import { analyze, type AnalyzeOptions } from '../analysis';
import { collector } from '../io/collect';

export const WORKER_ROLE = 'news-annotator-analysis';

export type AnalysisJob = { kind: 'analyze'; id: number; text: string; options?: AnalyzeOptions } | { kind: 'compact' };

export function runAnalysisWorker(): void {
  parentPort?.on('message', (job: AnalysisJob) => {
    if (job.kind === 'compact') {
      collector()?.();
      return;
    }
    try {
      parentPort?.postMessage({ id: job.id, analysis: analyze(job.text, job.options) });
    } catch (err) {
      parentPort?.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
    }
  });
}
