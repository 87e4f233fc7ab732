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
    for (const p of seg.paragraphs) out.segmentation.paragraphs.push(shift(p, offset));
    for (const s of seg.sentences) out.segmentation.sentences.push({ ...shift(s, offset), paragraph: s.paragraph + paragraphBase });
    out.segmentation.dateline ??= seg.dateline && {
      ...shift(seg.dateline, offset),
      place: shiftOrNull(seg.dateline.place, offset),
      date: shiftOrNull(seg.dateline.date, offset),
      agency: shiftOrNull(seg.dateline.agency, offset),
    };
    for (const c of seg.credits) out.segmentation.credits.push({ ...shift(c, offset), names: c.names.map((n) => shift(n, offset)) });
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
      for (const m of e.mentions) target.mentions.push(shift(m, offset));
      idMap.set(e.id, target.id);
    }
    for (const m of a.mentions) out.mentions.push({ ...shift(m, offset), entity: idMap.get(m.entity) ?? m.entity });
    for (const f of a.figures) out.figures.push(shift(f, offset));
    for (const t of a.attributions)
      out.attributions.push({
        ...t,
        source: shiftOrNull(t.source, offset),
        cue: shiftOrNull(t.cue, offset),
        content: shift(t.content, offset),
        sourceEntity: t.sourceEntity === null ? null : (idMap.get(t.sourceEntity) ?? t.sourceEntity),
      });
    for (const c of a.claims) out.claims.push(shift(c, offset));
    for (const b of a.boilerplate) out.boilerplate.push(shift(b, offset));
  }
  out.segmentation.boilerplate = out.boilerplate;
  return out;
}
