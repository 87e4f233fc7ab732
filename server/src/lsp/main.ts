// Language server entry. VS Code starts it with --node-ipc; `news-annotator lsp` and other
// editors use stdio, which is also the default when no transport is named.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { OffThreadAnalyzer } from './off-thread';
import { startServer } from './server';

const TRANSPORT = /^--(?:stdio|node-ipc|socket|pipe)/;
const named = process.argv.some((a) => TRANSPORT.test(a));
const connection = named
  ? createConnection(ProposedFeatures.all)
  : createConnection(ProposedFeatures.all, process.stdin, process.stdout);

const ctx = startServer(connection);
// dist/analysis-worker.js sits beside dist/server.js and dist/cli.js.
ctx.store.offThread = OffThreadAnalyzer.beside(__dirname);
connection.listen();
