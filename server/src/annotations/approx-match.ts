// Bounded approximate string search: Myers' bit-parallel edit-distance
// algorithm (1999) in Hyyrö's block form, so patterns of any length work in
// O(n · ⌈m/32⌉). Finds where `pattern` occurs in `text` with at most `maxErrors`
// edits (insertions, deletions, substitutions).

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Match ends (exclusive) whose edit distance is ≤ maxErrors, with that distance. */
function matchEnds(text: string, pattern: string, maxErrors: number): { end: number; errors: number }[] {
  const m = pattern.length;
  const blocks = Math.ceil(m / 32);
  const peq = new Map<number, Int32Array>();
  for (let k = 0; k < m; k++) {
    const c = pattern.charCodeAt(k);
    let bits = peq.get(c);
    if (!bits) peq.set(c, (bits = new Int32Array(blocks)));
    bits[k >> 5] |= 1 << (k & 31);
  }
  const none = new Int32Array(blocks);
  const P = new Int32Array(blocks).fill(-1);
  const M = new Int32Array(blocks);
  const lastBit = 1 << ((m - 1) & 31);
  let score = m;
  const out: { end: number; errors: number }[] = [];
  for (let j = 0; j < text.length; j++) {
    const eq = peq.get(text.charCodeAt(j)) ?? none;
    let hin = 0; // row 0 is all zeros: a match may start anywhere
    for (let b = 0; b < blocks; b++) {
      const high = b === blocks - 1 ? lastBit : 1 << 31;
      let Eq = eq[b];
      const Pv = P[b];
      const Mv = M[b];
      const Xv = Eq | Mv;
      if (hin < 0) Eq |= 1;
      const Xh = ((((Eq & Pv) + Pv) | 0) ^ Pv) | Eq;
      let Ph = Mv | ~(Xh | Pv);
      let Mh = Pv & Xh;
      let hout = 0;
      if (Ph & high) hout = 1;
      else if (Mh & high) hout = -1;
      Ph <<= 1;
      Mh <<= 1;
      if (hin < 0) Mh |= 1;
      else if (hin > 0) Ph |= 1;
      P[b] = Mh | ~(Xv | Ph);
      M[b] = Ph & Xv;
      hin = hout;
    }
    score += hin;
    if (score <= maxErrors) out.push({ end: j + 1, errors: score });
  }
  return out;
}

function reverse(s: string): string {
  let r = '';
  for (let k = s.length - 1; k >= 0; k--) r += s[k];
  return r;
}

/** Plain edit distance for short strings (context comparison). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let k = 0; k <= b.length; k++) prev[k] = k;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let k = 1; k <= b.length; k++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(k - 1) ? 0 : 1;
      cur[k] = Math.min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * Approximate occurrences of `pattern`, best per neighbourhood: each local
 * minimum of the error count, with its start found by searching backwards.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number, limit = 16): ApproxMatch[] {
  if (pattern.length === 0) return [];
  const ends = matchEnds(text, pattern, maxErrors);
  // Runs of consecutive ends are one occurrence: keep the fewest errors of each run.
  const best: { end: number; errors: number }[] = [];
  let prevEnd = -2;
  for (const e of ends) {
    const last = best[best.length - 1];
    if (last && e.end === prevEnd + 1) {
      if (e.errors < last.errors) best[best.length - 1] = e;
    } else best.push(e);
    prevEnd = e.end;
  }
  best.sort((x, y) => x.errors - y.errors || x.end - y.end);
  const rpattern = reverse(pattern);
  const out: ApproxMatch[] = [];
  for (const e of best.slice(0, limit)) {
    // The start is where the reversed pattern, matched backwards from `end`, ends best.
    const from = Math.max(0, e.end - pattern.length - e.errors);
    const window = reverse(text.slice(from, e.end));
    const back = shortestAnchoredMatch(window, rpattern);
    out.push({ start: e.end - back, end: e.end, errors: e.errors });
  }
  return out;
}

/** Length of the prefix of `window` that `pattern` matches with fewest edits (closest to its length on ties). */
function shortestAnchoredMatch(window: string, pattern: string): number {
  // Banded DP anchored at window start: small (pattern ≤ quote, window ≤ quote + errors).
  const m = pattern.length;
  let prev = new Array<number>(window.length + 1);
  let cur = new Array<number>(window.length + 1);
  for (let k = 0; k <= window.length; k++) prev[k] = k;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let k = 1; k <= window.length; k++) {
      const cost = pattern.charCodeAt(i - 1) === window.charCodeAt(k - 1) ? 0 : 1;
      cur[k] = Math.min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  let bestLen = window.length;
  let bestErr = Infinity;
  for (let k = 0; k <= window.length; k++) {
    if (prev[k] < bestErr || (prev[k] === bestErr && Math.abs(k - m) < Math.abs(bestLen - m))) {
      bestErr = prev[k];
      bestLen = k;
    }
  }
  return bestLen;
}
