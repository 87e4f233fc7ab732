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

/** The items whose start falls in each sentence, in one merge pass. */
function perSentence<T extends { start: number }>(seg: Segmentation, items: T[]): T[][] {
  const out: T[][] = seg.sentences.map(() => []);
  const sorted = [...items].sort((a, b) => a.start - b.start);
  let s = 0;
  for (const it of sorted) {
    while (s < seg.sentences.length && seg.sentences[s].end <= it.start) s++;
    if (s === seg.sentences.length) break;
    if (it.start >= seg.sentences[s].start) out[s].push(it);
  }
  return out;
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
 * key (Sentence.text); these are the numbers kept with it.
 */
function sentenceKey(seg: Segmentation, first: number, end: number, inputs: SentenceInputs): Key {
  const key = sentenceKeys.reset();
  key.put(inputs.attributed ? 1 : 0);
  key.put(inputs.figures.length);
  for (const f of inputs.figures) {
    key.putText(f.kind);
    key.put(f.approx ? 1 : 0);
    key.putText(f.bound ?? '');
  }
  key.put(inputs.mentions.length);
  for (const m of inputs.mentions) key.put(m.type.charCodeAt(0));
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

function memoScore(memo: ClaimMemo, seg: Segmentation, s: Sentence, inputs: SentenceInputs): ScoredSentence {
  const extra = sentenceKey(seg, s.firstToken, s.endToken, inputs);
  return memo.sentences.get(s.text, () => score(seg, s.firstToken, s.endToken, inputs), extra);
}

export function findClaimCandidates(seg: Segmentation, inputs: ClaimInputs, options: ClaimOptions = {}, memo?: ClaimMemo): ClaimCandidate[] {
  const threshold = thresholdOf(options);
  const figures = perSentence(seg, inputs.figures);
  const attributions = perSentence(seg, inputs.attributions.map((a) => ({ start: a.content.start })));
  const mentions = perSentence(seg, inputs.mentions);
  const scored: Array<{ i: number; p: number; signals: Signals }> = [];
  // A photo credit anywhere in a paragraph makes the whole paragraph a caption.
  const captions = new Set<number>();
  seg.sentences.forEach((s, i) => {
    const role = seg.paragraphs[s.paragraph].role;
    if (role !== 'body' && role !== 'bullet' && role !== 'headline') return;
    if (seg.dateline && s.start === seg.dateline.start) return;
    const one: SentenceInputs = { figures: figures[i], attributed: attributions[i].length > 0, mentions: mentions[i] };
    const { signals, p } = memo
      ? memoScore(memo, seg, s, one)
      : score(seg, s.firstToken, s.endToken, one);
    if (signals.caption) captions.add(s.paragraph);
    if (p !== null && p >= threshold) scored.push({ i, p, signals });
  });
  const out: ClaimCandidate[] = [];
  for (const { i, p, signals } of scored) {
    const s = seg.sentences[i];
    if (captions.has(s.paragraph)) continue;
    out.push({ start: s.start, end: s.end, text: s.text, score: Math.round(p * 1000) / 1000, reasons: reasonsFor(signals) });
  }
  return out;
}
