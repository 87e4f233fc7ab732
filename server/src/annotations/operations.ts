// Edits of tagged claims: status, note, evidence, untag, re-attach. Pure:
// each returns a new claim list (or the same one when nothing changed). Each
// edit records when the field was set (`edited`), which merges go by.
import { targetFor } from './selectors';
import { trimSpan } from './tagging';
import { CLAIM_STATUSES, type Claim, type ClaimStatus } from './types';

export class ClaimError extends Error {}

function update(claims: readonly Claim[], id: string, change: (c: Claim) => Claim | null): Claim[] {
  const k = claims.findIndex((c) => c.id === id);
  if (k < 0) throw new ClaimError(`No claim with id ${id} (it may have been untagged elsewhere).`);
  const next = change(claims[k]);
  if (next === claims[k]) return claims as Claim[];
  const out = [...claims];
  if (next) out[k] = next;
  else out.splice(k, 1);
  return out;
}

export function isStatus(v: unknown): v is ClaimStatus {
  return typeof v === 'string' && (CLAIM_STATUSES as readonly string[]).includes(v);
}

export function setStatus(claims: readonly Claim[], id: string, status: ClaimStatus, now: string): Claim[] {
  if (!isStatus(status)) throw new ClaimError(`Unknown status ${String(status)}; use one of ${CLAIM_STATUSES.join(', ')}.`);
  return update(claims, id, (c) => (c.status === status ? c : { ...c, status, updatedAt: now, edited: { ...c.edited, status: now } }));
}

export function setNote(claims: readonly Claim[], id: string, note: string, now: string): Claim[] {
  return update(claims, id, (c) => (c.note === note ? c : { ...c, note, updatedAt: now, edited: { ...c.edited, note: now } }));
}

export function addEvidence(claims: readonly Claim[], id: string, url: string, title: string | null, now: string): Claim[] {
  const u = url.trim();
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(u)) throw new ClaimError(`Not a link: "${url}". Give a URL such as https://…`);
  return update(claims, id, (c) =>
    c.evidence.some((e) => e.url === u)
      ? c
      : { ...c, evidence: [...c.evidence, { url: u, title, addedAt: now }], updatedAt: now, edited: { ...c.edited, evidence: now } },
  );
}

export function untag(claims: readonly Claim[], id: string): Claim[] {
  return update(claims, id, () => null);
}

/** Puts a claim (typically an orphan) on a new span; it is anchored there from now on. */
export function reattach(claims: readonly Claim[], id: string, text: string, start: number, end: number, now: string): Claim[] {
  const span = trimSpan(text, start, end);
  if (!span) throw new ClaimError('Select the text the claim should be attached to.');
  return update(claims, id, (c) => ({
    ...c,
    target: { ...targetFor(text, span.start, span.end), extra: c.target.extra },
    anchor: 'anchored',
    original: null,
    updatedAt: now,
  }));
}

/** The claim under an offset (the innermost if nested); orphans have no place. */
export function claimAt(claims: readonly Claim[], offset: number): Claim | undefined {
  let best: Claim | undefined;
  for (const c of claims) {
    if (c.anchor === 'orphaned') continue;
    const { start, end } = c.target.position;
    if (offset >= start && offset <= end && (!best || end - start < best.target.position.end - best.target.position.start)) best = c;
  }
  return best;
}
