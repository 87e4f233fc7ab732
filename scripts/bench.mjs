// `npm run bench`: engine throughput (words/s) on 10 KB … 10 MB, against `compromise` on the
// same text in the same run, the median time for a 1,000-word article, and peak RSS.
// Figures are printed as a table; `--json FILE` also writes them.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { analyze } = require(join(root, 'dist/analysis.js'));

const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;

// Child mode: analyse one synthetic input and report peak RSS.
if (args[0] === '--rss-child') {
  const text = corpus(Number(args[1]));
  const t0 = performance.now();
  const a = analyze(text);
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, entities: a.entities.length }));
  process.exit(0);
}

/** Our own sample articles, repeated until the text is `bytes` long (paragraph boundaries kept). */
function corpus(bytes) {
  const dir = join(root, 'samples');
  const parts = readdirSync(dir).filter((f) => f.endsWith('.article')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  let out = '';
  for (let i = 0; out.length < bytes; i++) out += parts[i % parts.length] + '\n\n';
  const cut = out.lastIndexOf('\n\n', bytes);
  return out.slice(0, cut > 0 ? cut : bytes);
}

const words = (t) => t.split(/\s+/).filter(Boolean).length;

function time(fn, minMs = 300, maxRuns = 50) {
  const runs = [];
  const start = performance.now();
  while (runs.length < Math.min(3, maxRuns) || (performance.now() - start < minMs && runs.length < maxRuns)) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}

function compromiseRun() {
  let nlp;
  try {
    nlp = require('compromise');
  } catch {
    return null;
  }
  return (text) => {
    const doc = nlp(text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
    doc.numbers().out('array');
    doc.quotations().out('array');
  };
}

const sizes = [
  ['10 KB', 10_000],
  ['100 KB', 100_000],
  ['1 MB', 1_000_000],
  ['10 MB', 10_000_000],
];
const cmp = compromiseRun();
const rows = [];
analyze(corpus(50_000)); // warm up (loads the model, JIT)
for (const [label, bytes] of sizes) {
  const text = corpus(bytes);
  const w = words(text);
  if (bytes < 10_000_000) time(() => analyze(text), 300, 20); // warm up on this size
  const ms = time(() => analyze(text), bytes >= 1_000_000 ? 0 : 1000, bytes >= 1_000_000 ? 3 : 100);
  let cmpMs = null;
  // compromise needs minutes and > 600 MB on 10 MB; it is compared up to 1 MB.
  if (cmp && bytes <= 1_000_000) cmpMs = time(() => cmp(text), bytes >= 1_000_000 ? 0 : 1000, bytes >= 1_000_000 ? 1 : 10);
  rows.push({ size: label, words: w, ms, wordsPerSec: (w / ms) * 1000, compromiseWordsPerSec: cmpMs === null ? null : (w / cmpMs) * 1000 });
}

// Linear scaling: time per word of each size against the 100 KB one.
const base = rows[1].ms / rows[1].words;
for (const r of rows) r.costPerWordVs100KB = r.ms / r.words / base;

// A 1,000-word article: median of many runs.
const article = corpus(6_500);
const articleWords = words(article);
const articleMs = time(() => analyze(article), 2000, 2000);

// Peak RSS on the 10 MB input, in a fresh process.
const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--rss-child', '10000000'], { encoding: 'utf8', maxBuffer: 1 << 20 });
const rss = child.status === 0 ? JSON.parse(child.stdout) : { error: child.stderr.trim().split('\n').pop() };

console.log('size     words       ms    words/s   compromise w/s   ratio   cost/word vs 100KB');
for (const r of rows) {
  const ratio = r.compromiseWordsPerSec ? (r.wordsPerSec / r.compromiseWordsPerSec).toFixed(1) + '×' : '—';
  console.log(
    `${r.size.padEnd(7)} ${String(r.words).padStart(9)} ${r.ms.toFixed(1).padStart(8)} ${Math.round(r.wordsPerSec).toLocaleString('en').padStart(10)}` +
      ` ${r.compromiseWordsPerSec ? Math.round(r.compromiseWordsPerSec).toLocaleString('en').padStart(16) : '               —'} ${ratio.padStart(7)} ${r.costPerWordVs100KB.toFixed(2).padStart(8)}`,
  );
}
console.log(`\n${articleWords}-word article: median ${articleMs.toFixed(2)} ms`);
console.log(rss.error ? `peak RSS (10 MB): failed: ${rss.error}` : `peak RSS analysing 10 MB in a fresh process: ${Math.round(rss.maxRssMB)} MB (${(rss.ms / 1000).toFixed(1)} s)`);

let lsp = null;
try {
  const lspBench = join(root, 'scripts/bench-lsp.mjs');
  readFileSync(lspBench);
  const r = spawnSync(process.execPath, [lspBench, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status === 0) {
    lsp = JSON.parse(r.stdout.trim().split('\n').pop());
  }
} catch {
  // no LSP benchmark in this tree
}
if (lsp) {
  console.log('\nLSP, one character typed → (median / p95 ms)   semantic tokens      diagnostics      analyze() alone');
  for (const z of lsp.sizes) {
    const f = (m) => `${m.median} / ${m.p95}`.padEnd(16);
    console.log(`  ${String(z.words).padStart(6)} words${' '.repeat(35)}${f(z.tokens)} ${f(z.diagnostics)} ${z.engine.median}`);
  }
  console.log(`  server RSS with a 1 MB article open: ${lsp.rssMbWith1MB} MB (idle ${lsp.rssMbIdle} MB)`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ rows, article: { words: articleWords, medianMs: articleMs }, rss, lsp }, null, 2));
