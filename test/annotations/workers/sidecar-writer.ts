// A child process that commits claims to one sidecar, as an editor would:
// each commit starts from the state it last read or wrote. Used by the
// crash (SIGKILL) and two-writer tests.
//   node -r tsx/cjs sidecar-writer.ts FILE PREFIX COUNT [--forever]
import { commitSidecar, readSidecar } from '../../../server/src/annotations/store';
import { emptySidecar } from '../../../server/src/annotations/format';
import type { DiskState } from '../../../server/src/annotations/store';
import { makeClaim } from '../claim-helpers';

const [file, prefix, countArg, flag] = process.argv.slice(2);
const count = Number(countArg);
const text = 'x'.repeat(100_000);
let state: DiskState = readSidecar(file);
for (let k = 0; flag === '--forever' || k < count; k++) {
  const base = state.kind === 'ok' ? state.sidecar : emptySidecar('a.article', 'sha256:00');
  // A big-ish payload makes the write window wide enough for the kill to land inside it.
  const claim = { ...makeClaim(text, k % 90_000, (k % 90_000) + 50, `${prefix}-${k}`), note: 'n'.repeat(2000) };
  const result = commitSidecar(file, state, { ...base, claims: [...base.claims, claim] });
  state = result.state;
  if (flag !== '--forever') continue;
  if (k === 0) process.stdout.write('ready\n');
}
