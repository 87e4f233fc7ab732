// What every exporter reads: one article with its analysis and its tagged
// claims, already placed in the current text. Built once (prepare.ts), then
// rendered by any format, so all formats agree on the same data.
import type { Analysis } from '../analysis';
import type { Claim } from '../annotations/types';

export interface PlacedClaim {
  claim: Claim;
  /** Where the claim sits in the current text (UTF-16, end-exclusive); null when orphaned. */
  span: { start: number; end: number } | null;
  /** 1-based line of the claim's start, null when orphaned. */
  line: number | null;
}

export interface ExportArticle {
  /** Path as shown to people (CSV, Markdown), usually relative to the workspace or cwd. */
  file: string;
  /** IRI of the article for the JSON-LD formats (a file: URL). */
  uri: string;
  text: string;
  analysis: Analysis;
  claims: PlacedClaim[];
  /** Offset (UTF-16) → 1-based line. */
  lineOf(offset: number): number;
}

export interface ExportOptions {
  /** CSV: start with a UTF-8 byte order mark so spreadsheet apps read it as UTF-8. */
  bom?: boolean;
  /** CSV: write text cells exactly as they are, even when a spreadsheet would run them as formulas. */
  rawFormulas?: boolean;
  /** W3C: also one annotation per entity. */
  w3cEntities?: boolean;
  /** W3C: also one annotation per quote (attribution). */
  w3cQuotes?: boolean;
  /** ClaimReview: the organisation or person publishing the reviews. */
  reviewer?: string;
  /** ClaimReview: the page the reviews are published on (each review's url is this + `#claim-ID`). */
  reviewUrl?: string;
  /** W3C: the sidecar name suffix, for the annotations' ids (default `.annotations.json`). */
  sidecarSuffix?: string;
}

/** One output file; `name` is relative to the export folder. */
export interface ExportFile {
  name: string;
  content: string;
}
