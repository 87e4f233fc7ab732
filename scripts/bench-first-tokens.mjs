#!/usr/bin/env node
// Time to first colours with a cold server, as an editor sees it: start the bundled server
// (dist/server.js over stdio, as VS Code does but without the extension host), initialize,
// open one article and ask for its semantic tokens. Each run is a fresh process. Reports, per
// phase, the median and the slowest of the runs (ms):
//   start      spawn → `initialize` answered (Node start, loading the bundles and the model)
//   tokens     didOpen → the first semantic tokens (the first analysis, cold)
//   total      spawn → first tokens (with the gap)
//   analysis   the first analysis alone, as the server timed it (newsAnnotator/summary)
// VS Code asks for colours a while after the server answered `initialize` (0.7 s in the e2e
// runs); --gap MS waits that long between `initialized` and opening the article (default 0).
// Run after `npm run build`:
//   node scripts/bench-first-tokens.mjs [FILE] [--runs N] [--gap MS] [--json]
// FILE defaults to the seed article ../shared/fixtures/kazakhstan-reuters.txt (read, never copied).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { serverProcess } from './server-process.mjs';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver/node');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
const gapAt = args.indexOf('--gap');
const gap = gapAt >= 0 ? Number(args[gapAt + 1]) : 0;
const fileArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs' && args[i - 1] !== '--gap');
const file = resolve(fileArg ?? join(ROOT, '..', 'shared', 'fixtures', 'kazakhstan-reuters.txt'));
if (!existsSync(file)) {
  console.error(`bench-first-tokens: ${file} not found (give an article file)`);
  process.exit(2);
}
if (!existsSync(join(ROOT, 'dist', 'server.js'))) {
  console.error('bench-first-tokens: dist/server.js not found: run `npm run build` first');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');

async function once() {
  const t0 = performance.now();
  // As the VS Code client starts it (client/src/client.ts): two malloc arenas.
  const { execArgv, env } = serverProcess();
  const server = spawn(process.execPath, [...execArgv, join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const conn = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification(() => undefined);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {
      textDocument: {
        synchronization: { dynamicRegistration: true },
        semanticTokens: { requests: { full: { delta: true }, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        diagnostic: {},
      },
      workspace: { configuration: true },
    },
  });
  const tInit = performance.now();
  await conn.sendNotification('initialized', {});
  if (gap > 0) await new Promise((r) => setTimeout(r, gap));
  const uri = pathToFileURL(file).href.replace(/\.\w+$/, '.article');
  const tOpen = performance.now();
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
  const tokens = await conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
  const tTokens = performance.now();
  const summary = await conn.sendRequest('newsAnnotator/summary', { uri });
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  conn.dispose();
  await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
  return {
    start: tInit - t0,
    tokens: tTokens - tOpen,
    total: tTokens - t0,
    analysis: summary?.analysisMs ?? NaN,
    tokenCount: tokens.data.length / 5,
  };
}

const results = [];
for (let i = 0; i < runs; i++) results.push(await once());
const phases = ['start', 'tokens', 'total', 'analysis'];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};
const report = {
  file: file.startsWith(ROOT) ? file.slice(ROOT.length + 1) : file,
  chars: text.length,
  runs,
  gap,
  tokenCount: results[0].tokenCount,
  ...Object.fromEntries(phases.map((p) => [p, { median: +median(results.map((r) => r[p])).toFixed(1), max: +Math.max(...results.map((r) => r[p])).toFixed(1) }])),
};
if (json) console.log(JSON.stringify(report));
else {
  console.log(`${report.file}: ${report.chars} chars, ${report.tokenCount} tokens, ${runs} cold starts, ${gap} ms between initialized and didOpen`);
  for (const p of phases) console.log(`  ${p.padEnd(9)} median ${String(report[p].median).padStart(7)} ms   max ${String(report[p].max).padStart(7)} ms`);
}
