#!/usr/bin/env node
// Is every stage linear in the text? Each hostile input is run at N and at 4N, through the
// engine (analyze() from dist/analysis.js, timed after a warm-up call) and through the CLI (dist/cli.js analyze FILE
// --format json), each run in a fresh process; the table gives the time ratio 4N/N (about 4
// when linear, about 16 when quadratic) and the peak RSS. A run over the time limit is killed
// and shown as such. Run after `npm run build`:
//   nice -n 10 node scripts/bench-linearity.mjs [--quick] [--only NAME] [--limit SECONDS] [--json]
// (--quick: a smaller N; --only: inputs whose name contains NAME.)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, d) => (args.includes(name) ? args[args.indexOf(name) + 1] : d);
const quick = args.includes('--quick');
const only = opt('--only', '');
const limitMs = Number(opt('--limit', 60)) * 1000;
const asJson = args.includes('--json');

// Hostile inputs (our own words), each as a function of a repeat count, with the count giving
// about 25 KB (--quick: about 6 KB) of text; the second run is four times as long.
const BASE_CHARS = quick ? 6_000 : 25_000;
const unit = (s) => Math.max(1, Math.round(BASE_CHARS / s.length));
const INPUTS = [
  ['said x N', (n) => 'said '.repeat(n), unit('said ')],
  ['he said, she said', (n) => 'he said, she said, '.repeat(n), unit('he said, she said, ')],
  ['one long line of prose', (n) => 'The minister said on Monday that the port would reopen within 12 weeks. '.repeat(n), unit('The minister said on Monday that the port would reopen within 12 weeks. ')],
  ['quote, cue, quote', (n) => '"We will rebuild," she said. "Soon." '.repeat(n), unit('"We will rebuild," she said. "Soon." ')],
  ['an open quote never closed', (n) => '"' + 'the harbour workers were told '.repeat(n), unit('the harbour workers were told ')],
  ['according to x N', (n) => 'according to officials according to '.repeat(n), unit('according to officials according to ')],
  ['capitalised words', (n) => 'Port Authority Minister Lena Marsh Veyla '.repeat(n), unit('Port Authority Minister Lena Marsh Veyla ')],
  ['numbers and percents', (n) => 'up 12% to 3.1 million, about 40, at least 6,000 '.repeat(n), unit('up 12% to 3.1 million, about 40, at least 6,000 ')],
  ['dates', (n) => 'on March 4, 2024 and on Tuesday, 5 March '.repeat(n), unit('on March 4, 2024 and on Tuesday, 5 March ')],
  ['one long word', (n) => 'a'.repeat(n * 5), unit('aaaaa')],
  ['dots and spaces', (n) => '. '.repeat(n), unit('. ')],
  ['abbreviations', (n) => 'Mr. Dr. St. Gen. U.S. '.repeat(n), unit('Mr. Dr. St. Gen. U.S. ')],
  ['empty lines', (n) => '\n'.repeat(n * 2), unit('\n\n')],
  ['one-line paragraphs', (n) => 'Reporting by Lena Marsh\n'.repeat(n), unit('Reporting by Lena Marsh\n')],
  ['parentheses', (n) => '('.repeat(n) + ')'.repeat(n), unit('()')],
  ['quote marks only', (n) => '" '.repeat(n), unit('" ')],
].filter(([name]) => name.includes(only));

function runChild(argv, input) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, argv, { stdio: ['pipe', 'ignore', 'pipe'], cwd: ROOT });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - t0;
      const rss = /@@rss (\d+)/.exec(err);
      const engineMs = /@@ms ([\d.]+)/.exec(err);
      resolve({
        ms: engineMs ? Number(engineMs[1]) : ms,
        wallMs: ms,
        rssMB: rss ? Math.round(Number(rss[1]) / 1024) : null,
        killed: signal === 'SIGKILL',
        code,
      });
    });
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

const dir = mkdtempSync(join(tmpdir(), 'bench-linearity-'));
const preload = join(dir, 'rss.cjs');
writeFileSync(preload, "process.on('exit', () => require('fs').writeSync(2, '\\n@@rss ' + process.resourceUsage().maxRSS + '\\n'));\n");
const engineScript = join(dir, 'engine.cjs');
writeFileSync(
  engineScript,
  `const { analyze } = require(${JSON.stringify(join(ROOT, 'dist/analysis.js'))});
let text = ''; process.stdin.setEncoding('utf8'); process.stdin.on('data', (d) => (text += d));
process.stdin.on('end', () => { analyze('Warm-up: the model and lexicons load, Ana Lima said on Monday.'); const t0 = performance.now(); analyze(text); require('fs').writeSync(2, '\\n@@ms ' + (performance.now() - t0) + '\\n'); });\n`,
);

async function engine(text) {
  return runChild(['-r', preload, engineScript], text);
}

async function cli(text) {
  const file = join(dir, 'input.article');
  writeFileSync(file, text);
  return runChild(['-r', preload, join(ROOT, 'dist/cli.js'), 'analyze', file, '--format', 'json']);
}

const show = (r) => (r.killed ? `>${limitMs / 1000}s` : `${r.ms.toFixed(0)} ms`);
const ratio = (a, b) => (a.killed || b.killed ? (b.killed ? '≥ ' + (limitMs / a.ms).toFixed(1) : '?') : (b.ms / Math.max(a.ms, 0.01)).toFixed(1));

const rows = [];
if (!asJson) {
  console.log(`Linearity: each input at N and 4N (${BASE_CHARS} and ${BASE_CHARS * 4} chars or so); ratio ≈ 4 is linear, ≈ 16 quadratic`);
  console.log('input                          chars N    engine N   engine 4N  ratio  RSS 4N   | cli N      cli 4N     ratio  RSS 4N');
}
for (const [name, make, n] of INPUTS) {
  const small = make(n);
  const large = make(4 * n);
  const [e1, e4, c1, c4] = [await engine(small), await engine(large), await cli(small), await cli(large)];
  const row = { name, chars: small.length, engine: { n: e1, n4: e4, ratio: ratio(e1, e4) }, cli: { n: c1, n4: c4, ratio: ratio(c1, c4) } };
  rows.push(row);
  if (!asJson) {
    console.log(
      `${name.padEnd(30)} ${String(small.length).padStart(8)}   ${show(e1).padStart(9)}  ${show(e4).padStart(9)}  ${String(row.engine.ratio).padStart(5)}  ${String(e4.rssMB ?? '?').padStart(4)} MB | ` +
        `${show(c1).padStart(9)}  ${show(c4).padStart(9)}  ${String(row.cli.ratio).padStart(5)}  ${String(c4.rssMB ?? '?').padStart(4)} MB`,
    );
  }
}
if (asJson) process.stdout.write(JSON.stringify(rows) + '\n');
rmSync(dir, { recursive: true, force: true });
