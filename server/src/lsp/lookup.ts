// Finding what the analysis says about an offset, and small per-snapshot indexes that several
// features share (entities by id, quotes by source). Indexes are memoised per document version.
import type { Attribution, Entity, EntityType, Figure, Mention } from '../analysis';
import type { Snapshot } from './documents';
import { sourceNameOf } from '../shared/source-name';

export interface ArticleIndex {
  entityById: Map<string, Entity>;
  /** Attributions whose source resolves to the entity, in text order. */
  quotesByEntity: Map<string, Attribution[]>;
}

export function articleIndex(snap: Snapshot): ArticleIndex {
  return snap.memo('index', () => {
    const entityById = new Map<string, Entity>();
    for (const e of snap.analysis.entities) entityById.set(e.id, e);
    const quotesByEntity = new Map<string, Attribution[]>();
    for (const a of snap.analysis.attributions) {
      if (!a.sourceEntity) continue;
      const list = quotesByEntity.get(a.sourceEntity);
      if (list) list.push(a);
      else quotesByEntity.set(a.sourceEntity, [a]);
    }
    return { entityById, quotesByEntity };
  });
}

interface Ranged {
  start: number;
  end: number;
}

/** The innermost span containing the offset; a cursor right after a word still counts. */
function innermost<T extends Ranged>(items: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  let bestLen = Infinity;
  let touching: T | undefined;
  for (const it of items) {
    if (it.start <= offset && offset < it.end) {
      if (it.end - it.start < bestLen) {
        best = it;
        bestLen = it.end - it.start;
      }
    } else if (offset === it.end && !touching) touching = it;
  }
  return best ?? touching;
}

export function mentionAt(snap: Snapshot, offset: number): Mention | undefined {
  return innermost(snap.analysis.mentions, offset);
}

export function entityAt(snap: Snapshot, offset: number): { entity: Entity; mention: Mention } | undefined {
  const mention = mentionAt(snap, offset);
  const entity = mention && articleIndex(snap).entityById.get(mention.entity);
  return mention && entity ? { entity, mention } : undefined;
}

export function figureAt(snap: Snapshot, offset: number): Figure | undefined {
  return innermost(snap.analysis.figures, offset);
}

export type AttributionPart = 'cue' | 'source' | 'content';

export function attributionAt(
  snap: Snapshot,
  offset: number,
): { attribution: Attribution; part: AttributionPart } | undefined {
  for (const part of ['cue', 'source'] as const) {
    for (const a of snap.analysis.attributions) {
      const s = a[part];
      if (s && s.start <= offset && offset < s.end) return { attribution: a, part };
    }
  }
  const contents = snap.analysis.attributions.map((a) => ({ start: a.content.start, end: a.content.end, a }));
  const hit = innermost(contents, offset);
  return hit ? { attribution: hit.a, part: 'content' } : undefined;
}

/** Entities that are newsmakers (credited staff are listed apart). */
export function newsmakers(snap: Snapshot): Entity[] {
  return snap.analysis.entities.filter((e) => e.role !== 'credit');
}

export const TYPE_LABEL: Record<EntityType, { one: string; many: string }> = {
  PERSON: { one: 'person', many: 'people' },
  ORGANIZATION: { one: 'organisation', many: 'organisations' },
  LOCATION: { one: 'place', many: 'places' },
  MISC: { one: 'other name', many: 'other names' },
};

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export { excerpt } from '../shared/text';

/** Name of an attribution's source (shared/source-name.ts), else null. */
export function sourceName(snap: Snapshot, a: Attribution): string | null {
  return sourceNameOf(a, (id) => articleIndex(snap).entityById.get(id)?.name);
}
