// Applies a person's corrections to the engine's analysis: a new Analysis with
// entity types changed (mentions removed or added, entities regrouped), quote
// sources replaced, and dismissed findings recorded (check-worthy candidates and
// boilerplate dismissed are taken out; every dismissal is listed in `dismissed`
// so diagnostics skip it). Pure: the server applies it to each snapshot and the
// CLI to each file, so every view and export shows the corrected result.
import type { Analysis, Attribution, DismissedFinding, Mention } from '../analysis/types';
import type { Correction, EntityTypeChoice } from '../annotations/types';
import { anchorCorrections } from './anchor';
import { applyEntityType, applyMerge, applySplit, type EntityWork, rebuildEntities } from './entity-types';
import { applyQuoteSource } from './quote-sources';
import { mostlySame, namesIn, type Range } from './spans';

export interface Corrected {
  analysis: Analysis;
  /** The corrections re-anchored on the analysed text (orphaned ones applied nowhere). */
  corrections: Correction[];
}

const byTime = (a: Correction, b: Correction) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : a.id < b.id ? -1 : 1);
const spanOf = (c: { target: { position: Range } }): Range => c.target.position;

/**
 * Re-anchors `corrections` on the analysis text and applies them, after the workspace's `names`
 * (name → type, from the workspace names file: an article's own correction of a name wins).
 * Nothing to apply: the same analysis.
 */
export function applyCorrections(analysis: Analysis, corrections: readonly Correction[], names?: ReadonlyMap<string, EntityTypeChoice> | null): Corrected {
  if (corrections.length === 0 && (!names || names.size === 0)) return { analysis, corrections: [] };
  const anchored = anchorCorrections(corrections, analysis.text);
  const live = anchored.filter((c) => c.anchor !== 'orphaned').sort(byTime);
  const text = analysis.text;

  // 1. Entity types, one name at a time (the later correction wins where names overlap).
  const w: EntityWork = {
    text,
    mentions: analysis.mentions,
    meta: new Map(analysis.entities.map((e) => [e.id, { type: e.type, role: e.role }])),
  };
  const typed = live.filter((c) => c.kind === 'entity-type' && c.type);
  const own = new Set(typed.map((c) => c.target.quote.exact));
  let changed = false;
  // The workspace's names first (only those this text holds), then the article's own corrections.
  const present = names && names.size > 0 ? namesIn(text, names.keys()) : new Set<string>();
  for (const [name, type] of names ?? []) {
    if (own.has(name) || !present.has(name)) continue;
    applyEntityType(w, name, type);
    changed = true;
  }
  for (const c of typed) applyEntityType(w, c.target.quote.exact, c.type!);
  changed ||= typed.length > 0;
  // Then the grouping, in the order it was decided.
  for (const c of live) {
    if (c.kind === 'entity-merge' && c.with && c.with.anchor !== 'orphaned') applyMerge(w, spanOf(c), spanOf(c.with));
    else if (c.kind === 'entity-split') applySplit(w, c.target.quote.exact);
    else continue;
    changed = true;
  }
  const entities = changed ? rebuildEntities(w) : analysis.entities;
  const mentions = w.mentions;
  let attributions = changed ? resolveSources(analysis.attributions, analysis.mentions, mentions) : analysis.attributions;

  // 2. Quote sources.
  const dismissed: DismissedFinding[] = [...(analysis.dismissed ?? [])];
  for (const c of live.filter((x) => x.kind === 'quote-source')) {
    const source = c.source === undefined ? null : c.source;
    if (source && source.anchor === 'orphaned') continue; // the source's words are gone: keep the engine's
    const r = applyQuoteSource(text, attributions, mentions, spanOf(c), source ? spanOf(source) : null);
    attributions = r.attributions;
    for (const a of r.anonymous) dismissed.push({ start: a.start, end: a.end, code: 'unattributed-quote', reason: 'unnamed source' });
  }

  // 3. Dismissed findings.
  const gone = live.filter((c) => c.kind === 'dismiss' && c.code);
  for (const c of gone) dismissed.push({ ...spanOf(c), code: c.code!, reason: c.reason ?? null });
  const dismissedAs = (code: string) => (s: Range) => !gone.some((c) => c.code === code && mostlySame(spanOf(c), s));
  const claims = analysis.claims.filter(dismissedAs('check-worthy'));
  const boilerplate = analysis.boilerplate.filter(dismissedAs('boilerplate'));
  const segmentation =
    boilerplate.length === analysis.boilerplate.length
      ? analysis.segmentation
      : { ...analysis.segmentation, boilerplate: analysis.segmentation.boilerplate.filter(dismissedAs('boilerplate')) };

  return {
    analysis: { ...analysis, segmentation, entities, mentions, attributions, claims, boilerplate, dismissed },
    corrections: anchored,
  };
}

/**
 * After regrouping: a source that names a mention follows the mention's entity; a source
 * resolved to an entity that is gone (a pronoun, a description) follows where that entity's
 * mentions went, if they all went to one entity, else has none.
 */
function resolveSources(list: readonly Attribution[], before: readonly Mention[], after: readonly Mention[]): Attribution[] {
  const key = (s: Range) => `${s.start}:${s.end}`;
  const was = new Map(before.map((m) => [key(m), m.entity]));
  const now = new Map(after.map((m) => [key(m), m.entity]));
  const alive = new Set(after.map((m) => m.entity));
  const wentTo = new Map<string, Set<string>>();
  for (const m of before) {
    const to = now.get(key(m));
    if (to) wentTo.set(m.entity, (wentTo.get(m.entity) ?? new Set()).add(to));
  }
  const follow = (id: string): string | null => {
    const to = wentTo.get(id);
    return to && to.size === 1 ? [...to][0] : null;
  };
  return list.map((a) => {
    if (!a.source) return a.sourceEntity && !alive.has(a.sourceEntity) ? { ...a, sourceEntity: follow(a.sourceEntity) } : a;
    const k = key(a.source);
    let entity = a.sourceEntity;
    if (now.has(k) && (was.get(k) === a.sourceEntity || !was.has(k) || a.sourceEntity === null)) entity = now.get(k)!;
    else if (entity && !alive.has(entity)) entity = follow(entity);
    return entity === a.sourceEntity ? a : { ...a, sourceEntity: entity };
  });
}

/** True when the finding `code` at `span` was dismissed by a correction (diagnostics skip it). */
export function isDismissed(analysis: Analysis, code: string, span: Range): boolean {
  return (analysis.dismissed ?? []).some((d) => d.code === code && mostlySame(d, span));
}
