// The worker thread that analyses large articles, so the server keeps answering while a long
// text is analysed. It runs from the server bundle itself (dist/server.js started as a worker);
// the thread is ended once idle, which returns the engine's working memory to the system.
import { parentPort } from 'node:worker_threads';
import { analyze, type AnalyzeOptions } from '../analysis';

export const WORKER_ROLE = 'news-annotator-analysis';

export interface AnalysisJob {
  id: number;
  text: string;
  options?: AnalyzeOptions;
}

export function runAnalysisWorker(): void {
  parentPort?.on('message', (job: AnalysisJob) => {
    try {
      parentPort?.postMessage({ id: job.id, analysis: analyze(job.text, job.options) });
    } catch (err) {
      parentPort?.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
    }
  });
}
