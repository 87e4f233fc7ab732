// Moves claims along with edits made while the article is open. An edit
// replaces [start, end) of the text before it with `newLength` characters.
// Insertions exactly at a claim's boundary fall outside it; text deleted from a
// claim is gone from it, text typed inside it becomes part of it.
import { targetFor } from './selectors';
import type { Anchored } from './types';

export interface Edit {
  start: number;
  end: number;
  newLength: number;
}

export interface MappedSpan {
  start: number;
  end: number;
  /** The edit changed text inside the span. */
  touched: boolean;
}

export function mapSpan(s: number, e: number, edit: Edit): MappedSpan {
  const { start: a, end: b, newLength } = edit;
  const delta = newLength - (b - a);
  if (a === b && newLength === 0) return { start: s, end: e, touched: false };
  // A collapsed (emptied) span takes text inserted right at it, so undo brings it back.
  if (s === e && a === s && b === s) return { start: s, end: s + newLength, touched: true };
  if (b <= s) return { start: s + delta, end: e + delta, touched: false };
  if (a >= e) return { start: s, end: e, touched: false };
  if (s <= a && b <= e) return { start: s, end: e + delta, touched: true }; // inside
  if (a <= s && e <= b) {
    // The whole claim was replaced: it stays on the replacement (empty if deleted).
    return { start: a, end: a + newLength, touched: true };
  }
  if (a < s) return { start: a + newLength, end: e + delta, touched: true }; // overlaps the start
  return { start: s, end: a, touched: true }; // overlaps the end
}

/** The single edit that turns `before` into `after` (common prefix and suffix). */
export function diffEdit(before: string, after: string): Edit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let q = 0;
  while (q < max - p && before.charCodeAt(before.length - 1 - q) === after.charCodeAt(after.length - 1 - q)) q++;
  return { start: p, end: before.length - q, newLength: after.length - p - q };
}

/** Like diffEdit, but the longest common suffix first: the other extreme of an ambiguous edit. */
export function diffEditFromEnd(before: string, after: string): Edit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let q = 0;
  while (q < max && before.charCodeAt(before.length - 1 - q) === after.charCodeAt(after.length - 1 - q)) q++;
  let p = 0;
  while (p < max - q && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  return { start: p, end: before.length - q, newLength: after.length - p - q };
}

/**
 * Moves claims from `before` to `after` when only the two texts are known
 * (one change at a time, as editors send them). Typing "X" before "Xyz" is
 * ambiguous (before or after the first X); each claim takes the reading that
 * leaves it untouched if there is one, so it stays anchored.
 */
export function applyTextChange<C extends Anchored>(claims: readonly C[], before: string, after: string): C[] {
  const a = diffEdit(before, after);
  if (!a) return claims as C[];
  const b = diffEditFromEnd(before, after) as Edit;
  const same = a.start === b.start && a.end === b.end;
  return claims.map((c) => {
    const { start, end } = c.target.position;
    const edit = !same && mapSpan(start, end, a).touched && !mapSpan(start, end, b).touched ? b : a;
    return applyEdits([c], [edit], after)[0];
  });
}

/**
 * Applies edits (each in the coordinates left by the previous one) to the
 * claims and refreshes their selectors against `after`, the resulting text.
 * Returns the claims that changed in any way (same order, new objects).
 */
export function applyEdits<C extends Anchored>(claims: readonly C[], edits: readonly Edit[], after: string): C[] {
  return claims.map((claim) => {
    let { start, end } = claim.target.position;
    let touched = false;
    let moved = false;
    for (const edit of edits) {
      const m = mapSpan(start, end, edit);
      if (m.start !== start || m.end !== end) moved = true;
      start = m.start;
      end = m.end;
      touched ||= m.touched;
    }
    if (!touched && !moved) {
      // Context may still have changed; refresh it only if it did.
      const t = targetFor(after, start, end);
      if (claim.anchor === 'orphaned' || (t.quote.prefix === claim.target.quote.prefix && t.quote.suffix === claim.target.quote.suffix)) {
        return claim;
      }
      return { ...claim, target: { ...t, extra: claim.target.extra } };
    }
    return settle(claim, after, start, end, touched);
  });
}

/** Decides a moved claim's anchor state from the text it now covers. */
function settle<C extends Anchored>(claim: C, after: string, start: number, end: number, touched: boolean): C {
  const tagged = claim.original ?? claim.target.quote.exact;
  const now = after.slice(start, end);
  const fresh = (): Anchored['target'] => ({ ...targetFor(after, start, end), extra: claim.target.extra });
  if (now.length > 0 && now === tagged) return { ...claim, target: fresh(), anchor: 'anchored', original: null };
  if (claim.anchor === 'orphaned' || (start === end && tagged.length > 0)) {
    // Undo (or a paste) brings the words back where the claim was: it returns to them.
    for (const [words, anchor] of [[tagged, 'anchored'], [claim.target.quote.exact, 'drifted']] as const) {
      const k = words.length > 0 ? now.indexOf(words) : -1;
      if (k < 0) continue;
      const target = { ...targetFor(after, start + k, start + k + words.length), extra: claim.target.extra };
      return { ...claim, target, anchor, original: anchor === 'anchored' ? null : tagged };
    }
    // Nothing of the claim is left: keep its quote so it can be re-attached.
    return { ...claim, anchor: 'orphaned', target: { ...claim.target, position: { start, end: start } } };
  }
  if (!touched) return { ...claim, target: fresh() };
  return { ...claim, target: fresh(), anchor: 'drifted', original: tagged };
}
