// Merging the corrections of two versions of a sidecar against the base, with
// the same rules as claims (merge.ts): a correction leaves only through a
// tombstone (removed by the person), one missing from a stale copy is kept;
// present on both sides, its value (type, source, code, reason) moves as one
// field — a hand edit (same time, the other side still at the base) wins, else
// the later `updatedAt`, then a fixed order — and its placement moves as one:
// the side that moved it wins, ours when both did.
import { canonical } from './canonical';
import type { Correction, Tombstone } from './types';

const valueOf = (c: Correction) =>
  canonical({ type: c.type, source: c.source ?? null, code: c.code, reason: c.reason ?? null, with: c.with ?? null, kind: c.kind, extra: c.extra ?? null });
const placementOf = (c: Correction) => canonical({ target: c.target, anchor: c.anchor, original: c.original });

function mergeOne(b: Correction | undefined, o: Correction, t: Correction, now: string): Correction {
  const [ov, tv] = [valueOf(o), valueOf(t)];
  let out: Correction = o;
  if (ov !== tv) {
    if (b && o.updatedAt === t.updatedAt && (ov === valueOf(b) || tv === valueOf(b))) {
      // Edited by hand on one side: that edit wins, stamped now so it also beats stale copies.
      const edited = ov === valueOf(b) ? t : o;
      out = { ...edited, updatedAt: now > edited.updatedAt ? now : edited.updatedAt };
    } else {
      const oWins = o.updatedAt !== t.updatedAt ? o.updatedAt > t.updatedAt : ov >= tv;
      out = oWins ? o : t;
    }
  }
  const [op, tp] = [placementOf(o), placementOf(t)];
  if (op !== tp && b && op === placementOf(b)) out = { ...out, target: t.target, anchor: t.anchor, original: t.original };
  else if (op !== tp) out = { ...out, target: o.target, anchor: o.anchor, original: o.original };
  const createdAt = o.createdAt < t.createdAt ? o.createdAt : t.createdAt;
  return out.createdAt === createdAt ? out : { ...out, createdAt };
}

export interface CorrectionsMerge {
  corrections: Correction[];
  /** The tombstones left: those of corrections set again after their removal are gone. */
  deleted: Tombstone[];
}

export function mergeCorrections(
  base: readonly Correction[] | null,
  ours: readonly Correction[],
  theirs: readonly Correction[],
  deleted: readonly Tombstone[],
  now: string,
): CorrectionsMerge {
  const b = new Map((base ?? []).map((c) => [c.id, c]));
  const o = new Map(ours.map((c) => [c.id, c]));
  const t = new Map(theirs.map((c) => [c.id, c]));
  const tombs = new Map(deleted.map((d) => [d.id, d]));
  const out: Correction[] = [];
  for (const id of new Set([...o.keys(), ...t.keys(), ...b.keys()])) {
    const oc = o.get(id);
    const tc = t.get(id);
    const merged = oc && tc ? mergeOne(b.get(id), oc, tc, now) : (oc ?? tc ?? (b.get(id) as Correction));
    const tomb = tombs.get(id);
    if (tomb && merged.updatedAt <= tomb.deletedAt) continue;
    if (tomb) tombs.delete(id);
    out.push(merged);
  }
  return { corrections: out, deleted: deleted.filter((d) => tombs.has(d.id)) };
}
