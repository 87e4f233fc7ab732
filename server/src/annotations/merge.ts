// Merging two versions of a sidecar written at once (two editors, an editor
// and a hand edit, a git pull), against the version the writer last read
// (`base`). The rules, also in README.md:
//
// 1. A claim leaves only through an explicit untag, recorded as a tombstone
//    (`deleted`). A claim missing from one side without a tombstone is kept:
//    that side is a stale copy, not a deletion. A tombstone removes the claim
//    unless the claim was edited after it (`updatedAt` > `deletedAt`).
// 2. A claim present on both sides is merged field by field. Each user field
//    carries the time it was last set (`edited`, else `createdAt`):
//    equal values stay; the same time with one side still at the base value
//    means the other side was edited by hand, and that edit wins; evidence
//    lists are combined; otherwise the later time wins (then the later
//    `updatedAt`, then a fixed order, so every writer reaches the same result).
//    A losing value that was itself an edit (it is not the base value) is kept
//    in the claim's `history` and reported as a conflict.
// 3. Placement (target, anchor, original) moves as one: the side that moved
//    it wins, ours when both did; the caller re-anchors on its text anyway.
// 4. Unknown fields: the side that changed a key wins, ours when both did.
import type { Claim, Evidence, Extra, HistoryEntry, MergedField, Sidecar, Tombstone } from './types';
import { MERGED_FIELDS } from './types';
import { canonical } from './canonical';
import { mergeCorrections } from './merge-corrections';

/** Oldest history entries beyond this are dropped (per claim). */
export const HISTORY_MAX = 20;
/** Oldest tombstones beyond this are dropped. */
export const TOMBSTONES_MAX = 10_000;

/** Two edits of one field made at once: `kept` stayed, `lost` went to the claim's history. */
export interface MergeConflict {
  claimId: string;
  field: MergedField;
  kept: unknown;
  lost: unknown;
}

export interface MergeResult {
  sidecar: Sidecar;
  conflicts: MergeConflict[];
}

export { canonical } from './canonical';

const same = (a: unknown, b: unknown): boolean => a === b || canonical(a) === canonical(b);
const later = (a: string, b: string): string => (a > b ? a : b);

export function fieldTime(c: Claim, f: MergedField): string {
  return c.edited?.[f] ?? c.createdAt;
}

/** Evidence of both sides, one item per URL (the earlier-added one), in the order added. */
function combineEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const byUrl = new Map<string, Evidence>();
  for (const e of [...a, ...b]) {
    const had = byUrl.get(e.url);
    if (!had || e.addedAt < had.addedAt) byUrl.set(e.url, e);
  }
  return [...byUrl.values()].sort((x, y) => (x.addedAt < y.addedAt ? -1 : x.addedAt > y.addedAt ? 1 : x.url < y.url ? -1 : 1));
}

function historyKey(h: HistoryEntry): string {
  return `${h.field}\u0000${h.at}\u0000${canonical(h.value)}`;
}

function combineHistory(...lists: Array<readonly HistoryEntry[] | undefined>): HistoryEntry[] {
  const byKey = new Map<string, HistoryEntry>();
  for (const list of lists) {
    for (const h of list ?? []) {
      // The same lost value recorded by two merges: keep the earlier record, whichever side has it.
      const had = byKey.get(historyKey(h));
      if (!had || h.replacedAt < had.replacedAt) byKey.set(historyKey(h), h);
    }
  }
  const all = [...byKey.values()].sort((x, y) =>
    x.replacedAt !== y.replacedAt ? (x.replacedAt < y.replacedAt ? -1 : 1) : historyKey(x) < historyKey(y) ? -1 : 1,
  );
  return all.slice(Math.max(0, all.length - HISTORY_MAX));
}

/** Three-way merge of unknown fields, key by key. */
function mergeExtra(b: Extra | undefined, o: Extra | undefined, t: Extra | undefined): Extra | undefined {
  if (!o && !t) return undefined;
  const out: Extra = {};
  for (const k of new Set([...Object.keys(o ?? {}), ...Object.keys(t ?? {})])) {
    const ov = o?.[k];
    const tv = t?.[k];
    const bv = b?.[k];
    const v = same(ov, tv) ? ov : b && same(ov, bv) ? tv : ov === undefined && tv !== undefined && !(b && k in b) ? tv : ov;
    if (v !== undefined) out[k] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

const placement = (c: Claim) => ({ target: c.target, anchor: c.anchor, original: c.original });

/** One claim present on both sides, merged field by field (rules 2–4). */
export function mergeClaim(b: Claim | undefined, o: Claim, t: Claim, now: string, conflicts: MergeConflict[]): Claim {
  const out: Claim = { ...o };
  const edited: Record<string, string> = { ...t.edited, ...o.edited };
  const lost: HistoryEntry[] = [];
  let updatedAt = later(o.updatedAt, t.updatedAt);
  const createdAt = o.createdAt < t.createdAt ? o.createdAt : t.createdAt;
  for (const f of MERGED_FIELDS) {
    const ov = o[f];
    const tv = t[f];
    const ot = fieldTime(o, f);
    const tt = fieldTime(t, f);
    let value: unknown = ov;
    let time = later(ot, tt);
    if (same(ov, tv)) {
      // nothing to decide
    } else if (b && ot === tt && (same(ov, b[f]) || same(tv, b[f]))) {
      // Same time, one side still at the base: the other was edited by hand. Stamp it, so it
      // also wins against copies that still hold the old value.
      value = same(ov, b[f]) ? tv : ov;
      time = later(now, ot);
    } else if (f === 'evidence') {
      // Combined. A list neither side had is a new value, with a time of its own (so that a
      // copy holding either list is not taken for a hand edit of it later).
      value = combineEvidence(o.evidence, t.evidence);
      time = same(value, ov) ? ot : same(value, tv) ? tt : later(now, time);
    } else {
      const oWins = ot !== tt ? ot > tt : o.updatedAt !== t.updatedAt ? o.updatedAt > t.updatedAt : canonical(ov) >= canonical(tv);
      value = oWins ? ov : tv;
      const loser = oWins ? tv : ov;
      if (!b || !same(loser, b[f])) {
        lost.push({ field: f, value: loser, at: oWins ? tt : ot, replacedAt: now });
        conflicts.push({ claimId: o.id, field: f, kept: value, lost: loser });
      }
    }
    (out as unknown as Record<string, unknown>)[f] = value;
    if (time !== createdAt) edited[f] = time;
    else delete edited[f];
    updatedAt = later(updatedAt, time);
  }
  if (!same(placement(o), placement(t)) && b && same(placement(o), placement(b))) Object.assign(out, placement(t));
  out.createdAt = createdAt;
  out.updatedAt = updatedAt;
  if (Object.keys(edited).length > 0) out.edited = edited;
  else delete out.edited;
  const history = combineHistory(o.history, t.history, lost);
  if (history.length > 0) out.history = history;
  else delete out.history;
  const extra = mergeExtra(b?.extra, o.extra, t.extra);
  if (extra) out.extra = extra;
  else delete out.extra;
  return out;
}

function combineTombstones(...lists: Array<readonly Tombstone[] | undefined>): Map<string, Tombstone> {
  const byId = new Map<string, Tombstone>();
  for (const list of lists) {
    for (const d of list ?? []) {
      const had = byId.get(d.id);
      if (!had || d.deletedAt > had.deletedAt) byId.set(d.id, d);
    }
  }
  return byId;
}

export interface ClaimsMerge {
  claims: Claim[];
  deleted: Tombstone[];
  conflicts: MergeConflict[];
}

/** Claims and tombstones of both sides merged against the base (rules 1–4). */
export function mergeClaimSets(
  base: { claims: readonly Claim[]; deleted?: readonly Tombstone[] } | null,
  ours: { claims: readonly Claim[]; deleted?: readonly Tombstone[] },
  theirs: { claims: readonly Claim[]; deleted?: readonly Tombstone[] },
  now: string = new Date().toISOString(),
): ClaimsMerge {
  const b = new Map((base?.claims ?? []).map((c) => [c.id, c]));
  const o = new Map(ours.claims.map((c) => [c.id, c]));
  const t = new Map(theirs.claims.map((c) => [c.id, c]));
  const tombs = combineTombstones(base?.deleted, ours.deleted, theirs.deleted);
  const conflicts: MergeConflict[] = [];
  const claims: Claim[] = [];
  // A claim only the base still has was dropped by a writer that kept no tombstone: keep it.
  for (const id of new Set([...o.keys(), ...t.keys(), ...b.keys()])) {
    const oc = o.get(id);
    const tc = t.get(id);
    const merged = oc && tc ? mergeClaim(b.get(id), oc, tc, now, conflicts) : (oc ?? tc ?? (b.get(id) as Claim));
    const tomb = tombs.get(id);
    if (tomb && merged.updatedAt <= tomb.deletedAt) continue;
    if (tomb) tombs.delete(id); // tagged or edited again after the untag
    claims.push(merged);
  }
  const deleted = [...tombs.values()].sort((x, y) => (x.deletedAt < y.deletedAt ? -1 : x.deletedAt > y.deletedAt ? 1 : x.id < y.id ? -1 : 1));
  return { claims, deleted: deleted.slice(Math.max(0, deleted.length - TOMBSTONES_MAX)), conflicts };
}

/** Claims only, for callers without tombstones. */
export function mergeClaims(base: readonly Claim[] | null, ours: readonly Claim[], theirs: readonly Claim[], now?: string): Claim[] {
  return mergeClaimSets(base ? { claims: base } : null, { claims: ours }, { claims: theirs }, now).claims;
}

export function mergeSidecars(base: Sidecar | null, ours: Sidecar, theirs: Sidecar, now: string = new Date().toISOString()): MergeResult {
  const m = mergeClaimSets(base, ours, theirs, now);
  const merged: Sidecar = { ...ours, claims: m.claims };
  // Corrections (version 2) follow the same rules and share the tombstones.
  const mc = mergeCorrections(base?.corrections ?? null, ours.corrections ?? [], theirs.corrections ?? [], m.deleted, now);
  if (ours.version === 2 || theirs.version === 2 || mc.corrections.length > 0) {
    merged.version = 2;
    merged.corrections = mc.corrections;
  } else delete merged.corrections;
  m.deleted = mc.deleted;
  if (m.deleted.length > 0) merged.deleted = m.deleted;
  else delete merged.deleted;
  const extra = mergeExtra(base?.extra, ours.extra, theirs.extra);
  if (extra) merged.extra = extra;
  else delete merged.extra;
  return { sidecar: merged, conflicts: m.conflicts };
}

/** The tombstone for untagging `claim` now: late enough to cover the version the user saw. */
export function tombstoneFor(claim: Claim, now: string): Tombstone {
  return { id: claim.id, deletedAt: later(now, claim.updatedAt) };
}
