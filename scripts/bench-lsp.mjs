#!/usr/bin/env node
// LSP latency through the protocol, as an editor sees it: the bundled server (dist/server.js)
// over stdio, started as the VS Code client starts it (server/src/shared/server-process.ts: its
// Node flags and environment). One character typed
// (didChange) → semantic tokens (delta), and → diagnostics (pull), on real articles of about
// 1k, 10k and 100k words (bench-text.mjs: real news documents joined, blank line between).
// The character is typed inside a lowercase word near the middle, then deleted, alternately, so
// the article keeps its size; keystrokes follow each other at once, so GC and the server's
// debounce of slow analyses are inside the figures. The first keystrokes after opening (V8 still
// warming up) are reported apart, and so is one keystroke after a 6 s pause on the 100k article.
// Median and p95 in ms, the 100k/10k ratio,
// and the server's RSS with a 1 MB real article open.
// Run after `npm run build`:  node scripts/bench-lsp.mjs [--json] [--quick]
// For pairs of builds and profiles: `--only 10000` runs that size alone (no 6 s pause, no RSS
// part); `--prof DIR` starts the server with --cpu-prof into DIR.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { lspTable } from './bench-report.mjs';
import { ROOT, articleOfWords, countWords, loadText, stats } from './bench-text.mjs';
import { serverProcess } from './server-process.mjs';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver/node');

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const log = (m) => process.stderr.write(`  lsp: ${m}\n`);
const WARM_WORDS = quick ? 100_000 : 200_000;
const optionOf = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const only = optionOf('--only') === undefined ? null : Number(optionOf('--only'));
const profDir = optionOf('--prof');

function position(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Inside a lowercase word of at least 4 letters, at or after the middle of the text. */
function typingPoint(text) {
  const re = /(?<=\s)[a-z]{4,}/g;
  re.lastIndex = Math.floor(text.length / 2);
  const m = re.exec(text) ?? /(?<=\s)[a-z]{4,}/.exec(text);
  return m ? m.index + 2 : Math.floor(text.length / 2);
}

async function startServer() {
  const { execArgv, env } = serverProcess();
  const prof = profDir ? ['--cpu-prof', '--cpu-prof-interval=250', `--cpu-prof-dir=${profDir}`] : [];
  const server = spawn(process.execPath, [...execArgv, ...prof, join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
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
  // A profiled server writes its profile as it exits: let it.
  if (profDir && server.exitCode === null) await new Promise((r) => { server.once('exit', r); setTimeout(r, 10_000); });
  server.kill();
}

/** The engine's share of one keystroke, if the server reports it (newsAnnotator/summary). */
async function engineMs(conn, uri) {
  try {
    const s = await conn.sendRequest('newsAnnotator/summary', { uri });
    return typeof s?.analysisMs === 'number' ? s.analysisMs : null;
  } catch {
    return null;
  }
}

async function typing(conn, words, rounds, pool, pauseMs) {
  const uri = `file:///bench-${words}.article`;
  const built = articleOfWords(pool, words);
  const text = built.text;
  let version = 1;
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version, text } });
  let prev = await conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
  await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const tokens = [];
  const diagnostics = [];
  const engine = [];
  const first = [];
  const at = typingPoint(text);
  // Type one character, then delete it again, alternately: the article keeps its size.
  let typed = false;
  // The edit is worked out before the clock starts: an editor knows where its cursor is, it does
  // not count the lines of the article at each keystroke (on 100k words that took milliseconds).
  const where = position(text, at);
  const after = { line: where.line, character: where.character + 1 };
  const nextChange = () => {
    const change = typed ? { range: { start: where, end: after }, text: '' } : { range: { start: where, end: where }, text: 'x' };
    typed = !typed;
    return change;
  };
  const keystroke = (change) => conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
  const tokensAfter = async () => {
    prev = await conn.sendRequest('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: prev.resultId });
  };
  // The first keystrokes after opening also warm V8 up (JIT): they are timed apart, as `first`,
  // until the server has analysed WARM_WORDS words of this article; the figures are the rest.
  const warmRounds = Math.min(200, Math.max(4, Math.ceil(WARM_WORDS / words)));
  for (let i = 0; i < warmRounds + rounds; i++) {
    const warming = i < warmRounds;
    // Three keystrokes in four are answered by semantic tokens, the fourth by diagnostics.
    const which = warming || i % 4 !== 3 ? 'tokens' : 'diagnostics';
    const change = nextChange();
    const t0 = performance.now();
    await keystroke(change);
    if (which === 'tokens') {
      await tokensAfter();
      (warming ? first : tokens).push(performance.now() - t0);
      const e = warming ? null : await engineMs(conn, uri);
      if (e !== null) engine.push(e);
    } else {
      await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
      diagnostics.push(performance.now() - t0);
    }
  }
  // After a pause in typing (6 s: longer than today's 5 s worker idle stop), one more keystroke.
  let afterPause = null;
  if (pauseMs > 0) {
    await new Promise((r) => setTimeout(r, pauseMs));
    const change = nextChange();
    const t0 = performance.now();
    await keystroke(change);
    await tokensAfter();
    afterPause = +(performance.now() - t0).toFixed(2);
  }
  await conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return {
    afterPause,
    pauseMs,
    target: words,
    words: countWords(text),
    chars: text.length,
    repeated: built.repeated,
    tokens: stats(tokens),
    diagnostics: stats(diagnostics),
    engine: engine.length ? stats(engine) : null,
    first: stats(first),
  };
}

async function main() {
  const text = loadText();
  const results = { server: 'dist/server.js', source: text.source, realText: text.real, sizes: [] };

  const s = await startServer();
  results.serverInfo = s.init.serverInfo ?? null;
  // Keystrokes per size: as many on 100k words as on 10k now that a keystroke there costs a few
  // 10k keystrokes, not a second (a median of 18 swung by a factor of two on a loaded machine).
  const rounds10k = Number(optionOf('--rounds') ?? 80);
  const plan = (quick
    ? [[1_000, 12], [10_000, 24], [100_000, 24]]
    : [[1_000, 40], [10_000, rounds10k], [100_000, 80]]).filter(([w]) => only === null || w === only);
  for (const [words, rounds] of plan) {
    log(`${words.toLocaleString('en')} words, ${rounds} keystrokes`);
    results.sizes.push(await typing(s.conn, words, rounds, text.pool, !quick && only === null && words >= 100_000 ? 6000 : 0));
  }
  await stop(s);
  const by = (w) => results.sizes.find((z) => z.target === w);
  if (only !== null) {
    const size = by(only);
    const line = `${only} words (${size.chars} chars): tokens median ${size.tokens.median} p95 ${size.tokens.p95} | diagnostics median ${size.diagnostics.median} | analyze() median ${size.engine?.median ?? '-'} | first ${size.first.median}`;
    if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
    else console.log(line);
    return;
  }
  results.typing10k = by(10_000).tokens;
  results.typing100k = by(100_000).tokens;
  results.ratio100kTo10k = +(results.typing100k.median / results.typing10k.median).toFixed(2);

  // Memory: a fresh server with one ~1 MB real article open and analysed.
  if (!quick) {
    log('server RSS with a 1 MB article');
    const m = await startServer();
    await new Promise((r) => setTimeout(r, 200));
    results.rssMbIdle = rssMb(m.server.pid);
    const big = articleOfWords(text.pool, 170_000).text;
    const uri = 'file:///bench-1mb.article';
    await m.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: big } });
    await m.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
    await m.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    await m.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    results.rssMbAfterAnalysis = rssMb(m.server.pid);
    // Steady state: today the analysis worker ends after 5 s idle and gives its memory back.
    await new Promise((r) => setTimeout(r, 8000));
    results.rssMbWith1MB = rssMb(m.server.pid);
    try {
      results.serverStatsWith1MB = await m.conn.sendRequest('newsAnnotator/serverStats');
    } catch {
      results.serverStatsWith1MB = null;
    }
    results.bigArticleChars = big.length;
    await stop(m);
  }

  if (json) {
    process.stdout.write(`${JSON.stringify(results)}\n`);
    return;
  }
  console.log(`text: ${results.source}`);
  console.log(lspTable(results));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
