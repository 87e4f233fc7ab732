// The learned part of the attribution stage, trained by scripts/train-attributions.ts on PolNeAR's
// training split, three linear models (averaged perceptrons) over hashed features:
//   cues      is a word of speech the rules found no attribution for a cue here? (features.ts)
//   keep      is an attribution the rules found after a plain speech verb reported speech?
//   contents  where does reported speech right of a verb cue start and end? (spans.ts)
// Binary layout, little-endian: "ATT2" · i32 cue threshold · i32 keep threshold · cue-and-keep
// table · content table; a table is u32 N · u32 keys[N] (sorted) · i16 weights[N]. The words the
// cue model may add cues for, and those the keep model may drop, are kept as plain words beside it.
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

const MAGIC = 0x32545441; // "ATT2"

export function encodeLearned(m: LearnedData): Uint8Array {
  const size = 4 + 4 + 4 + 4 + m.cue.keys.length * 6 + 4 + m.span.keys.length * 6;
  const view = new DataView(new ArrayBuffer(size));
  let at = 0;
  const u32 = (v: number) => { view.setUint32(at, v, true); at += 4; };
  const table = (tb: Table) => {
    u32(tb.keys.length);
    for (const k of tb.keys) u32(k);
    for (const w of tb.weights) { view.setInt16(at, w, true); at += 2; }
  };
  u32(MAGIC);
  view.setInt32(at, m.threshold, true); at += 4;
  view.setInt32(at, m.keepThreshold, true); at += 4;
  table(m.cue);
  table(m.span);
  return new Uint8Array(view.buffer);
}

export function decodeLearned(bytes: Uint8Array, vocabulary: string[], doubtful: string[]): LearnedData {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const u32 = () => { const v = view.getUint32(at, true); at += 4; return v; };
  const table = (): Table => {
    const n = u32();
    const keys = new Uint32Array(n);
    const weights = new Int16Array(n);
    for (let i = 0; i < n; i++) keys[i] = u32();
    for (let i = 0; i < n; i++) { weights[i] = view.getInt16(at, true); at += 2; }
    return { keys, weights };
  };
  if (u32() !== MAGIC) throw new Error('attribution model: bad magic');
  const threshold = view.getInt32(at, true); at += 4;
  const keepThreshold = view.getInt32(at, true); at += 4;
  const cue = table();
  const span = table();
  return { cue, threshold, keepThreshold, span, vocabulary, doubtful };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function fromBase64(s: string): Uint8Array {
  const rev = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) rev[B64.charCodeAt(i)] = i;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const t = (rev[s.charCodeAt(i)] << 18) | (rev[s.charCodeAt(i + 1)] << 12) | (rev[s.charCodeAt(i + 2)] << 6) | rev[s.charCodeAt(i + 3)];
    if (o < out.length) out[o++] = (t >> 16) & 255;
    if (o < out.length) out[o++] = (t >> 8) & 255;
    if (o < out.length) out[o++] = t & 255;
  }
  return out;
}

/** Something that sums the weights of features. */
export interface Weights {
  sum(feats: ArrayLike<number>): number;
}

/** Weights in an open-addressing table (a key and its weight side by side). */
export class WeightTable implements Weights {
  private readonly keys: Uint32Array;
  private readonly values: Int16Array;
  private readonly mask: number;

  constructor(tb: Table) {
    let cap = 1024;
    while (cap < tb.keys.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.keys = new Uint32Array(cap);
    this.values = new Int16Array(cap);
    for (let i = 0; i < tb.keys.length; i++) {
      const key = tb.keys[i] || 1;
      let at = key & this.mask;
      while (this.keys[at] !== 0) at = (at + 1) & this.mask;
      this.keys[at] = key;
      this.values[at] = tb.weights[i];
    }
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

export class LearnedAttributions implements LearnedHook {
  private readonly cues: WeightTable;
  private readonly spans: WeightTable;
  readonly words: ReadonlySet<string>;
  private readonly doubtful: Set<string>;
  private readonly feats: number[] = [];

  readonly contentOfRules: boolean;

  constructor(readonly data: LearnedData, private readonly use: Use = { cues: true, spans: true, keep: true, ruleSpans: false }) {
    this.contentOfRules = use.ruleSpans !== false;
    this.cues = new WeightTable(data.cue);
    this.spans = new WeightTable(data.span);
    this.words = new Set(use.cues ? data.vocabulary : []);
    this.doubtful = new Set(data.doubtful);
  }

  extra(doc: Doc, t: number, c: Clause, quotes: QuoteIndex, tried: boolean): boolean {
    if (!this.words.has(doc.lower[t])) return false;
    this.feats.length = 0;
    cueFeatures(doc, t, c, quotes, tried, this.feats);
    return this.cues.sum(this.feats) > this.data.threshold;
  }

  content(doc: Doc, t: number, c: Clause, quotes: QuoteIndex, rule: TokenSpan | null): TokenSpan | null {
    if (!this.use.spans || this.data.span.keys.length === 0) return null;
    return bestSpan(doc, t, c, quotes, rule, this.spans);
  }

  keep(doc: Doc, t: number, c: Clause, quotes: QuoteIndex, content: { start: number; end: number }, hasSource: boolean): boolean {
    if (!this.use.keep || !this.doubtful.has(doc.lower[t])) return true;
    this.feats.length = 0;
    keepFeatures(doc, t, c, quotes, content, hasSource, this.feats);
    return this.cues.sum(this.feats) > this.data.keepThreshold;
  }
}
