// Language server entry. VS Code starts it with --node-ipc; `news-annotator lsp` and other
// editors use stdio, which is also the default when no transport is named.
// The same bundle, started as a worker thread, analyses large articles (see off-thread.ts).
import { isMainThread, workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { runAnalysisWorker, WORKER_ROLE } from './analysis-worker';
import { compactSoon } from './memory';
import { OffThreadAnalyzer } from './off-thread';
import { startServer } from './server';
import { useModelFilesIn } from '../io/model-files';

const TRANSPORT = /^--(?:stdio|node-ipc|socket|pipe)/;

function serve(): void {
  const named = process.argv.some((a) => TRANSPORT.test(a));
  const connection = named
    ? createConnection(ProposedFeatures.all)
    : createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const ctx = startServer(connection);
  // dist/server.js (also beside dist/cli.js for `news-annotator lsp`) doubles as the worker.
  ctx.store.offThread = OffThreadAnalyzer.beside(__dirname);
  ctx.store.afterLarge = compactSoon;
  connection.listen();
}

// Where the model files are (dist/analysis.js knows it too; this also covers running from source).
useModelFilesIn();
if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) runAnalysisWorker();
else serve();
