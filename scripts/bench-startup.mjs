#!/usr/bin/env node
// One CLI call on a one-sentence file (a real news sentence, written to a temp file), as a
// multiple of a bare `node -e 0`: what a user pays to run `news-annotator analyze FILE` once.
// The two commands alternate (so load drifts hit both alike), after a few untimed calls that
// fill the file cache; wall time from spawn to exit, median of many calls.
// Run after `npm run build`:  node scripts/bench-startup.mjs [--json] [--quick]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startupLine } from './bench-report.mjs';
import { ROOT, countWords, loadText, oneSentence, stats } from './bench-text.mjs';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const CALLS = quick ? 10 : 40;

const text = loadText();
const sentence = oneSentence(text.pool);
const dir = mkdtempSync(join(tmpdir(), 'bench-startup-'));
const file = join(dir, 'one-sentence.txt');
writeFileSync(file, sentence);

const cli = [join(ROOT, 'bin/news-annotator.js'), 'analyze', file];
const bare = ['-e', '0'];

function run(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.trim().split('\n').pop()}`);
  return ms;
}

try {
  process.stderr.write(`  startup: ${CALLS} calls each of \`node -e 0\` and \`news-annotator analyze FILE\`, alternating\n`);
  for (let i = 0; i < 3; i++) {
    run(bare);
    run(cli);
  }
  const nodeMs = [];
  const cliMs = [];
  for (let i = 0; i < CALLS; i++) {
    nodeMs.push(run(bare));
    cliMs.push(run(cli));
  }
  const result = {
    source: text.real ? 'a real news sentence from the pool' : 'a sentence of samples/*.article (fallback)',
    sentenceWords: countWords(sentence),
    calls: CALLS,
    command: 'node bin/news-annotator.js analyze FILE (text output to a pipe)',
    node: stats(nodeMs),
    cli: stats(cliMs),
  };
  result.ratio = +(result.cli.median / result.node.median).toFixed(2);
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else console.log(startupLine(result));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
