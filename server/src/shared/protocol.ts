// Custom messages between the server and its clients. Every name is namespaced `newsAnnotator/`.
// Plain method names and types, no runtime imports beyond the shared vocabulary: the VS Code
// client and the server share this file, and other editors can send the same requests.
import type { Range } from 'vscode-languageserver-types';
import type { AnchorState, ClaimKind, ClaimStatus, ClaimStatusLabel, FormatId } from './vocabulary';

export { CLAIM_COMMANDS, type ClaimStatusLabel } from './vocabulary';

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
  /** Check-worthy sentences not yet tagged (the claims queue). */
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

export interface ServerStats {
  /** process.memoryUsage() of the server, in MB. */
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  openDocuments: number;
}

/** Memory of the server process (benchmarks, diagnosing a slow editor). */
export const SERVER_STATS_REQUEST = 'newsAnnotator/serverStats';

export interface AnalysisStatus {
  uri: string;
  state: 'ok' | 'too-large' | 'failed';
  message: string | null;
}

/** Sent when an article could not be analysed (too large, engine failure). */
export const ANALYSIS_STATUS_NOTIFICATION = 'newsAnnotator/analysisStatus';

// ---- claims (lsp/claims/) -----------------------------------------------------------------

export interface ClaimItem {
  id: string;
  kind: ClaimKind;
  status: ClaimStatus;
  anchor: AnchorState;
  text: string;
  /** Where the claim is now; null for an orphan (its text is gone). */
  range: Range | null;
  source: string | null;
  note: string;
  evidence: Array<{ url: string; title: string | null }>;
  author: string | null;
  updatedAt: string;
  /** The text as tagged, when the claim has drifted from it. */
  original: string | null;
}

export interface ClaimsList {
  uri: string;
  /** The sidecar file, null for an untitled document. */
  sidecar: string | null;
  /** Why the sidecar cannot be used (it is never overwritten then), else null. */
  problem: string | null;
  claims: ClaimItem[];
}

/** The tagged claims of an open article (tree view, pickers in the client). */
export const CLAIMS_REQUEST = 'newsAnnotator/claims';
/** Sent with {uri} whenever an article's claims changed (edits, commands, the sidecar on disk). */
export const CLAIMS_CHANGED_NOTIFICATION = 'newsAnnotator/claimsChanged';

// ---- export (features/export.ts) ------------------------------------------------------------

export interface ExportParams {
  format: FormatId;
  /** 'article': the one document `uri` (open or on disk); 'workspace': every article of the workspace folders. */
  scope: 'article' | 'workspace';
  uri?: string;
  /** The name of the single file written (single-file formats name their content after it). */
  name: string;
  /** LSP work-done progress: the server reports each article it reads; cancel with $/cancelRequest. */
  workDoneToken?: string | number;
}

export interface ExportedFile {
  /** Relative to the destination: the file itself, or a file inside the folder for brat. */
  name: string;
  content: string;
}

export interface ExportResult {
  files: ExportedFile[];
  /** The articles in the export, as shown to people (relative to their workspace folder). */
  articles: string[];
  /** What was left out and why: "FILE: reason" per article, and per claim a format cannot hold. */
  skipped: string[];
}

/**
 * Renders annotations of one article or of the whole workspace from the server's analyses and
 * claims (open documents as the editor holds them, unsaved edits included). The client only
 * writes the files; the `newsAnnotator.export.*` and `.claims.*` settings apply.
 */
export const EXPORT_REQUEST = 'newsAnnotator/export';

// ---- the claims queue (lsp/claims/claims-queue.ts) --------------------------------------------

export interface CheckWorthyCandidate {
  /** The whole sentence. */
  text: string;
  /** 0–1, the engine's check-worthiness. */
  score: number;
  /** Why it is check-worthy ("figure", "attributed assertion", …). */
  reasons: string[];
  range: Range;
}

export interface CheckWorthyList {
  uri: string;
  version: number;
  /** `newsAnnotator.checkWorthyThreshold`: the candidates score at least this. */
  threshold: number;
  /** Untagged check-worthy sentences, best-scored first (then in text order). */
  candidates: CheckWorthyCandidate[];
}

/** The claims queue of an open article: what is still to be tagged (the Claims view, next/previous). */
export const CHECK_WORTHY_REQUEST = 'newsAnnotator/checkWorthy';
