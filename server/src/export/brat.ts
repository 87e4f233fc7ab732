// brat standoff: the article as .txt (LF line ends) and an .ann with
//   T  text-bound: entity mentions, figures, attribution sources/cues/contents, claims
//   E  an attribution event triggered by its cue (Source, Content arguments)
//   R  AttributedTo (Content → Source) when there is no cue to trigger an event
//   *  SameAs between mentions of one entity
//   A  claim Status, attribution Kind, FigureKind
//   #  AnnotatorNotes: a claim's note, a source's entity
// Offsets count Unicode code points, as brat (Python) does. Spans that cross a
// line break are written as fragments, which brat requires.
import { CLAIM_STATUSES, FIGURE_KIND_LABEL } from '../shared/vocabulary';
import { codePointMap, type OffsetMap } from './codepoints';
import type { ExportArticle, ExportFile } from './types';

const ENTITY_TYPE: Record<string, string> = { PERSON: 'Person', ORGANIZATION: 'Organization', LOCATION: 'Location', MISC: 'Misc' };
const FIGURE_KINDS = Object.keys(FIGURE_KIND_LABEL);

export interface BratDocument {
  txt: string;
  ann: string;
  /** What could not be written, and why (e.g. an orphaned claim). */
  skipped: string[];
}

/** [start, end) in UTF-16 → code point fragments that do not cross line breaks, trimmed. */
function fragments(text: string, start: number, end: number, map: OffsetMap): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push([map.at(a), map.at(b)]);
  };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      push(s, i);
      s = i + 1;
    }
  }
  push(s, end);
  return out;
}

/** One line for a note: brat fields cannot hold tabs or line breaks. */
const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

export function exportBrat(a: ExportArticle): BratDocument {
  const map = codePointMap(a.text, true);
  const cps = Array.from(map.text);
  const lines: string[] = [];
  const skipped: string[] = [];
  let t = 0, r = 0, e = 0, at = 0, note = 0;

  /** Writes a T line, returns its id, or null when the span holds no text. */
  const tb = (type: string, start: number, end: number): string | null => {
    const frags = fragments(a.text, start, end, map);
    if (frags.length === 0) return null;
    const id = `T${++t}`;
    const covered = frags.map(([x, y]) => cps.slice(x, y).join('')).join(' ');
    lines.push(`${id}\t${type} ${frags.map(([x, y]) => `${x} ${y}`).join(';')}\t${covered}`);
    return id;
  };
  const attr = (name: string, target: string, value: string) => lines.push(`A${++at}\t${name} ${target} ${value}`);
  const annotatorNote = (target: string, text: string) => lines.push(`#${++note}\tAnnotatorNotes ${target}\t${oneLine(text)}`);

  for (const ent of a.analysis.entities) {
    const ids = ent.mentions.map((m) => tb(ENTITY_TYPE[ent.type] ?? 'Misc', m.start, m.end)).filter((x): x is string => x !== null);
    if (ids.length > 1) lines.push(`*\tSameAs ${ids.join(' ')}`);
  }
  for (const f of a.analysis.figures) {
    const id = tb('Figure', f.start, f.end);
    if (id) attr('FigureKind', id, f.kind);
  }
  const names = new Map(a.analysis.entities.map((x) => [x.id, x.name]));
  for (const q of a.analysis.attributions) {
    const content = tb('Content', q.content.start, q.content.end);
    if (!content) continue;
    const source = q.source ? tb('Source', q.source.start, q.source.end) : null;
    const entity = q.sourceEntity ? names.get(q.sourceEntity) : undefined;
    if (source && entity) annotatorNote(source, `entity: ${entity}`);
    else if (source && q.sourceAntecedent) annotatorNote(source, `stands for: ${q.sourceAntecedent.text}`);
    const cue = q.cue ? tb('Attribution', q.cue.start, q.cue.end) : null;
    if (cue) {
      const id = `E${++e}`;
      lines.push(`${id}\tAttribution:${cue}${source ? ` Source:${source}` : ''} Content:${content}`);
      attr('Kind', id, q.kind);
    } else {
      if (source) lines.push(`R${++r}\tAttributedTo Arg1:${content} Arg2:${source}`);
      attr('Kind', content, q.kind);
    }
  }
  for (const p of a.claims) {
    const id = p.span ? tb('Claim', p.span.start, p.span.end) : null;
    if (!id) {
      skipped.push(`claim ${p.claim.id} (“${oneLine(p.claim.target.quote.exact).slice(0, 60)}”): its text is no longer in the article`);
      continue;
    }
    attr('Status', id, p.claim.status);
    if (p.claim.note.trim()) annotatorNote(id, p.claim.note);
  }
  return { txt: map.text, ann: lines.length ? lines.join('\n') + '\n' : '', skipped };
}

/** The collection's annotation.conf, so brat can display and edit the export. */
export function bratConfig(): string {
  return [
    '# News Annotator export',
    '[entities]',
    'Person', 'Organization', 'Location', 'Misc', 'Figure', 'Source', 'Content', 'Claim',
    '',
    '[relations]',
    'AttributedTo Arg1:Content, Arg2:Source',
    'SameAs Arg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive',
    '<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    'Attribution Source?:Source, Content:Content',
    '',
    '[attributes]',
    `Status Arg:Claim, Value:${CLAIM_STATUSES.join('|')}`,
    'Kind Arg:Attribution|Content, Value:direct|indirect|mixed',
    `FigureKind Arg:Figure, Value:${FIGURE_KINDS.join('|')}`,
    '',
  ].join('\n');
}

/** `base.txt` + `base.ann` for each article (names made unique), plus annotation.conf. */
export function bratFiles(articles: readonly ExportArticle[], baseName: (a: ExportArticle) => string): { files: ExportFile[]; skipped: string[] } {
  const files: ExportFile[] = [];
  const skipped: string[] = [];
  const used = new Set<string>();
  for (const a of articles) {
    let base = baseName(a);
    for (let k = 2; used.has(base); k++) base = `${baseName(a)}-${k}`;
    used.add(base);
    const doc = exportBrat(a);
    files.push({ name: `${base}.txt`, content: doc.txt }, { name: `${base}.ann`, content: doc.ann });
    for (const s of doc.skipped) skipped.push(`${a.file}: ${s}`);
  }
  files.push({ name: 'annotation.conf', content: bratConfig() });
  return { files, skipped };
}
