// Custom messages between the server and its clients. Every name is namespaced `newsAnnotator/`.
// Plain method names and types, no runtime imports: the VS Code client and the server share this
// file, and other editors can send the same requests.
import type { Range } from 'vscode-languageserver-types';

export interface DocumentParams {
  uri: string;
}

export interface SummaryCounts {
  people: number;
  organizations: number;
  places: number;
  other: number;
  figures: number;
  quotes: number;
  unattributedQuotes: number;
  checkWorthy: number;
  taggedClaims: number;
  boilerplate: number;
  words: number;
}

export interface Summary {
  uri: string;
  version: number;
  /** 'ok', or why the counts are empty ('too-large', 'failed'). */
  state: 'ok' | 'too-large' | 'failed';
  message: string | null;
  counts: SummaryCounts;
  /** The counts as one line, e.g. "12 people · 9 organisations · 27 figures · 11 quotes". */
  label: string;
  analysisMs: number;
}

/** Counts for the status bar and the code lens. */
export const SUMMARY_REQUEST = 'newsAnnotator/summary';

export interface OverviewEntity {
  id: string;
  name: string;
  type: 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC';
  mentions: number;
  range: Range;
}

export interface OverviewQuote {
  text: string;
  kind: 'direct' | 'indirect' | 'mixed';
  range: Range;
}

export interface OverviewSource {
  /** Resolved entity name, else the source text, else null for unattributed quotes. */
  source: string | null;
  quotes: OverviewQuote[];
}

export type ClaimStatusLabel =
  | 'unverified' | 'checking' | 'verified' | 'false' | 'misleading' | 'unverifiable' | 'check-worthy';

export interface OverviewClaim {
  text: string;
  /** A sidecar status for tagged claims, 'check-worthy' for untagged candidates. */
  status: ClaimStatusLabel;
  range: Range;
}

export interface Overview {
  uri: string;
  version: number;
  entities: OverviewEntity[];
  sources: OverviewSource[];
  claims: OverviewClaim[];
}

/** Everything the "Article" tree view shows. */
export const OVERVIEW_REQUEST = 'newsAnnotator/overview';

export interface AnalysisStatus {
  uri: string;
  state: 'ok' | 'too-large' | 'failed';
  message: string | null;
}

/** Sent when an article could not be analysed (too large, engine failure). */
export const ANALYSIS_STATUS_NOTIFICATION = 'newsAnnotator/analysisStatus';
