// The words every layer shares, defined once: claim statuses, kinds and anchor states, command
// ids, figure-kind labels, the export formats, result shapes and the language id. The server,
// the sidecar library, the exporters and the VS Code client all import them from here.
// Plain data and types only: the client bundles this file, so it imports no runtime code
// beyond the pure figure-kind table of the analysis library.
import type { FigureKind } from '../analysis/types';

export { STATISTIC_KINDS, isStatisticKind } from '../analysis/types';

/** The VS Code language id of news articles (package.json `contributes.languages`). */
export const LANGUAGE_ID = 'news-article';

// ---- claims ---------------------------------------------------------------------------------

/** Claims of `NAME.EXT` are kept in `NAME.EXT` + this suffix (setting `newsAnnotator.claims.sidecarSuffix`). */
export const DEFAULT_SIDECAR_SUFFIX = '.annotations.json';
/** What a sidecar suffix must look like: a plain file-name ending in `.json` (the setting's pattern). */
export const SIDECAR_SUFFIX_PATTERN = /^[\w.-]+\.json$/;

/** A tagged claim's verdict, in the order the pickers list them. */
export const CLAIM_STATUSES = ['unverified', 'checking', 'verified', 'false', 'misleading', 'unverifiable'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** What each status means, for pickers and tooltips. */
export const STATUS_DETAIL: Record<ClaimStatus, string> = {
  unverified: 'Not checked yet',
  checking: 'Being checked',
  verified: 'Checked and correct',
  false: 'Checked and wrong',
  misleading: 'Correct in part, misleading as written',
  unverifiable: 'Cannot be checked',
};

/** A status, or 'check-worthy' for a sentence the engine flags that nobody has tagged. */
export type ClaimStatusLabel = ClaimStatus | 'check-worthy';

/** Diagnostic codes of the findings a person can dismiss (`newsAnnotator.dismissFinding`). */
export const FINDING_CODES = ['unattributed-quote', 'check-worthy', 'boilerplate'] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export const CLAIM_KINDS = ['statistic', 'quotation', 'assertion', 'prediction'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Where a tagged claim stands in the current text: in place, partly rewritten, or gone. */
export const ANCHOR_STATES = ['anchored', 'drifted', 'orphaned'] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

/** workspace/executeCommand names of the claims feature (arguments: one object; see lsp/claims/claims-commands.ts). */
export const CLAIM_COMMANDS = {
  tag: 'newsAnnotator.tagClaim',
  setStatus: 'newsAnnotator.setClaimStatus',
  addNote: 'newsAnnotator.addClaimNote',
  addEvidence: 'newsAnnotator.addClaimEvidence',
  untag: 'newsAnnotator.untagClaim',
  reattach: 'newsAnnotator.reattachClaim',
} as const;

/** The corrections commands (workspace/executeCommand; offsets in UTF-16 code units). */
export const CORRECTION_COMMANDS = {
  /** {uri, start, end, type: PERSON|ORGANIZATION|LOCATION|MISC|NONE}: every mention of that name. */
  correctEntity: 'newsAnnotator.correctEntity',
  /** {uri, start, end, sourceStart, sourceEnd}: start–end the quote's content; null source = unnamed. */
  setQuoteSource: 'newsAnnotator.setQuoteSource',
  /** {uri, start, end, code, reason?}: the finding with that diagnostic code stays dismissed. */
  dismissFinding: 'newsAnnotator.dismissFinding',
  /** {uri, id}: takes a correction back (a tombstone tells other copies of the file). */
  removeCorrection: 'newsAnnotator.removeCorrection',
  /** {uri, start, end, withStart, withEnd}: the entity of the mention at with… joins the entity at start–end. */
  mergeEntities: 'newsAnnotator.mergeEntities',
  /** {uri, start, end}: the mentions with these words leave their entity for one of their own. */
  splitEntity: 'newsAnnotator.splitEntity',
  /** {uri, start, end, type}: records the name in the workspace names file (.vscode/news-annotator.names.json). */
  addWorkspaceName: 'newsAnnotator.addWorkspaceName',
} as const;

/** The entity-type choices of a correction, as menus name them (NONE: not a name). */
export const ENTITY_TYPE_CHOICE_LABEL = {
  PERSON: 'Person',
  ORGANIZATION: 'Organisation',
  LOCATION: 'Place',
  MISC: 'Other name',
  NONE: 'Not a name',
} as const;

/** What every server command answers. */
export interface CommandResult {
  ok: boolean;
  /** The claim the command acted on. */
  id?: string;
  /** tagClaim: false when the text was already tagged. */
  created?: boolean;
  /** Why it was refused (also shown to the user). */
  message?: string;
}

// ---- figures --------------------------------------------------------------------------------

/** How a figure kind reads in a sentence ("a percentage"): hover cards, reports. */
export const FIGURE_KIND_LABEL: Record<FigureKind, string> = {
  CARDINAL: 'number',
  QUANTITY: 'quantity',
  PERCENT: 'percentage',
  MONEY: 'amount of money',
  DATE: 'date',
  TIME: 'time',
  DURATION: 'duration',
  AGE: 'age',
  ORDINAL: 'ordinal',
  FRACTION: 'fraction',
  SCORE: 'score',
};

// ---- export ---------------------------------------------------------------------------------

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

/** The export formats: what the CLI and the palette command offer, and the default file name of each. */
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

/** Base name of a whole-workspace export, before the format's suffix. */
export const WORKSPACE_EXPORT_BASE = 'news-annotator-export';
