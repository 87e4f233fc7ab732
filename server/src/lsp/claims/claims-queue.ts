// The claims queue: check-worthy sentences nobody has tagged yet, best-scored first, with their
// reasons (`newsAnnotator/checkWorthy`, the Claims view). One function decides what is in the
// queue, and the diagnostics, the counts, the overview and the outline all read it, so they agree.
import type { ClaimCandidate as Candidate } from '../../analysis';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import type { Snapshot } from '../documents';
import { CHECK_WORTHY_REQUEST, type CheckWorthyList, type DocumentParams } from '../../shared/protocol';

/**
 * The untagged check-worthy candidates of a document, in text order: scored at least
 * `newsAnnotator.checkWorthyThreshold` and not overlapping a tagged claim that is still in the
 * text. Sentences a person marked "not check-worthy" are already gone: the snapshot's analysis
 * has the sidecar's corrections applied (corrections/apply.ts). Every view of the queue follows.
 */
export function untaggedCandidates(ctx: ServerContext, snap: Snapshot): Candidate[] {
  const threshold = ctx.settings().checkWorthyThreshold;
  const tagged = ctx.hooks.taggedClaims(snap.uri).filter((c) => c.anchor !== 'orphaned');
  return snap.analysis.claims.filter((c) => c.score >= threshold && !tagged.some((t) => t.start < c.end && c.start < t.end));
}

/** The queue's order: best score first, then earlier in the text. */
export function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.start - b.start;
}

export function checkWorthyList(ctx: ServerContext, snap: Snapshot): CheckWorthyList {
  const candidates = [...untaggedCandidates(ctx, snap)].sort(byScore).map((c) => ({
    text: c.text,
    score: c.score,
    reasons: c.reasons,
    range: toRange(snap.doc, c),
  }));
  return { uri: snap.uri, version: snap.version, threshold: ctx.settings().checkWorthyThreshold, candidates };
}

export function register(ctx: ServerContext): void {
  ctx.connection.onRequest(CHECK_WORTHY_REQUEST, async (params: DocumentParams, token): Promise<CheckWorthyList | null> => {
    if (!params || typeof params.uri !== 'string') return null;
    const snap = await ctx.store.snapshot(params.uri, token);
    return snap ? checkWorthyList(ctx, snap) : null;
  });
}
