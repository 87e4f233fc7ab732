// The CLI's JSON contract (DESIGN.md §3), built from an Analysis: `analyze --format json`, `--jsonl` and the JSON export.
import type { Analysis, Span } from '../analysis';

export interface ContractOutput {
  id?: unknown;
  file?: string;
  entities: Array<{ id: string; type: string; name: string; role: string; aliases: string[]; mentions: Span[] }>;
  figures: Array<Span & { kind: string; value: number | null; unit: string | null; approx: boolean; bound: 'min' | 'max' | null }>;
  attributions: Array<{
    source: Span | null; sourceEntity: string | null; sourceAntecedent: Span | null; cue: Span | null; content: Span;
    kind: string; continuation: boolean;
  }>;
  claims: Array<Span & { score: number; reasons: string[] }>;
  boilerplate: Array<Span & { kind: string }>;
  dateline: (Span & { place: Span | null; date: Span | null; agency: Span | null }) | null;
}

const span = (s: Span): Span => ({ start: s.start, end: s.end, text: s.text });

type Item<K extends keyof ContractOutput> = NonNullable<ContractOutput[K]> extends Array<infer T> ? T : never;

/** One mapper per list of the contract, shared by the whole-object and the streamed forms. */
const MAPPERS = {
  entities: (e: Analysis['entities'][number]): Item<'entities'> => ({
    id: e.id, type: e.type, name: e.name, role: e.role, aliases: e.aliases, mentions: e.mentions.map(span),
  }),
  figures: (f: Analysis['figures'][number]): Item<'figures'> => ({
    start: f.start, end: f.end, text: f.text, kind: f.kind, value: f.value, unit: f.unit, approx: f.approx, bound: f.bound,
  }),
  attributions: (t: Analysis['attributions'][number]): Item<'attributions'> => ({
    source: t.source && span(t.source),
    sourceEntity: t.sourceEntity,
    sourceAntecedent: t.sourceAntecedent && span(t.sourceAntecedent),
    cue: t.cue && span(t.cue),
    content: span(t.content),
    kind: t.kind,
    continuation: t.continuation,
  }),
  claims: (c: Analysis['claims'][number]): Item<'claims'> => ({ start: c.start, end: c.end, text: c.text, score: c.score, reasons: c.reasons }),
  boilerplate: (b: Analysis['boilerplate'][number]): Item<'boilerplate'> => ({ start: b.start, end: b.end, text: b.text, kind: b.kind }),
};

export function toContract(a: Analysis, extra: { id?: unknown; file?: string } = {}): ContractOutput {
  return {
    ...extra,
    entities: a.entities.map(MAPPERS.entities),
    figures: a.figures.map(MAPPERS.figures),
    attributions: a.attributions.map(MAPPERS.attributions),
    claims: a.claims.map(MAPPERS.claims),
    boilerplate: a.boilerplate.map(MAPPERS.boilerplate),
    dateline: a.segmentation.dateline,
  };
}

/**
 * The contract's JSON text piece by piece, mapping and serialising `batch` items at a time, so
 * a very large result is never held as one string or one copy (JSON.stringify of a 10 MB
 * article's contract alone needs hundreds of MB). The text is exactly toContract + JSON.stringify.
 */
export function* contractJsonChunks(a: Analysis, extra: { id?: unknown; file?: string } = {}, batch = 2000): Generator<string> {
  let head = '{';
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) continue;
    yield `${head}${JSON.stringify(key)}:${JSON.stringify(value)}`;
    head = ',';
  }
  const lists: Array<[keyof typeof MAPPERS, unknown[], (x: never) => unknown]> = [
    ['entities', a.entities, MAPPERS.entities],
    ['figures', a.figures, MAPPERS.figures],
    ['attributions', a.attributions, MAPPERS.attributions],
    ['claims', a.claims, MAPPERS.claims],
    ['boilerplate', a.boilerplate, MAPPERS.boilerplate],
  ];
  for (const [key, items, map] of lists) {
    yield `${head}"${key}":[`;
    head = ',';
    for (let i = 0; i < items.length; i += batch) {
      const part = JSON.stringify(items.slice(i, i + batch).map((x) => map(x as never)));
      yield (i > 0 ? ',' : '') + part.slice(1, -1);
    }
    yield ']';
  }
  yield `,"dateline":${JSON.stringify(a.segmentation.dateline)}}`;
}
