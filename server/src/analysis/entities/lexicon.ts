// The words the tagger has met and everything it knows about a word from its text alone (hashes,
// shapes, affixes, case class, usual casing, name-list hit, cluster, and the summed weights of the
// word's own features): worked out once per distinct word, not per token, and kept across
// documents. News repeats its words ("the", "said", the names a story is about), within a story,
// across a corpus, and again at every keystroke in the editor.
//
// Memory is laid out for few cache misses a token: the index slot of a word holds a 64-bit
// fingerprint of its text and its length (two different words share all three with odds of about
// 1 in 2^64 a look-up), and what every token needs of its word sits in one 16-byte record.
import type { CasingTable } from './casing';
import { NO_CLUSTERS, type ClusterTable } from './clusters';
import { compoundNamePart } from './compounds';
import type { Scorer } from './scorer';
import { PHRASE_SEED, type Gazetteer } from './gazetteer';
import { FNV_SEED, fnvStep, lowerCode, mix, plainQuote } from './hash';
import { N_LABELS } from './labels';
import { PARTICLE_HASHES } from './particles';

/** Case classes of a word. */
export const PUNCT = 0, DIGIT = 1, LOWER = 2, TITLE = 3, CAP1 = 4, CAPS = 5, MIXED = 6;
export const N_AFFIX = 4;
/** Words past which the lexicon starts afresh before the next document (about 130 bytes each). */
const LIMIT = 1 << 16;
const INITIAL = 4096;
const NOT_LOOKED_UP = 0xffff;
/** Index slot: FNV-1a hash, second hash, length, word + 1 (0: empty). */
const SLOT = 4;
/** Record every token copies: lower-case hash, short shape, flags, one-word phrase mask. */
const HOT = 4;
/** Record for scoring: exact-form hash, long shape, N_AFFIX prefix and suffix hashes. */
const COLD = 2 + 2 * N_AFFIX;
/** Kept scores: a flag (1: summed), then N_LABELS sums. */
const SCORES = 1 + N_LABELS;

/** The model's tables a word's properties come from. */
export interface WordTables {
  gaz: Gazetteer;
  casing: CasingTable;
  clusters?: ClusterTable;
}

/** V8 cuts strings at least this long as views of the string they come from (a "sliced string"). */
const SHARED_SLICE_LENGTH = 13;

let lexicons = 0;

export class Lexicon {
  /** Tells lexicons apart in keys (word ids are only meaningful with their lexicon). */
  readonly serial = ++lexicons;
  size = 0;
  /** Counts fresh starts: a document's word ids are valid while it is unchanged. */
  generation = 0;
  /** HOT words a word: lower-case hash (quotes made straight), short shape, flags (see `flags`), phrase mask. */
  hot = new Uint32Array(0);
  /** The summed weights of the word's own features (decode.ts): SCORES words a word. */
  scores = new Int32Array(0);
  private cold = new Uint32Array(0);
  private clusterIds = new Uint16Array(0);
  private slots = new Int32Array(0);
  private scorer: Scorer | null = null;
  private readonly clusters: ClusterTable;
  /**
   * The word of a token string met before: the segmenter hands out the same string objects for a
   * kept line at every keystroke (segment/index.ts), whose hash V8 keeps, so a look-up here skips
   * fingerprinting the characters. Always the id the fingerprint gives; emptied with the index.
   */
  private byText = new Map<string, number>();

  /** `limit`: words kept before starting afresh (Infinity: never, for training). */
  constructor(readonly tables: WordTables, private readonly limit = LIMIT) {
    this.clusters = tables.clusters ?? NO_CLUSTERS;
    this.grow(INITIAL);
  }

  /** Writes the word of each token into `word`, adding the words not met yet. */
  index(tokens: ReadonlyArray<{ text: string }>, word: Int32Array): void {
    // Starting afresh between documents, never inside one: the ids of a document stay valid.
    if (this.size > this.limit) this.clear();
    const byText = this.byText;
    for (let i = 0; i < tokens.length; i++) {
      const s = tokens[i].text;
      const known = byText.get(s);
      if (known !== undefined) {
        word[i] = known;
        continue;
      }
      let h1 = FNV_SEED, h2 = 0;
      for (let k = 0; k < s.length; k++) {
        const c = s.charCodeAt(k);
        h1 = fnvStep(h1, c);
        h2 = (Math.imul(h2, 0x2f0b3a49) + c + 0x9e3779b9) | 0;
      }
      const slots = this.slots;
      const mask = slots.length / SLOT - 1;
      let at = h1 & mask;
      let w = slots[at * SLOT + 3] - 1;
      while (w >= 0 && (slots[at * SLOT] !== (h1 | 0) || slots[at * SLOT + 1] !== h2 || slots[at * SLOT + 2] !== s.length)) {
        at = (at + 1) & mask;
        w = slots[at * SLOT + 3] - 1;
      }
      if (w < 0) w = this.add(s, h1, h2, at);
      // Only short strings: V8 keeps a longer one as a view of the text it was cut from, and a
      // key kept here would keep that whole text (a piece of a long article) alive.
      if (s.length < SHARED_SLICE_LENGTH) byText.set(s, w);
      word[i] = w;
    }
  }

  // What tokens need of their word (features.ts copies these per token).
  lower(w: number): number { return this.hot[w * HOT]; }
  shortShape(w: number): number { return this.hot[w * HOT + 1]; }
  /** Case class (bits 0–2), usual casing (3–5), compound (6), break (7–8). */
  flags(w: number): number { return this.hot[w * HOT + 2]; }
  cap(w: number): number { return this.hot[w * HOT + 2] & 7; }
  casing(w: number): number { return (this.hot[w * HOT + 2] >> 3) & 7; }
  /** The name-list mask of the word as a one-word phrase (gazetteer.ts), -1 when no phrase starts with it. */
  phrase(w: number): number { return this.hot[w * HOT + 3] | 0; }
  // What only scoring needs.
  form(w: number): number { return this.cold[w * COLD]; }
  shape(w: number): number { return this.cold[w * COLD + 1]; }
  /** Hash of the first a + 1 characters, lower-cased (0 past the word's length). */
  prefix(w: number, a: number): number { return this.cold[w * COLD + 2 + a]; }
  /** Hash of the last a + 1 characters, lower-cased (0 past the word's length). */
  suffix(w: number, a: number): number { return this.cold[w * COLD + 2 + N_AFFIX + a]; }

  /**
   * The word's cluster (clusters.ts), 1 + leaf or 0, looked up on first use: most words are never
   * scored (decode.ts), and the table is large enough for each look-up to miss the cache.
   */
  cluster(w: number): number {
    let c = this.clusterIds[w];
    if (c === NOT_LOOKED_UP) {
      // Numbers and punctuation have no cluster (only words with a letter were clustered).
      c = this.cap(w) <= DIGIT ? 0 : this.clusters.get(this.lower(w));
      this.clusterIds[w] = c;
    }
    return c;
  }

  /** Scores kept from now on are those of `scorer` (the ones kept are dropped if it is another). */
  scoreWith(scorer: Scorer): void {
    if (this.scorer === scorer) return;
    for (let w = 0; w < this.size; w++) this.scores[w * SCORES] = 0;
    this.scorer = scorer;
  }

  private add(s: string, h1: number, h2: number, at: number): number {
    if (this.size * HOT === this.hot.length) {
      this.grow(this.size * 2);
      at = this.freeSlot(h1);
    }
    const w = this.size++;
    const slots = this.slots;
    slots[at * SLOT] = h1;
    slots[at * SLOT + 1] = h2;
    slots[at * SLOT + 2] = s.length;
    slots[at * SLOT + 3] = w + 1;
    this.describe(w, s);
    return w;
  }

  private freeSlot(h1: number): number {
    const mask = this.slots.length / SLOT - 1;
    let at = h1 & mask;
    while (this.slots[at * SLOT + 3] !== 0) at = (at + 1) & mask;
    return at;
  }

  private clear(): void {
    this.generation++;
    this.size = 0;
    this.byText = new Map();
    // Back to a small table after a very long document.
    if (this.hot.length > this.limit * HOT) this.grow(INITIAL);
    else this.slots.fill(0);
  }

  /** Room for `capacity` words; the index is rebuilt (twice as many slots as words). */
  private grow(capacity: number): void {
    const oldSlots = this.slots;
    const keep = <T extends Uint32Array | Int32Array | Uint16Array>(old: T, fresh: T, per: number): T => {
      fresh.set(old.subarray(0, this.size * per) as never);
      return fresh;
    };
    this.hot = keep(this.hot, new Uint32Array(capacity * HOT), HOT);
    this.cold = keep(this.cold, new Uint32Array(capacity * COLD), COLD);
    this.scores = keep(this.scores, new Int32Array(capacity * SCORES), SCORES);
    this.clusterIds = keep(this.clusterIds, new Uint16Array(capacity), 1);
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.slots = new Int32Array(cap * SLOT);
    if (this.size === 0) return;
    for (let at = 0; at < oldSlots.length; at += SLOT) {
      if (oldSlots[at + 3] === 0) continue;
      const to = this.freeSlot(oldSlots[at]) * SLOT;
      for (let k = 0; k < SLOT; k++) this.slots[to + k] = oldSlots[at + k];
    }
  }

  private describe(w: number, s: string): void {
    let hl = FNV_SEED, hf = FNV_SEED, hs = FNV_SEED, hss = FNV_SEED;
    let upper = 0, lowerN = 0, digit = 0, lastCls = -1, run = 0, lastShort = -1;
    const cold = this.cold, c0 = w * COLD;
    cold.fill(0, c0, c0 + COLD);
    for (let k = 0; k < s.length; k++) {
      let c = s.charCodeAt(k);
      if (c >= 0x2018 && c <= 0x201d) c = plainQuote(c);
      hl = fnvStep(hl, lowerCode(c));
      hf = fnvStep(hf, c);
      if (k < N_AFFIX) cold[c0 + 2 + k] = hl;
      const cls = classOf(c);
      if (cls === 1) upper++;
      else if (cls === 2) lowerN++;
      else if (cls === 3) digit++;
      const sym = cls === 0 ? c : cls;
      // Long shape: runs capped at 3; short shape: runs collapsed.
      run = sym === lastCls ? run + 1 : 1;
      if (run <= 3) hs = fnvStep(hs, sym);
      if (sym !== lastShort) hss = fnvStep(hss, sym);
      lastCls = sym;
      lastShort = sym;
    }
    for (let k = 0; k < N_AFFIX; k++) {
      const from = s.length - 1 - k;
      if (from < 0) continue;
      let h = FNV_SEED;
      for (let j = from; j < s.length; j++) h = fnvStep(h, lowerCode(s.charCodeAt(j)));
      cold[c0 + 2 + N_AFFIX + k] = h;
    }
    cold[c0] = hf;
    cold[c0 + 1] = hs;
    const first = classOf(s.charCodeAt(0));
    let cap = PUNCT;
    if (upper + lowerN === 0) cap = digit > 0 ? DIGIT : PUNCT;
    else if (digit > 0) cap = MIXED;
    else if (upper === 0) cap = LOWER;
    else if (lowerN === 0) cap = upper === 1 ? CAP1 : CAPS;
    else cap = first === 1 ? TITLE : MIXED;
    const closed = s.length > 3 && s.indexOf('-') > 0 && compoundNamePart(s) !== null ? 1 : 0;
    let br = 0;
    if (cap === LOWER && !PARTICLE_HASHES.has(hl)) br = 1;
    else if (cap === DIGIT) br = 2;
    else if (s.length === 1 && (s === '(' || s === ')' || s === '[' || s === ']')) br = 3;
    const { gaz, casing } = this.tables;
    const usual = casing.size > 0 ? casing.get(hl, 0) : 0;
    const h = w * HOT;
    this.hot[h] = hl;
    this.hot[h + 1] = hss;
    this.hot[h + 2] = cap | (usual << 3) | (closed << 6) | (br << 7);
    this.hot[h + 3] = gaz.size > 0 ? gaz.get(mix(PHRASE_SEED, hl)) : -1;
    this.clusterIds[w] = NOT_LOOKED_UP;
    this.scores[w * SCORES] = 0;
  }
}

let shared: Lexicon | null = null;

/** The lexicon of these tables (one is kept: the model's, in use). */
export function lexiconFor(tables: WordTables): Lexicon {
  const t = shared?.tables;
  if (!shared || t?.gaz !== tables.gaz || t.casing !== tables.casing || t.clusters !== tables.clusters) shared = new Lexicon(tables);
  return shared;
}

function classOf(c: number): number {
  // 1 upper, 2 lower, 3 digit, 0 other
  if (c >= 97 && c <= 122) return 2;
  if (c >= 65 && c <= 90) return 1;
  if (c >= 48 && c <= 57) return 3;
  if (c < 128) return 0;
  const s = String.fromCharCode(c);
  const lo = s.toLowerCase();
  const up = s.toUpperCase();
  if (lo !== up) return s === up ? 1 : 2;
  return 0;
}
