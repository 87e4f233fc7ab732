// The plain data the analysis library produces. Offsets are UTF-16 code units
// (JavaScript string indices) into the exact input text, end-exclusive.

export interface Span {
  start: number;
  end: number;
  text: string;
}

// ---- segmentation -------------------------------------------------------

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export type ParagraphRole =
  | 'headline'
  | 'bullet'
  | 'body'
  | 'credit'
  | 'boilerplate'
  | 'footer';

export interface Paragraph {
  start: number;
  end: number;
  role: ParagraphRole;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token of the sentence in `tokens`. */
  firstToken: number;
  /** One past the index of the last token. */
  endToken: number;
  paragraph: number;
  /**
   * text.slice(start, end). Of a line the incremental analyser kept, the same string at every
   * analysis: a memo that looks a sentence up by its text finds the hash already computed.
   */
  text: string;
}

export interface Dateline extends Span {
  place: Span | null;
  date: Span | null;
  agency: Span | null;
  /** The state, province or country after the place ("MANCHESTER, England": "England"). */
  region?: Span | null;
}

export type BoilerplateKind =
  | 'signup'
  | 'read-more'
  | 'story-code'
  | 'footer'
  | 'comments'
  | 'share'
  | 'advert'
  /** A photo caption, a photo credit ("Adrian Wyld/CP") or a gallery link ("Slideshow (5 images)"). */
  | 'caption'
  /** A promotion of other content: "Watch: …", "VIDEO: …", "Follow us on …". */
  | 'promo'
  /** A note from the desk: "(Adds detail on …)", "EDITOR'S NOTE — …", "Correction: …". */
  | 'editor-note'
  /** A byline or an agency sign-off: "By Jane Doe, AP Sports Writer", "Field Level Media". */
  | 'byline'
  /** A publication or reading time: "Published Dec. 7, 2020", "3 Min Read". */
  | 'timestamp';

export interface Boilerplate extends Span {
  kind: BoilerplateKind;
}

export interface CreditLine extends Span {
  /** The names credited in the line (reporters, writers, editors). */
  names: Span[];
}

export interface Segmentation {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  dateline: Dateline | null;
  credits: CreditLine[];
  boilerplate: Boilerplate[];
}

// ---- entities -----------------------------------------------------------

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC';

export interface Mention extends Span {
  type: EntityType;
  /** Id of the entity the mention belongs to. */
  entity: string;
}

export type EntityRole = 'newsmaker' | 'credit';

export interface Entity {
  id: string;
  type: EntityType;
  /** The canonical (usually longest, first full) name. */
  name: string;
  /** Distinct surface forms, canonical name first. */
  aliases: string[];
  mentions: Span[];
  role: EntityRole;
}

// ---- figures ------------------------------------------------------------

export type FigureKind =
  | 'CARDINAL'
  | 'QUANTITY'
  | 'PERCENT'
  | 'MONEY'
  | 'DATE'
  | 'TIME'
  | 'DURATION'
  | 'AGE'
  | 'ORDINAL'
  | 'FRACTION'
  /** A result in numbers joined by dashes: a score "7-4", a record "21-12-7", a tally, odds. No value. */
  | 'SCORE';

/**
 * Figure kinds that state a quantity, so a sentence holding one states a statistic. A date, a
 * clock time or a rank ("the third day") alone does not. One table for the whole project: check-
 * worthiness, the claim kind and the "Tag as claim" action (a new kind must be placed here).
 */
export const STATISTIC_KINDS: Readonly<Record<FigureKind, boolean>> = {
  CARDINAL: true,
  QUANTITY: true,
  PERCENT: true,
  MONEY: true,
  DURATION: true,
  AGE: true,
  FRACTION: true,
  SCORE: true,
  DATE: false,
  TIME: false,
  ORDINAL: false,
};

export function isStatisticKind(kind: string): boolean {
  return STATISTIC_KINDS[kind as FigureKind] === true;
}

export interface Figure extends Span {
  kind: FigureKind;
  value: number | null;
  unit: string | null;
  approx: boolean;
  bound: 'min' | 'max' | null;
}

// ---- attributions -------------------------------------------------------

export type AttributionKind = 'direct' | 'indirect' | 'mixed';

export interface Attribution {
  source: Span | null;
  /** Id of the entity the source resolves to, pronouns and descriptions included. */
  sourceEntity: string | null;
  /**
   * When no entity names the source and it is a pronoun ("It said …"), the phrase it stands for
   * as written earlier ("The province's environment ministry"); null otherwise.
   */
  sourceAntecedent: Span | null;
  cue: Span | null;
  content: Span;
  kind: AttributionKind;
  /** True for a quotation paragraph that continues the previous attribution. */
  continuation: boolean;
}

// ---- claims -------------------------------------------------------------

export interface ClaimCandidate extends Span {
  score: number;
  reasons: string[];
}

// ---- the whole result ---------------------------------------------------

/** A sentence as the result keeps it (the pipeline's token list is not kept). */
export interface SentenceSpan {
  start: number;
  end: number;
  paragraph: number;
}

/**
 * The segmentation as the result keeps it: everything but the tokens, which are the
 * pipeline's working data and would cost about 100 bytes a word to keep.
 */
export interface DocumentStructure {
  paragraphs: Paragraph[];
  sentences: SentenceSpan[];
  dateline: Dateline | null;
  credits: CreditLine[];
  boilerplate: Boilerplate[];
  /** Word tokens (not punctuation) in the analysed text. */
  wordCount: number;
}

/** A finding a person dismissed (see server/src/corrections/): diagnostics skip it. */
export interface DismissedFinding {
  start: number;
  end: number;
  /** The diagnostic code: 'unattributed-quote', 'check-worthy', 'boilerplate'. */
  code: string;
  reason: string | null;
}

export interface Analysis {
  text: string;
  segmentation: DocumentStructure;
  entities: Entity[];
  mentions: Mention[];
  figures: Figure[];
  attributions: Attribution[];
  claims: ClaimCandidate[];
  boilerplate: Boilerplate[];
  /** Set only once a person's corrections were applied (corrections/): the findings they dismissed. */
  dismissed?: DismissedFinding[];
}
