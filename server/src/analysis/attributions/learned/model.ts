// The learned part of the attribution stage, trained by scripts/train-attributions.ts on PolNeAR's
// training split, three linear models (averaged perceptrons) over hashed features:
//   cues      is a word of speech the rules found no attribution for a cue here? (features.ts)
//   keep      is an attribution the rules found after a plain speech verb reported speech?
//   contents  where does reported speech right of a verb cue start and end? (spans.ts)
// The weights ship as ready-made hash tables in a file (model-format.ts, opened in place on first
// use); the words the cue model may add cues for, and those the keep model may drop, are kept as
// plain words beside it (model.data.ts).
import type { Clause, QuoteIndex } from '../context';
import type { Doc } from '../phrases';
import { cueFeatures, keepFeatures } from './features';
import { bestSpan } from './spans';

export interface Table {
  keys: Uint32Array;
  weights: Int16Array;
}

export interface LearnedData {
  /** Cue and keep weights (their features are salted apart). */
  cue: Table;
  /** Above it the cue model adds a cue (in the table's units). */
  threshold: number;
  /** Below it the keep model drops an attribution the rules found. */
  keepThreshold: number;
  span: Table;
  /** The words of speech the cue model may add cues for. */
  vocabulary: string[];
  /** The cue words the keep model may drop an attribution of (it kept every other one in training). */
  doubtful: string[];
}

/** A token range, inclusive. */
export interface TokenSpan {
  s: number;
  e: number;
}

/** What the stage asks a learned model (or an experiment standing in for one). */
export interface LearnedHook {
  /** Whether the content model also revisits the contents the rules found (not only those of its own cues). */
  readonly contentOfRules: boolean;
  /** The lower-case words that may be cues the rules do not know of (a cheap first check). */
  readonly words: ReadonlySet<string>;
  /** Whether token `t` is a cue the rules found no attribution for (`tried`: the rules looked at it as a cue). */
  extra(doc: Doc, t: number, c: Clause, quotes: QuoteIndex, tried: boolean): boolean;
  /** The content right of the cue at `t` (`rule`: the rules' choice), or null to keep the rules'. */
  content(doc: Doc, t: number, c: Clause, quotes: QuoteIndex, rule: TokenSpan | null): TokenSpan | null;
  /** Whether an attribution of reported speech the rules found at cue `t` is kept. */
  keep(doc: Doc, t: number, c: Clause, quotes: QuoteIndex, content: { start: number; end: number }, hasSource: boolean): boolean;
}

/** Something that sums the weights of features. */
export interface Weights {
  sum(feats: ArrayLike<number>): number;
}

/** Weights in an open-addressing table (keys and weights in parallel arrays, a power-of-two long). */
export class WeightTable implements Weights {
  private readonly mask: number;

  /** A table over ready slots (from a model file or `build`), without copying. */
  constructor(readonly keys: Uint32Array, readonly values: Int16Array, readonly entries: number) {
    const cap = keys.length;
    if (cap < 1 || (cap & (cap - 1)) !== 0 || values.length !== cap) throw new Error(`attribution model: a table of ${cap} slots is not a power of two`);
    this.mask = cap - 1;
  }

  /** The table of a trained model's keys and weights: at least 1,024 slots, at most half full. */
  static build(tb: Table): WeightTable {
    let cap = 1024;
    while (cap < tb.keys.length * 2) cap *= 2;
    const mask = cap - 1;
    const keys = new Uint32Array(cap);
    const values = new Int16Array(cap);
    for (let i = 0; i < tb.keys.length; i++) {
      const key = tb.keys[i] || 1;
      let at = key & mask;
      while (keys[at] !== 0) at = (at + 1) & mask;
      keys[at] = key;
      values[at] = tb.weights[i];
    }
    return new WeightTable(keys, values, tb.keys.length);
  }

  get size(): number {
    let n = 0;
    for (const k of this.keys) if (k !== 0) n++;
    return n;
  }

  sum(feats: ArrayLike<number>): number {
    const { keys, values, mask } = this;
    let s = 0;
    for (let f = 0; f < feats.length; f++) {
      const key = feats[f] || 1;
      let at = key & mask;
      let k = keys[at];
      while (k !== key && k !== 0) {
        at = (at + 1) & mask;
        k = keys[at];
      }
      if (k !== 0) s += values[at];
    }
    return s;
  }
}

/** Float weights while training. */
export class MapWeights implements Weights {
  constructor(readonly map: Map<number, number>) {}
  sum(feats: ArrayLike<number>): number {
    let s = 0;
    for (let i = 0; i < feats.length; i++) s += this.map.get(feats[i]) ?? 0;
    return s;
  }
}

export interface Use {
  cues: boolean;
  spans: boolean;
  keep: boolean;
  /** The content model also for the rules' own attributions. */
  ruleSpans?: boolean;
}

/** The learned models as the stage uses them: weight tables ready for look-ups. */
export interface LearnedTables {
  /** Cue and keep weights (their features are salted apart). */
  cues: WeightTable;
  spans: WeightTable;
  threshold: number;
  keepThreshold: number;
  vocabulary: string[];
  doubtful: string[];
}

/** The tables of a model as trained (scripts/train-attributions.ts evaluates them before writing the file). */
export function tablesOf(m: LearnedData): LearnedTables {
  const { threshold, keepThreshold, vocabulary, doubtful } = m;
  return { cues: WeightTable.build(m.cue), spans: WeightTable.build(m.span), threshold, keepThreshold, vocabulary, doubtful };
}

export class LearnedAttributions implements LearnedHook {
  private readonly cues: WeightTable;
  private readonly spans: WeightTable;
  private readonly threshold: number;
  private readonly keepThreshold: number;
  readonly words: ReadonlySet<string>;
  private readonly doubtful: Set<string>;
  private readonly feats: number[] = [];

  readonly contentOfRules: boolean;

  constructor(model: LearnedData | LearnedTables, private readonly use: Use = { cues: true, spans: true, keep: true, ruleSpans: false }) {
    const t = 'cue' in model ? tablesOf(model) : model;
    this.contentOfRules = use.ruleSpans !== false;
    this.cues = t.cues;
    this.spans = t.spans;
    this.threshold = t.threshold;
    this.keepThreshold = t.keepThreshold;
    this.words = new Set(use.cues ? t.vocabulary : []);
    this.doubtful = new Set(t.doubtful);
  }

  extra(doc: Doc, t: number, c: Clause, quotes: QuoteIndex, tried: boolean): boolean {
    if (!this.words.has(doc.lower[t])) return false;
    this.feats.length = 0;
    cueFeatures(doc, t, c, quotes, tried, this.feats);
    return this.cues.sum(this.feats) > this.threshold;
  }

  content(doc: Doc, t: number, c: Clause, quotes: QuoteIndex, rule: TokenSpan | null): TokenSpan | null {
    if (!this.use.spans || this.spans.entries === 0) return null;
    return bestSpan(doc, t, c, quotes, rule, this.spans);
  }

  keep(doc: Doc, t: number, c: Clause, quotes: QuoteIndex, content: { start: number; end: number }, hasSource: boolean): boolean {
    if (!this.use.keep || !this.doubtful.has(doc.lower[t])) return true;
    this.feats.length = 0;
    keepFeatures(doc, t, c, quotes, content, hasSource, this.feats);
    return this.cues.sum(this.feats) > this.keepThreshold;
  }
}
