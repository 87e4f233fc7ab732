// Features of one sentence for the check-worthiness classifier: hashed words and word pairs
// plus our own signals (figures, comparisons, causal links, attribution, names, tense, opinion).
// The same function feeds training (scripts/train-checkworthy.ts) and the engine, so the model
// always sees what it was trained on. One pass over the tokens, integer hashes, no strings.
import { isStatisticKind, type Figure, type FigureKind, type Mention, type Segmentation } from '../types';
import { FNV_SEED, lowerCode, mix, mix2 } from '../entities/hash';
import { IntTable } from '../entities/int-table';
import { NOT_PAST_ED, W, WORD_CLASSES } from './lexicon';

/** What a sentence shows, for the reasons and the news-shape checks. */
export interface Signals {
  /** Figures stating a quantity (not dates, times or ranks: isStatisticKind). */
  figures: number;
  superlative: boolean;
  comparison: boolean;
  trend: boolean;
  record: boolean;
  causal: boolean;
  /** A forecast not made by the speaker ("prices will rise", not "we will fight"). */
  prediction: boolean;
  attributed: boolean;
  entities: number;
  /** A past-tense verb or the present perfect. */
  past: boolean;
  /** "never", "always", "nobody": a sweeping statement. */
  sweeping: boolean;
  /** "I think", "we need", "I'm proud": the speaker's view or wish. */
  firstPersonOpinion: boolean;
  /** The sentence is a question. */
  question: boolean;
  /** The sentence ends with a colon (a lead-in to a list, a video or a link). */
  colonEnd: boolean;
  /** Mostly names or numbers between separators: a line-up, a list, a table row. */
  listLike: boolean;
  /** Opens with an instruction to the reader ("Watch", "Subscribe", "Click"), or is a byline. */
  promo: boolean;
  /** Carries a photo credit ("AGENCY/Name", "Photo: …"): a caption. */
  caption: boolean;
  /** Word tokens (letters or digits). */
  words: number;
}

/** The inputs of one sentence from the earlier stages. */
export interface SentenceInputs {
  /** Figures starting in the sentence, all kinds (only quantities count as figures). */
  figures: Figure[];
  /** True when an attribution's content starts in the sentence. */
  attributed: boolean;
  mentions: Mention[];
}

/** Feature template ids, mixed into every hash so templates never collide by design. */
const T = {
  BIAS: 1, WORD: 2, PAIR: 3, SIGNAL: 5, FIG_KIND: 6, ENT_TYPE: 7, LENGTH: 8, FIRST: 9,
} as const;

/** Signal feature ids (values of the SIGNAL template). */
const S = {
  FIGURE: 1, FIGURES_2: 2, FIGURES_3: 3, SUPERLATIVE: 4, COMPARISON: 5, TREND: 6, RECORD: 7, CAUSAL: 8,
  PREDICTION: 9, ATTRIBUTED: 10, ENTITY: 11, ENTITIES_2: 12, PAST: 13, PERFECT: 14, ABSOLUTE: 15,
  FP_OPINION: 16, QUESTION: 17, COLON_END: 18, LIST_LIKE: 19, PROMO: 20, FIRST_PERSON: 21, SECOND_PERSON: 22,
  THIRD_PERSON: 23, MODAL: 24, OPINION: 25, NEGATION: 26, QUANTITY: 27, HEDGE: 28, FILLER: 29, FUTURE: 30,
  DATE: 31, APPROX: 32, BOUND: 33, POLICY: 34, FIGURE_PAST: 35, FIGURE_FP: 36, NO_VERB_CUE: 37, EXCLAIM: 38,
  FIGURE_ENTITY: 39, SWEEPING: 40, CAPTION: 41, SPEECH: 42, PROMISE: 43, FP_PAST: 44, THIRD_PAST: 45,
  THIRD_VIEW: 46, FIGURE_PROMISE: 47, FIGURE_COND: 48,
} as const;

const FIGURE_KINDS: readonly FigureKind[] = [
  'CARDINAL', 'QUANTITY', 'PERCENT', 'MONEY', 'DATE', 'TIME', 'DURATION', 'AGE', 'ORDINAL', 'FRACTION',
];

/** Switches for the feature groups, chosen on held-out training data by the training script. */
export interface FeatureConfig {
  pairs: boolean;
  signals: boolean;
}

export const DEFAULT_FEATURES: FeatureConfig = { pairs: true, signals: true };

/** Hash of a word: lower case, curly apostrophes straightened. */
function wordHash(s: string): number {
  let h = FNV_SEED;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    // ASCII inline; the rest through lowerCode.
    if (c >= 65 && c <= 90) c |= 32;
    else if (c === 0x2019) c = 39;
    else if (c >= 128) c = lowerCode(c);
    h = Math.imul(h ^ c, 0x01000193) >>> 0;
  }
  return h;
}

const CLASS_BY_HASH: IntTable = (() => {
  const t = new IntTable(WORD_CLASSES.size);
  for (const [w, flags] of WORD_CLASSES) t.set(wordHash(w), flags);
  return t;
})();

const NOT_PAST: IntTable = (() => {
  const t = new IntTable(NOT_PAST_ED.size);
  for (const w of NOT_PAST_ED) t.set(wordHash(w), 1);
  return t;
})();

const H = {
  THE: wordHash('the'), TO: wordHash('to'), IN: wordHash('in'), OF: wordHash('of'),
  FROM: wordHash('from'), AS: wordHash('as'), A: wordHash('a'), GOT: wordHash('got'), NUM: wordHash('<num>'),
  YEAR: wordHash('<year>'), PCT: wordHash('<pct>'), START: wordHash('<s>'), END: wordHash('</s>'),
  GOING: wordHash('going'), RESULT: wordHash('result'), PHOTO: wordHash('photo'), COLON: wordHash(':'),
  GETTY: wordHash('getty'), HAD: wordHash('had'), LOW: wordHash('low'), HIGH: wordHash('high'),
  LOWS: wordHash('lows'), HIGHS: wordHash('highs'), BY: wordHash('by'), LEADING: wordHash('leading'), POSS: wordHash("'s"),
  ANYONE: wordHash('anyone'), WITH: wordHash('with'), WHO: wordHash('who'), INFORMATION: wordHash('information'),
};

/**
 * "Anyone with information is asked to call …", "Police urge anyone who has information to
 * contact …": an appeal to readers, not a claim about the world.
 */
function isAppeal(hashes: Uint32Array, n: number): boolean {
  for (let i = 0; i + 2 < n; i++) {
    if (hashes[i] !== H.ANYONE || (hashes[i + 1] !== H.WITH && hashes[i + 1] !== H.WHO)) continue;
    for (let k = i + 2; k < n && k <= i + 4; k++) if (hashes[k] === H.INFORMATION) return true;
  }
  return false;
}

const TIME_UNITS = ['year', 'decade', 'month', 'week', 'century', 'day'];

/** "four-decade", "20-year", "50-year": a span of time before "low" or "high". */
function isSpanOfTime(raw: string): boolean {
  const dash = raw.lastIndexOf('-');
  if (dash <= 0) return false;
  const unit = raw.slice(dash + 1).toLowerCase();
  return TIME_UNITS.includes(unit);
}

/** "AGENCY/Name", the photo credit of a caption. */
function isPhotoCredit(raw: string): boolean {
  const slash = raw.indexOf('/');
  if (slash < 2 || slash + 1 >= raw.length) return false;
  for (let i = 0; i < slash; i++) {
    const c = raw.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  // A name after the slash ("REUTERS/Pavel"), not another acronym ("HIV/AIDS").
  const after = raw.charCodeAt(slash + 1), then = raw.charCodeAt(slash + 2);
  return after >= 65 && after <= 90 && then >= 97 && then <= 122;
}

/** A growing buffer of feature keys, reused from sentence to sentence. */
export class FeatureBuffer {
  keys = new Uint32Array(256);
  n = 0;
  push(k: number): void {
    if (this.n === this.keys.length) {
      const b = new Uint32Array(this.keys.length * 2);
      b.set(this.keys);
      this.keys = b;
    }
    this.keys[this.n++] = k;
  }
}

const ENTITY_BIT: Record<Mention['type'], number> = { PERSON: 1, ORGANIZATION: 2, LOCATION: 4, MISC: 8 };

function startsWithUn(raw: string): boolean {
  return (raw.charCodeAt(0) | 32) === 117 && (raw.charCodeAt(1) | 32) === 110;
}

/** A closing quote or bracket on its own. */
function isClosing(t: string): boolean {
  if (t.length !== 1) return false;
  const c = t.charCodeAt(0);
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 192;
}

/** Per-token scratch, reused. */
let hashes = new Uint32Array(128);
let classes = new Uint32Array(128);

/**
 * Writes the features of tokens [first, end) into `out` and returns what the sentence shows.
 * `out` is cleared first.
 */
export function sentenceFeatures(
  seg: Segmentation, first: number, end: number, inputs: SentenceInputs, out: FeatureBuffer,
  config: FeatureConfig = DEFAULT_FEATURES,
): Signals {
  out.n = 0;
  const n = end - first;
  if (hashes.length < n + 1) {
    hashes = new Uint32Array(n * 2);
    classes = new Uint32Array(n * 2);
  }
  const toks = seg.tokens;
  let words = 0, lowerWords = 0, seps = 0, caption = false;
  let seen = 0;
  let past = false, perfect = false, superlative = false, causal = false, prediction = false, fpOpinion = false;
  let modal = false, record = false, questionMark = false, lastFirstPerson = -10, lastThirdPerson = -10;
  let promise = false, fpPast = false, thirdPast = false, thirdView = false;
  // Pass 1: hashes and word classes.
  for (let i = 0; i < n; i++) {
    const raw = toks[first + i].text;
    const c = raw.charCodeAt(0);
    let h: number;
    let cls = 0;
    if (isDigit(c)) {
      h = raw.endsWith('%') ? H.PCT : raw.length === 4 && (raw.startsWith('19') || raw.startsWith('20')) ? H.YEAR : H.NUM;
      words++;
    } else if (isLetter(c)) {
      // One scan: the hash, and where a hyphen or a slash is.
      const len = raw.length;
      let dash = -1, slash = -1;
      h = FNV_SEED;
      for (let k = 0; k < len; k++) {
        let ch = raw.charCodeAt(k);
        if (ch >= 65 && ch <= 90) ch |= 32;
        else if (ch === 45) dash = k;
        else if (ch === 47) slash = k;
        else if (ch === 0x2019) ch = 39;
        else if (ch >= 128) ch = lowerCode(ch);
        h = Math.imul(h ^ ch, 0x01000193) >>> 0;
      }
      cls = CLASS_BY_HASH.get(h, 0);
      words++;
      if (c >= 97 && c <= 122) lowerWords++;
      const z = raw.charCodeAt(len - 1), y = raw.charCodeAt(len - 2), x = raw.charCodeAt(len - 3);
      // "-ed" is a past tense or participle, but "un-…-ed" is an adjective ("unchanged", "unexpected").
      if (cls === 0 && len >= 5 && y === 101 && z === 100 && NOT_PAST.get(h, 0) === 0 && !startsWithUn(raw)) cls = W.PAST;
      if (z === 108 && y === 108 && (x === 39 || x === 0x2019)) cls |= W.FUTURE; // "they'll"
      if (cls === 0 && z === 116 && y === 39 && x === 110) cls = W.NEGATION; // "-n't"
      // "fourth-largest", "best-selling": the part after a hyphen may be the superlative.
      if (dash > 0 && dash < len - 1) cls |= CLASS_BY_HASH.get(wordHash(raw.slice(dash + 1)), 0) & W.SUPERLATIVE;
      if (h === H.GETTY || (slash > 1 && isPhotoCredit(raw))) caption = true;
      if (h === H.PHOTO && i + 1 < n && (toks[first + i + 1].text === ':' || toks[first + i + 1].text === 'by')) caption = true;
    } else {
      h = wordHash(raw);
      cls = CLASS_BY_HASH.get(h, 0);
      if (c === 44 || c === 59 || c === 124 || c === 47) seps++;
      else if (c === 63) questionMark = true;
    }
    hashes[i] = h;
    classes[i] = cls;
  }
  // Pass 2: word features and context rules.
  out.push(mix(T.BIAS, 1));
  let prev = H.START;
  for (let i = 0; i < n; i++) {
    const h = hashes[i];
    let cls = classes[i];
    out.push(mix(T.WORD, h));
    if (config.pairs) out.push(mix2(T.PAIR, prev, h));
    prev = h;
    // "a four-decade low", "a 20-year high": a record.
    if ((h === H.LOW || h === H.HIGH || h === H.LOWS || h === H.HIGHS) && i > 0 && isSpanOfTime(toks[first + i - 1].text)) record = true;
    if (cls === 0 && h !== H.LEADING) continue;
    const next = i + 1 < n ? hashes[i + 1] : 0;
    const before = i > 0 ? hashes[i - 1] : 0;
    if (cls & W.SUPERLATIVE) superlative = true;
    if ((cls & W.MOST) && before === H.THE) superlative = true;
    // "the world's leading producer": a rank.
    if (h === H.LEADING && (before === H.THE || before === H.POSS)) superlative = true;
    if (cls & W.CAUSAL) causal = true;
    if ((cls & W.CAUSAL_HEAD) && (next === H.TO || next === H.IN || next === H.OF || next === H.BY || next === H.FROM)) causal = true;
    if (h === H.RESULT && before === H.A && i > 1 && hashes[i - 2] === H.AS) causal = true;
    if (cls & W.PERFECT) {
      if (next === H.TO) cls = (cls & ~W.PERFECT) | W.MODAL;
      else if (i + 1 < n && (classes[i + 1] & W.PAST)) perfect = true;
    }
    if (h === H.GOT && next === H.TO) cls |= W.MODAL;
    if (cls & W.MODAL) modal = true;
    if (cls & W.PAST) past = true;
    if (cls & W.FIRST_PERSON) lastFirstPerson = i;
    if (cls & W.THIRD_PERSON) lastThirdPerson = i;
    if ((cls & (W.OPINION | W.MODAL)) && i - lastFirstPerson <= 3) fpOpinion = true;
    // Who does what: "we will" is a promise, "we cut" a record to check, "he wants" a position.
    const nearFirst = i - lastFirstPerson <= 3 && i !== lastFirstPerson;
    const nearThird = i - lastThirdPerson <= 3 && i !== lastThirdPerson;
    if (nearFirst && (cls & W.FUTURE)) promise = true;
    if (nearFirst && (cls & W.PAST)) fpPast = true;
    if (nearThird && (cls & W.PAST)) thirdPast = true;
    if (nearThird && (cls & (W.OPINION | W.MODAL))) thirdView = true;
    if (cls & W.FUTURE) {
      const isGoing = h === H.GOING;
      // Not the speaker's own plan ("we will"), not a past expectation ("had expected").
      if ((!isGoing || next === H.TO) && i - lastFirstPerson > 2 && !(cls & W.FIRST_PERSON) && before !== H.HAD) prediction = true;
      if (isGoing && next !== H.TO) cls &= ~W.FUTURE;
    }
    seen |= cls;
  }
  if (config.pairs) {
    out.push(mix2(T.PAIR, prev, H.END));
    if (n > 0) out.push(mix(T.FIRST, hashes[0]));
  }

  // Figures, names, attribution.
  let figures = 0, kinds = 0, approx = false, bound = false, dates = 0;
  for (const f of inputs.figures) {
    const k = FIGURE_KINDS.indexOf(f.kind);
    kinds |= 1 << k;
    if (f.kind === 'DATE' || f.kind === 'TIME') dates++;
    // Only quantities count as figures (the project's one table); dates and ranks are features.
    if (!isStatisticKind(f.kind)) continue;
    figures++;
    if (f.approx) approx = true;
    if (f.bound) bound = true;
  }
  let entTypes = 0;
  for (const m of inputs.mentions) entTypes |= ENTITY_BIT[m.type];

  // Sentence shape: the last token that is not a closing quote or bracket.
  let last = n - 1;
  while (last >= 0 && isClosing(toks[first + last].text)) last--;
  const lastText = last >= 0 ? toks[first + last].text : '';
  // A question mark anywhere: a question, quoted or not ("Why would we?" she asked).
  const question = questionMark;
  const colonEnd = lastText === ':';
  const listLike = seps >= 3 && lowerWords * 4 < words;
  const promo = n > 0 && (classes[0] & W.PROMO) !== 0 && words <= 15 && !past;
  // "By Ana Lima, Economics Correspondent": a byline the segmenter left in the body.
  const byline = n > 1 && toks[first].text === 'By' && words <= 10 && !past && !prediction && (seen & (W.TREND | W.PERFECT)) === 0;

  const sig: Signals = {
    figures,
    superlative,
    comparison: (seen & W.COMPARATIVE) !== 0,
    trend: (seen & W.TREND) !== 0,
    record: record || (seen & W.RECORD) !== 0,
    causal,
    prediction,
    attributed: inputs.attributed,
    entities: inputs.mentions.length,
    past: past || perfect,
    sweeping: (seen & W.SWEEPING) !== 0,
    firstPersonOpinion: fpOpinion,
    question,
    colonEnd,
    listLike,
    promo: promo || byline || isAppeal(hashes, n),
    caption,
    words,
  };

  if (config.signals) {
    const s = (id: number) => out.push(mix(T.SIGNAL, id));
    if (figures > 0) s(S.FIGURE);
    if (figures > 1) s(S.FIGURES_2);
    if (figures > 2) s(S.FIGURES_3);
    for (let k = 0; k < FIGURE_KINDS.length; k++) if (kinds & (1 << k)) out.push(mix(T.FIG_KIND, k + 1));
    if (dates > 0) s(S.DATE);
    if (approx) s(S.APPROX);
    if (bound) s(S.BOUND);
    if (superlative) s(S.SUPERLATIVE);
    if (sig.comparison) s(S.COMPARISON);
    if (sig.trend) s(S.TREND);
    if (sig.record) s(S.RECORD);
    if (causal) s(S.CAUSAL);
    if (prediction) s(S.PREDICTION);
    if (sig.attributed) s(S.ATTRIBUTED);
    if (sig.entities > 0) s(S.ENTITY);
    if (sig.entities > 1) s(S.ENTITIES_2);
    for (let k = 0; k < 4; k++) if (entTypes & (1 << k)) out.push(mix(T.ENT_TYPE, k + 1));
    if (past) s(S.PAST);
    if (perfect) s(S.PERFECT);
    if (seen & W.ABSOLUTE) s(S.ABSOLUTE);
    if (sig.sweeping) s(S.SWEEPING);
    if (caption) s(S.CAPTION);
    if (fpOpinion) s(S.FP_OPINION);
    if (question) s(S.QUESTION);
    if (colonEnd) s(S.COLON_END);
    if (lastText === '!') s(S.EXCLAIM);
    if (listLike) s(S.LIST_LIKE);
    if (promo) s(S.PROMO);
    if (seen & W.FIRST_PERSON) s(S.FIRST_PERSON);
    if (seen & W.SECOND_PERSON) s(S.SECOND_PERSON);
    if (seen & W.THIRD_PERSON) s(S.THIRD_PERSON);
    if (modal) s(S.MODAL);
    if (seen & W.OPINION) s(S.OPINION);
    if (seen & W.NEGATION) s(S.NEGATION);
    if (seen & W.QUANTITY) s(S.QUANTITY);
    if (seen & W.HEDGE) s(S.HEDGE);
    if (seen & W.FILLER) s(S.FILLER);
    if (seen & W.FUTURE) s(S.FUTURE);
    if (seen & W.SPEECH) s(S.SPEECH);
    if (seen & W.POLICY) s(S.POLICY);
    if (figures > 0 && sig.past) s(S.FIGURE_PAST);
    if (figures > 0 && fpOpinion) s(S.FIGURE_FP);
    if (promise) s(S.PROMISE);
    if (fpPast) s(S.FP_PAST);
    if (thirdPast) s(S.THIRD_PAST);
    if (thirdView) s(S.THIRD_VIEW);
    if (figures > 0 && promise) s(S.FIGURE_PROMISE);
    if (figures > 0 && (seen & W.HEDGE)) s(S.FIGURE_COND);
    if (figures > 0 && sig.entities > 0) s(S.FIGURE_ENTITY);
    if (!sig.past && !prediction && !(seen & (W.TREND | W.PERFECT))) s(S.NO_VERB_CUE);
    out.push(mix(T.LENGTH, words <= 4 ? 1 : words <= 8 ? 2 : words <= 15 ? 3 : words <= 25 ? 4 : words <= 40 ? 5 : 6));
  }
  return sig;
}
