// The sidecar's data model (format version 1). Offsets are UTF-16 code units,
// end-exclusive, into the article text whose hash is `textHash`. `edited`,
// `history` and `deleted` are optional additions: older readers keep them as
// unknown fields, and files without them read as before.

export const SIDECAR_VERSION = 1;
/** The version written once the file holds corrections; a file without them keeps its version. */
export const CORRECTIONS_VERSION = 2;
export const OFFSET_UNIT = 'utf-16';

// Statuses, kinds and anchor states are words every layer shares: defined in shared/vocabulary.ts.
import type { AnchorState, ClaimKind, ClaimStatus } from '../shared/vocabulary';

export { ANCHOR_STATES, CLAIM_KINDS, CLAIM_STATUSES, type AnchorState, type ClaimKind, type ClaimStatus } from '../shared/vocabulary';

/** Fields a newer version wrote and we do not know: kept verbatim, written back. */
export type Extra = Record<string, unknown>;

/** W3C Web Annotation TextQuoteSelector. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector. */
export interface PositionSelector {
  start: number;
  end: number;
}

export interface ClaimTarget {
  quote: QuoteSelector;
  position: PositionSelector;
  extra?: Extra;
}

export interface ClaimSource {
  text: string;
  /** Canonical name of the entity the source resolves to, if any. */
  entity: string | null;
  extra?: Extra;
}

export interface ClaimFigure {
  text: string;
  kind: string;
  value: number | null;
  unit: string | null;
  extra?: Extra;
}

export interface ClaimEntity {
  name: string;
  type: string;
  extra?: Extra;
}

export interface Evidence {
  url: string;
  title: string | null;
  addedAt: string;
  extra?: Extra;
}

export interface Claim {
  id: string;
  target: ClaimTarget;
  kind: ClaimKind;
  source: ClaimSource | null;
  figures: ClaimFigure[];
  entities: ClaimEntity[];
  status: ClaimStatus;
  note: string;
  evidence: Evidence[];
  author: string | null;
  createdAt: string;
  updatedAt: string;
  anchor: AnchorState;
  /** The text as tagged, kept once the claim has drifted from it. */
  original: string | null;
  /**
   * When each user-editable field was last set through News Annotator (ISO time).
   * A field not listed dates from `createdAt`. The merge uses these times to
   * tell a newer value from a stale one, field by field.
   */
  edited?: Partial<Record<MergedField, string>>;
  /** Values that lost a same-field conflict in a merge, newest last (kept, never silently dropped). */
  history?: HistoryEntry[];
  extra?: Extra;
}

/** The claim fields merged one by one (placement — target, anchor, original — moves as one). */
export const MERGED_FIELDS = ['status', 'note', 'evidence', 'kind', 'source', 'figures', 'entities', 'author'] as const;
export type MergedField = (typeof MERGED_FIELDS)[number];

/** A value that lost to another edit of the same field made at the same time elsewhere. */
export interface HistoryEntry {
  field: MergedField;
  /** The value that was not kept, as it was. */
  value: unknown;
  /** When that value was set. */
  at: string;
  /** When the merge kept the other value instead. */
  replacedAt: string;
  extra?: Extra;
}

/** An explicit untag: the claim with this id stays out unless it is edited after `deletedAt`. */
export interface Tombstone {
  id: string;
  deletedAt: string;
  extra?: Extra;
}

/** A span of the text, anchored like a claim: quote + position, re-anchored after outside edits. */
export interface Anchored {
  target: ClaimTarget;
  anchor: AnchorState;
  /** The text as first anchored, kept once the span has drifted from it. */
  original: string | null;
}

/** A person's correction of the engine (format version 2). See corrections/ for how it applies. */
export const CORRECTION_KINDS = ['entity-type', 'quote-source', 'dismiss', 'entity-merge', 'entity-split'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** An entity type, or NONE: not a name. */
export const ENTITY_TYPE_CHOICES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC', 'NONE'] as const;
export type EntityTypeChoice = (typeof ENTITY_TYPE_CHOICES)[number];

/** The source span of a quote-source correction (anchored on its own). */
export interface SourceSpan extends Anchored {
  extra?: Extra;
}

export interface Correction extends Anchored {
  id: string;
  kind: CorrectionKind;
  /** entity-type: the type every mention of `target.quote.exact` gets. */
  type?: EntityTypeChoice;
  /** quote-source: who said the quote in `target`; null = an unnamed (anonymous) source. */
  source?: SourceSpan | null;
  /** dismiss: the finding's diagnostic code ('unattributed-quote', 'check-worthy', 'boilerplate'). */
  code?: string;
  /** dismiss: why, in the person's words (optional). */
  reason?: string | null;
  /** entity-merge: a mention of the entity that joins the one at `target` (anchored on its own). */
  with?: SourceSpan;
  author: string | null;
  createdAt: string;
  updatedAt: string;
  extra?: Extra;
}

export interface Sidecar {
  version: 1 | 2;
  offsetUnit: 'utf-16';
  /** Base name of the article the sidecar belongs to. */
  article: string;
  /** `sha256:` hash of the text the positions were computed on. */
  textHash: string;
  claims: Claim[];
  /** Untagged claims (tombstones), so a merge can tell an untag from a claim missing in a stale copy. */
  deleted?: Tombstone[];
  /** Corrections of the engine (version 2 only); removed ones leave a tombstone in `deleted`. */
  corrections?: Correction[];
  extra?: Extra;
}
