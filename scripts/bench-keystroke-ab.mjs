#!/usr/bin/env node
// Figure 1's analysis in one process for two builds: each build's dist/analysis.js loaded, an
// incremental analyser of each (createIncrementalAnalyzer) on the same real ~N-word article
// (bench-text.mjs), one character typed and deleted near the middle alternately, the two builds'
// keystrokes interleaved (their order swapped at each keystroke), so the machine's load falls on
// both alike. CPU time of analyze() per keystroke, mean and median past a warm-up.
// The build loaded first runs slower (0.1–0.45 ms of a 10k keystroke with the same code on
// both sides): run both orders and take the mean of the two differences.
//   node scripts/bench-keystroke-ab.mjs DIST_A DIST_B [words=10000]    (KEYS=N, default 1000)
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { articleOfWords, loadText } from './bench-text.mjs';

const require = createRequire(import.meta.url);
const [a, b, words = '10000'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node scripts/bench-keystroke-ab.mjs DIST_A DIST_B [words]');
  process.exit(2);
}
const dists = [resolve(a), resolve(b)];
const engines = dists.map((d) => require(`${d}/analysis.js`));
const { text } = articleOfWords(loadText().pool, Number(words));
const KEYS = Number(process.env.KEYS ?? 1000), WARM = Math.min(150, KEYS >> 2);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const at = text.indexOf(' the ', text.length >> 1) + 2;
const runs = engines.map((e) => ({ analyser: e.createIncrementalAnalyzer(), text, spent: [] }));
for (const r of runs) r.analyser.analyze(r.text);
for (let i = 0; i < KEYS; i++) {
  for (const k of i % 2 === 0 ? [0, 1] : [1, 0]) {
    const r = runs[k];
    r.text = i % 2 === 0 ? `${r.text.slice(0, at)}x${r.text.slice(at)}` : r.text.slice(0, at) + r.text.slice(at + 1);
    const t0 = cpu();
    r.analyser.analyze(r.text);
    if (i >= WARM) r.spent.push(cpu() - t0);
  }
}
runs.forEach((r, k) => {
  const s = r.spent.slice().sort((x, y) => x - y);
  const mean = s.reduce((x, y) => x + y, 0) / s.length;
  console.log(`${dists[k]}: mean ${mean.toFixed(2)} ms, median ${s[s.length >> 1].toFixed(2)} ms CPU a keystroke (${s.length} keystrokes, ${words} words)`);
});
