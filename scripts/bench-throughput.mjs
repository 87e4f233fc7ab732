#!/usr/bin/env node
// Engine words/s in a warm loop, in-process (dist/analysis.js), against `compromise` on the same
// text in the same run, at 10 KB … 10 MB; and the latency of a ~1,000-word article.
// Real text (bench-text.mjs). Each size cycles through DISTINCT pieces of that size (no piece is
// analysed twice in a row), so lookups see a real vocabulary; each figure is total words / total
// time over a window of at least WINDOW_MS, long enough to include garbage collection. Both
// engines are warmed first on other text. Run after `npm run build`:
//   node scripts/bench-throughput.mjs [--json] [--quick]
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { throughputTable } from './bench-report.mjs';
import { ROOT, countWords, distinctPieces, loadText, pieces, stats } from './bench-text.mjs';

const require = createRequire(import.meta.url);
const { analyze } = require(join(ROOT, 'dist/analysis.js'));

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const WINDOW_MS = quick ? 600 : 2000;
const log = (m) => process.stderr.write(`  throughput: ${m}\n`);

function loadCompromise() {
  let nlp;
  try {
    nlp = require('compromise');
  } catch {
    return null;
  }
  // What a user would ask compromise for to get what we give: names, numbers, quotations.
  return (text) => {
    const doc = nlp(text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
    doc.numbers().out('array');
    doc.quotations().out('array');
  };
}

/** Runs `fn` over the texts in turn (wrapping) until `minMs` has passed and `minRuns` are done. */
function window(fn, texts, words, minMs, minRuns = 1) {
  let ms = 0;
  let w = 0;
  const per = [];
  for (let i = 0; ms < minMs || per.length < minRuns; i++) {
    const k = i % texts.length;
    const t0 = performance.now();
    fn(texts[k]);
    const dt = performance.now() - t0;
    per.push(dt);
    ms += dt;
    w += words[k];
  }
  return { wordsPerSec: (w / ms) * 1000, runs: per.length, msPerRun: ms / per.length, per };
}

const text = loadText();
const cmp = loadCompromise();

// Warm-up on text the table does not start with (the end of the pool): JIT and, for the engine,
// the model tables; for compromise, its lexicon and JIT. Neither warm-up is timed.
const warm = pieces([...text.pool].reverse(), 20_000, 20).pieces;
const warmWords = warm.map(countWords);
log('warming up the engine and compromise');
window(analyze, warm, warmWords, quick ? 500 : 1500, warm.length);
if (cmp) window(cmp, warm, warmWords, quick ? 1000 : 3000, Math.min(warm.length, 10));

const sizes = [
  { size: '10 KB', chars: 10_000, compromise: true },
  { size: '100 KB', chars: 100_000, compromise: true },
  { size: '1 MB', chars: 1_000_000, compromise: !quick },
  ...(quick ? [] : [{ size: '10 MB', chars: 10_000_000, compromise: false }]),
];
const rows = [];
for (const s of sizes) {
  const count = s.chars >= 10_000_000 ? 1 : Math.min(distinctPieces(text.pool, s.chars), s.chars >= 1_000_000 ? 4 : 200);
  const { pieces: texts, repeated } = pieces(text.pool, s.chars, count);
  const words = texts.map(countWords);
  log(`${s.size}: ${texts.length} distinct piece(s)${repeated ? ' (the pool repeats inside)' : ''}`);
  const big = s.chars >= 10_000_000;
  if (!big) window(analyze, texts, words, quick ? 200 : 500); // warm on this size
  const ours = window(analyze, texts, words, big ? 0 : WINDOW_MS, big ? 1 : Math.min(texts.length, 3));
  // compromise needs minutes and > 600 MB on 10 MB; it is compared up to 1 MB (one piece there).
  const theirs = cmp && s.compromise ? window(cmp, texts, words, s.chars >= 1_000_000 ? 0 : WINDOW_MS, 1) : null;
  rows.push({
    size: s.size,
    pieces: texts.length,
    repeated,
    wordsPerPiece: Math.round(words.reduce((a, b) => a + b, 0) / words.length),
    runs: ours.runs,
    msPerRun: +ours.msPerRun.toFixed(2),
    wordsPerSec: Math.round(ours.wordsPerSec),
    compromiseWordsPerSec: theirs ? Math.round(theirs.wordsPerSec) : null,
    compromiseRuns: theirs ? theirs.runs : null,
    ratio: theirs ? +(ours.wordsPerSec / theirs.wordsPerSec).toFixed(2) : null,
  });
}
// Linear scaling: time per word of each size against the 100 KB one.
const base = rows.find((r) => r.size === '100 KB');
for (const r of rows) r.costPerWordVs100KB = +(base.wordsPerSec / r.wordsPerSec).toFixed(2);

// A ~1,000-word article (distinct real pieces of ~6.5 KB): median and p95 over many runs.
const { pieces: arts } = pieces(text.pool, 6_500, Math.min(distinctPieces(text.pool, 6_500), 300));
const artWords = arts.map(countWords);
const art = window(analyze, arts, artWords, quick ? 500 : 2000, arts.length);
const article = { words: Math.round(artWords.reduce((a, b) => a + b, 0) / artWords.length), pieces: arts.length, ...stats(art.per) };

const result = { source: text.source, realText: text.real, windowMs: WINDOW_MS, rows, article };
if (json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  console.log(`text: ${text.source}`);
  console.log(throughputTable(result));
}

