// Token features for the entity tagger. Every per-token property is computed once per
// document into typed arrays, and what a word's text alone decides once per distinct word
// (lexicon.ts); a feature is a 32-bit hash of (template, values).
import type { Segmentation } from '../types';
import type { CasingTable } from './casing';
import { clusterAt, type ClusterTable } from './clusters';
import type { PieceMemo } from '../memo';
import { GAZ_CLASSES, GAZ_PER_TOKEN, gazetteerCodes, type Gazetteer } from './gazetteer';
import { mix, mix2 } from './hash';
import { docCaseFollowing, type KeptContext, indexWords, keepContext, keptRuns, unitCodes, unitWas } from './features-kept';
import { IntTable } from './int-table';
import { CAP1, LOWER, MIXED, N_AFFIX, TITLE, lexiconFor, type Lexicon } from './lexicon';
import { wordSet } from './word-set';

/** Case classes up to this one (punctuation, digits, lower case) never start a name. */
export const MAX_PLAIN_CAP = LOWER;
const BOS = 0x0b05, EOS = 0x0e05;

/** The document context: what features-kept.ts keeps between analyses (KeptContext), and the rest. */
export interface DocContext extends KeptContext {
  shortShape: Uint32Array;
  /** Usual casing of the word in news text (casing.ts). */
  casing: Uint8Array;
  /** 1 for a compound such as "Russian-led", which a name never continues past. */
  closed: Uint8Array;
}

/** `lexicon`: where words are kept (default: the one of these tables, shared by documents). */
/** `codes`: the name-list codes of units kept between analyses of a changing text (the incremental analyser). */
export function buildContext(seg: Segmentation, gaz: Gazetteer, casing: CasingTable, clusters?: ClusterTable, lexicon?: Lexicon, codes?: PieceMemo<Uint16Array>): DocContext {
  const toks = seg.tokens;
  const n = toks.length;
  const word = new Int32Array(n);
  const words = lexicon ?? lexiconFor({ gaz, casing, clusters });
  // Following the edit: the ids of tokens the last analysis of this text had (features-kept.ts).
  const aligned = indexWords(words, toks, word, codes);
  const ctx: DocContext = {
    n, word, words, generation: words.generation,
    lower: new Uint32Array(n), shortShape: new Uint32Array(n), cap: new Uint8Array(n),
    sentFirst: new Int32Array(n), sentEnd: new Int32Array(n), allCaps: new Uint8Array(n), titleCase: new Uint8Array(n),
    docCase: new Uint8Array(n), gaz: new Uint16Array(0), casing: new Uint8Array(n), closed: new Uint8Array(n), breaks: new Uint8Array(n),
    aligned,
  };
  // What each token's word decides; a run of tokens kept from the last analysis copies its values.
  const hot = words.hot;
  const carried = aligned?.carried;
  const fromWord = (i: number): void => {
    // The word's record (lexicon.ts): lower-case hash, short shape, flags.
    const h = word[i] * 4;
    ctx.lower[i] = hot[h];
    ctx.shortShape[i] = hot[h + 1];
    const flags = hot[h + 2];
    ctx.cap[i] = flags & 7;
    ctx.casing[i] = (flags >> 3) & 7;
    ctx.closed[i] = (flags >> 6) & 1;
    ctx.breaks[i] = (flags >> 7) & 3;
  };
  if (aligned && carried) {
    const last = aligned.last as DocContext;
    keptRuns(aligned.from, (a, b, was) => {
      const to = was + b - a;
      ctx.lower.set(last.lower.subarray(was, to), a);
      ctx.shortShape.set(last.shortShape.subarray(was, to), a);
      ctx.cap.set(last.cap.subarray(was, to), a);
      ctx.casing.set(last.casing.subarray(was, to), a);
      ctx.closed.set(last.closed.subarray(was, to), a);
      ctx.breaks.set(carried.breaks.subarray(was, to), a);
    }, fromWord);
  } else {
    for (let i = 0; i < n; i++) fromWord(i);
  }
  // Kept for the next analysis of a changing text, before the exception below changes them.
  const rawBreaks = codes ? ctx.breaks.slice() : null;
  // Except a one-letter tag in brackets that sports tables add to a club's name ("Mladost (L)").
  for (let i = 2; i < n; i++) {
    // Only a bracket has break 3 (lexicon.ts): no text read for the others.
    if (ctx.breaks[i] !== 3) continue;
    if (toks[i].text === ')' && toks[i - 2].text === '(' && toks[i - 1].text.length === 1 && ctx.cap[i - 1] === CAP1) {
      ctx.breaks[i] = 0;
      ctx.breaks[i - 2] = 0;
    }
  }
  // Decoding units: sentences, rejoined where the segmenter split after an initial ("P. Simmons").
  // A unit that was a whole unit of the last analysis (unitWas) has its all-caps mark.
  const unitFrom = aligned ? new Int32Array(n) : null;
  if (aligned) aligned.units = unitFrom!;
  const sents = seg.sentences;
  for (let s = 0; s < sents.length; s++) {
    const first = sents[s].firstToken;
    let end = sents[s].endToken;
    while (s + 1 < sents.length && endsWithInitial(seg, end, sents[s + 1].firstToken, sents[s + 1].paragraph === sents[s].paragraph)) {
      s++;
      end = sents[s].endToken;
    }
    ctx.sentFirst.fill(first, first, end);
    ctx.sentEnd.fill(end, first, end);
    const was = aligned && first < end ? unitWas(aligned, first, end) : -1;
    if (unitFrom && first < end) unitFrom[first] = was;
    if (was >= 0) {
      if (aligned!.last.allCaps[was]) ctx.allCaps.fill(1, first, end);
      continue;
    }
    let lowerToks = 0, letterToks = 0;
    for (let i = first; i < end; i++) {
      const c = ctx.cap[i];
      if (c >= LOWER && c <= MIXED) letterToks++;
      if (c === LOWER || c === TITLE) lowerToks++;
    }
    if (letterToks >= 2 && lowerToks === 0) ctx.allCaps.fill(1, first, end);
  }
  // How the same word is written elsewhere in the document (a strong cue for all-caps
  // headlines and sentence-initial words).
  const counts = codes ? docCaseFollowing(ctx, aligned, unitFrom) : null;
  if (!counts) {
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
  }
  const owner = `${words.serial}:${words.generation}`;
  // The codes of whole units [a, b), through the memo of codes per unit when there is one.
  const codesOf = (a: number, b: number): Uint16Array => {
    const whole = a === 0 && b === n;
    return gazetteerCodes(
      gaz, whole ? ctx.lower : ctx.lower.subarray(a, b), (i) => words.phrase(word[a + i]),
      whole ? ctx.sentFirst : rebased(ctx.sentFirst, a, b), whole ? ctx.sentEnd : rebased(ctx.sentEnd, a, b),
      codes && { memo: codes, word: whole ? word : word.subarray(a, b), owner },
    );
  };
  ctx.gaz = aligned ? unitCodes(ctx, aligned, codesOf, unitFrom!) : codesOf(0, n);
  markTitleCase(ctx, seg, unitFrom);
  keepContext(codes, toks, ctx, rawBreaks && counts ? { breaks: rawBreaks, counts } : undefined);
  return ctx;
}

/** Token indices [a, b) of `at` as indices from a. */
function rebased(at: Int32Array, a: number, b: number): Int32Array {
  const out = new Int32Array(b - a);
  for (let i = a; i < b; i++) out[i - a] = at[i] - a;
  return out;
}

/** Short words a Title Case headline leaves in lower case; any other ("was", "led", "cut") is a sentence's. */
const HEADLINE_LOWER = wordSet(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to',
  'by', 'for', 'as', 'vs', 'vs.', 'v', 'v.', 'via', 'per', 'up', 'off', 'out', 'de', 'da', 'du', 'van', 'von', 'der', 'la', 'le',
  "'s", '’s', "'", '’', "n't", 'n’t', "'re", '’re', "'ll", '’ll', "'ve", '’ve', "'d", '’d', "'m", '’m']);

/** A bit mask of name-list classes (bit c: GAZ_CLASSES[c]), for `listClassesAt` and `aloneInListsAt`. */
export function listBits(...classes: Array<(typeof GAZ_CLASSES)[number]>): number {
  let mask = 0;
  for (const c of classes) mask |= 1 << GAZ_CLASSES.indexOf(c);
  return mask;
}

/** The classes of the name lists holding token k alone (a one-word entry), as a bit mask (bit c: GAZ_CLASSES[c]). */
export function aloneInListsAt(ctx: DocContext, k: number): number {
  let mask = 0;
  for (let g = 0; g < GAZ_PER_TOKEN; g++) {
    const code = ctx.gaz[k * GAZ_PER_TOKEN + g];
    if (code === 0) break;
    // code = 1 + class * 4 + position, position 0 for a token that is the whole entry.
    if (((code - 1) & 3) === 0) mask |= 1 << ((code - 1) >> 2);
  }
  return mask;
}

/** The classes of the name lists holding token k, in any position, as a bit mask (bit c: GAZ_CLASSES[c]). */
export function listClassesAt(ctx: DocContext, k: number): number {
  let mask = 0;
  for (let g = 0; g < GAZ_PER_TOKEN; g++) {
    const code = ctx.gaz[k * GAZ_PER_TOKEN + g];
    if (code === 0) break;
    mask |= 1 << ((code - 1) >> 2);
  }
  return mask;
}

/**
 * Title Case units ("Oil Prices Rise As Output Falls"): no lower-case word of four letters
 * or more nor a shorter one other than a headline's small words ("It was led by Dr. … of … and
 * Professor … of … in Accra." is a sentence dense with names), and at least two capitalised
 * words past the first that are usually written in lower case (so a line of names is not one).
 */
function markTitleCase(ctx: DocContext, seg: Segmentation, unitFrom: Int32Array | null): void {
  for (let first = 0; first < ctx.n; first = ctx.sentEnd[first]) {
    const end = ctx.sentEnd[first];
    if (ctx.allCaps[first]) continue;
    // A unit kept whole from the last analysis: the same words, the same mark.
    const was = unitFrom ? unitFrom[first] : -1;
    if (was >= 0) {
      if (ctx.aligned!.last.titleCase[was]) ctx.titleCase.fill(1, first, end);
      continue;
    }
    let lowerLong = 0, capCommon = 0;
    for (let i = first; i < end; i++) {
      const c = ctx.cap[i];
      // One such word decides: no need to read on.
      if (c === LOWER && (seg.tokens[i].text.length >= 4 || !HEADLINE_LOWER.has(ctx.lower[i]))) {
        lowerLong++;
        break;
      } else if (c === TITLE && i > first && ctx.casing[i] > 0 && ctx.casing[i] <= 2) capCommon++;
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

/** Max features one token can produce. */
export const MAX_FEATURES = 64 + GAZ_PER_TOKEN;

/**
 * Writes the features of token i into out and returns their count: those of its word
 * (wordFeatures) and those of its place in the text (contextFeatures).
 */
export function tokenFeatures(ctx: DocContext, i: number, prev1: number, prev2: number, hist: number, out: Uint32Array): number {
  return contextFeatures(ctx, i, prev1, prev2, hist, out, wordFeatures(ctx.words, ctx.word[i], out, 0));
}

/**
 * The features a word's text alone decides, written into out from index k; returns the new
 * count. The same for every token of the word, so the decoder sums their weights once a word.
 */
export function wordFeatures(words: Lexicon, w: number, out: Uint32Array, k: number): number {
  const cap = words.cap(w);
  out[k++] = mix(1, 0);
  out[k++] = mix(2, words.lower(w));
  out[k++] = mix(3, words.form(w));
  out[k++] = mix(8, words.shape(w));
  for (let a = 0; a < N_AFFIX; a++) {
    const p = words.prefix(w, a);
    if (p) out[k++] = mix(11 + a, p);
    const s = words.suffix(w, a);
    if (s) out[k++] = mix(15 + a, s);
  }
  out[k++] = mix(45, words.casing(w) * 16 + cap);
  // Word clusters at two granularities, and the coarser with the case class.
  const cl = words.cluster(w);
  out[k++] = mix(51, clusterAt(cl, 3));
  out[k++] = mix(52, cl);
  out[k++] = mix(53, clusterAt(cl, 3) * 16 + cap);
  return k;
}

/**
 * The features of token i in its context, written into out from index k; returns the new count.
 * prev1/prev2: labels already decided for i-1, i-2; hist: what the document said earlier about
 * this word (0 unseen, 1 + type or 5 for O).
 */
export function contextFeatures(ctx: DocContext, i: number, prev1: number, prev2: number, hist: number, out: Uint32Array, k: number): number {
  const first = ctx.sentFirst[i];
  const end = ctx.sentEnd[i];
  const w = ctx.lower[i];
  const wm1 = i - 1 >= first ? ctx.lower[i - 1] : BOS;
  const wm2 = i - 2 >= first ? ctx.lower[i - 2] : BOS;
  const wp1 = i + 1 < end ? ctx.lower[i + 1] : EOS;
  const wp2 = i + 2 < end ? ctx.lower[i + 2] : EOS;
  const ss = ctx.shortShape[i];
  const ssm1 = i - 1 >= first ? ctx.shortShape[i - 1] : BOS;
  const ssp1 = i + 1 < end ? ctx.shortShape[i + 1] : EOS;
  const cap = ctx.cap[i];
  const capm1 = i - 1 >= first ? ctx.cap[i - 1] : 9;
  const capp1 = i + 1 < end ? ctx.cap[i + 1] : 9;
  const caps = ctx.allCaps[i];
  const atStart = i === first ? 1 : 0;
  const len = end - first;
  out[k++] = mix(4, wm1);
  out[k++] = mix(5, wp1);
  out[k++] = mix(6, wm2);
  out[k++] = mix(7, wp2);
  out[k++] = mix(9, ssm1);
  out[k++] = mix(10, ssp1);
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
  out[k++] = mix(46, cs * 100 + atStart * 10 + caps);
  out[k++] = mix(47, (i - 1 >= first ? ctx.casing[i - 1] : 9) * 16 + (i + 1 < end ? ctx.casing[i + 1] : 9));
  for (let g = 0; g < GAZ_PER_TOKEN; g++) {
    const code = ctx.gaz[i * GAZ_PER_TOKEN + g];
    if (code === 0) break;
    out[k++] = mix(40, code * 16 + cap);
  }
  // The neighbours' clusters (0xffff past the unit's edge).
  const words = ctx.words;
  out[k++] = mix(54, i - 1 >= first ? clusterAt(words.cluster(ctx.word[i - 1]), 3) : 0xffff);
  out[k++] = mix(55, i + 1 < end ? clusterAt(words.cluster(ctx.word[i + 1]), 3) : 0xffff);
  return k;
}
