// Entry of the worker thread that analyses large articles (bundled as dist/analysis-worker.js),
// so the server keeps answering while a long text is analysed. The thread is ended once idle,
// which also returns the engine's working memory to the system.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analysis';

export interface AnalysisJob {
  id: number;
  text: string;
}

parentPort?.on('message', (job: AnalysisJob) => {
  try {
    parentPort?.postMessage({ id: job.id, analysis: analyze(job.text) });
  } catch (err) {
    parentPort?.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
  }
});
