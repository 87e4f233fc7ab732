// Claim candidates: sentences a fact-checker would want to check, scored with reasons.
import { isStatisticKind, type Attribution, type ClaimCandidate, type Figure, type Mention, type Segmentation } from '../types';
import { CAUSAL_MARKERS, COMPARATIVE_MARKERS, PREDICTION_MARKERS, SUPERLATIVE_MARKERS } from './markers';

export interface ClaimInputs {
  figures: Figure[];
  attributions: Attribution[];
  mentions: Mention[];
}

/** Sentences scoring at least this much are reported. */
export const CLAIM_THRESHOLD = 0.5;

const WEIGHT = {
  figure: 0.45,
  attribution: 0.35,
  superlative: 0.3,
  comparison: 0.2,
  causal: 0.2,
  prediction: 0.15,
  entity: 0.1,
} as const;

const SUPERLATIVE = 1, COMPARISON = 2, CAUSAL = 4, PREDICTION = 8;

/** Every marker word with the kinds it signals, so each token costs one lookup. */
const MARKER_FLAGS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (words: ReadonlySet<string>, flag: number) => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | flag);
  };
  add(SUPERLATIVE_MARKERS, SUPERLATIVE);
  add(COMPARATIVE_MARKERS, COMPARISON);
  add(CAUSAL_MARKERS, CAUSAL);
  add(PREDICTION_MARKERS, PREDICTION);
  return m;
})();

/** Counts the items whose start falls in each sentence, in one merge pass (both lists sorted). */
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

export function findClaimCandidates(seg: Segmentation, inputs: ClaimInputs): ClaimCandidate[] {
  const { text } = seg;
  const figures = perSentence(seg, inputs.figures.filter((f) => isStatisticKind(f.kind)));
  const attributions = perSentence(seg, inputs.attributions.map((a) => ({ ...a, start: a.content.start })));
  const mentions = perSentence(seg, inputs.mentions);
  const out: ClaimCandidate[] = [];
  seg.sentences.forEach((s, i) => {
    const role = seg.paragraphs[s.paragraph].role;
    if (role !== 'body' && role !== 'bullet' && role !== 'headline') return;
    if (seg.dateline && s.start === seg.dateline.start) return;
    const reasons: string[] = [];
    let score = 0;
    const add = (w: number, reason: string) => {
      score += w;
      reasons.push(reason);
    };
    if (figures[i].length > 0) add(WEIGHT.figure, figures[i].length === 1 ? 'figure' : `${figures[i].length} figures`);
    if (attributions[i].length > 0) add(WEIGHT.attribution, 'attributed assertion');
    let seen = 0;
    for (let t = s.firstToken; t < s.endToken; t++) {
      const raw = seg.tokens[t].text;
      const c = raw.charCodeAt(0);
      // Markers are words: skip punctuation and numbers without building a string.
      if (c < 65 || (c > 90 && c < 97) || (c > 122 && c < 192)) continue;
      const w = c <= 90 ? raw.toLowerCase() : raw;
      seen |= MARKER_FLAGS.get(w) ?? 0;
      if (w.length > 5 && w.endsWith('est') && seg.tokens[t - 1]?.text.toLowerCase() === 'the') seen |= SUPERLATIVE;
    }
    const sawSuperlative = (seen & SUPERLATIVE) !== 0;
    const sawComparison = (seen & COMPARISON) !== 0;
    const sawCausal = (seen & CAUSAL) !== 0;
    const sawPrediction = (seen & PREDICTION) !== 0;
    if (sawSuperlative) add(WEIGHT.superlative, 'superlative');
    if (sawComparison) add(WEIGHT.comparison, 'comparison');
    if (sawCausal) add(WEIGHT.causal, 'causal claim');
    if (sawPrediction) add(WEIGHT.prediction, 'prediction');
    if (mentions[i].length > 0 && score > 0) add(WEIGHT.entity, 'names an entity');
    score = Math.min(1, score);
    if (score >= CLAIM_THRESHOLD) {
      out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), score: Math.round(score * 100) / 100, reasons });
    }
  });
  return out;
}
