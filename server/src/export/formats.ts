// One function that renders any export format. The formats themselves (ids, labels, default
// file names) are shared words: ../shared/vocabulary.ts, which the palette command reads too.
import { FORMATS, FORMAT_IDS, isFormatId, type FormatId, type FormatInfo } from '../shared/vocabulary';
import { bratFiles } from './brat';
import { claimsCsv, entitiesCsv } from './csv';
import { exportClaimReview } from './claimreview';
import { exportJson } from './json';
import { exportMarkdown } from './markdown';
import type { ExportArticle, ExportFile, ExportOptions } from './types';
import { exportW3c } from './w3c';

export { FORMATS, FORMAT_IDS, isFormatId, type FormatId, type FormatInfo };

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
