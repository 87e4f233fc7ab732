// Claim candidates: sentences a fact-checker would want to check. A trained classifier
// (logistic regression over words, word pairs and our signals; see README.md) gives each
// sentence a calibrated probability; sentences at or above the threshold are reported with
// the reasons that hold for them. Furniture and shapes that are never claims in news copy
// (questions, lead-ins ending in a colon, line-ups, captions, promotions) are left out.
import type { Attribution, ClaimCandidate, Figure, Mention, Segmentation } from '../types';
import { FeatureBuffer, sentenceFeatures, type Signals } from './features';
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

export function findClaimCandidates(seg: Segmentation, inputs: ClaimInputs, options: ClaimOptions = {}): ClaimCandidate[] {
  const threshold = thresholdOf(options);
  const model = defaultClaimModel();
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
    const signals = sentenceFeatures(
      seg, s.firstToken, s.endToken, { figures: figures[i], attributed: attributions[i].length > 0, mentions: mentions[i] }, buffer,
    );
    if (signals.caption) captions.add(s.paragraph);
    if (neverAClaim(signals)) return;
    const p = model.probability(model.raw(buffer.keys, buffer.n));
    if (p >= threshold) scored.push({ i, p, signals });
  });
  const out: ClaimCandidate[] = [];
  for (const { i, p, signals } of scored) {
    const s = seg.sentences[i];
    if (captions.has(s.paragraph)) continue;
    out.push({ start: s.start, end: s.end, text: seg.text.slice(s.start, s.end), score: Math.round(p * 1000) / 1000, reasons: reasonsFor(signals) });
  }
  return out;
}
