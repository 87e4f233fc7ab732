// CSV per RFC 4180: CRLF row ends, fields quoted when they hold a comma, a
// quote or a line break, quotes doubled. Optional UTF-8 BOM for spreadsheets.
import { figureWithValue } from '../shared/figure-text';
import { sourceLabel } from './source-label';
import type { ExportArticle, ExportOptions } from './types';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return NEEDS_QUOTES.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function csvTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>, bom = false): string {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

/** Several values in one cell. */
const list = (items: readonly string[]): string => items.join('; ');

export const CLAIM_COLUMNS = [
  'file', 'line', 'claim', 'status', 'source', 'figures', 'entities', 'note', 'evidence', 'updated', 'id', 'kind', 'anchor',
] as const;

export function claimsCsv(articles: readonly ExportArticle[], options: ExportOptions = {}): string {
  const rows = articles.flatMap((a) =>
    a.claims.map(({ claim: c, span, line }) => [
      a.file,
      line,
      span ? a.text.slice(span.start, span.end) : c.target.quote.exact,
      c.status,
      sourceLabel(c.source),
      list(c.figures.map(figureWithValue)),
      list(c.entities.map((e) => (e.type ? `${e.name} [${e.type}]` : e.name))),
      c.note,
      list(c.evidence.map((e) => e.url)),
      c.updatedAt,
      c.id,
      c.kind,
      span ? c.anchor : 'orphaned',
    ]),
  );
  return csvTable(CLAIM_COLUMNS, rows, options.bom);
}

export const ENTITY_COLUMNS = ['file', 'name', 'type', 'aliases', 'mentions', 'first line', 'role', 'id'] as const;

export function entitiesCsv(articles: readonly ExportArticle[], options: ExportOptions = {}): string {
  const rows = articles.flatMap((a) =>
    a.analysis.entities.map((e) => [
      a.file,
      e.name,
      e.type,
      list(e.aliases.filter((x) => x !== e.name)),
      e.mentions.length,
      e.mentions.length > 0 ? a.lineOf(e.mentions[0].start) : null,
      e.role,
      e.id,
    ]),
  );
  return csvTable(ENTITY_COLUMNS, rows, options.bom);
}
