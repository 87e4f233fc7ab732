// One CLI call on a one-sentence file against a bare `node -e 0`, in CPU time (user + system of
// the child, from /usr/bin/time) and wall clock, fastest and median of N interleaved runs:
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
const cases = [['node -e 0', ['-e', '0']], ...dists.map((d) => [`${d}/cli.js analyze`, [join(d, 'cli.js'), 'analyze', file]])];

function once(argv) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S', process.execPath, ...argv], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}`);
  const [wall, user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall: wall * 1000, cpu: (user + sys) * 1000 };
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
const [baseCpu] = stat(seen[0].cpu);
cases.forEach(([name], c) => {
  const [cpuMin, cpuMed] = stat(seen[c].cpu), [wallMin, wallMed] = stat(seen[c].wall);
  console.log(`${name}: CPU min ${cpuMin.toFixed(0)} / median ${cpuMed.toFixed(0)} ms (${(cpuMin / baseCpu).toFixed(2)}× node -e 0); wall min ${wallMin.toFixed(0)} / median ${wallMed.toFixed(0)} ms (${runs} runs)`);
});
