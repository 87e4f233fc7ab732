// CSV per RFC 4180: CRLF row ends, fields quoted when they hold a comma, a
// quote or a line break, quotes doubled. Optional UTF-8 BOM for spreadsheets.
//
// Formulas: a text cell starting with = + - @ tab or CR is run as a formula by
// spreadsheet apps (=HYPERLINK(…), +cmd|…, @SUM(…)), and article text, notes and
// links come from anyone. By default such a cell gets one leading apostrophe,
// which spreadsheets show as text; a cell that already starts with apostrophes
// followed by one of those characters gets one more, so `csvUnneutralise`
// gives back the exact text. `rawFormulas: true` writes cells unchanged.
import { figureWithValue } from '../shared/figure-text';
import { sourceLabel } from './source-label';
import type { ExportArticle, ExportOptions } from './types';

export type CsvOptions = ExportOptions;

const NEEDS_QUOTES = /[",\r\n]/;
/** A cell a spreadsheet would read as a formula, possibly behind apostrophes we added. */
const FORMULA_LEAD = /^'*[=+\-@\t\r]/;

/** The cell as a spreadsheet should see it: text, never a formula. */
export function csvNeutralise(s: string): string {
  return FORMULA_LEAD.test(s) ? "'" + s : s;
}

/** The exact text of a neutralised cell (for tools reading our CSV back). */
export function csvUnneutralise(s: string): string {
  return s.startsWith("'") && FORMULA_LEAD.test(s) ? s.slice(1) : s;
}

export function csvField(value: string | number | null, rawFormulas = false): string {
  if (value === null) return '';
  // Numbers are written as numbers (-3 is a value, not a formula).
  const s = typeof value === 'number' || rawFormulas ? String(value) : csvNeutralise(value);
  return NEEDS_QUOTES.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function csvTable(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
  bom = false,
  rawFormulas = false,
): string {
  const lines = [header, ...rows].map((r) => r.map((v) => csvField(v, rawFormulas)).join(','));
  return (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

/** Several values in one cell. */
const list = (items: readonly string[]): string => items.join('; ');

export const CLAIM_COLUMNS = [
  'file', 'line', 'claim', 'status', 'source', 'figures', 'entities', 'note', 'evidence', 'updated', 'id', 'kind', 'anchor',
] as const;

export function claimsCsv(articles: readonly ExportArticle[], options: CsvOptions = {}): string {
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
  return csvTable(CLAIM_COLUMNS, rows, options.bom, options.rawFormulas);
}

export const ENTITY_COLUMNS = ['file', 'name', 'type', 'aliases', 'mentions', 'first line', 'role', 'id'] as const;

export function entitiesCsv(articles: readonly ExportArticle[], options: CsvOptions = {}): string {
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
  return csvTable(ENTITY_COLUMNS, rows, options.bom, options.rawFormulas);
}
