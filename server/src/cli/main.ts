// Entry point of the `news-annotator` command. The same bundle, started as a worker thread,
// is one analysis worker of a corpus run (pool.ts, worker.ts): it is told so by WORKER_ARG.
// Start-up stays lean: the standard streams are opened only when a command uses them.
import { WORKER_ARG } from './worker-role';

// Node 22.1+ keeps V8's compiled code of the engine bundle between runs (a no-op on Node 20,
// where a hand-made code cache measured ~9 ms of a ~300 ms call: not worth its own loader).
(require('node:module') as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const io = {
  get stdin() {
    return process.stdin;
  },
  get stdout() {
    // "news-annotator analyze big.txt | head": the reader going away ends the run quietly, as
    // for any Unix tool, not with a stack trace of the write that found the pipe closed.
    if (process.stdout.listenerCount('error') === 0) {
      process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code !== 'EPIPE') throw err;
        process.exit(0);
      });
    }
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
  env: process.env,
};

if (process.argv.includes(WORKER_ARG) && !(require('node:worker_threads') as typeof import('node:worker_threads')).isMainThread) {
  (require('./worker') as typeof import('./worker')).runCliWorker();
} else {
  (require('./run') as typeof import('./run'))
    .run(process.argv.slice(2), io)
    .then((code) => {
      process.exitCode = code;
    })
    .catch((err: unknown) => {
      process.stderr.write(`news-annotator: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    });
}
