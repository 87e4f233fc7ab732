// Entry point of the `news-annotator` command. The same bundle, started as a worker thread,
// is one analysis worker of a corpus run (pool.ts, worker.ts).
import { isMainThread, workerData } from 'node:worker_threads';
import { CLI_WORKER_ROLE } from './pool';

if (!isMainThread && (workerData as { role?: string } | null)?.role === CLI_WORKER_ROLE) {
  (require('./worker') as typeof import('./worker')).runCliWorker();
} else {
  (require('./run') as typeof import('./run'))
    .run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((err: unknown) => {
      process.stderr.write(`news-annotator: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    });
}
