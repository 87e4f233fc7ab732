#!/usr/bin/env node
// Keystrokes in process, for comparing builds: the incremental analyser of each build's
// dist/analysis.js on one real article (bench-text.mjs), one character typed and deleted near
// the middle alternately, CPU time (user + system, all threads: garbage collection included) and
// wall time per keystroke. Each build runs in its own process, builds alternate for --rounds
// rounds, so a change of the machine's load falls on all of them; the first quarter of each
// run's keystrokes (V8 warming up) is left out. Prints each run's medians, sorted.
//
//   npm run build && node scripts/bench-keystroke.mjs --root /tmp/before --root . [--words 10000] [--keys 300] [--rounds 6]
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { articleOfWords, loadText } from './bench-text.mjs';

function args(argv) {
  const o = { roots: [], words: 10_000, keys: 300, rounds: 6, child: null };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--root') o.roots.push(resolve(argv[++i]));
    else if (a === '--words') o.words = Number(argv[++i]);
    else if (a === '--keys') o.keys = Number(argv[++i]);
    else if (a === '--rounds') o.rounds = Number(argv[++i]);
    else if (a === '--child') o.child = resolve(argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  if (!o.child && o.roots.length === 0) o.roots.push(resolve('.'));
  return o;
}

/** One build's run: its medians as JSON on stdout. */
function child(root, words, keys) {
  const lib = createRequire(`${root}/`)(`${root}/dist/analysis.js`);
  const { text } = articleOfWords(loadText().pool, words);
  const inc = lib.createIncrementalAnalyzer();
  let t = text;
  inc.analyze(t);
  const at = t.indexOf(' the ', t.length >> 1) + 2;
  const cpu = [];
  const wall = [];
  for (let i = 0; i < keys; i++) {
    t = i % 2 === 0 ? `${t.slice(0, at)}x${t.slice(at)}` : t.slice(0, at) + t.slice(at + 1);
    const c = process.cpuUsage();
    const s = process.hrtime.bigint();
    inc.analyze(t);
    wall.push(Number(process.hrtime.bigint() - s) / 1e6);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  const median = (xs) => {
    const kept = xs.slice(keys >> 2).sort((a, b) => a - b);
    return kept[kept.length >> 1];
  };
  process.stdout.write(JSON.stringify({ cpu: median(cpu), wall: median(wall) }));
}

const o = args(process.argv);
if (o.child) child(o.child, o.words, o.keys);
else {
  const runs = new Map(o.roots.map((r) => [r, []]));
  for (let i = 0; i < o.rounds; i++) {
    for (const r of o.roots) {
      const out = execFileSync(process.execPath, [process.argv[1], '--child', r, '--words', String(o.words), '--keys', String(o.keys)]);
      runs.get(r).push(JSON.parse(out.toString()));
    }
  }
  const list = (xs) => xs.sort((a, b) => a - b).map((x) => x.toFixed(2)).join(' ');
  console.log(`${o.words} words, ${o.keys} keystrokes a run, ${o.rounds} runs a build; medians per run, ms`);
  for (const [r, xs] of runs) console.log(`${r}\n  cpu  ${list(xs.map((x) => x.cpu))}\n  wall ${list(xs.map((x) => x.wall))}`);
}
