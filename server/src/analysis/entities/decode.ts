// Greedy left-to-right BIO decoding with the previous two labels and the document's
// earlier decisions about the same word as features.
import { MAX_FEATURES, MAX_PLAIN_CAP, tokenFeatures, type DocContext } from './features';
import { IntTable } from './int-table';
import { allowed, labelI, labelType, N_LABELS } from './labels';

const MISC_INSIDE = labelI(3);

export interface Scorer {
  /** Adds the weights of the features to out (length N_LABELS, zeroed by the caller). */
  score(feats: Uint32Array, n: number, out: Float64Array): void;
}

/** Called after each token; returns the label to keep (training updates weights here). */
export type DecodeHook = (i: number, feats: Uint32Array, n: number, predicted: number) => number;

const feats = new Uint32Array(MAX_FEATURES);
const scores = new Float64Array(N_LABELS);

export function decode(ctx: DocContext, scorer: Scorer, hook?: DecodeHook): Uint8Array {
  const labels = new Uint8Array(ctx.n);
  const history = new IntTable(256);
  let prev1 = 0, prev2 = 0;
  for (let i = 0; i < ctx.n; i++) {
    if (ctx.sentFirst[i] === i) prev1 = prev2 = 0;
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
    const n = tokenFeatures(ctx, i, prev1, prev2, hist, feats);
    scores.fill(0);
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
  return labels;
}
