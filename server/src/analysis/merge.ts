// Joins the analyses of consecutive pieces of one text (see chunks.ts) into one Analysis:
// offsets shifted, entities of the same thing merged across pieces, ids renumbered.
import type { Analysis, Entity, Span } from './types';

const shift = <T extends { start: number; end: number }>(s: T, by: number): T => ({ ...s, start: s.start + by, end: s.end + by });
const shiftOrNull = <T extends Span>(s: T | null, by: number): T | null => (s ? shift(s, by) : null);

function lastWord(name: string): string {
  const parts = name.split(' ');
  return parts[parts.length - 1].toLowerCase();
}

export function mergeAnalyses(text: string, pieces: Array<{ offset: number; analysis: Analysis }>): Analysis {
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const personBySurname = new Map<string, Entity | null>();
  const out: Analysis = {
    text,
    segmentation: { paragraphs: [], sentences: [], dateline: null, credits: [], boilerplate: [], wordCount: 0 },
    entities,
    mentions: [],
    figures: [],
    attributions: [],
    claims: [],
    boilerplate: [],
  };
  for (const { offset, analysis: a } of pieces) {
    const paragraphBase = out.segmentation.paragraphs.length;
    const seg = a.segmentation;
    out.segmentation.paragraphs.push(...seg.paragraphs.map((p) => shift(p, offset)));
    out.segmentation.sentences.push(...seg.sentences.map((s) => ({ ...shift(s, offset), paragraph: s.paragraph + paragraphBase })));
    out.segmentation.dateline ??= seg.dateline && {
      ...shift(seg.dateline, offset),
      place: shiftOrNull(seg.dateline.place, offset),
      date: shiftOrNull(seg.dateline.date, offset),
      agency: shiftOrNull(seg.dateline.agency, offset),
    };
    out.segmentation.credits.push(...seg.credits.map((c) => ({ ...shift(c, offset), names: c.names.map((n) => shift(n, offset)) })));
    out.segmentation.wordCount += seg.wordCount;

    // The same thing in another piece: same type and name, or a lone surname of one person.
    const idMap = new Map<string, string>();
    for (const e of a.entities) {
      const key = `${e.type}|${e.role}|${e.name.toLowerCase()}`;
      let target = byKey.get(key);
      if (!target && e.type === 'PERSON' && !e.name.includes(' ')) target = personBySurname.get(e.name.toLowerCase()) ?? undefined;
      if (!target) {
        target = { ...e, id: `e${entities.length + 1}`, aliases: [...e.aliases], mentions: [] };
        entities.push(target);
        byKey.set(key, target);
        if (e.type === 'PERSON' && e.name.includes(' ')) {
          const surname = lastWord(e.name);
          personBySurname.set(surname, personBySurname.has(surname) ? null : target);
        }
      } else {
        for (const alias of e.aliases) if (!target.aliases.includes(alias)) target.aliases.push(alias);
      }
      target.mentions.push(...e.mentions.map((m) => shift(m, offset)));
      idMap.set(e.id, target.id);
    }
    out.mentions.push(...a.mentions.map((m) => ({ ...shift(m, offset), entity: idMap.get(m.entity) ?? m.entity })));
    out.figures.push(...a.figures.map((f) => shift(f, offset)));
    out.attributions.push(
      ...a.attributions.map((t) => ({
        ...t,
        source: shiftOrNull(t.source, offset),
        cue: shiftOrNull(t.cue, offset),
        content: shift(t.content, offset),
        sourceEntity: t.sourceEntity === null ? null : (idMap.get(t.sourceEntity) ?? t.sourceEntity),
      })),
    );
    out.claims.push(...a.claims.map((c) => shift(c, offset)));
    out.boilerplate.push(...a.boilerplate.map((b) => shift(b, offset)));
  }
  out.segmentation.boilerplate = out.boilerplate;
  return out;
}
