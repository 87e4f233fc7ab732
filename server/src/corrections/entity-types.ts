// Entity-type corrections: every whole-word occurrence of the corrected name
// takes the person's type. NONE removes the mentions (not a name); a name the
// engine missed becomes a mention wherever it stands alone (not inside a longer
// name). Entities are regrouped: an entity all of whose mentions carry the name
// changes type; otherwise the name's mentions leave it for an entity of their own.
import type { Entity, EntityType, Mention } from '../analysis/types';
import type { EntityTypeChoice } from '../annotations/types';
import { overlaps, type Range, wordOccurrences } from './spans';

export interface EntityWork {
  text: string;
  mentions: Mention[];
  /** Type and role of each entity id, in the order entities are listed. */
  meta: Map<string, { type: EntityType; role: Entity['role'] }>;
}

/** The id a corrected name's own entity gets (stable, so views and exports can refer to it). */
export const correctedEntityId = (name: string) => `corrected:${name}`;

export function applyEntityType(w: EntityWork, name: string, type: EntityTypeChoice): void {
  const affected: Mention[] = [];
  const added: Mention[] = [];
  for (const occ of wordOccurrences(w.text, name)) {
    const over = w.mentions.filter((m) => overlaps(m, occ));
    const same = over.find((m) => m.start === occ.start && m.end === occ.end);
    if (same) {
      affected.push(same);
      continue;
    }
    // Inside a longer name ("Suncor" in "Suncor Energy"): that name stands.
    if (over.some((m) => m.start < occ.start || m.end > occ.end)) continue;
    // Covers shorter mentions ("Canada" of "Bank of Canada"): the corrected name replaces them.
    if (over.length > 0) w.mentions = w.mentions.filter((m) => !over.includes(m));
    if (type !== 'NONE') added.push({ start: occ.start, end: occ.end, text: name, type, entity: '' });
  }
  if (type === 'NONE') {
    const gone = new Set(affected);
    w.mentions = w.mentions.filter((m) => !gone.has(m));
    return;
  }
  // Which entities keep the name: those whose every mention is this name.
  const byEntity = new Map<string, Mention[]>();
  for (const m of w.mentions) byEntity.set(m.entity, [...(byEntity.get(m.entity) ?? []), m]);
  const kept = new Set<string>();
  for (const m of affected) {
    if ((byEntity.get(m.entity) ?? []).every((x) => x.text === name)) kept.add(m.entity);
  }
  const own = correctedEntityId(name);
  const home = [...kept][0] ?? own;
  for (const id of kept) w.meta.set(id, { type, role: w.meta.get(id)?.role ?? 'newsmaker' });
  if (!w.meta.has(home)) w.meta.set(home, { type, role: 'newsmaker' });
  w.meta.set(home, { type, role: w.meta.get(home)?.role ?? 'newsmaker' });
  const replace = new Map<Mention, Mention>();
  for (const m of affected) replace.set(m, { ...m, type, entity: kept.has(m.entity) ? m.entity : home });
  w.mentions = [...w.mentions.map((m) => replace.get(m) ?? m), ...added.map((m) => ({ ...m, entity: home }))];
  w.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The entity of the mention at `other` joins the entity of the mention at `into` (its type wins). */
export function applyMerge(w: EntityWork, into: Range, other: Range): void {
  const at = (r: Range) => w.mentions.find((m) => m.start === r.start && m.end === r.end) ?? w.mentions.find((m) => m.start < r.end && r.start < m.end);
  const a = at(into);
  const b = at(other);
  if (!a || !b || a.entity === b.entity) return;
  const type = w.meta.get(a.entity)?.type ?? a.type;
  w.mentions = w.mentions.map((m) => (m.entity === b.entity ? { ...m, entity: a.entity, type } : m));
}

/** The mentions with `name`'s words leave their entity (when it has other names) for one of their own. */
export function applySplit(w: EntityWork, name: string): void {
  const byEntity = new Map<string, Mention[]>();
  for (const m of w.mentions) byEntity.set(m.entity, [...(byEntity.get(m.entity) ?? []), m]);
  const id = splitEntityId(name);
  for (const [entity, ms] of byEntity) {
    if (entity === id || !ms.some((m) => m.text === name) || ms.every((m) => m.text === name)) continue;
    const meta = w.meta.get(entity);
    w.meta.set(id, { type: meta?.type ?? ms[0].type, role: meta?.role ?? 'newsmaker' });
    w.mentions = w.mentions.map((m) => (m.entity === entity && m.text === name ? { ...m, entity: id } : m));
  }
}

/** The id of the entity a split-off name gets. */
export const splitEntityId = (name: string) => `split:${name}`;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Entities rebuilt from the mentions: first-mention order, the fullest name first among aliases. */
export function rebuildEntities(w: EntityWork): Entity[] {
  const groups = new Map<string, Mention[]>();
  for (const m of w.mentions) groups.set(m.entity, [...(groups.get(m.entity) ?? []), m]);
  const out: Entity[] = [];
  for (const [id, ms] of groups) {
    const meta = w.meta.get(id);
    const aliases: string[] = [];
    for (const m of ms) if (!aliases.includes(m.text)) aliases.push(m.text);
    let name = aliases[0];
    for (const a of aliases) if (words(a) * 1000 + a.length > words(name) * 1000 + name.length) name = a;
    out.push({
      id,
      type: meta?.type ?? ms[0].type,
      name,
      aliases: [name, ...aliases.filter((a) => a !== name)],
      mentions: ms.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      role: meta?.role ?? 'newsmaker',
    });
  }
  return out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
