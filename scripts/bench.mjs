#!/usr/bin/env node
// `npm run bench`: the five figures of issue 15, where users feel speed, each beside its bar,
// on real news text (../shared/data; our own samples when it is absent, and the output says so):
//   1 typing: one character → semantic tokens, 10k-word article        (bench-lsp.mjs)
//   2 the same on a 100k-word article, as a multiple of 1              (bench-lsp.mjs)
//   3 one CLI call on a one-sentence file, × bare `node -e 0`          (bench-startup.mjs)
//   4 `analyze --jsonl` over 4 MiB, start-up included, × compromise    (bench-corpus.mjs)
//   5 peak RSS of `analyze FILE --format json` on a 10 MB article      (bench-memory.mjs)
// plus the engine's warm words/s against compromise at 10 KB … 10 MB (bench-throughput.mjs).
// Each part runs in its own process, one after another, so none inherits another's heap.
// Compare figures from one run, not across runs: the machine's load moves them all.
//   npm run bench [-- --quick] [-- --json FILE] [-- --only throughput,lsp,startup,corpus,memory]
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { corpusLine, fiveFigures, figuresTable, lspTable, memoryLine, startupLine, throughputTable } from './bench-report.mjs';
import { ROOT, loadAverage, loadText } from './bench-text.mjs';

const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const quick = args.includes('--quick');
const PARTS = ['throughput', 'lsp', 'startup', 'corpus', 'memory'];
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : PARTS;
for (const p of only) if (!PARTS.includes(p)) throw new Error(`--only takes ${PARTS.join(',')}, not ${p}`);

function commit() {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() + (dirty.stdout.trim() ? ' (with uncommitted changes)' : '') : null;
}

function part(name) {
  const script = join(ROOT, 'scripts', `bench-${name}.mjs`);
  const t0 = performance.now();
  process.stderr.write(`bench: ${name}…\n`);
  const r = spawnSync(process.execPath, [script, '--json', ...(quick ? ['--quick'] : [])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  const s = ((performance.now() - t0) / 1000).toFixed(0);
  if (r.status !== 0) {
    process.stderr.write(`bench: ${name} failed (exit ${r.status}) after ${s} s\n`);
    return null;
  }
  process.stderr.write(`bench: ${name} done in ${s} s\n`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const text = loadText();
const started = new Date();
const run = {
  when: started.toISOString(),
  commit: commit(),
  node: process.version,
  cores: cpus().length,
  quick,
  text: text.source,
  realText: text.real,
  loadAverageAtStart: loadAverage(),
};
if (!text.real) process.stderr.write(`bench: ${text.source}\n`);
const results = {};
for (const p of only) results[p] = part(p);
run.loadAverageAtEnd = loadAverage();
run.seconds = Math.round((Date.now() - started.getTime()) / 1000);
const figures = fiveFigures({ ...results, quick });

const out = [
  `News Annotator benchmark, ${run.when}, commit ${run.commit ?? '?'}, node ${run.node}, ${run.cores} cores, load average ${run.loadAverageAtStart?.join(' ')} at start, ${run.loadAverageAtEnd?.join(' ')} at end, ${run.seconds} s${quick ? ', QUICK (smaller inputs, fewer repetitions)' : ''}`,
  `text: ${run.text}`,
  '',
  'The five figures (issue 15); ratios are within this run:',
  figuresTable(figures),
];
if (results.throughput) out.push('', 'Engine in a warm loop (in-process, dist/analysis.js) against compromise, same text, same run:', throughputTable(results.throughput));
if (results.lsp) out.push('', 'Language server (dist/server.js over stdio), one character typed → response, ms:', lspTable(results.lsp));
if (results.startup) out.push('', 'CLI start-up:', startupLine(results.startup));
if (results.corpus) out.push('', 'Corpus:', corpusLine(results.corpus));
if (results.memory) out.push('', 'Memory:', memoryLine(results.memory));
console.log(out.join('\n'));

if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ run, figures, ...results }, null, 2) + '\n');
if (only.some((p) => results[p] === null)) process.exitCode = 1;
