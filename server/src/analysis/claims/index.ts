// Claim candidates: sentences a fact-checker would want to check. A trained classifier
// (logistic regression over words, word pairs and our signals; see README.md) gives each
// sentence a calibrated probability; sentences at or above the threshold are reported with
// the reasons that hold for them. Furniture and shapes that are never claims in news copy
// (questions, lead-ins ending in a colon, line-ups, captions, promotions) are left out.
import type { Attribution, ClaimCandidate, Figure, Mention, Segmentation, Sentence } from '../types';
import { Key, type PieceMemo } from '../memo';
import { FeatureBuffer, sentenceFeatures, type SentenceInputs, type Signals } from './features';
import { defaultClaimModel } from './model';
import { CHECKWORTHY_THRESHOLD } from './model/threshold';
import { reasonsFor } from './reasons';

export interface ClaimInputs {
  figures: Figure[];
  attributions: Attribution[];
  mentions: Mention[];
}

export interface ClaimOptions {
  /** Report sentences whose probability is at least this (0–1; default CLAIM_THRESHOLD). */
  threshold?: number;
}

/** The default threshold: the one that maximised F1 on held-out training data. */
export const CLAIM_THRESHOLD: number = CHECKWORTHY_THRESHOLD;

/** The items in order of their start (the same array when they already are: figures and mentions come so). */
function byStart<T extends { start: number }>(items: T[]): T[] {
  for (let i = 1; i < items.length; i++) if (items[i].start < items[i - 1].start) return [...items].sort((a, b) => a.start - b.start);
  return items;
}

/** The items' starts (a loop: Int32Array.from with a function is many times slower). */
function startsOf(items: ReadonlyArray<{ start: number }>): Int32Array {
  const out = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = items[i].start;
  return out;
}

/**
 * For each sentence s, which of `starts` (in order) fall in it: indices [at[2s], at[2s + 1]).
 * One merge pass, no array per sentence.
 */
function rangesBySentence(seg: Segmentation, starts: Int32Array): Int32Array {
  const ss = seg.sentences;
  const at = new Int32Array(ss.length * 2);
  let i = 0;
  for (let s = 0; s < ss.length; s++) {
    // An item in the gap before the sentence belongs to none.
    while (i < starts.length && starts[i] < ss[s].start) i++;
    at[2 * s] = i;
    while (i < starts.length && starts[i] < ss[s].end) i++;
    at[2 * s + 1] = i;
  }
  return at;
}

/** Shapes that are not assertions about the world, whatever their words. */
function neverAClaim(s: Signals): boolean {
  return s.question || s.colonEnd || s.listLike || s.promo || s.caption || s.words < 3;
}

function thresholdOf(options: ClaimOptions): number {
  const t = options.threshold;
  return typeof t === 'number' && Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : CLAIM_THRESHOLD;
}

const buffer = new FeatureBuffer();

/** A sentence's signals and probability (null: never a claim), as sentenceKey's inputs decide them. */
export interface ScoredSentence {
  signals: Signals;
  p: number | null;
}

/** Kept between analyses by the incremental analyser: each sentence's reading, keyed by what it reads. */
export interface ClaimMemo {
  sentences: PieceMemo<ScoredSentence>;
  /**
   * The same by Sentence object, with the inputs from the other stages it read. The segmenter
   * gives a line it kept the same Sentence objects at every analysis (segment/index.ts,
   * KeptLine.built), and such an object's text and its tokens' layout never change: for it only
   * those inputs are compared, not its tokens (most of a keystroke's work here).
   */
  bySentence?: WeakMap<Sentence, { inputs: Int32Array; read: ScoredSentence }>;
}

function score(seg: Segmentation, first: number, end: number, inputs: SentenceInputs): ScoredSentence {
  const model = defaultClaimModel();
  const signals = sentenceFeatures(seg, first, end, inputs, buffer);
  return { signals, p: neverAClaim(signals) ? null : model.probability(model.raw(buffer.keys, buffer.n)) };
}

/**
 * Everything sentenceFeatures reads: the tokens' texts (the sentence's text and where in it each
 * token starts and ends), and of the sentence's figures, mentions and attributions the kind,
 * approximation and bound, the types, and whether there is one. The sentence's text is the memo's
 * key (Sentence.text); these are the numbers kept with it: the inputs here, the tokens by putTokens.
 */
function sentenceKey(
  attributed: boolean, figures: Figure[], f0: number, f1: number, mentions: Mention[], m0: number, m1: number,
): Key {
  const key = sentenceKeys.reset();
  key.put(attributed ? 1 : 0);
  key.put(f1 - f0);
  for (let i = f0; i < f1; i++) {
    const f = figures[i];
    key.putText(f.kind);
    key.put(f.approx ? 1 : 0);
    key.putText(f.bound ?? '');
  }
  key.put(m1 - m0);
  for (let i = m0; i < m1; i++) key.put(mentions[i].type.charCodeAt(0));
  return key;
}

/** The rest of the key: where each token starts and ends in the sentence. */
function putTokens(key: Key, seg: Segmentation, first: number, end: number): Key {
  if (end <= first) return key;
  const toks = seg.tokens;
  const from = toks[first].start;
  for (let i = first; i < end; i++) {
    key.put(toks[i].start - from);
    key.put(toks[i].end - from);
  }
  return key;
}
const sentenceKeys = new Key();

export function findClaimCandidates(seg: Segmentation, inputs: ClaimInputs, options: ClaimOptions = {}, memo?: ClaimMemo): ClaimCandidate[] {
  const threshold = thresholdOf(options);
  // Each sentence's figures, mentions and attributions as a range of these, in order of start.
  const figures = byStart(inputs.figures);
  const mentions = byStart(inputs.mentions);
  const fr = rangesBySentence(seg, startsOf(figures));
  const mr = rangesBySentence(seg, startsOf(mentions));
  const quoteStarts = new Int32Array(inputs.attributions.length);
  for (let i = 0; i < quoteStarts.length; i++) quoteStarts[i] = inputs.attributions[i].content.start;
  const ar = rangesBySentence(seg, quoteStarts.sort());
  const scored: Array<{ i: number; p: number; signals: Signals }> = [];
  // A photo credit anywhere in a paragraph makes the whole paragraph a caption.
  const captions = new Set<number>();
  const sentences = seg.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const role = seg.paragraphs[s.paragraph].role;
    if (role !== 'body' && role !== 'bullet' && role !== 'headline') continue;
    if (seg.dateline && s.start === seg.dateline.start) continue;
    const attributed = ar[2 * i + 1] > ar[2 * i];
    const f0 = fr[2 * i], f1 = fr[2 * i + 1], m0 = mr[2 * i], m1 = mr[2 * i + 1];
    const one = (): SentenceInputs => ({ figures: figures.slice(f0, f1), attributed, mentions: mentions.slice(m0, m1) });
    let read: ScoredSentence;
    if (memo) {
      const key = sentenceKey(attributed, figures, f0, f1, mentions, m0, m1);
      const known = memo.bySentence?.get(s);
      if (known && key.equals(known.inputs)) {
        memo.sentences.hits++;
        read = known.read;
      } else {
        const inputs = key.copy();
        read = memo.sentences.get(s.text, () => score(seg, s.firstToken, s.endToken, one()), putTokens(key, seg, s.firstToken, s.endToken));
        memo.bySentence?.set(s, { inputs, read });
      }
    } else read = score(seg, s.firstToken, s.endToken, one());
    const { signals, p } = read;
    if (signals.caption) captions.add(s.paragraph);
    if (p !== null && p >= threshold) scored.push({ i, p, signals });
  }
  const out: ClaimCandidate[] = [];
  for (const { i, p, signals } of scored) {
    const s = seg.sentences[i];
    if (captions.has(s.paragraph)) continue;
    out.push({ start: s.start, end: s.end, text: s.text, score: Math.round(p * 1000) / 1000, reasons: reasonsFor(signals) });
  }
  return out;
}
