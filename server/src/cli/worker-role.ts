// How a worker thread of a corpus run knows it is one (an argument the pool gives it), kept
// apart so that the entry point can tell without loading node:worker_threads.
export const WORKER_ARG = '--news-annotator-cli-worker';
