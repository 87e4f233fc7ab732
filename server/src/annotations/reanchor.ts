// Re-anchoring after the article changed where we could not watch (git
// checkout, another tool), after Hypothesis: the stored position if the quote
// is still there, else the quote's occurrences ranked by their context, else an
// approximate search ranked by quote, context and position, else orphaned.
// A claim is never dropped.
import { approxSearch, editDistance } from './approx-match';
import { targetFor } from './selectors';
import type { Anchored, AnchorState, Claim } from './types';

export type Placement = 'kept' | 'moved' | 'fuzzy' | 'orphaned';

export interface ReanchorOutcome<C extends Anchored = Claim> {
  claim: C;
  placement: Placement;
}

const MAX_OCCURRENCES = 500;
const MAX_FUZZY_ERRORS = 256;

function similarity(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  return len === 0 ? 1 : 1 - editDistance(a, b) / len;
}

/** Context score in [0, 1] of a candidate placement. */
function contextScore(text: string, claim: Anchored, start: number, end: number): number {
  const { prefix, suffix } = claim.target.quote;
  const p = similarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
  const s = similarity(text.slice(end, end + suffix.length), suffix);
  return (p + s) / 2;
}

function positionScore(text: string, claim: Anchored, start: number): number {
  return 1 - Math.min(1, Math.abs(start - claim.target.position.start) / Math.max(1, text.length));
}

function exactOccurrences(text: string, exact: string): number[] {
  const out: number[] = [];
  for (let k = text.indexOf(exact); k !== -1 && out.length < MAX_OCCURRENCES; k = text.indexOf(exact, k + 1)) out.push(k);
  return out;
}

function placed<C extends Anchored>(claim: C, text: string, start: number, end: number, anchor: AnchorState, original: string | null): C {
  return { ...claim, target: { ...targetFor(text, start, end), extra: claim.target.extra }, anchor, original };
}

/** Near the stored position first; the whole text only when that finds nothing and it is not huge. */
const FUZZY_WINDOW = 20_000;
const FUZZY_WHOLE_TEXT_MAX = 500_000;

function fuzzyCandidates(text: string, exact: string, maxErrors: number, near: number) {
  const from = Math.max(0, near - FUZZY_WINDOW);
  const to = Math.min(text.length, near + exact.length + FUZZY_WINDOW);
  const local = approxSearch(text.slice(from, to), exact, maxErrors).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
  if (local.length > 0 || (from === 0 && to === text.length) || text.length > FUZZY_WHOLE_TEXT_MAX) return local;
  return approxSearch(text, exact, maxErrors);
}

export function reanchorClaim<C extends Anchored>(claim: C, text: string): ReanchorOutcome<C> {
  const { exact } = claim.target.quote;
  const { start, end } = claim.target.position;
  const tagged = claim.original ?? exact;
  // The state a claim has when it sits on exactly its quote again.
  const exactState: AnchorState = exact === tagged ? 'anchored' : 'drifted';
  const exactOriginal = exact === tagged ? null : tagged;
  if (exact.length === 0) return { claim: { ...claim, anchor: 'orphaned' }, placement: 'orphaned' };

  if (end <= text.length && text.slice(start, end) === exact) {
    const c = placed(claim, text, start, end, exactState, exactOriginal);
    return { claim: c, placement: 'kept' };
  }

  const hits = exactOccurrences(text, exact);
  if (hits.length > 0) {
    let best = hits[0];
    let bestScore = -1;
    for (const h of hits) {
      const score = 20 * contextScore(text, claim, h, h + exact.length) + 2 * positionScore(text, claim, h);
      if (score > bestScore) [best, bestScore] = [h, score];
    }
    return { claim: placed(claim, text, best, best + exact.length, exactState, exactOriginal), placement: 'moved' };
  }

  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(exact.length / 3));
  if (maxErrors > 0) {
    let best: { start: number; end: number; score: number } | null = null;
    for (const m of fuzzyCandidates(text, exact, maxErrors, start)) {
      if (m.end <= m.start) continue;
      const q = 1 - m.errors / exact.length;
      const score =
        50 * q + 40 * contextScore(text, claim, m.start, m.end) + 2 * positionScore(text, claim, m.start);
      if (!best || score > best.score) best = { start: m.start, end: m.end, score };
    }
    if (best) {
      const now = text.slice(best.start, best.end);
      const c = placed(claim, text, best.start, best.end, now === tagged ? 'anchored' : 'drifted', now === tagged ? null : tagged);
      return { claim: c, placement: 'fuzzy' };
    }
  }
  return { claim: claim.anchor === 'orphaned' ? claim : { ...claim, anchor: 'orphaned' }, placement: 'orphaned' };
}

export interface ReanchorReport {
  claims: Claim[];
  outcomes: ReanchorOutcome[];
}

export function reanchorAll(claims: readonly Claim[], text: string): ReanchorReport {
  const outcomes = claims.map((c) => reanchorClaim(c, text));
  return { claims: outcomes.map((o) => o.claim), outcomes };
}
