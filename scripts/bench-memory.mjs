#!/usr/bin/env node
// Peak RSS of `news-annotator analyze FILE --format json` on one 10 MB article (real news
// documents joined, blank line between, written to a temp file), through the CLI as a process,
// output to a file. The peak is the kernel's (maximum resident set size of the whole process):
// from `/usr/bin/time -v` when present, else from process.resourceUsage() at exit, preloaded.
// MB here = 2^20 bytes. Run after `npm run build`:  node scripts/bench-memory.mjs [--json] [--quick]
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLine } from './bench-report.mjs';
import { ROOT, countWords, loadText, pieces } from './bench-text.mjs';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const CHARS = quick ? 1_000_000 : 10_000_000;
const TIME = '/usr/bin/time';

const text = loadText();
const { pieces: [article], repeated } = pieces(text.pool, CHARS, 1);
const dir = mkdtempSync(join(tmpdir(), 'bench-memory-'));
try {
  const file = join(dir, 'article.txt');
  const out = join(dir, 'out.json');
  const rssFile = join(dir, 'rss');
  writeFileSync(file, article);
  const bytes = statSync(file).size;
  process.stderr.write(`  memory: analyze FILE --format json on ${(bytes / 1024 / 1024).toFixed(1)} MiB\n`);

  const cli = [join(ROOT, 'bin/news-annotator.js'), 'analyze', file, '--format', 'json'];
  const viaTime = existsSync(TIME);
  const preload = join(dir, 'rss-at-exit.cjs');
  writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
  const [cmd, args] = viaTime ? [TIME, ['-v', process.execPath, ...cli]] : [process.execPath, ['--require', preload, ...cli]];

  const fout = openSync(out, 'w');
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', fout, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 24 });
  const ms = performance.now() - t0;
  closeSync(fout);
  if (r.status !== 0) throw new Error(`analyze --format json exited ${r.status}: ${String(r.stderr).trim().split('\n').slice(-3).join(' | ')}`);
  let kb;
  if (viaTime) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
    if (!m) throw new Error('no "Maximum resident set size" in the output of /usr/bin/time -v');
    kb = Number(m[1]);
  } else {
    kb = Number(readFileSync(rssFile, 'utf8'));
  }
  // The run counts only if it wrote a JSON result for the file.
  const head = Buffer.alloc(1);
  const fd = openSync(out, 'r');
  readSync(fd, head, 0, 1, 0);
  closeSync(fd);
  const outputBytes = statSync(out).size;
  if (head.toString() !== '{' || outputBytes < bytes) throw new Error(`analyze --format json wrote no result (${outputBytes} bytes)`);

  const result = {
    source: text.real ? `the pool's documents joined into one article${repeated ? ' (the pool repeated to reach the size)' : ''}` : 'samples/*.article repeated (fallback)',
    realText: text.real,
    articleBytes: bytes,
    words: countWords(article),
    command: 'node bin/news-annotator.js analyze FILE --format json > out.json',
    measuredWith: viaTime ? '/usr/bin/time -v (maximum resident set size)' : 'process.resourceUsage().maxRSS at exit (preloaded)',
    peakRssMb: Math.round(kb / 1024),
    ms: Math.round(ms),
    outputBytes,
  };
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else console.log(memoryLine(result));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
