// One CLI call on a one-sentence file against a bare `node -e 0`, in CPU time (user + system of
// the child, as the child's own process.cpuUsage() at exit: /usr/bin/time counts in 10 ms steps)
// and wall clock, fastest and median of N interleaved runs:
//   node scripts/bench-cli-start.mjs [--dist DIR ...] [--runs 21]
// Several --dist folders (each holding cli.js, e.g. a build of the commit to compare) run
// interleaved, so the shared machine's load falls on all of them alike.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 21);
const dists = args.flatMap((a, i) => (a === '--dist' ? [resolve(args[i + 1])] : []));
if (dists.length === 0) dists.push(join(here, '../dist'));

const file = join(mkdtempSync(join(tmpdir(), 'cli-start-')), 'one.txt');
writeFileSync(file, 'Mayor Ana Ruiz of Osk said on Friday that Harrowgate Energy would cut 300 jobs.\n');
// Preloaded in every child (the bare one too, so both pay for it): its CPU time, written at exit.
const cpuAtExit = join(dirname(file), 'cpu-at-exit.cjs');
writeFileSync(cpuAtExit, "process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeSync(2, `\\ncpu-us ${u.user + u.system}\\n`); });\n");
const cases = [['node -e 0', ['-e', '0']], ...dists.map((d) => [`${d}/cli.js analyze`, [join(d, 'cli.js'), 'analyze', file]])];

function once(argv) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', cpuAtExit, ...argv], { encoding: 'utf8' });
  const wall = performance.now() - t0;
  const cpu = /cpu-us (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !cpu) throw new Error(`${argv.join(' ')}: ${r.stderr}`);
  return { wall, cpu: Number(cpu[1]) / 1000 };
}

const seen = cases.map(() => ({ wall: [], cpu: [] }));
for (let r = 0; r < runs; r++) {
  cases.forEach(([, argv], c) => {
    const t = once(argv);
    seen[c].wall.push(t.wall);
    seen[c].cpu.push(t.cpu);
  });
}
const stat = (xs) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)]]; };
const [, baseCpu] = stat(seen[0].cpu);
cases.forEach(([name], c) => {
  const [cpuMin, cpuMed] = stat(seen[c].cpu), [wallMin, wallMed] = stat(seen[c].wall);
  console.log(`${name}: CPU min ${cpuMin.toFixed(1)} / median ${cpuMed.toFixed(1)} ms (median ${(cpuMed / baseCpu).toFixed(2)}× node -e 0's); wall min ${wallMin.toFixed(0)} / median ${wallMed.toFixed(0)} ms (${runs} runs)`);
});
