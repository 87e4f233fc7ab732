#!/usr/bin/env node
// LSP latency through the protocol, as an editor sees it: the bundled server (dist/server.js)
// over stdio; one character typed (didChange) → semantic tokens (delta) and → diagnostics (pull),
// on invented 1k-, 10k- and 100k-word articles. Median and p95 in ms, and the server's RSS with
// a 1 MB article open. Run after `npm run build`:  node scripts/bench-lsp.mjs [--json] [--quick]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver/node');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');

// Invented wire copy (our own text), repeated to the wanted length.
const PARAGRAPHS = [
  'The Veyla Harbour Authority said on Monday it would spend about $4.2 billion on new quays, Transport Minister Amara Okafor told parliament.',
  '"We cannot keep turning ships away," Okafor said. "Every week we lose trade to our neighbours."',
  'The port handled 3.1 million containers last year, up 12% from 2022, according to the authority. At least 40 vessels went to Castelmar instead.',
  "Tomas Rell, head of the Dockworkers' Union of Veyla, said some 6,000 workers could be affected by the plan and that the union would seek talks.",
  'Officials at the World Bank said the lender had agreed to provide $600 million in loans over five years.',
];
function article(words) {
  const out = ['Port plan draws fire from unions as costs rise', '', 'PORT VEYLA, March 4 (Meridian) - '];
  for (let i = 0, n = 0; n < words; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length];
    out.push(p, '');
    n += p.split(/\s+/).length;
  }
  out.push('Reporting by Lena Marsh; Editing by Paul Ostrander');
  return out.join('\n');
}

function position(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function stats(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { median: +at(0.5).toFixed(2), p95: +at(0.95).toFixed(2), n: s.length };
}

function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

async function startServer() {
  // As the VS Code client starts it (client/src/client.ts): two malloc arenas.
  const env = { ...process.env, MALLOC_ARENA_MAX: '2' };
  const server = spawn(process.execPath, [join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const conn = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification(() => undefined);
  conn.listen();
  const init = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {
      textDocument: {
        semanticTokens: { requests: { full: { delta: true } }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        diagnostic: {},
      },
    },
  });
  await conn.sendNotification('initialized', {});
  return { server, conn, init };
}

async function stop({ server, conn }) {
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  conn.dispose();
  server.kill();
}

async function main() {
  const results = { server: 'dist/server.js', sizes: [], rssMbWith1MB: null, rssMbIdle: null };

  // Memory: a fresh server with one 1 MB article open and analysed.
  {
    const s = await startServer();
    await new Promise((r) => setTimeout(r, 200));
    results.rssMbIdle = rssMb(s.server.pid);
    const big = article(170_000);
    const uri = 'file:///bench-1mb.article';
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: big } });
    await s.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
    await s.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    await s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    results.rssMbAfterAnalysis = rssMb(s.server.pid);
    // Steady state: the analysis worker ends after 5 s idle and gives its memory back.
    await new Promise((r) => setTimeout(r, 8000));
    results.rssMbWith1MB = rssMb(s.server.pid);
    results.serverStatsWith1MB = await s.conn.sendRequest('newsAnnotator/serverStats');
    results.bigArticleChars = big.length;
    await stop(s);
  }

  const { server, conn, init } = await startServer();

  for (const words of [1_000, 10_000, 100_000]) {
    const uri = `file:///bench-${words}.article`;
    let text = article(words);
    let version = 1;
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version, text } });
    let prev = await conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
    await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    const rounds = quick ? 5 : words >= 100_000 ? 15 : 40;
    const tokens = [];
    const diagnostics = [];
    const engine = [];
    const mid = text.indexOf('Okafor said', Math.floor(text.length / 2));
    for (let i = 0; i < rounds; i++) {
      // Type one character, then delete it again, alternately: the article stays the same size.
      const typing = i % 2 === 0;
      const change = typing
        ? { range: { start: position(text, mid), end: position(text, mid) }, text: 'x' }
        : { range: { start: position(text, mid), end: position(text, mid + 1) }, text: '' };
      text = typing ? text.slice(0, mid) + 'x' + text.slice(mid) : text.slice(0, mid) + text.slice(mid + 1);
      const which = i % 4 < 2 ? 'tokens' : 'diagnostics';
      const t0 = performance.now();
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
      if (which === 'tokens') {
        const r = await conn.sendRequest('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: prev.resultId });
        tokens.push(performance.now() - t0);
        prev = r;
        // The engine's share: how long analyze() took for this version (same cached snapshot).
        const summary = await conn.sendRequest('newsAnnotator/summary', { uri });
        engine.push(summary.analysisMs);
      } else {
        await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
        diagnostics.push(performance.now() - t0);
      }
    }
    results.sizes.push({ words, chars: text.length, tokens: stats(tokens), diagnostics: stats(diagnostics), engine: stats(engine) });
    await conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  await stop({ server, conn });

  if (json) {
    process.stdout.write(`${JSON.stringify(results)}\n`);
    return;
  }
  console.log(`LSP latency, one character typed → response (ms), ${init.serverInfo?.name ?? 'server'} over stdio`);
  console.log('words     chars     tokens median  p95   diagnostics median  p95   (analyze() alone median)');
  for (const s of results.sizes) {
    console.log(`${String(s.words).padEnd(9)} ${String(s.chars).padEnd(9)} ${String(s.tokens.median).padStart(13)} ${String(s.tokens.p95).padStart(6)} ${String(s.diagnostics.median).padStart(18)} ${String(s.diagnostics.p95).padStart(6)}   (${s.engine.median})`);
  }
  console.log(`server RSS: ${results.rssMbIdle ?? '?'} MB idle; with a ${(results.bigArticleChars / 1e6).toFixed(2)} MB article open: ${results.rssMbAfterAnalysis ?? '?'} MB right after analysis, ${results.rssMbWith1MB ?? '?'} MB steady (fresh server; heap used ${results.serverStatsWith1MB?.heapUsedMb ?? '?'} MB of ${results.serverStatsWith1MB?.heapTotalMb ?? '?'} MB)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
