// A changing text's document context, following the edit (features.ts). The segmenter hands out
// the same Token objects for the lines an edit did not touch (segment/index.ts, KeptLine.built),
// and a Token's text never changes: a token that is the same object as one of the last analysis
// has that token's word. Before the edit a token keeps its index; after it, its index moves by as
// many tokens as the edit added or removed. Only the tokens found at neither place (the edited
// line's, and those the segmenter makes afresh at each analysis, such as a dateline's) are looked
// up in the lexicon; and a decoding unit that is, token for token, a unit of the last analysis
// takes its name-list codes (which depend on the unit's words alone, gazetteer.ts). So do the
// arrays a word decides (copied by runs of kept tokens), a kept unit's all-caps and Title Case
// marks, and how the document writes each word (docCase), from counts kept and changed by the
// units the edit touched.
import type { Token } from '../types';
import { GAZ_PER_TOKEN } from './gazetteer';
import { IntTable } from './int-table';
import { LOWER, TITLE, type Lexicon } from './lexicon';

/** What this file reads and keeps of a document context (features.ts's DocContext extends it: that file imports this one). */
export interface KeptContext {
  n: number;
  /** The word of each token, and what each word's text alone decides (lexicon.ts). */
  word: Int32Array;
  words: Lexicon;
  /** The lexicon's generation the word ids belong to. */
  generation: number;
  lower: Uint32Array;
  cap: Uint8Array;
  /** 1 for a lower-case word that cannot be inside a name (particles.ts); 2 for a number, which only a MISC name may continue past ("Windows 95"); 3 for a bracket, never in a name. */
  breaks: Uint8Array;
  sentFirst: Int32Array;
  sentEnd: Int32Array;
  allCaps: Uint8Array;
  /** 1 when the token's unit is in Title Case (a headline style: "Oil Prices Rise As Output Falls"). */
  titleCase: Uint8Array;
  /** Bit 1: the word occurs in lower case in the document; bit 2: in title case mid-sentence. */
  docCase: Uint8Array;
  /** Gazetteer codes, GAZ_PER_TOKEN per token. */
  gaz: Uint16Array;
  /** Where each token was in the last analysis of the same changing text, and its context; null when none. */
  aligned: Alignment | null;
}

/** What a context hands on besides its arrays: kept with it for the next analysis of the text. */
export interface Carried {
  /** The name breaks as the words give them, before the bracket exception (features.ts). */
  breaks: Uint8Array;
  /** docCase's counts; null once taken by the next analysis (so a failed one leaves none half-changed). */
  counts: CaseCounts | null;
}

/** The tokens and context of the last analysis of one changing text. */
interface LastContext {
  tokens: readonly Token[];
  ctx: KeptContext;
  carried?: Carried;
}

/** Where each token was in the last analysis (-1: not there), and that analysis's context. */
export interface Alignment {
  from: Int32Array;
  last: KeptContext;
  carried?: Carried;
  /**
   * At each unit's first token, where that unit starts in the last context when it was a whole
   * unit of it (unitWas), else -1: for any pass that can take a kept unit's result (set by buildContext).
   */
  units?: Int32Array;
}

/**
 * Kept per changing text, by the memo object its analyses share (the entity stage's name-list
 * memo, which only an incremental analyser passes): the last analysis's tokens, never read, only
 * compared by identity, and its context, replaced at each analysis.
 */
const kept = new WeakMap<object, LastContext>();

/**
 * Writes the word of each token into `word` (Lexicon.index), taking the ids of the tokens the last
 * analysis under `owner` had. Returns where each token was in it, or null when nothing was kept.
 */
export function indexWords(words: Lexicon, tokens: readonly Token[], word: Int32Array, owner?: object): Alignment | null {
  const last = owner && kept.get(owner);
  // The last context's own alignment is done with: dropped, so contexts do not chain back through every edit.
  if (last) last.ctx.aligned = null;
  const aligned = last ? align(words, tokens, word, last) : null;
  if (!aligned) words.index(tokens, word);
  return aligned;
}

/** The context just built for `tokens`, kept under `owner` for the next analysis. */
export function keepContext(owner: object | undefined, tokens: readonly Token[], ctx: KeptContext, carried?: Carried): void {
  if (owner) kept.set(owner, { tokens, ctx, carried });
}

function align(words: Lexicon, tokens: readonly Token[], word: Int32Array, last: LastContext): Alignment | null {
  const lc = last.ctx;
  if (lc.words.serial !== words.serial || lc.generation !== words.generation) return null;
  const n = tokens.length, was = last.tokens, wasWord = lc.word;
  const shift = was.length - n;
  const from = new Int32Array(n);
  const missing: number[] = [];
  // A token before the edit is at its index, one after it at its index moved by the shift (a
  // Token is at one place of an array: never both, unless there is no shift): runs of each, in turn.
  for (let i = 0; i < n;) {
    while (i < n && i < was.length && was[i] === tokens[i]) {
      from[i] = i;
      i++;
    }
    while (i < n && i + shift >= 0 && i + shift < was.length && was[i + shift] === tokens[i]) {
      from[i] = i + shift;
      i++;
    }
    if (i < n && !(i < was.length && was[i] === tokens[i])) {
      from[i] = -1;
      missing.push(i++);
    }
  }
  for (let i = 0; i < n; i++) {
    const j = from[i];
    if (j >= 0) word[i] = wasWord[j];
  }
  if (missing.length > 0) {
    const found = new Int32Array(missing.length);
    words.index(missing.map((i) => tokens[i]), found);
    // The lexicon started afresh (it does between documents once it holds too many words): the
    // kept ids are of the generation before.
    if (words.generation !== lc.generation) return null;
    for (let k = 0; k < missing.length; k++) word[missing[k]] = found[k];
  }
  return { from, last: lc, carried: last.carried };
}

/**
 * Where the unit [first, end) of the new context was in the last one: the start of a whole unit
 * of the last context whose tokens are the unit's, in order; -1 when there is none.
 */
export function unitWas({ from, last }: Alignment, first: number, end: number): number {
  const was = from[first];
  if (was < 0 || last.sentFirst[was] !== was || last.sentEnd[was] !== was + end - first) return -1;
  for (let i = first + 1; i < end; i++) if (from[i] !== was + i - first) return -1;
  return was;
}

/**
 * The name-list codes of the units of `ctx` (sentFirst, sentEnd set): a unit that was a whole
 * unit of the last context (unitWas, or `unitFrom` at the unit's first token when worked out
 * already) takes that unit's codes; the others come from `codesOf(a, b)`, the codes of the whole
 * units [a, b).
 */
export function unitCodes(ctx: KeptContext, aligned: Alignment, codesOf: (a: number, b: number) => Uint16Array, unitFrom?: Int32Array): Uint16Array {
  const codes = new Uint16Array(ctx.n * GAZ_PER_TOKEN);
  const lastCodes = aligned.last.gaz;
  let pending = -1;
  const flush = (to: number) => {
    if (pending >= 0) codes.set(codesOf(pending, to), pending * GAZ_PER_TOKEN);
    pending = -1;
  };
  // Kept units one after another in both contexts are copied as one run [copyAt, copyAt + copyLen) from copyWas.
  let copyAt = 0, copyWas = 0, copyLen = 0;
  const copy = () => {
    if (copyLen > 0) codes.set(lastCodes.subarray(copyWas * GAZ_PER_TOKEN, (copyWas + copyLen) * GAZ_PER_TOKEN), copyAt * GAZ_PER_TOKEN);
    copyLen = 0;
  };
  for (let first = 0; first < ctx.n; first = ctx.sentEnd[first]) {
    const end = ctx.sentEnd[first];
    const was = unitFrom ? unitFrom[first] : unitWas(aligned, first, end);
    if (was < 0) {
      if (pending < 0) pending = first;
      continue;
    }
    flush(first);
    if (copyLen > 0 && copyAt + copyLen === first && copyWas + copyLen === was) {
      copyLen += end - first;
      continue;
    }
    copy();
    copyAt = first;
    copyWas = was;
    copyLen = end - first;
  }
  copy();
  flush(ctx.n);
  return codes;
}

/**
 * Calls `each(a, b, was)` for each run of tokens [a, b) that were the tokens [was, was + b - a)
 * of the last analysis, in order, and `one(i)` for each token that was not there.
 */
export function keptRuns(from: Int32Array, each: (a: number, b: number, was: number) => void, one: (i: number) => void): void {
  const n = from.length;
  for (let i = 0; i < n;) {
    const was = from[i];
    if (was < 0) {
      one(i++);
      continue;
    }
    let j = i + 1;
    while (j < n && from[j] === was + j - i) j++;
    each(i, j, was);
    i = j;
  }
}

/**
 * How many tokens write each word (by its lower-case hash) in lower case (docCase bit 1), and in
 * Title Case past a unit's first token (bit 2), outside all-caps units.
 */
export interface CaseCounts {
  lower: IntTable;
  title: IntTable;
}

/** Token i's part in docCase (features.ts): bit 1, bit 2 or none. */
function caseBit(ctx: KeptContext, i: number): number {
  if (ctx.allCaps[i]) return 0;
  const c = ctx.cap[i];
  return c === LOWER ? 1 : c === TITLE && i > ctx.sentFirst[i] ? 2 : 0;
}

/** Adds `delta` to the count of token i's bit; the word's hash goes to `changed` when the bit comes or goes. */
function count(counts: CaseCounts, ctx: KeptContext, i: number, delta: number, changed: number[] | null): void {
  const bit = caseBit(ctx, i);
  if (bit === 0) return;
  const table = bit === 1 ? counts.lower : counts.title, key = ctx.lower[i];
  const was = table.get(key, 0);
  table.set(key, was + delta);
  if (changed && (was === 0) !== (was + delta === 0)) changed.push(key);
}

function bitsOf(counts: CaseCounts, key: number): number {
  return (counts.lower.get(key, 0) > 0 ? 1 : 0) | (counts.title.get(key, 0) > 0 ? 2 : 0);
}

/**
 * Fills ctx.docCase (cap, lower, sentFirst, allCaps set) and returns the counts it came from, to
 * keep. With an alignment whose counts were kept, only the units the edit touched are counted
 * (the last analysis's out, this one's in); a unit kept whole (`unitFrom`, unitWas) takes its
 * docCase, but for the words whose bits came or went.
 */
export function docCaseFollowing(ctx: KeptContext, aligned: Alignment | null, unitFrom: Int32Array | null): CaseCounts {
  const n = ctx.n;
  const taken = aligned?.carried?.counts;
  if (aligned?.carried) aligned.carried.counts = null;
  // Words no longer in the text stay in the tables at 0: started afresh when they are many.
  if (!taken || !aligned || !unitFrom || taken.lower.size + taken.title.size > 4 * n + 4096) {
    const counts: CaseCounts = { lower: new IntTable(1024), title: new IntTable(256) };
    for (let i = 0; i < n; i++) count(counts, ctx, i, 1, null);
    for (let i = 0; i < n; i++) ctx.docCase[i] = bitsOf(counts, ctx.lower[i]);
    return counts;
  }
  const last = aligned.last;
  const changed: number[] = [];
  const lastKept = new Uint8Array(last.n);
  for (let first = 0; first < n; first = ctx.sentEnd[first]) {
    const was = unitFrom[first];
    if (was >= 0) lastKept.fill(1, was, was + ctx.sentEnd[first] - first);
  }
  for (let first = 0; first < last.n; first = last.sentEnd[first]) {
    if (lastKept[first]) continue;
    for (let j = first; j < last.sentEnd[first]; j++) count(taken, last, j, -1, changed);
  }
  for (let first = 0; first < n; first = ctx.sentEnd[first]) {
    if (unitFrom[first] >= 0) continue;
    for (let i = first; i < ctx.sentEnd[first]; i++) count(taken, ctx, i, 1, changed);
  }
  // A kept token's docCase is its word's: the last one's, unless the word's bits came or went.
  const lastCase = last.docCase;
  keptRuns(aligned.from, (a, b, was) => ctx.docCase.set(lastCase.subarray(was, was + b - a), a), (i) => {
    ctx.docCase[i] = bitsOf(taken, ctx.lower[i]);
  });
  if (changed.length > 16) {
    for (let i = 0; i < n; i++) ctx.docCase[i] = bitsOf(taken, ctx.lower[i]);
  } else if (changed.length > 0) {
    // The hashes as 32-bit integers: compared without converting each to a double.
    const hashes = new Int32Array(ctx.lower.buffer, ctx.lower.byteOffset, n);
    for (const key of changed) {
      const k = key | 0;
      for (let i = 0; i < n; i++) if (hashes[i] === k) ctx.docCase[i] = bitsOf(taken, key);
    }
  }
  return taken;
}
