// The export formats by id: what the CLI and the palette command offer, the
// default file name for each, and one function that renders any of them.
import { bratFiles } from './brat';
import { claimsCsv, entitiesCsv } from './csv';
import { exportClaimReview } from './claimreview';
import { exportJson } from './json';
import { exportMarkdown } from './markdown';
import type { ExportArticle, ExportFile, ExportOptions } from './types';
import { exportW3c } from './w3c';

export const FORMAT_IDS = ['json', 'csv', 'csv-entities', 'md', 'w3c', 'claimreview', 'brat'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export interface FormatInfo {
  id: FormatId;
  label: string;
  detail: string;
  /** Appended to the article's file name (or the workspace export's base name). */
  suffix: string;
  /** Writes several files into a folder (brat). */
  folder: boolean;
}

export const FORMATS: Record<FormatId, FormatInfo> = {
  json: { id: 'json', label: 'JSON', detail: 'Full analysis (CLI contract) plus the tagged claims', suffix: '.analysis.json', folder: false },
  csv: { id: 'csv', label: 'CSV — claims', detail: 'One row per tagged claim, for spreadsheets', suffix: '.claims.csv', folder: false },
  'csv-entities': { id: 'csv-entities', label: 'CSV — entities', detail: 'One row per entity: name, type, aliases, mentions', suffix: '.entities.csv', folder: false },
  md: { id: 'md', label: 'Markdown report', detail: 'Fact-check memo: claims by status, quotes by source, entities, figures', suffix: '.memo.md', folder: false },
  w3c: { id: 'w3c', label: 'W3C Web Annotation', detail: 'JSON-LD annotation collection with quote and position selectors', suffix: '.w3c.jsonld', folder: false },
  claimreview: { id: 'claimreview', label: 'schema.org ClaimReview', detail: 'JSON-LD for claims with a verdict', suffix: '.claimreview.jsonld', folder: false },
  brat: { id: 'brat', label: 'brat standoff', detail: '.txt + .ann per article, with annotation.conf', suffix: '.brat', folder: true },
};

export function isFormatId(v: string): v is FormatId {
  return (FORMAT_IDS as readonly string[]).includes(v);
}

export interface Rendered {
  /** For single-file formats one file named `name`; for brat the folder's files. */
  files: ExportFile[];
  skipped: string[];
}

/**
 * Renders the articles in one format. Single-file formats give one document over
 * all articles, named `name`; brat gives `.txt`/`.ann` pairs named after each article.
 */
export function render(format: FormatId, articles: readonly ExportArticle[], name: string, options: ExportOptions = {}): Rendered {
  const one = (content: string): Rendered => ({ files: [{ name, content }], skipped: [] });
  switch (format) {
    case 'json': return one(exportJson(articles));
    case 'csv': return one(claimsCsv(articles, options));
    case 'csv-entities': return one(entitiesCsv(articles, options));
    case 'md': return one(exportMarkdown(articles));
    case 'w3c': return one(exportW3c(articles, options));
    case 'claimreview': return one(exportClaimReview(articles, options));
    case 'brat': return bratFiles(articles, (a) => bratBaseName(a.file));
  }
}

/** `dir/river-dam.article` → `river-dam`. */
export function bratBaseName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base) || 'article';
}
