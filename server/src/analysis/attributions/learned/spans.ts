// Candidate contents right of a cue, and their features, for the learned content model: where
// reported speech starts (right after the cue, after "that", after an adverbial such as "in a
// statement released by …") and where it ends (at a clause link, a comma, the sentence's end).
// A candidate's score is the sum of its start's, its end's and the pair's features, so each
// start and each end is described once, not once per pair.
import type { Clause, QuoteIndex } from '../context';
import { MAX_CONTENT_TOKENS } from '../context';
import { phraseAfterComma } from '../content';
import { CUE_VERBS } from '../lexicon';
import type { Doc } from '../phrases';
import { isWord } from '../words';
import { S, isFunctionShape, shape, stem } from './features';
import { feat, hashString, wordHash } from './hash';

/** How many tokens after the cue a content may start. */
export const MAX_START_OFFSET = 12;
/** How many clause boundaries a content may run over. */
export const MAX_ENDS = 8;

/** Words that often open a new clause: a content may end before them. */
const LINKS = new Set([
  'and', 'but', 'while', 'which', 'who', 'whom', 'whose', 'as', 'because', 'after', 'before', 'when', 'since', 'although',
  'though', 'if', 'unless', 'until', 'where', 'whereas', 'or', 'so', 'during', 'despite', 'according',
]);
const PUNCT_BOUNDARIES = new Set([',', ';', ':', '—', '–', '--', '(', ')', '.', '!', '?', '…']);

/** The starts and ends a content right of the cue at `t` may have, as token indices (ends inclusive). */
export interface SpanChoices {
  starts: number[];
  ends: number[];
}

/**
 * Starts: the words and opening marks among the first tokens after the cue. Ends: the last
 * tokens before a clause boundary, never inside a quotation that opens after the cue.
 */
export function spanChoices(doc: Doc, t: number, c: Clause, quotes: QuoteIndex): SpanChoices {
  const starts: number[] = [];
  for (let s = t + 1; s < c.hi && s <= t + MAX_START_OFFSET; s++) {
    const tok = doc.toks[s].text;
    // Reported content starts after its "that" (the project's convention; PolNeAR includes it).
    if ((isWord(tok) && doc.lower[s] !== 'that') || quotes.byOpen.has(doc.toks[s].start)) starts.push(s);
  }
  const ends: number[] = [];
  const hi = Math.min(c.hi, t + 1 + MAX_CONTENT_TOKENS);
  let quoteEnd = -1;
  for (let k = t + 1; k < hi && ends.length < MAX_ENDS + MAX_START_OFFSET; k++) {
    const q = quotes.byOpen.get(doc.toks[k].start);
    if (q && q.close > quoteEnd) quoteEnd = q.close;
    if (doc.toks[k].end < quoteEnd) continue;
    const tok = doc.toks[k].text;
    const endsHere = isWord(tok) || quotes.byClose.has(doc.toks[k].end) || tok === '%';
    if (!endsHere) continue;
    const next = k + 1;
    if (next >= hi || PUNCT_BOUNDARIES.has(doc.toks[next].text) || LINKS.has(doc.lower[next]) || quotes.byOpen.has(doc.toks[next].start)) {
      ends.push(k);
    }
    // Nothing runs over another attribution: "…; …", "…, according to X", "…, he said".
    if (next < hi && (doc.toks[next].text === ';' || (doc.toks[next].text === ',' && (doc.lower[next + 1] === 'according' || phraseAfterComma(doc, next, c.hi) >= 0)))) break;
  }
  return { starts, ends };
}

/** Index of the first edge `n` is at most (edges.length past the last). */
function bucket(n: number, edges: readonly number[]): number {
  for (let i = 0; i < edges.length; i++) if (n <= edges[i]) return i;
  return edges.length;
}

const SKIPS = [0, 1, 2, 3, 5, 8];
const TO_END = [0, 1, 2, 4, 8];
const LENGTHS = [1, 2, 3, 5, 8, 12, 20, 30, 45];
const LONG = 0x3f;
/** The link word's hash, or 0 for none. */
const LINK_HASH = new Map([...LINKS].map((w) => [w, hashString(w)]));

// Templates (the cue features use 1–33, the keep features 101–107).
const T = {
  S_BIAS: 201, S_SKIP: 202, S_BETWEEN: 203, S_PREV: 204, S_FIRST: 205, S_FW: 206, S_PREV_FIRST: 207, S_ST_BETWEEN: 208,
  S_ST_SKIP: 209, S_RULE: 210, S_RULE_BETWEEN: 211, S_TELL: 212,
  E_BIAS: 221, E_NEXT: 222, E_NW: 223, E_NEXT_AFTER: 224, E_NW_AW: 225, E_LAST: 226, E_TO_END: 227, E_RULE: 228, E_RULE_NEXT: 229,
  P_LEN: 241, P_RANK: 242, P_RANK_KIND: 243, P_RULE: 244,
} as const;

/** A function word's hash, else its class: how the first word of a content is described. */
function wordOrShape(doc: Doc, i: number, c: Clause, quotes: QuoteIndex): number {
  const sh = shape(doc, i, c, quotes);
  return i >= c.lo && i < c.hi && isFunctionShape(sh) ? wordHash(doc, i) : sh;
}

/**
 * What lies between the cue at `t` and a start at `s`, compressed: nothing, "that", "prep det
 * w ,", or long; `prev` is the value for a start at `s - 1` (starts are visited in order).
 */
export function betweenCode(doc: Doc, t: number, s: number, c: Clause, quotes: QuoteIndex, prev: number): number {
  if (s - t - 1 > 5) return LONG;
  if (s === t + 1) return 0;
  return prev * 41 + shape(doc, s - 1, c, quotes);
}

/** Features of a content starting at token `s` after the cue at `t` (stem hash `st`, `between` from betweenCode). */
export function startFeatures(doc: Doc, t: number, st: number, s: number, between: number, c: Clause, quotes: QuoteIndex, ruleStart: number, out: number[]): void {
  const skipped = s - t - 1;
  const prev = shape(doc, s - 1, c, quotes);
  const first = shape(doc, s, c, quotes);
  const skip = bucket(skipped, SKIPS);
  const rule = ruleStart < 0 ? 0 : ruleStart === s ? 1 : ruleStart < s ? 2 : 3;
  const tell = CUE_VERBS.get(doc.lower[t])?.tell ? 1 : 0;
  out.push(
    feat(T.S_BIAS), feat(T.S_SKIP, skip), feat(T.S_BETWEEN, between), feat(T.S_PREV, prev), feat(T.S_FIRST, first),
    feat(T.S_FW, wordOrShape(doc, s, c, quotes)), feat(T.S_PREV_FIRST, prev, first), feat(T.S_ST_BETWEEN, st, between),
    feat(T.S_ST_SKIP, st, skip), feat(T.S_RULE, rule), feat(T.S_RULE_BETWEEN, ruleStart === s ? 1 : 0, between),
    feat(T.S_TELL, tell, bucket(skipped, [0, 1, 2, 3])),
  );
}

/** The between codes of sorted starts. */
function betweenCodes(doc: Doc, t: number, starts: number[], c: Clause, quotes: QuoteIndex): number[] {
  const out: number[] = [];
  let code = 0;
  let at = t + 1;
  for (const s of starts) {
    while (at < s) {
      at++;
      code = betweenCode(doc, t, at, c, quotes, code);
    }
    out.push(code);
  }
  return out;
}

/** The kind of boundary after token `e`: a link word's hash or the next token's class. */
export function boundaryKind(doc: Doc, e: number, c: Clause, quotes: QuoteIndex): number {
  if (e + 1 < c.hi) {
    const link = LINK_HASH.get(doc.lower[e + 1]);
    if (link !== undefined) return link;
  }
  return shape(doc, e + 1, c, quotes);
}

/** Features of a content ending at token `e` (inclusive). */
export function endFeatures(doc: Doc, e: number, c: Clause, quotes: QuoteIndex, ruleEnd: number, out: number[]): void {
  const next = shape(doc, e + 1, c, quotes);
  const kind = boundaryKind(doc, e, c, quotes);
  const after = shape(doc, e + 2, c, quotes);
  const aw = e + 2 < c.hi && CUE_VERBS.has(doc.lower[e + 2]) ? S.CUE : wordOrShape(doc, e + 2, c, quotes);
  const rule = ruleEnd < 0 ? 0 : ruleEnd === e ? 1 : ruleEnd < e ? 2 : 3;
  out.push(
    feat(T.E_BIAS), feat(T.E_NEXT, next), feat(T.E_NW, kind), feat(T.E_NEXT_AFTER, next, after), feat(T.E_NW_AW, kind, aw),
    feat(T.E_LAST, shape(doc, e, c, quotes)), feat(T.E_TO_END, bucket(c.hi - 1 - e, TO_END)), feat(T.E_RULE, rule),
    feat(T.E_RULE_NEXT, ruleEnd === e ? 1 : 0, next),
  );
}

/**
 * Features of the pair: its length, how many boundaries it runs over (the `rank`-th end after
 * its start) and of which kind, and whether both ends are the rules' own.
 */
export function pairFeatures(s: number, e: number, rank: number, kind: number, ruleStart: number, ruleEnd: number, out: number[]): void {
  out.push(
    feat(T.P_LEN, bucket(e - s + 1, LENGTHS)), feat(T.P_RANK, rank), feat(T.P_RANK_KIND, Math.min(rank, 4), kind),
    feat(T.P_RULE, s === ruleStart ? 1 : 0, e === ruleEnd ? 1 : 0),
  );
}

/** The pair feature that marks the rules' own content. */
export const RULE_PAIR = feat(T.P_RULE, 1, 1);

/** The starts and ends, with the rules' own added. */
function choicesWithRule(doc: Doc, t: number, c: Clause, quotes: QuoteIndex, rule: { s: number; e: number } | null): SpanChoices {
  const { starts, ends } = spanChoices(doc, t, c, quotes);
  if (rule && !starts.includes(rule.s)) {
    starts.push(rule.s);
    starts.sort((a, b) => a - b);
  }
  if (rule && !ends.includes(rule.e)) {
    ends.push(rule.e);
    ends.sort((a, b) => a - b);
  }
  return { starts, ends };
}

/** Sums a feature list's weights. */
export interface SpanWeights {
  sum(feats: ArrayLike<number>): number;
}

const scratch: number[] = [];
/** The weights of the pair features that take few values, per set of weights (they never change). */
const pairCaches = new WeakMap<SpanWeights, { len: Float64Array; rank: Float64Array; rule: Float64Array }>();

function pairWeights(w: SpanWeights): { len: Float64Array; rank: Float64Array; rule: Float64Array } {
  let p = pairCaches.get(w);
  if (!p) {
    const one = (f: number) => w.sum([f]);
    const len = Float64Array.from({ length: LENGTHS.length + 1 }, (_, i) => one(feat(T.P_LEN, i)));
    // A rank past MAX_ENDS only for the rules' own content.
    const rank = Float64Array.from({ length: MAX_ENDS + 2 * MAX_START_OFFSET + 2 }, (_, i) => one(feat(T.P_RANK, i)));
    const rule = Float64Array.from([0, 1, 2, 3], (i) => one(feat(T.P_RULE, i >> 1, i & 1)));
    pairCaches.set(w, (p = { len, rank, rule }));
  }
  return p;
}

/**
 * The best candidate content right of the cue at `t` by the weights (the same candidates and
 * features as spanSet, scored as they are made), or null when there is none.
 */
export function bestSpan(doc: Doc, t: number, c: Clause, quotes: QuoteIndex, rule: { s: number; e: number } | null, w: SpanWeights): { s: number; e: number } | null {
  const { starts, ends } = choicesWithRule(doc, t, c, quotes, rule);
  if (starts.length === 0 || ends.length === 0) return null;
  const rs = rule ? rule.s : -1;
  const re = rule ? rule.e : -1;
  const st = hashString(stem(doc.lower[t]));
  const f = scratch;
  const between = betweenCodes(doc, t, starts, c, quotes);
  const ss = starts.map((s, i) => {
    f.length = 0;
    startFeatures(doc, t, st, s, between[i], c, quotes, rs, f);
    return w.sum(f);
  });
  const es = ends.map((e) => {
    f.length = 0;
    endFeatures(doc, e, c, quotes, re, f);
    return w.sum(f);
  });
  const kinds = ends.map((e) => boundaryKind(doc, e, c, quotes));
  const pw = pairWeights(w);
  const kindWeights = kinds.map((k) => {
    const out: number[] = [];
    for (let r = 0; r <= 4; r++) {
      f.length = 0;
      f.push(feat(T.P_RANK_KIND, r, k));
      out.push(w.sum(f));
    }
    return out;
  });
  let best: { s: number; e: number } | null = null;
  let top = -Infinity;
  for (let si = 0; si < starts.length; si++) {
    const s = starts[si];
    let rank = 0;
    for (let ei = 0; ei < ends.length; ei++) {
      const e = ends[ei];
      if (e < s) continue;
      if (rank >= MAX_ENDS && !(s === rs && e === re)) break;
      const v = ss[si] + es[ei] + pw.len[bucket(e - s + 1, LENGTHS)] + pw.rank[rank] + kindWeights[ei][Math.min(rank, 4)] +
        pw.rule[(s === rs ? 2 : 0) + (e === re ? 1 : 0)];
      if (v > top) {
        top = v;
        best = { s, e };
      }
      rank++;
    }
  }
  return best;
}

/** A candidate content: token range (inclusive) and where its features are. */
export interface SpanCandidate {
  s: number;
  e: number;
  /** Index into the starts' and ends' feature lists. */
  si: number;
  ei: number;
  pair: number[];
}

export interface SpanSet {
  startFeats: number[][];
  endFeats: number[][];
  candidates: SpanCandidate[];
}

/**
 * Every candidate content right of the cue at `t`, with its features; `rule` is the rules' own
 * content (token range) or null. Empty when no start or end is in reach.
 */
export function spanSet(doc: Doc, t: number, c: Clause, quotes: QuoteIndex, rule: { s: number; e: number } | null): SpanSet {
  const { starts, ends } = choicesWithRule(doc, t, c, quotes, rule);
  const rs = rule ? rule.s : -1;
  const re = rule ? rule.e : -1;
  const st = hashString(stem(doc.lower[t]));
  const between = betweenCodes(doc, t, starts, c, quotes);
  const startFeats = starts.map((s, i) => {
    const f: number[] = [];
    startFeatures(doc, t, st, s, between[i], c, quotes, rs, f);
    return f;
  });
  const endFeats = ends.map((e) => {
    const f: number[] = [];
    endFeatures(doc, e, c, quotes, re, f);
    return f;
  });
  const kinds = ends.map((e) => boundaryKind(doc, e, c, quotes));
  const candidates: SpanCandidate[] = [];
  starts.forEach((s, si) => {
    let rank = 0;
    for (let ei = 0; ei < ends.length; ei++) {
      const e = ends[ei];
      if (e < s) continue;
      if (rank >= MAX_ENDS && !(s === rs && e === re)) break;
      const pair: number[] = [];
      pairFeatures(s, e, rank, kinds[ei], rs, re, pair);
      candidates.push({ s, e, si, ei, pair });
      rank++;
    }
  });
  return { startFeats, endFeats, candidates };
}
