// Joins the analyses of consecutive pieces of one text (see chunks.ts) into one Analysis:
// offsets shifted, entities of the same thing merged across pieces, ids renumbered.
// The merge is incremental (PieceMerger), so a caller can also use each piece's shifted
// findings as soon as that piece is done and keep only the entities (the CLI streams them).
import type { Analysis, Entity, Span } from './types';

// The many findings (mentions, sentences, figures, claims…) are shifted each at a call site of
// their own (the loops below), not through `shift`: a spread that sees many object shapes leaves
// V8's fast path, and the merge of a 100k-word article took 19 ms instead of 7. `shift` stays for
// the spans of attributions, datelines and credits.
const shift = <T extends { start: number; end: number }>(s: T, by: number): T => ({ ...s, start: s.start + by, end: s.end + by });
const shiftOrNull = <T extends Span>(s: T | null, by: number): T | null => (s ? shift(s, by) : null);

function lastWord(name: string): string {
  const parts = name.split(' ');
  return parts[parts.length - 1].toLowerCase();
}

/** One piece's findings in the whole text's offsets, its entity ids those of the merged entities. */
export type ShiftedPiece = Omit<Analysis, 'text' | 'entities'>;

/**
 * What one merge shifted for each piece, for the next merge of the same (changing) text: a piece
 * given again as the same object, at the same offset, after the same paragraphs, whose entities
 * went to the same merged ids, shifts the same, so its findings are taken as they are (the
 * editor's long article: the pieces before an edit).
 */
export type MergeReuse = Map<Analysis, ShiftedEntry>;

interface ShiftedEntry {
  offset: number;
  paragraphBase: number;
  /** The merged id each of the piece's entities went to, in order. */
  ids: string[];
  shifted: ShiftedPiece;
  /** Each entity's mentions, shifted, in order. */
  entityMentions: Span[][];
}

/** Merges pieces given in text order; `entities` grows as pieces are added. */
export class PieceMerger {
  readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();
  private readonly personBySurname = new Map<string, Entity | null>();
  private paragraphs = 0;
  /** What this merge shifted, by piece: the `reuse` of the next merge. */
  readonly shifted: MergeReuse = new Map();

  /** `reuse`: what the last merge of this text shifted (see MergeReuse). */
  constructor(private readonly reuse?: MergeReuse) {}

  add(offset: number, a: Analysis): ShiftedPiece {
    const seg = a.segmentation;
    const paragraphBase = this.paragraphs;
    this.paragraphs += seg.paragraphs.length;
    // The same thing in another piece: same type and name, or a lone surname of one person.
    const targets: Entity[] = [];
    const keys = entityKeys(a);
    for (let i = 0; i < a.entities.length; i++) {
      const e = a.entities[i];
      const key = keys[i];
      let target = this.byKey.get(key);
      if (!target && e.type === 'PERSON' && !e.name.includes(' ')) target = this.personBySurname.get(e.name.toLowerCase()) ?? undefined;
      if (!target) {
        target = { ...e, id: `e${this.entities.length + 1}`, aliases: [...e.aliases], mentions: [] };
        this.entities.push(target);
        this.byKey.set(key, target);
        if (e.type === 'PERSON' && e.name.includes(' ')) {
          const surname = lastWord(e.name);
          this.personBySurname.set(surname, this.personBySurname.has(surname) ? null : target);
        }
      } else {
        for (const alias of e.aliases) if (!target.aliases.includes(alias)) target.aliases.push(alias);
      }
      targets.push(target);
    }
    const ids = targets.map((t) => t.id);
    const before = this.reuse?.get(a);
    const entry =
      before && before.offset === offset && before.paragraphBase === paragraphBase && sameIds(before.ids, ids)
        ? before
        : this.shift(offset, a, paragraphBase, ids);
    targets.forEach((target, i) => {
      for (const m of entry.entityMentions[i]) target.mentions.push(m);
    });
    if (this.reuse) this.shifted.set(a, entry);
    return entry.shifted;
  }

  private shift(offset: number, a: Analysis, paragraphBase: number, ids: string[]): ShiftedEntry {
    const seg = a.segmentation;
    const entityMentions = a.entities.map((e) => e.mentions.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset })));
    const idMap = new Map<string, string>();
    a.entities.forEach((e, i) => idMap.set(e.id, ids[i]));
    const boilerplate = a.boilerplate.map((b) => shift(b, offset));
    const shifted: ShiftedPiece = {
      segmentation: {
        paragraphs: seg.paragraphs.map((p) => ({ ...p, start: p.start + offset, end: p.end + offset })),
        sentences: seg.sentences.map((s) => ({ ...s, start: s.start + offset, end: s.end + offset, paragraph: s.paragraph + paragraphBase })),
        dateline: seg.dateline && {
          ...shift(seg.dateline, offset),
          place: shiftOrNull(seg.dateline.place, offset),
          date: shiftOrNull(seg.dateline.date, offset),
          agency: shiftOrNull(seg.dateline.agency, offset),
        },
        credits: seg.credits.map((c) => ({ ...shift(c, offset), names: c.names.map((n) => shift(n, offset)) })),
        boilerplate,
        wordCount: seg.wordCount,
      },
      mentions: a.mentions.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset, entity: idMap.get(m.entity) ?? m.entity })),
      figures: a.figures.map((f) => ({ ...f, start: f.start + offset, end: f.end + offset })),
      attributions: a.attributions.map((t) => ({
        ...t,
        source: shiftOrNull(t.source, offset),
        sourceAntecedent: shiftOrNull(t.sourceAntecedent, offset),
        cue: shiftOrNull(t.cue, offset),
        content: shift(t.content, offset),
        sourceEntity: t.sourceEntity === null ? null : (idMap.get(t.sourceEntity) ?? t.sourceEntity),
      })),
      claims: a.claims.map((c) => ({ ...c, start: c.start + offset, end: c.end + offset })),
      boilerplate,
    };
    return { offset, paragraphBase, ids, shifted, entityMentions };
  }
}

/**
 * Each entity's key for finding the same thing in another piece (type, role and name), made once
 * per piece: a long article's pieces are merged again at every keystroke, and a string made
 * afresh would be hashed afresh.
 */
const keysByPiece = new WeakMap<Analysis, string[]>();

function entityKeys(a: Analysis): string[] {
  let keys = keysByPiece.get(a);
  if (!keys) keysByPiece.set(a, (keys = a.entities.map((e) => `${e.type}|${e.role}|${e.name.toLowerCase()}`)));
  return keys;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `merger`: built with what the last merge of this text shifted (MergeReuse) to take unchanged pieces as they are. */
export function mergeAnalyses(text: string, pieces: Array<{ offset: number; analysis: Analysis }>, merger = new PieceMerger()): Analysis {
  const out: Analysis = {
    text,
    segmentation: { paragraphs: [], sentences: [], dateline: null, credits: [], boilerplate: [], wordCount: 0 },
    entities: merger.entities,
    mentions: [],
    figures: [],
    attributions: [],
    claims: [],
    boilerplate: [],
  };
  const append = <T>(to: T[], items: readonly T[]) => {
    for (const x of items) to.push(x);
  };
  for (const { offset, analysis } of pieces) {
    const p = merger.add(offset, analysis);
    append(out.segmentation.paragraphs, p.segmentation.paragraphs);
    append(out.segmentation.sentences, p.segmentation.sentences);
    out.segmentation.dateline ??= p.segmentation.dateline;
    append(out.segmentation.credits, p.segmentation.credits);
    out.segmentation.wordCount += p.segmentation.wordCount;
    append(out.mentions, p.mentions);
    append(out.figures, p.figures);
    append(out.attributions, p.attributions);
    append(out.claims, p.claims);
    append(out.boilerplate, p.boilerplate);
  }
  out.segmentation.boilerplate = out.boilerplate;
  return out;
}
