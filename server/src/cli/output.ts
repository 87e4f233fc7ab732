// The CLI's JSON contract (DESIGN.md §3), built from an Analysis.
import type { Analysis, Span } from '../analysis';

export interface ContractOutput {
  id?: unknown;
  file?: string;
  entities: Array<{ id: string; type: string; name: string; role: string; aliases: string[]; mentions: Span[] }>;
  figures: Array<Span & { kind: string; value: number | null; unit: string | null; approx: boolean; bound: 'min' | 'max' | null }>;
  attributions: Array<{
    source: Span | null; sourceEntity: string | null; cue: Span | null; content: Span;
    kind: string; continuation: boolean;
  }>;
  claims: Array<Span & { score: number; reasons: string[] }>;
  boilerplate: Array<Span & { kind: string }>;
  dateline: (Span & { place: Span | null; date: Span | null; agency: Span | null }) | null;
}

const span = (s: Span): Span => ({ start: s.start, end: s.end, text: s.text });

export function toContract(a: Analysis, extra: { id?: unknown; file?: string } = {}): ContractOutput {
  return {
    ...extra,
    entities: a.entities.map((e) => ({
      id: e.id, type: e.type, name: e.name, role: e.role, aliases: e.aliases, mentions: e.mentions.map(span),
    })),
    figures: a.figures.map((f) => ({
      start: f.start, end: f.end, text: f.text, kind: f.kind, value: f.value, unit: f.unit, approx: f.approx, bound: f.bound,
    })),
    attributions: a.attributions.map((t) => ({
      source: t.source && span(t.source),
      sourceEntity: t.sourceEntity,
      cue: t.cue && span(t.cue),
      content: span(t.content),
      kind: t.kind,
      continuation: t.continuation,
    })),
    claims: a.claims.map((c) => ({ start: c.start, end: c.end, text: c.text, score: c.score, reasons: c.reasons })),
    boilerplate: a.boilerplate.map((b) => ({ start: b.start, end: b.end, text: b.text, kind: b.kind })),
    dateline: a.segmentation.dateline,
  };
}
