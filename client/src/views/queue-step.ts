// Walking the claims queue (Next / Previous Claim to Check), as plain data so tests run it
// without VS Code: from the queued sentence at the cursor to the next one in the queue's order
// (best-scored first), wrapping around; from elsewhere, to the first (or, going back, the last).

interface Pos {
  line: number;
  character: number;
}

interface Ranged {
  range: { start: Pos; end: Pos };
}

const before = (a: Pos, b: Pos) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** The range contains the position, both ends included (a selected sentence has the cursor at its end). */
export function contains(r: Ranged['range'], p: Pos): boolean {
  return !before(p, r.start) && !before(r.end, p);
}

export function stepInQueue<T extends Ranged>(candidates: readonly T[], cursor: Pos, direction: 1 | -1): T | undefined {
  const n = candidates.length;
  if (n === 0) return undefined;
  const here = candidates.findIndex((c) => contains(c.range, cursor));
  const at = here < 0 ? (direction === 1 ? 0 : n - 1) : (here + direction + n) % n;
  return candidates[at];
}
