// Greedy left-to-right BIO decoding with the previous two labels and the document's
// earlier decisions about the same word as features.
import { contextFeatures, MAX_FEATURES, MAX_PLAIN_CAP, tokenFeatures, wordFeatures, type DocContext } from './features';
import { type Alignment, type KeptContext, unitWas } from './features-kept';
import { IntTable } from './int-table';
import { allowed, labelI, labelType, N_LABELS } from './labels';
import type { Lexicon } from './lexicon';
import type { Scorer } from './scorer';
import { Key, type PieceMemo } from '../memo';

const MISC_INSIDE = labelI(3);

export type { Scorer } from './scorer';

/** Called after each token; returns the label to keep (training updates weights here). */
export type DecodeHook = (i: number, feats: Uint32Array, n: number, predicted: number) => number;

const feats = new Uint32Array(MAX_FEATURES);
const scores = new Float64Array(N_LABELS);

/**
 * Labels of decoding units kept between analyses of a changing text, keyed by everything the
 * decoding of a unit reads (unitKey): a unit the edit did not touch is not decoded again.
 */
export type UnitMemo = PieceMemo<Uint8Array>;

export function decode(ctx: DocContext, scorer: Scorer, hook?: DecodeHook, memo?: UnitMemo): Uint8Array {
  const labels = new Uint8Array(ctx.n);
  const { words } = ctx;
  if (ctx.generation !== words.generation) throw new Error('entities: a document context outlived its lexicon');
  const history = new IntTable(256);
  // The summed weights of each word's own features (wordFeatures), once a word and kept in the
  // lexicon: with integer weights the sums are exactly those of scoring all features together.
  // Training (a hook) needs every feature of every token.
  const sums = !hook && scorer.integer === true;
  if (sums) words.scoreWith(scorer);
  if (!memo || hook) {
    for (let first = 0; first < ctx.n; first = ctx.sentEnd[first]) decodeUnit(ctx, scorer, sums, hook, first, ctx.sentEnd[first], labels, history);
    return labels;
  }
  // What each token's decoding read besides the words (unitKey), and the last analysis's.
  const inputs = new Int32Array(ctx.n);
  const aligned = ctx.aligned;
  const last = aligned && lastDecoded.get(aligned.last);
  // The units before the edit, as the last analysis left them: their labels, inputs and the history after them.
  let start = 0;
  let table = history;
  if (last && aligned) {
    const kept = keptPrefix(ctx, aligned, last);
    if (kept > 0) {
      labels.set(last.labels.subarray(0, kept));
      inputs.set(last.inputs.subarray(0, kept));
      table = IntTable.over(last.history!.raw.slice(), last.history!.size);
      start = kept;
    }
  }
  // The history as the first unit decoded anew starts (where the text was edited, most likely
  // where the next edit falls too), kept for the next analysis (keptPrefix).
  let snapshot: IntTable | null = null, snapshotAt = ctx.n;
  for (let first = start; first < ctx.n; first = ctx.sentEnd[first]) {
    const end = ctx.sentEnd[first];
    for (let i = first; i < end; i++) inputs[i] = ctx.docCase[i] | (ctx.breaks[i] << 2) | (table.get(ctx.lower[i], 0) << 4);
    // A unit that was a whole unit of the last analysis, its tokens the same objects (so the same
    // words, neighbours and name-list codes) and what it read besides the same: its labels.
    const was = !last ? -1 : aligned!.units ? aligned!.units[first] : unitWas(aligned!, first, end);
    if (was >= 0 && sameInputs(inputs, first, end, last!.inputs, was)) {
      labels.set(last!.labels.subarray(was, was + end - first), first);
    } else {
      const kept = memo.getByKey(unitKey(ctx, first, end, inputs), () => {
        if (!snapshot) {
          snapshot = IntTable.over(table.raw.slice(), table.size);
          snapshotAt = first;
        }
        decodeUnit(ctx, scorer, sums, undefined, first, end, labels, table);
        return labels.slice(first, end);
      });
      labels.set(kept, first);
    }
    remember(ctx, first, end, labels, table);
  }
  lastDecoded.set(ctx, { labels: labels.slice(), inputs, history: snapshot, historyAt: snapshotAt });
  return labels;
}

/**
 * How many tokens from the start of `ctx` the last decoding can give as they were (0: none): the
 * units before the one where the last decoding's history was kept (`historyAt`), when they are
 * the same units of the same words (by id: the lexicon's generation is the last one's, or there
 * would be no alignment), and how the document writes those words and their breaks are the same.
 * Their labels and inputs (unitKey) are then the last ones, and so is the history after them.
 * A dateline's tokens, made afresh at each analysis, are the same words.
 */
function keptPrefix(ctx: DocContext, aligned: Alignment, last: LastDecoded): number {
  const at = last.historyAt;
  const was = aligned.last;
  if (!last.history || at <= 0 || at > ctx.n || at > was.n || ctx.sentEnd[at - 1] !== at) return 0;
  const { word, sentEnd, docCase, breaks } = ctx;
  for (let i = 0; i < at; i++) {
    if (word[i] !== was.word[i] || sentEnd[i] !== was.sentEnd[i] || docCase[i] !== was.docCase[i] || breaks[i] !== was.breaks[i]) return 0;
  }
  return at;
}

interface LastDecoded {
  labels: Uint8Array;
  inputs: Int32Array;
  /** The history as the unit at token `historyAt` started: the first unit decoded anew (not found in the memo). */
  history: IntTable | null;
  historyAt: number;
}

/** The labels of a context decoded with a memo and what each token read (unitKey), for the next analysis (features-kept.ts). */
const lastDecoded = new WeakMap<KeptContext, LastDecoded>();

function sameInputs(inputs: Int32Array, first: number, end: number, was: Int32Array, from: number): boolean {
  for (let i = first; i < end; i++) if (inputs[i] !== was[from + i - first]) return false;
  return true;
}

/**
 * What decoding the unit [first, end) reads besides the unit's own words (whose ids also fix
 * the features of the unit's place: neighbours, shapes, name lists, all-caps and title case):
 * the word ids (valid for the lexicon's generation), and per token (`inputs`) how the document
 * writes each word elsewhere (docCase), the name breaks (one rule looks across a bracket), and
 * what the document decided earlier about each word (the history as the unit starts). The labels
 * follow from these alone.
 */
function unitKey(ctx: DocContext, first: number, end: number, inputs: Int32Array): Key {
  const key = unitKeys.reset();
  key.put(ctx.generation);
  for (let i = first; i < end; i++) {
    key.put(ctx.word[i]);
    key.put(inputs[i]);
  }
  return key;
}
const unitKeys = new Key();

/** Greedy left-to-right decoding of one unit [first, end) into `labels`. */
function decodeUnit(
  ctx: DocContext, scorer: Scorer, sums: boolean, hook: DecodeHook | undefined, first: number, end: number, labels: Uint8Array, history: IntTable,
): void {
  const { words, word } = ctx;
  let prev1 = 0, prev2 = 0;
  for (let i = first; i < end; i++) {
    // A lower-case word, number or punctuation mark after O is O: names start with a capital
    // (99.8 % of CoNLL-2003 training names), and this skips most tokens.
    if (prev1 === 0 && ctx.cap[i] <= MAX_PLAIN_CAP) {
      labels[i] = 0;
      prev2 = 0;
      continue;
    }
    // A bracket ends a name: "Black Sea Shipping Association (BSSA)" is two.
    if (ctx.breaks[i] === 3) {
      labels[i] = 0;
      prev2 = prev1;
      prev1 = 0;
      continue;
    }
    const hist = history.get(ctx.lower[i], 0);
    let n: number;
    if (sums) {
      const w = word[i];
      // Kept scores: a flag, then N_LABELS sums (lexicon.ts).
      if (words.scores[w * (N_LABELS + 1)] === 0) scoreWord(words, w, scorer);
      n = contextFeatures(ctx, i, prev1, prev2, hist, feats, 0);
      const at = w * (N_LABELS + 1) + 1, sc = words.scores;
      scores[0] = sc[at]; scores[1] = sc[at + 1]; scores[2] = sc[at + 2];
      scores[3] = sc[at + 3]; scores[4] = sc[at + 4]; scores[5] = sc[at + 5];
      scores[6] = sc[at + 6]; scores[7] = sc[at + 7]; scores[8] = sc[at + 8];
    } else {
      n = tokenFeatures(ctx, i, prev1, prev2, hist, feats);
      scores.fill(0);
    }
    scorer.score(feats, n, scores);
    let best = 0;
    let bestScore = -Infinity;
    const br = ctx.breaks[i];
    const before = (i > 0 && ctx.closed[i - 1]) || br === 1 ? 0 : prev1;
    for (let l = 0; l < N_LABELS; l++) {
      if (br === 2 && l !== 0 && l !== MISC_INSIDE) continue;
      if (allowed(before, l) && scores[l] > bestScore) {
        bestScore = scores[l];
        best = l;
      }
    }
    const label = hook ? hook(i, feats, n, best) : best;
    labels[i] = label;
    // Remember decisions on capitalised words only; lower-case words carry no name memory.
    if (ctx.cap[i] >= 3) history.set(ctx.lower[i], label === 0 ? 5 : 1 + labelType(label));
    prev2 = prev1;
    prev1 = label;
  }
}

/** The history after a unit whose labels were kept: what decodeUnit sets as it goes. */
function remember(ctx: DocContext, first: number, end: number, labels: Uint8Array, history: IntTable): void {
  for (let i = first; i < end; i++) {
    if (ctx.cap[i] >= 3) history.set(ctx.lower[i], labels[i] === 0 ? 5 : 1 + labelType(labels[i]));
  }
}

const wordFeats = new Uint32Array(MAX_FEATURES);
const wordSums = new Float64Array(N_LABELS);

function scoreWord(words: Lexicon, w: number, scorer: Scorer): void {
  wordSums.fill(0);
  scorer.score(wordFeats, wordFeatures(words, w, wordFeats, 0), wordSums);
  const at = w * (N_LABELS + 1);
  for (let l = 0; l < N_LABELS; l++) words.scores[at + 1 + l] = wordSums[l];
  words.scores[at] = 1;
}
