#!/usr/bin/env node
// Corpus mode: `news-annotator analyze --jsonl` over ~4 MiB of real articles (CoNLL-2003 train +
// PolNeAR train, shuffled with a fixed seed; text bytes, UTF-8), as a cold process with its
// start-up included, stdin from a file and stdout to a file; against `compromise` on the same
// documents in the same run.
// Fairness: compromise runs in this process, loaded and warmed on other documents (the dev
// splits) for WARM_MS before it is timed, so neither its start-up nor its JIT warm-up count;
// then one timed pass over the whole corpus (long enough to include its GC). Ours is timed
// twice, before and after compromise, and the mean is used, so a drift in machine load hits
// both sides alike. Run after `npm run build`:  node scripts/bench-corpus.mjs [--json] [--quick]
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusLine } from './bench-report.mjs';
import { ROOT, countWords, loadText } from './bench-text.mjs';

const require = createRequire(import.meta.url);
const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const TARGET_BYTES = quick ? 512 * 1024 : 4 * 1024 * 1024;
const WARM_MS = quick ? 1000 : 3000;
const log = (m) => process.stderr.write(`  corpus: ${m}\n`);

const text = loadText();

/** Whole documents in the shuffled order until their text reaches TARGET_BYTES (UTF-8). */
function takeCorpus(docs) {
  const out = [];
  let bytes = 0;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const d = docs[i % docs.length];
    out.push({ id: i < docs.length ? d.id : `${d.id}#${Math.floor(i / docs.length)}`, text: d.text });
    bytes += Buffer.byteLength(d.text);
  }
  return { docs: out, bytes, repeated: out.length > docs.length };
}

function runCli(input, output) {
  const fin = openSync(input, 'r');
  const fout = openSync(output, 'w');
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/news-annotator.js'), 'analyze', '--jsonl'], {
      stdio: [fin, fout, 'pipe'],
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`analyze --jsonl exited ${r.status}: ${String(r.stderr).trim().split('\n').pop()}`);
    return ms;
  } finally {
    closeSync(fin);
    closeSync(fout);
  }
}

/** The run counts only if every document came back, in order, as a result. */
function check(output, docs) {
  const lines = readFileSync(output, 'utf8').split('\n').filter((l) => l !== '');
  if (lines.length !== docs.length) throw new Error(`analyze --jsonl wrote ${lines.length} lines for ${docs.length} documents`);
  lines.forEach((l, i) => {
    const r = JSON.parse(l);
    if (r.id !== docs[i].id || !Array.isArray(r.entities)) throw new Error(`line ${i + 1}: expected the result of ${docs[i].id}`);
  });
}

function loadCompromise() {
  try {
    const nlp = require('compromise');
    return (t) => {
      const doc = nlp(t);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
      doc.numbers().out('array');
      doc.quotations().out('array');
    };
  } catch {
    return null;
  }
}

const { docs, bytes, repeated } = takeCorpus(text.corpus);
const words = docs.reduce((n, d) => n + countWords(d.text), 0);
const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
try {
  const input = join(dir, 'corpus.jsonl');
  const output = join(dir, 'out.jsonl');
  writeFileSync(input, docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n');
  log(`${docs.length} documents, ${(bytes / 1024 / 1024).toFixed(2)} MiB of text, ${words.toLocaleString('en')} words`);

  const oursMs = [runCli(input, output)];
  check(output, docs);
  const outputBytes = statSync(output).size;

  const cmp = loadCompromise();
  let compromise = null;
  if (cmp) {
    log(`warming compromise on the dev splits for ${WARM_MS} ms, then timing it over the corpus`);
    const t0 = performance.now();
    for (let i = 0; performance.now() - t0 < WARM_MS; i++) cmp(text.warm[i % text.warm.length].text);
    const t1 = performance.now();
    for (const d of docs) cmp(d.text);
    const ms = performance.now() - t1;
    compromise = { ms: Math.round(ms), wordsPerSec: Math.round((words / ms) * 1000), warmMs: WARM_MS };
  }

  oursMs.push(runCli(input, output));
  const mean = (oursMs[0] + oursMs[1]) / 2;
  const result = {
    source: text.corpusSource,
    realText: text.real,
    documents: docs.length,
    textBytes: bytes,
    repeated,
    words,
    command: 'node bin/news-annotator.js analyze --jsonl < corpus.jsonl > out.jsonl (a cold process, start-up included)',
    ours: { ms: oursMs.map(Math.round), wordsPerSec: Math.round((words / mean) * 1000), outputBytes },
    compromise,
    compromiseHow: `in-process; require() and ${WARM_MS} ms of warm-up on the dev splits (not in the corpus) untimed; one timed pass, one document at a time: people, places, organizations, numbers, quotations`,
  };
  result.ratio = compromise ? +(result.ours.wordsPerSec / compromise.wordsPerSec).toFixed(2) : null;
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else console.log(corpusLine(result));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
