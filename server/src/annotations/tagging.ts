// Turning a span of the article into a claim record, from the analysis:
// its kind, its source (from an attribution, resolved to an entity), and the
// figures and entities inside it.
import { PREDICTION_MARKERS } from '../analysis/claims/markers';
import type { Analysis } from '../analysis/types';
import { createHash } from 'node:crypto';
import { isStatisticKind } from '../shared/vocabulary';
import { targetFor } from './selectors';
import type { Claim, ClaimEntity, ClaimFigure, ClaimKind, ClaimSource } from './types';

/** Trims surrounding whitespace off a span; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return s < e ? { start: s, end: e } : null;
}

const overlaps = (a: { start: number; end: number }, s: number, e: number): boolean => a.start < e && a.end > s;
const inside = (a: { start: number; end: number }, s: number, e: number): boolean => a.start >= s && a.end <= e;

function claimKind(analysis: Analysis, s: number, e: number, figures: ClaimFigure[], hasAttribution: boolean): ClaimKind {
  if (figures.some((f) => isStatisticKind(f.kind))) return 'statistic';
  if (hasAttribution) return 'quotation';
  const words = analysis.text.slice(s, e).toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.some((w) => PREDICTION_MARKERS.has(w))) return 'prediction';
  return 'assertion';
}

/** Ids depend on the quote and its context: two editors tagging the same words get the same id. */
export function claimId(target: Claim['target'], taken: ReadonlySet<string>): string {
  const { exact, prefix, suffix } = target.quote;
  const base = 'c-' + createHash('sha256').update(`${prefix}\u0000${exact}\u0000${suffix}`).digest('hex').slice(0, 12);
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  return id;
}

export interface TagInput {
  analysis: Analysis;
  start: number;
  end: number;
  author: string | null;
  now: string;
  existing: readonly Claim[];
}

export type TagResult = { created: true; claim: Claim } | { created: false; claim: Claim | null; reason: string };

export function tagClaim(input: TagInput): TagResult {
  const { analysis, author, now, existing } = input;
  const text = analysis.text;
  const span = trimSpan(text, input.start, input.end);
  if (!span) return { created: false, claim: null, reason: 'Select some text to tag as a claim.' };
  const { start: s, end: e } = span;
  const same = existing.find(
    (c) => c.anchor !== 'orphaned' && c.target.position.start === s && c.target.position.end === e,
  );
  if (same) return { created: false, claim: same, reason: 'This text is already tagged as a claim.' };

  const figures: ClaimFigure[] = analysis.figures
    .filter((f) => inside(f, s, e))
    .map((f) => ({ text: f.text, kind: f.kind, value: f.value, unit: f.unit }));
  const attribution = analysis.attributions.find((a) => overlaps(a.content, s, e));
  const byId = new Map(analysis.entities.map((en) => [en.id, en]));
  let source: ClaimSource | null = null;
  if (attribution?.source) {
    // "It said …": the claim names the body the pronoun stands for, as the article wrote it earlier.
    source = { text: attribution.sourceAntecedent?.text ?? attribution.source.text, entity: attribution.sourceEntity ? byId.get(attribution.sourceEntity)?.name ?? null : null };
  }
  const entities: ClaimEntity[] = [];
  const seen = new Set<string>();
  for (const m of analysis.mentions) {
    if (!inside(m, s, e) || seen.has(m.entity)) continue;
    const en = byId.get(m.entity);
    if (!en || en.role === 'credit') continue;
    seen.add(m.entity);
    entities.push({ name: en.name, type: en.type });
  }
  const target = targetFor(text, s, e);
  const claim: Claim = {
    id: claimId(target, new Set(existing.map((c) => c.id))),
    target,
    kind: claimKind(analysis, s, e, figures, attribution !== undefined),
    source,
    figures,
    entities,
    status: 'unverified',
    note: '',
    evidence: [],
    author,
    createdAt: now,
    updatedAt: now,
    anchor: 'anchored',
    original: null,
  };
  // Same words tagged before (e.g. by another editor) but placed elsewhere now: keep one.
  const twin = existing.find((c) => c.id === claimId(target, new Set()));
  if (twin && twin.target.quote.exact === target.quote.exact && twin.anchor !== 'orphaned') {
    return { created: false, claim: twin, reason: 'This text is already tagged as a claim.' };
  }
  return { created: true, claim };
}
