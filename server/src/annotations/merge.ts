// Three-way merge of sidecars by claim id, for two writers at once (two
// editors, an editor and a git pull). `base` is what the writer last read from
// disk, `ours` what it wants to write, `theirs` what is on disk now. Nothing is
// lost: a claim changed on one side and deleted on the other is kept; a claim
// changed on both sides keeps the later `updatedAt` (ours on a tie).
import { claimFingerprint } from './format';
import type { Claim, Sidecar } from './types';

export function mergeClaims(base: readonly Claim[] | null, ours: readonly Claim[], theirs: readonly Claim[]): Claim[] {
  const b = new Map((base ?? []).map((c) => [c.id, c]));
  const o = new Map(ours.map((c) => [c.id, c]));
  const t = new Map(theirs.map((c) => [c.id, c]));
  const same = (x: Claim | undefined, y: Claim | undefined): boolean =>
    x !== undefined && y !== undefined && claimFingerprint(x) === claimFingerprint(y);
  const out: Claim[] = [];
  const ids = new Set([...o.keys(), ...t.keys()]);
  for (const id of ids) {
    const oc = o.get(id);
    const tc = t.get(id);
    const bc = b.get(id);
    if (oc && tc) {
      if (same(oc, tc) || same(tc, bc)) out.push(oc);
      else if (same(oc, bc)) out.push(tc);
      else out.push(tc.updatedAt > oc.updatedAt ? tc : oc);
    } else if (oc) {
      // Only ours has it: they deleted an unchanged claim, or we added / changed it.
      if (!(bc && same(oc, bc))) out.push(oc);
    } else if (tc) {
      if (!(bc && same(tc, bc))) out.push(tc);
    }
  }
  return out;
}

export function mergeSidecars(base: Sidecar | null, ours: Sidecar, theirs: Sidecar): Sidecar {
  const extra = theirs.extra || ours.extra ? { ...theirs.extra, ...ours.extra } : undefined;
  const merged: Sidecar = { ...ours, claims: mergeClaims(base?.claims ?? null, ours.claims, theirs.claims) };
  if (extra) merged.extra = extra;
  return merged;
}
