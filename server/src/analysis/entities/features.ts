// Token features for the entity tagger. Every per-token property is computed once per
// document into typed arrays; a feature is a 32-bit hash of (template, values).
import type { Segmentation } from '../types';
import type { CasingTable } from './casing';
import { clusterAt, NO_CLUSTERS, type ClusterTable } from './clusters';
import { compoundNamePart } from './compounds';
import { PARTICLE_HASHES } from './particles';
import { GAZ_PER_TOKEN, gazetteerCodes, type Gazetteer } from './gazetteer';
import { FNV_SEED, fnvStep, lowerCode, mix, mix2, plainQuote } from './hash';
import { IntTable } from './int-table';

/** Case classes of a token. */
const PUNCT = 0, DIGIT = 1, LOWER = 2, TITLE = 3, CAP1 = 4, CAPS = 5, MIXED = 6;
/** Case classes up to this one (punctuation, digits, lower case) never start a name. */
export const MAX_PLAIN_CAP = LOWER;
const BOS = 0x0b05, EOS = 0x0e05;
const N_AFFIX = 4;

export interface DocContext {
  n: number;
  lower: Uint32Array;
  form: Uint32Array;
  shape: Uint32Array;
  shortShape: Uint32Array;
  prefix: Uint32Array;
  suffix: Uint32Array;
  cap: Uint8Array;
  sentFirst: Int32Array;
  sentEnd: Int32Array;
  allCaps: Uint8Array;
  /** 1 when the token's unit is in Title Case (a headline style: "Oil Prices Rise As Output Falls"). */
  titleCase: Uint8Array;
  /** Bit 1: the word occurs in lower case in the document; bit 2: in title case mid-sentence. */
  docCase: Uint8Array;
  /** Gazetteer codes, GAZ_PER_TOKEN per token. */
  gaz: Uint16Array;
  /** Usual casing of the word in news text (casing.ts). */
  casing: Uint8Array;
  /** 1 for a lower-case word that cannot be inside a name (particles.ts); 2 for a number, which only a MISC name may continue past ("Windows 95"); 3 for a bracket, never in a name. */
  breaks: Uint8Array;
  /** 1 for a compound such as "Russian-led", which a name never continues past. */
  closed: Uint8Array;
  /** Word cluster per token (clusters.ts): 1 + leaf, 0 unknown; NOT_LOOKED_UP until a feature needs it. */
  cluster: Uint16Array;
  clusters: ClusterTable;
}

function classOf(c: number): number {
  // 1 upper, 2 lower, 3 digit, 0 other
  if (c >= 97 && c <= 122) return 2;
  if (c >= 65 && c <= 90) return 1;
  if (c >= 48 && c <= 57) return 3;
  if (c < 128) return 0;
  const s = String.fromCharCode(c);
  const lo = s.toLowerCase();
  const up = s.toUpperCase();
  if (lo !== up) return s === up ? 1 : 2;
  return 0;
}

export function buildContext(seg: Segmentation, gaz: Gazetteer, casing: CasingTable, clusters?: ClusterTable): DocContext {
  const toks = seg.tokens;
  const n = toks.length;
  const ctx: DocContext = {
    n,
    lower: new Uint32Array(n), form: new Uint32Array(n), shape: new Uint32Array(n),
    shortShape: new Uint32Array(n), prefix: new Uint32Array(n * N_AFFIX), suffix: new Uint32Array(n * N_AFFIX),
    cap: new Uint8Array(n), sentFirst: new Int32Array(n), sentEnd: new Int32Array(n),
    allCaps: new Uint8Array(n), titleCase: new Uint8Array(n), docCase: new Uint8Array(n), gaz: new Uint16Array(0), casing: new Uint8Array(n), closed: new Uint8Array(n), breaks: new Uint8Array(n), cluster: new Uint16Array(n).fill(NOT_LOOKED_UP), clusters: clusters ?? NO_CLUSTERS,
  };
  for (let i = 0; i < n; i++) {
    const s = toks[i].text;
    let hl = FNV_SEED, hf = FNV_SEED, hs = FNV_SEED, hss = FNV_SEED;
    let upper = 0, lowerN = 0, digit = 0, lastCls = -1, run = 0, lastShort = -1;
    for (let k = 0; k < s.length; k++) {
      let c = s.charCodeAt(k);
      if (c >= 0x2018 && c <= 0x201d) c = plainQuote(c);
      hl = fnvStep(hl, lowerCode(c));
      hf = fnvStep(hf, c);
      if (k < N_AFFIX) ctx.prefix[i * N_AFFIX + k] = hl;
      const cls = classOf(c);
      if (cls === 1) upper++;
      else if (cls === 2) lowerN++;
      else if (cls === 3) digit++;
      const sym = cls === 0 ? c : cls;
      // Long shape: runs capped at 3; short shape: runs collapsed.
      run = sym === lastCls ? run + 1 : 1;
      if (run <= 3) hs = fnvStep(hs, sym);
      if (sym !== lastShort) hss = fnvStep(hss, sym);
      lastCls = sym;
      lastShort = sym;
    }
    for (let k = 0; k < N_AFFIX; k++) {
      if (k >= s.length) ctx.prefix[i * N_AFFIX + k] = 0;
      let h = FNV_SEED;
      const from = s.length - 1 - k;
      if (from < 0) { ctx.suffix[i * N_AFFIX + k] = 0; continue; }
      for (let j = from; j < s.length; j++) h = fnvStep(h, lowerCode(s.charCodeAt(j)));
      ctx.suffix[i * N_AFFIX + k] = h;
    }
    ctx.lower[i] = hl;
    ctx.form[i] = hf;
    ctx.shape[i] = hs;
    ctx.shortShape[i] = hss;
    const first = classOf(s.charCodeAt(0));
    let cap = PUNCT;
    if (upper + lowerN === 0) cap = digit > 0 ? DIGIT : PUNCT;
    else if (digit > 0) cap = MIXED;
    else if (upper === 0) cap = LOWER;
    else if (lowerN === 0) cap = upper === 1 ? CAP1 : CAPS;
    else cap = first === 1 ? TITLE : MIXED;
    ctx.cap[i] = cap;
    if (s.length > 3 && s.indexOf('-') > 0 && compoundNamePart(s) !== null) ctx.closed[i] = 1;
    if (cap === LOWER && !PARTICLE_HASHES.has(hl)) ctx.breaks[i] = 1;
    else if (cap === DIGIT) ctx.breaks[i] = 2;
    else if (s.length === 1 && (s === '(' || s === ')' || s === '[' || s === ']')) ctx.breaks[i] = 3;
  }
  // Except a one-letter tag in brackets that sports tables add to a club's name ("Mladost (L)").
  for (let i = 2; i < n; i++) {
    if (toks[i].text === ')' && toks[i - 2].text === '(' && toks[i - 1].text.length === 1 && ctx.cap[i - 1] === CAP1) {
      ctx.breaks[i] = 0;
      ctx.breaks[i - 2] = 0;
    }
  }
  // Decoding units: sentences, rejoined where the segmenter split after an initial ("P. Simmons").
  const sents = seg.sentences;
  for (let s = 0; s < sents.length; s++) {
    const first = sents[s].firstToken;
    let end = sents[s].endToken;
    while (s + 1 < sents.length && endsWithInitial(seg, end, sents[s + 1].firstToken, sents[s + 1].paragraph === sents[s].paragraph)) {
      s++;
      end = sents[s].endToken;
    }
    let lowerToks = 0, letterToks = 0;
    for (let i = first; i < end; i++) {
      ctx.sentFirst[i] = first;
      ctx.sentEnd[i] = end;
      const c = ctx.cap[i];
      if (c >= LOWER && c <= MIXED) letterToks++;
      if (c === LOWER || c === TITLE) lowerToks++;
    }
    const caps = letterToks >= 2 && lowerToks === 0 ? 1 : 0;
    for (let i = first; i < end; i++) ctx.allCaps[i] = caps;
  }
  // How the same word is written elsewhere in the document (a strong cue for all-caps
  // headlines and sentence-initial words).
  const seen = new IntTable(n);
  for (let i = 0; i < n; i++) {
    if (ctx.allCaps[i]) continue;
    const c = ctx.cap[i];
    let bit = 0;
    if (c === LOWER) bit = 1;
    else if (c === TITLE && i > ctx.sentFirst[i]) bit = 2;
    if (bit) seen.set(ctx.lower[i], seen.get(ctx.lower[i], 0) | bit);
  }
  for (let i = 0; i < n; i++) ctx.docCase[i] = seen.get(ctx.lower[i], 0);
  ctx.gaz = gazetteerCodes(gaz, ctx.lower, ctx.sentFirst, ctx.sentEnd);
  if (casing.size > 0) for (let i = 0; i < n; i++) ctx.casing[i] = casing.get(ctx.lower[i], 0);
  markTitleCase(ctx, seg);
  return ctx;
}

/**
 * Title Case units ("Oil Prices Rise As Output Falls"): no lower-case word of four letters
 * or more, and at least two capitalised words past the first that are usually written in
 * lower case (so a line of names is not one).
 */
function markTitleCase(ctx: DocContext, seg: Segmentation): void {
  for (let first = 0; first < ctx.n; first = ctx.sentEnd[first]) {
    const end = ctx.sentEnd[first];
    if (ctx.allCaps[first]) continue;
    let lowerLong = 0, capCommon = 0;
    for (let i = first; i < end; i++) {
      const c = ctx.cap[i];
      if (c === LOWER && seg.tokens[i].text.length >= 4) lowerLong++;
      else if (c === TITLE && i > first && ctx.casing[i] > 0 && ctx.casing[i] <= 2) capCommon++;
    }
    if (lowerLong === 0 && capCommon >= 2) ctx.titleCase.fill(1, first, end);
  }
}

/** True when the sentence ending before `end` ends in a lone capital and a period, and the next starts at `end`. */
function endsWithInitial(seg: Segmentation, end: number, next: number, sameParagraph: boolean): boolean {
  if (!sameParagraph || next !== end || end < 1) return false;
  const toks = seg.tokens;
  const last = toks[end - 1].text;
  if (last.length === 2 && last[1] === '.') return isCapital(last.charCodeAt(0));
  if (last !== '.' || end < 2) return false;
  const before = toks[end - 2];
  return before.text.length === 1 && before.end === toks[end - 1].start && isCapital(before.text.charCodeAt(0));
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

const NOT_LOOKED_UP = 0xffff;

/**
 * The cluster of token i, looked up on first use: most tokens are never scored (decode.ts),
 * and the table is large enough for each look-up to miss the cache.
 */
function clusterOf(ctx: DocContext, i: number): number {
  let c = ctx.cluster[i];
  if (c === NOT_LOOKED_UP) {
    // Numbers and punctuation have no cluster (only words with a letter were clustered).
    c = ctx.cap[i] <= DIGIT ? 0 : ctx.clusters.get(ctx.lower[i]);
    ctx.cluster[i] = c;
  }
  return c;
}

/** Max features one token can produce. */
export const MAX_FEATURES = 64 + GAZ_PER_TOKEN;

/**
 * Writes the features of token i into out and returns their count.
 * prev1/prev2: labels already decided for i-1, i-2; hist: what the document said
 * earlier about this word (0 unseen, 1 + type or 5 for O).
 */
export function tokenFeatures(ctx: DocContext, i: number, prev1: number, prev2: number, hist: number, out: Uint32Array): number {
  const first = ctx.sentFirst[i];
  const end = ctx.sentEnd[i];
  const w = ctx.lower[i];
  const wm1 = i - 1 >= first ? ctx.lower[i - 1] : BOS;
  const wm2 = i - 2 >= first ? ctx.lower[i - 2] : BOS;
  const wp1 = i + 1 < end ? ctx.lower[i + 1] : EOS;
  const wp2 = i + 2 < end ? ctx.lower[i + 2] : EOS;
  const sh = ctx.shape[i];
  const ss = ctx.shortShape[i];
  const ssm1 = i - 1 >= first ? ctx.shortShape[i - 1] : BOS;
  const ssp1 = i + 1 < end ? ctx.shortShape[i + 1] : EOS;
  const cap = ctx.cap[i];
  const capm1 = i - 1 >= first ? ctx.cap[i - 1] : 9;
  const capp1 = i + 1 < end ? ctx.cap[i + 1] : 9;
  const caps = ctx.allCaps[i];
  const atStart = i === first ? 1 : 0;
  const len = end - first;
  let k = 0;
  out[k++] = mix(1, 0);
  out[k++] = mix(2, w);
  out[k++] = mix(3, ctx.form[i]);
  out[k++] = mix(4, wm1);
  out[k++] = mix(5, wp1);
  out[k++] = mix(6, wm2);
  out[k++] = mix(7, wp2);
  out[k++] = mix(8, sh);
  out[k++] = mix(9, ssm1);
  out[k++] = mix(10, ssp1);
  for (let a = 0; a < N_AFFIX; a++) {
    const p = ctx.prefix[i * N_AFFIX + a];
    if (p) out[k++] = mix(11 + a, p);
    const s = ctx.suffix[i * N_AFFIX + a];
    if (s) out[k++] = mix(15 + a, s);
  }
  out[k++] = mix(20, capm1 * 100 + cap * 10 + capp1);
  out[k++] = mix(21, atStart * 10 + cap);
  out[k++] = mix(22, caps * 100 + cap * 10 + atStart);
  out[k++] = mix(23, prev1);
  out[k++] = mix(24, prev1 * 16 + prev2);
  out[k++] = mix2(25, prev1, w);
  out[k++] = mix2(26, prev1, ss);
  out[k++] = mix2(27, wm1, w);
  out[k++] = mix2(28, w, wp1);
  out[k++] = mix(29, hist * 16 + cap);
  out[k++] = mix(30, ctx.docCase[i] * 1000 + cap * 100 + caps * 10 + atStart);
  out[k++] = mix2(31, wm1, ss);
  out[k++] = mix2(32, ss, wp1);
  out[k++] = mix(33, Math.min(len, 6) * 10 + cap);
  out[k++] = mix2(34, wm1, wp1);
  out[k++] = mix2(35, mix(ssm1, ss), ssp1);
  out[k++] = mix2(36, caps, w);
  out[k++] = mix2(37, prev1, wm1);
  const cs = ctx.casing[i];
  out[k++] = mix(45, cs * 16 + cap);
  out[k++] = mix(46, cs * 100 + atStart * 10 + caps);
  out[k++] = mix(47, (i - 1 >= first ? ctx.casing[i - 1] : 9) * 16 + (i + 1 < end ? ctx.casing[i + 1] : 9));
  for (let g = 0; g < GAZ_PER_TOKEN; g++) {
    const code = ctx.gaz[i * GAZ_PER_TOKEN + g];
    if (code === 0) break;
    out[k++] = mix(40, code * 16 + cap);
  }
  // Word clusters at three granularities, of the word and its neighbours.
  const cl = clusterOf(ctx, i);
  const clm1 = i - 1 >= first ? clusterOf(ctx, i - 1) : 0xffff;
  const clp1 = i + 1 < end ? clusterOf(ctx, i + 1) : 0xffff;
  out[k++] = mix(51, clusterAt(cl, 3));
  out[k++] = mix(52, cl);
  out[k++] = mix(53, clusterAt(cl, 3) * 16 + cap);
  out[k++] = mix(54, clm1 === 0xffff ? 0xffff : clusterAt(clm1, 3));
  out[k++] = mix(55, clp1 === 0xffff ? 0xffff : clusterAt(clp1, 3));
  return k;
}
