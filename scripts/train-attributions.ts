// Trains the learned part of the attribution stage on PolNeAR's training split and writes it to
// server/src/analysis/attributions/learned/: the weight tables to attribution-model.bin (laid out
// as used: model-format.ts), the word lists to model.data.ts:
//   * a cue model (averaged perceptron): is this word of speech, which the rules found no
//     attribution for, the head of a cue here?
//   * a content model (structured averaged perceptron): which of the candidate spans right of
//     a verb cue is the reported content?
//   npm run train:attributions -- [--holdout] [--eval] [--epochs N] [--threshold X] [--no-write]
// --holdout trains on four fifths of the training documents (those whose index is not a
// multiple of 5) and measures on the fifth left out, the split every choice here was made on;
// --eval also scores the held-out fifth end to end, in full and restricted to speech (see
// docs/accuracy.md). Without --holdout the shipped model is trained on all training documents.
// Deterministic: fixed shuffling seeds.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { segment } from '../server/src/analysis/segment';
import { recognizeEntities } from '../server/src/analysis/entities';
import { findAttributions } from '../server/src/analysis/attributions';
import { cueFeatures, keepFeatures } from '../server/src/analysis/attributions/learned/features';
import { RULE_PAIR, spanSet, type SpanSet } from '../server/src/analysis/attributions/learned/spans';
import { CUE_VERBS } from '../server/src/analysis/attributions/lexicon';
import { SPEECH_NOUNS } from '../server/src/analysis/attributions/nouns';
import {
  LearnedAttributions, MapWeights, type LearnedData, type LearnedHook, type Table, type TokenSpan, type Weights,
} from '../server/src/analysis/attributions/learned/model';
import { ATTRIBUTION_MODEL_FILE, encodeLearnedFile } from '../server/src/analysis/attributions/learned/model-format';
import type { Attribution, Entity, Mention, Segmentation } from '../server/src/analysis/types';
import { useModelFilesIn } from '../server/src/io/model-files';

const root = join(__dirname, '..');
const DATA = join(root, '../shared/data');
const OUT = join(root, 'server/src/analysis/attributions/learned/model.data.ts');

interface Span { start: number; end: number }
interface GoldAttribution { source: Span | null; cue: Span | null; content: Span; kind: string; optional?: boolean }
interface GoldDoc { id: string; text: string; attributions: GoldAttribution[] }
interface Prepared { gold: GoldDoc; seg: Segmentation; entities: Entity[]; mentions: Mention[] }
interface CueExample { feats: Uint32Array; label: number; word: string }
interface SpanExample { set: SpanSet; gold: number; ratios: number[]; rule: boolean }

function args() {
  const a = process.argv.slice(2);
  const opt = (name: string, def: string) => {
    const i = a.indexOf(name);
    return i < 0 ? def : a[i + 1];
  };
  return {
    holdout: a.includes('--holdout'),
    noWrite: a.includes('--no-write'),
    evaluate: a.includes('--eval'),
    epochs: Number(opt('--epochs', '8')),
    spanEpochs: Number(opt('--span-epochs', '8')),
    threshold: Number(opt('--threshold', '8')),
    keepThreshold: Number(opt('--keep', '-2')),
    keeps: opt('--keeps', '').split(',').filter(Boolean).map(Number),
    minFeature: Number(opt('--min-feature', '1')),
    minRescued: Number(opt('--min-rescued', '2')),
    thresholds: opt('--thresholds', '').split(',').filter(Boolean).map(Number),
    out: opt('--out', OUT),
    dump: opt('--dump', ''),
  };
}

function readDocs(path: string): GoldDoc[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
}

function prepare(gold: GoldDoc): Prepared {
  const seg = segment(gold.text);
  const { entities, mentions } = recognizeEntities(seg);
  return { gold, seg, entities, mentions };
}

/** Words the GGT quote-verb list (MIT) names. */
function ggtWords(): string[] {
  return readFileSync(join(DATA, 'lexicons/ggt-quote-verbs.txt'), 'utf8').split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
}

/** Common speech verbs beside the GGT list (the speech-only view's, docs/accuracy.md). */
const SPEECH_VERBS = `say said says saying tell told tells telling according ask asked asks asking tweeted tweet tweets wrote write
writes noted added argued insisted warned explained replied responded answered stressed urged vowed promised pledged charged
accused declared quipped joked boasted complained lamented recalled conceded acknowledged admitted denied`.split(/\s+/);

/**
 * The words the cue model may add cues for: words of speech only (the GGT verbs, the common
 * speech verbs, the lexicon's plain speech verbs and the speech nouns). Beliefs, intentions,
 * stances and evidentials stay the rules' (a speech-only reader counts them as false cues).
 */
function vocabulary(): Set<string> {
  const plain = [...CUE_VERBS].filter(([, e]) => !e.belief && !e.doc && !e.clauseObject && !e.quoteOnly && !e.toClause && !e.evidential && !e.as).map(([w]) => w);
  return new Set<string>([...ggtWords(), ...SPEECH_VERBS, ...plain, ...SPEECH_NOUNS]);
}

/** Token indices inside a gold cue span. */
function cueTokens(d: Prepared): Set<number> {
  const out = new Set<number>();
  const toks = d.seg.tokens;
  for (const a of d.gold.attributions) {
    if (!a.cue) continue;
    for (let i = 0; i < toks.length; i++) if (toks[i].start < a.cue.end && toks[i].end > a.cue.start) out.add(i);
  }
  return out;
}

const EDGE = /[\s"“”„«»‘’‹›'`.,;:!?…()[\]\u2013\u2014\u2015-]/u;

/** A span without white space, quote marks and punctuation at its edges (as the scorer compares them). */
function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && EDGE.test(text[start])) start++;
  while (end > start && EDGE.test(text[end - 1])) end--;
  return end > start ? { start, end } : s;
}

/** Overlap over the longer span's length (the scorer's ov50 measure). */
function overlapRatio(a: Span, b: Span): number {
  const o = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return o / Math.max(a.end - a.start, b.end - b.start, 1);
}

/** The gold content right of the cue at token `t` closest to the rules' content, or null. */
function goldContentAfter(d: Prepared, t: number, rule: TokenSpan | null): Span | null {
  const tok = d.seg.tokens[t];
  const text = d.gold.text;
  let best: Span | null = null;
  let bestScore = -1;
  for (const a of d.gold.attributions) {
    if (!a.cue || a.cue.end <= tok.start || a.cue.start >= tok.end || a.content.start < tok.end) continue;
    const g = trim(text, a.content);
    const r = rule ? trim(text, { start: d.seg.tokens[rule.s].start, end: d.seg.tokens[rule.e].end }) : null;
    const score = r ? overlapRatio(g, r) : 1 / (1 + g.start - tok.end);
    if (score > bestScore) {
      bestScore = score;
      best = g;
    }
  }
  return best;
}

/** Each candidate's overlap with the gold content (the scorer's ov50 ratio). */
function ratios(d: Prepared, set: SpanSet, gold: Span): number[] {
  return set.candidates.map((k) => overlapRatio(gold, trim(d.gold.text, { start: d.seg.tokens[k.s].start, end: d.seg.tokens[k.e].end })));
}

/** The candidate closest to the gold content, if it overlaps it by half (else unreachable). */
function goldCandidate(r: number[]): number {
  let best = -1;
  let top = 0.5;
  r.forEach((v, i) => {
    if (v >= top) {
      top = v;
      best = i;
    }
  });
  return best;
}

/**
 * The examples of a document as the stage sees them: every word of speech the rules found no
 * attribution for (cue model), and the candidate contents of every verb cue with content right
 * of it (content model), once with the rules' content and once without it (as for a cue only
 * the model found).
 */
function examples(d: Prepared, vocab: Set<string>): { cues: CueExample[]; spans: SpanExample[]; keeps: CueExample[] } {
  const positive = cueTokens(d);
  const cues: CueExample[] = [];
  const spans: SpanExample[] = [];
  const keeps: CueExample[] = [];
  const feats: number[] = [];
  const addSpan = (doc: Parameters<LearnedHook['content']>[0], t: number, c: Parameters<LearnedHook['content']>[2], quotes: Parameters<LearnedHook['content']>[3], rule: TokenSpan | null) => {
    const gold = goldContentAfter(d, t, rule);
    if (!gold) return;
    const set = spanSet(doc, t, c, quotes, rule);
    const r = ratios(d, set, gold);
    const g = goldCandidate(r);
    if (g >= 0) spans.push({ set, gold: g, ratios: r, rule: rule !== null });
  };
  const hook: LearnedHook = {
    contentOfRules: true,
    words: vocab,
    extra(doc, t, c, quotes, tried) {
      if (!vocab.has(doc.lower[t])) return false;
      feats.length = 0;
      cueFeatures(doc, t, c, quotes, tried, feats);
      cues.push({ feats: Uint32Array.from(feats), label: positive.has(t) ? 1 : 0, word: doc.lower[t] });
      if (positive.has(t)) addSpan(doc, t, c, quotes, null);
      return false;
    },
    content(doc, t, c, quotes, rule) {
      addSpan(doc, t, c, quotes, rule);
      if (rule) addSpan(doc, t, c, quotes, null);
      return null;
    },
    keep(doc, t, c, quotes, content, hasSource) {
      feats.length = 0;
      keepFeatures(doc, t, c, quotes, content, hasSource, feats);
      keeps.push({ feats: Uint32Array.from(feats), label: positive.has(t) ? 1 : 0, word: doc.lower[t] });
      return true;
    },
  };
  findAttributions(d.seg, d.entities, d.mentions, hook);
  return { cues, spans, keeps };
}

function shuffle<T>(xs: T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

/** Perceptron weights with lazy averaging: avg = w − u / c. */
class Averaged {
  w = new Map<number, number>();
  u = new Map<number, number>();
  c = 1;
  add(feats: ArrayLike<number>, by: number): void {
    for (let i = 0; i < feats.length; i++) {
      const f = feats[i];
      this.w.set(f, (this.w.get(f) ?? 0) + by);
      this.u.set(f, (this.u.get(f) ?? 0) + by * this.c);
    }
  }
  averaged(): Map<number, number> {
    const out = new Map<number, number>();
    for (const [f, v] of this.w) {
      const a = v - (this.u.get(f) ?? 0) / this.c;
      if (a !== 0) out.set(f, a);
    }
    return out;
  }
}

/** Drops the features seen in fewer than `min` examples (rare words and conjunctions overfit). */
function prune(data: CueExample[], min: number): void {
  const n = new Map<number, number>();
  for (const x of data) for (const f of x.feats) n.set(f, (n.get(f) ?? 0) + 1);
  for (const x of data) x.feats = x.feats.filter((f) => (n.get(f) ?? 0) >= min);
}

function trainCues(data: CueExample[], epochs: number, label = 'cues'): Map<number, number> {
  const p = new Averaged();
  for (let e = 0; e < epochs; e++) {
    let errors = 0;
    for (const x of shuffle(data.slice(), 1000 + e)) {
      const y = x.label ? 1 : -1;
      if (y * sum(p.w, x.feats) <= 0) {
        errors++;
        p.add(x.feats, y);
      }
      p.c++;
    }
    console.log(`${label} epoch ${e + 1}: ${(100 * errors / data.length).toFixed(2)} % errors, ${p.w.size} features`);
  }
  return p.averaged();
}

function candidateScore(w: ReadonlyMap<number, number>, set: SpanSet, i: number): number {
  const k = set.candidates[i];
  return sum(w, set.startFeats[k.si]) + sum(w, set.endFeats[k.ei]) + sum(w, k.pair);
}

function argmax(w: ReadonlyMap<number, number>, set: SpanSet): number {
  let best = 0;
  let top = -Infinity;
  for (let i = 0; i < set.candidates.length; i++) {
    const v = candidateScore(w, set, i);
    if (v > top) {
      top = v;
      best = i;
    }
  }
  return best;
}

function trainSpans(data: SpanExample[], epochs: number): Map<number, number> {
  const p = new Averaged();
  for (let e = 0; e < epochs; e++) {
    let errors = 0;
    for (const x of shuffle(data.slice(), 2000 + e)) {
      const guess = argmax(p.w, x.set);
      if (guess !== x.gold) {
        errors++;
        for (const [i, by] of [[x.gold, 1], [guess, -1]]) {
          const k = x.set.candidates[i];
          p.add(x.set.startFeats[k.si], by);
          p.add(x.set.endFeats[k.ei], by);
          p.add(k.pair, by);
        }
      }
      p.c++;
    }
    console.log(`contents epoch ${e + 1}: ${(100 * errors / data.length).toFixed(2)} % errors, ${p.w.size} features`);
  }
  return p.averaged();
}

/** 16-bit weights on one scale per table; the cue threshold on the cue table's scale. */
function quantise(weights: Map<number, number>): { table: Table; scale: number } {
  let top = 0;
  for (const v of weights.values()) top = Math.max(top, Math.abs(v));
  const scale = 32767 / Math.max(top, 1e-9);
  const keys: number[] = [];
  const values: number[] = [];
  for (const [k, v] of [...weights].sort((a, b) => a[0] - b[0])) {
    const q = Math.round(v * scale);
    if (q === 0) continue;
    keys.push(k);
    values.push(q);
  }
  return { table: { keys: Uint32Array.from(keys), weights: Int16Array.from(values) }, scale };
}

/** The keep model's training examples (for the words it may drop attributions of). */
let keepData: CueExample[] = [];

function pack(cues: Map<number, number>, spans: Map<number, number>, vocab: Set<string>, threshold: number, keepThreshold: number): LearnedData {
  const c = quantise(cues);
  // The keep model is asked only about cue words it dropped an attribution of in training.
  const doubtful = new Set<string>();
  for (const x of keepData) if (sum(cues, x.feats) <= keepThreshold) doubtful.add(x.word);
  return {
    cue: c.table,
    vocabulary: [...vocab].sort(),
    doubtful: [...doubtful].sort(),
    threshold: Math.round(threshold * c.scale),
    span: quantise(spans).table,
    keepThreshold: Math.round(keepThreshold * c.scale),
  };
}

/** The sum of a feature list's weights. */
function sum(w: ReadonlyMap<number, number>, feats: ArrayLike<number>): number {
  return new MapWeights(w as Map<number, number>).sum(feats);
}

function cueReport(data: CueExample[], weights: Map<number, number>, label: string, thresholds: number[]) {
  for (const th of thresholds) {
    let tp = 0, fp = 0, fn = 0;
    for (const x of data) {
      const yes = sum(weights, x.feats) > th;
      if (yes && x.label) tp++;
      else if (yes) fp++;
      else if (x.label) fn++;
    }
    console.log(`${label} cue threshold ${th}: P ${(100 * tp / Math.max(1, tp + fp)).toFixed(1)} R ${(100 * tp / Math.max(1, tp + fn)).toFixed(1)} (${tp + fn} cues among ${data.length} candidates)`);
  }
}

function spanReport(data: SpanExample[], weights: Map<number, number>, label: string) {
  const pct = (a: number, b: number) => (100 * a / Math.max(1, b)).toFixed(1);
  for (const withRule of [true, false]) {
    let n = 0, best = 0, ov = 0, ruleOv = 0, exact = 0, ruleExact = 0;
    for (const x of data) {
      if (x.rule !== withRule) continue;
      n++;
      const m = argmax(weights, x.set);
      if (m === x.gold) best++;
      if (x.ratios[m] >= 0.5) ov++;
      if (x.ratios[m] >= 0.999) exact++;
      const r = x.set.candidates.findIndex((k) => k.pair[k.pair.length - 1] === RULE_PAIR);
      if (r >= 0 && x.ratios[r] >= 0.5) ruleOv++;
      if (r >= 0 && x.ratios[r] >= 0.999) ruleExact++;
    }
    console.log(`${label} contents ${withRule ? 'with the rules\' content' : 'alone'} (${n}): best ${pct(best, n)} %, ov50 ${pct(ov, n)} %, exact ${pct(exact, n)} %` + (withRule ? `; the rules' ov50 ${pct(ruleOv, n)} %, exact ${pct(ruleExact, n)} %` : ''));
  }
}


function predictions(docs: Prepared[], hook: LearnedHook | null): Array<{ id: string; attributions: unknown[] }> {
  return docs.map((d) => {
    const list: Attribution[] = findAttributions(d.seg, d.entities, d.mentions, hook);
    return { id: d.gold.id, attributions: list.map((a) => ({ source: a.source, cue: a.cue, content: a.content, kind: a.kind })) };
  });
}

/** The documents restricted to reported speech with a named source (the speech-only stand-in). */
function speechOnly(docs: GoldDoc[]): GoldDoc[] {
  const speech = new Set([...ggtWords(), ...SPEECH_VERBS]);
  return docs.map((d) => ({
    ...d,
    attributions: d.attributions.filter((a) => {
      if (!a.source) return false;
      if (a.kind !== 'indirect') return true;
      if (!a.cue) return false;
      const cue = d.text.slice(a.cue.start, a.cue.end);
      return (cue.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => speech.has(w)) || cue.includes(':');
    }),
  }));
}

type Scorer = (gold: GoldDoc[], pred: Array<{ id: string; attributions: unknown[] }>) => {
  fullAttribution: { p: number; r: number; f1: number };
  cue: { overlap: { p: number } };
  sourceAccuracy: { accuracy: number };
  recallByGoldKind: { indirect: { ov50: number } };
};

function line(score: Scorer, gold: GoldDoc[], pred: Array<{ id: string; attributions: unknown[] }>): string {
  const r = score(gold, pred);
  const p = (x: number) => (100 * x).toFixed(1);
  const f = r.fullAttribution;
  return `full F1 ${p(f.f1)} (P ${p(f.p)} R ${p(f.r)}) indirect R ${p(r.recallByGoldKind.indirect.ov50)} source ${p(r.sourceAccuracy.accuracy)} cue P ${p(r.cue.overlap.p)}`;
}

async function main() {
  const opt = args();
  const t0 = Date.now();
  const all = readDocs(join(DATA, 'polnear/train.jsonl'));
  const fit = opt.holdout ? all.filter((_, i) => i % 5 !== 0) : all;
  const held = opt.holdout ? all.filter((_, i) => i % 5 === 0) : [];
  const fitDocs = fit.map(prepare);
  const heldDocs = held.map(prepare);
  console.log(`prepared ${fitDocs.length} training and ${heldDocs.length} held-out documents in ${Date.now() - t0} ms`);
  const words = vocabulary();
  const vocab = words;
  const train = fitDocs.map((d) => examples(d, vocab));
  const cueData = train.flatMap((x) => x.cues);
  const spanData = train.flatMap((x) => x.spans);
  console.log(`${words.size} words of speech; ${cueData.length} cue candidates (${cueData.filter((x) => x.label).length} cues), ${spanData.length} contents`);
  if (opt.minFeature > 1) prune(cueData, opt.minFeature);
  // Words never seen heading a cue the rules missed are left out: the model would not add one.
  const rescued = new Map<string, number>();
  for (const x of cueData) if (x.label) rescued.set(x.word, (rescued.get(x.word) ?? 0) + 1);
  const kept = new Set([...vocab].filter((w) => (rescued.get(w) ?? 0) >= opt.minRescued));
  console.log(`${kept.size} of ${vocab.size} words of speech head at least ${opt.minRescued} cues the rules missed`);
  const cueOnly = trainCues(cueData.filter((x) => kept.has(x.word)), opt.epochs);
  keepData = train.flatMap((x) => x.keeps);
  const keepWeights = trainCues(keepData, opt.epochs, 'keep');
  console.log(`${keepData.length} attributions of the rules, ${keepData.filter((x) => x.label).length} with a gold cue`);
  // One table: the keep model's features are salted apart from the cue model's.
  const cueWeights = new Map([...cueOnly, ...keepWeights]);
  const spanWeights = trainSpans(spanData, opt.spanEpochs);
  const data = pack(cueWeights, spanWeights, kept, opt.threshold, opt.keepThreshold);
  console.log(`model: ${data.cue.keys.length} cue and keep, ${data.span.keys.length} content features, a file of ${encodeLearnedFile(data).length} bytes; keep asked about ${data.doubtful.length} cue words`);
  const thresholds = opt.thresholds.length ? opt.thresholds : [opt.threshold];
  cueReport(cueData, cueWeights, 'training', thresholds);
  cueReport(keepData, cueWeights, 'training keep', opt.keeps);
  spanReport(spanData, spanWeights, 'training');
  if (heldDocs.length) {
    const h = heldDocs.map((d) => examples(d, vocab));
    cueReport(h.flatMap((x) => x.cues), cueWeights, 'held-out', thresholds);
    cueReport(h.flatMap((x) => x.keeps), cueWeights, 'held-out keep', opt.keeps);
    spanReport(h.flatMap((x) => x.spans), spanWeights, 'held-out');
    if (opt.evaluate) {
      const { scoreAttributions } = await import(join(root, '../shared/eval/score-attributions.mjs'));
      const score = scoreAttributions as Scorer;
      const speech = speechOnly(held);
      const runs: Array<[string, LearnedHook | null]> = [
        ['rules only', null],
        ['+ contents', new LearnedAttributions(data, { cues: false, spans: true, keep: false })],
        ...thresholds.map((th) => [`+ cues > ${th}`, new LearnedAttributions(pack(cueWeights, spanWeights, kept, th, opt.keepThreshold), { cues: true, spans: false, keep: false })] as [string, LearnedHook]),
        ...thresholds.map((th) => [`+ both, cues > ${th}`, new LearnedAttributions(pack(cueWeights, spanWeights, kept, th, opt.keepThreshold), { cues: true, spans: true, keep: false })] as [string, LearnedHook]),
        ...opt.keeps.map((k) => [`+ all, keep > ${k}`, new LearnedAttributions(pack(cueWeights, spanWeights, kept, opt.threshold, k), { cues: true, spans: true, keep: true, ruleSpans: true })] as [string, LearnedHook]),
        ...opt.keeps.map((k) => [`+ shipped, keep > ${k}`, new LearnedAttributions(pack(cueWeights, spanWeights, kept, opt.threshold, k), { cues: true, spans: true, keep: true, ruleSpans: false })] as [string, LearnedHook]),
      ];
      for (const [label, hook] of runs) {
        const pred = predictions(heldDocs, hook);
        console.log(`${label.padEnd(22)} held-out    ${line(score, held, pred)}`);
        console.log(`${''.padEnd(22)} speech-only ${line(score, speech, pred)}`);
        if (opt.dump) writeFileSync(`${opt.dump}.${label.replace(/[^a-z0-9]+/gi, '_')}.jsonl`, pred.map((x) => JSON.stringify(x)).join('\n') + '\n');
      }
    }
  }
  if (!opt.noWrite) {
    const model = join(dirname(opt.out), ATTRIBUTION_MODEL_FILE);
    writeFileSync(model, encodeLearnedFile(data));
    const wrap = (words: string[]) => {
      const lines: string[] = [];
      let l = '';
      for (const w of words) {
        if (l.length + w.length > 110) { lines.push(l.trimEnd()); l = ''; }
        l += w + ' ';
      }
      return [...lines, l.trimEnd()].join('\n');
    };
    writeFileSync(opt.out, `// Generated by scripts/train-attributions.ts (npm run train:attributions) from PolNeAR's training split
// with attribution-model.bin beside it (feature hashes and weights only; see docs/accuracy.md). Do not edit by hand.

/** The words of speech the cue model may add cues for: the GGT quote verbs (MIT), common speech verbs, the lexicon's. */
export const SPEECH_WORDS = \`
${wrap(data.vocabulary)}
\`;

/** The cue words the keep model may drop an attribution of. */
export const DOUBTFUL_CUES = \`
${wrap(data.doubtful)}
\`;
`);
    console.log(`wrote ${model} and ${opt.out}`);
  }
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

useModelFilesIn(); // the entity model file (and the shipped attribution model), from the source tree
void main();
