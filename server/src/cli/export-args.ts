// Arguments of `news-annotator export`.
import { DEFAULT_SIDECAR_SUFFIX, FORMAT_IDS, isFormatId, SIDECAR_SUFFIX_PATTERN, type FormatId } from '../shared/vocabulary';

export const EXPORT_USAGE = `Usage:
  news-annotator export FILE... [--format ${FORMAT_IDS.join('|')}] [--out PATH]
      [--bom] [--raw-formulas] [--entities] [--quotes] [--reviewer NAME] [--review-url URL]
      [--sidecar-suffix .annotations.json]

  Exports each article's analysis and the claims tagged in its sidecar, FILE.annotations.json
  (formats: docs/export.md; the sidecar's own format: schemas/annotations.v1.schema.json).
  --format       json (default), csv (claims), csv-entities, md (fact-check memo),
                 w3c (Web Annotation JSON-LD), claimreview (schema.org), brat (.txt + .ann)
  --out PATH     write to PATH instead of stdout; with several articles one combined file,
                 or one file per article when PATH is a folder (exists or ends with /).
                 brat always writes a folder and needs --out.
  --bom          CSV: start with a UTF-8 byte order mark (for spreadsheet apps)
  --raw-formulas CSV: write cells as they are; by default a cell starting with = + - @
                 gets a leading ' so spreadsheets show it as text (docs/export.md)
  --entities     w3c: also annotate every entity
  --quotes       w3c: also annotate every quote
  --reviewer     claimreview: who publishes the reviews (default: each claim's author)
  --review-url   claimreview: the page the reviews appear on (search engines require a url)
  --sidecar-suffix  read the claims from FILE + this suffix (the editor's
                 newsAnnotator.claims.sidecarSuffix setting)
`;

export class ExportUsageError extends Error {}

export interface ExportArgs {
  files: string[];
  format: FormatId;
  out: string | null;
  bom: boolean;
  rawFormulas: boolean;
  entities: boolean;
  quotes: boolean;
  reviewer: string | null;
  reviewUrl: string | null;
  sidecarSuffix: string;
}

export function parseExportArgs(args: readonly string[]): ExportArgs {
  const o: ExportArgs = { files: [], format: 'json', out: null, bom: false, rawFormulas: false, entities: false, quotes: false, reviewer: null, reviewUrl: null, sidecarSuffix: DEFAULT_SIDECAR_SUFFIX };
  const value = (i: number, name: string): string => {
    const a = args[i];
    const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[i + 1];
    if (v === undefined || v === '') throw new ExportUsageError(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const flag = a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    const takes = (name: string) => flag === name;
    if (takes('--format')) {
      const v = value(i, '--format');
      if (!isFormatId(v)) throw new ExportUsageError(`--format takes ${FORMAT_IDS.join(', ')}; not ${v}`);
      o.format = v;
      if (!a.includes('=')) i++;
    } else if (takes('--out') || takes('-o')) {
      o.out = value(i, '--out');
      if (!a.includes('=')) i++;
    } else if (takes('--reviewer')) {
      o.reviewer = value(i, '--reviewer');
      if (!a.includes('=')) i++;
    } else if (takes('--review-url')) {
      o.reviewUrl = value(i, '--review-url');
      if (!a.includes('=')) i++;
    } else if (takes('--sidecar-suffix')) {
      const v = value(i, '--sidecar-suffix');
      if (!SIDECAR_SUFFIX_PATTERN.test(v)) throw new ExportUsageError(`--sidecar-suffix takes a suffix such as .annotations.json, not ${v}`);
      o.sidecarSuffix = v;
      if (!a.includes('=')) i++;
    } else if (a === '--bom') o.bom = true;
    else if (a === '--raw-formulas') o.rawFormulas = true;
    else if (a === '--entities') o.entities = true;
    else if (a === '--quotes') o.quotes = true;
    else if (a.startsWith('-') && a !== '-') throw new ExportUsageError(`unknown option ${a}`);
    else o.files.push(a);
  }
  if (o.files.length === 0) throw new ExportUsageError('export needs at least one FILE');
  if (o.format === 'brat' && !o.out) throw new ExportUsageError('brat writes a .txt and an .ann per article: give --out FOLDER');
  return o;
}
