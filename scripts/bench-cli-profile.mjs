// CPU profile of one CLI call on a one-sentence file (figure 3), summed over N calls by function
// self time, to see what start-up work is left:
//   node scripts/bench-cli-profile.mjs [--dist DIR ...] [--runs 10] [--top 30]
// Several --dist folders run interleaved (so the machine's load falls on all alike); each gets a
// table of the functions with the most self time, in ms a call.
// `--corpus FILE` profiles `analyze --jsonl < FILE` instead (figure 4's cold pass; sampled every
// ms); `--by-name` keys functions by name alone, to compare builds whose line numbers differ
// (a whitespace-minified bundle against an older one). Frames in dist/analysis.js, whose local
// names are minified, are named through its source map (bench-source-names.mjs): the function's
// name and its source file and line.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceNamer } from './bench-source-names.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, d) => Number(args.includes(name) ? args[args.indexOf(name) + 1] : d);
const runs = opt('--runs', 10), top = opt('--top', 30);
const corpus = args.includes('--corpus') ? resolve(args[args.indexOf('--corpus') + 1]) : null;
const byName = args.includes('--by-name');
const dists = args.flatMap((a, i) => (a === '--dist' ? [resolve(args[i + 1])] : []));
if (dists.length === 0) dists.push(join(here, '../dist'));

const tmp = mkdtempSync(join(tmpdir(), 'cli-prof-'));
const file = join(tmp, 'one.txt');
writeFileSync(file, 'Mayor Ana Ruiz of Osk said on Friday that Harrowgate Energy would cut 300 jobs.\n');

const totals = dists.map(() => new Map());
const namers = dists.map((d) => sourceNamer(join(d, 'analysis.js')));
for (let r = 0; r < runs; r++) {
  dists.forEach((d, k) => {
    const dir = join(tmp, `p${k}-${r}`);
    const argv = corpus ? ['analyze', '--jsonl'] : ['analyze', file];
    const stdin = corpus ? openSync(corpus, 'r') : 'pipe';
    const res = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', corpus ? '1000' : '100', '--cpu-prof-dir', dir, join(d, 'cli.js'), ...argv], { encoding: 'utf8', stdio: [stdin, 'ignore', 'pipe'] });
    if (typeof stdin === 'number') closeSync(stdin);
    if (res.status !== 0) throw new Error(res.stderr);
    const prof = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]), 'utf8'));
    const self = new Map(prof.nodes.map((n) => [n.id, 0]));
    prof.samples.forEach((id, i) => self.set(id, self.get(id) + prof.timeDeltas[i] / 1000));
    for (const n of prof.nodes) {
      const f = n.callFrame;
      const mapped = f.url.endsWith('analysis.js') ? namers[k](f) : null;
      const key = mapped ? (byName ? mapped.replace(/:\d+$/, '') : mapped) : byName ? `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() || ''}` : `${f.functionName || '(anonymous)'} ${(f.url.split('/').pop() || '')}${f.url ? ':' + (f.lineNumber + 1) : ''}`;
      totals[k].set(key, (totals[k].get(key) ?? 0) + self.get(n.id));
    }
  });
}
rmSync(tmp, { recursive: true, force: true });
dists.forEach((d, k) => {
  const rows = [...totals[k]].sort((a, b) => b[1] - a[1]);
  const all = rows.reduce((s, [, v]) => s + v, 0);
  console.log(`\n${d}: ${(all / runs).toFixed(1)} ms sampled a call (${runs} calls${corpus ? ` of analyze --jsonl < ${corpus}` : ''})`);
  for (const [name, v] of rows.slice(0, top)) console.log(`${(v / runs).toFixed(2).padStart(8)} ms  ${name}`);
});
