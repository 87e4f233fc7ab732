// Name lists as hashed, lower-cased token sequences (no text is shipped): first names,
// surnames, places, organisations, demonyms, role words, and names seen in the training data.
// Each token gets, per list, its position in the longest match: unit, begin, inside or end.
import { Key, type PieceMemo } from '../memo';
import { mix } from './hash';
import { IntTable } from './int-table';

export const GAZ_CLASSES = [
  'first-name', 'last-name', 'person', 'location', 'organization', 'demonym', 'role',
  'seen-person', 'seen-organization', 'seen-location', 'seen-misc',
  // From ../shared/data/gazetteers (scripts/ner-gazetteers.ts): at most 16 classes (u16 masks).
  'country', 'title', 'org-suffix',
] as const;
export const MAX_GAZ_LEN = 6;
/** Codes kept per token. */
export const GAZ_PER_TOKEN = 8;

/** The seed of a phrase hash. */
export const PHRASE_SEED = 0x5bd1e995;

/** Hash of a token sequence from the tokens' lower-case hashes. */
export function phraseHash(lowerHashes: ArrayLike<number>, from: number, to: number): number {
  let h = PHRASE_SEED;
  for (let i = from; i < to; i++) h = mix(h, lowerHashes[i]);
  return h;
}

/** Phrase hash → class mask; mask 0 marks a prefix of a longer phrase (look-ups stop early). */
export type Gazetteer = IntTable;

export function toGazetteer(entries: Map<number, number>): Gazetteer {
  const t = new IntTable(entries.size);
  for (const [k, v] of entries) t.set(k, v);
  return t;
}

/** Adds a phrase of token hashes under a class, with its prefixes. */
export function addPhrase(entries: Map<number, number>, hashes: ArrayLike<number>, from: number, to: number, cls: number): void {
  if (to - from < 1 || to - from > MAX_GAZ_LEN) return;
  let h = PHRASE_SEED;
  for (let i = from; i < to; i++) {
    h = mix(h, hashes[i]);
    const old = entries.get(h) ?? 0;
    entries.set(h, i === to - 1 ? old | (1 << cls) : old);
  }
}

/**
 * For each token, up to GAZ_PER_TOKEN codes 1 + class * 4 + position (0 unit, 1 begin,
 * 2 inside, 3 end); 0 = no more codes. Longest match per class wins. `first[i]`: the mask of
 * token i alone as a phrase (-1 when no phrase starts with it), known per distinct word.
 */
export function gazetteerCodes(
  gaz: Gazetteer, lower: Uint32Array, first: (i: number) => number, unitFirst: Int32Array, unitEnd: Int32Array, keep?: KeptCodes,
): Uint16Array {
  const n = lower.length;
  const codes = new Uint16Array(n * GAZ_PER_TOKEN);
  if (gaz.size === 0) return codes;
  const fill = new Uint8Array(n);
  const coveredUntil = new Int32Array(GAZ_CLASSES.length);
  const ends = new Int32Array(GAZ_CLASSES.length);
  if (!keep) {
    codesOf(gaz, lower, first, unitFirst, unitEnd, codes, fill, coveredUntil, ends, 0, n);
    return codes;
  }
  // A unit's codes depend on its words alone (matches never cross a unit): kept by its word ids.
  for (let from = 0; from < n; from = unitEnd[from]) {
    const to = unitEnd[from];
    let made = false;
    const kept = keep.memo.getByKey(unitWords(keep.word, from, to, keep.owner), () => {
      made = true;
      codesOf(gaz, lower, first, unitFirst, unitEnd, codes, fill, coveredUntil, ends, from, to);
      return codes.slice(from * GAZ_PER_TOKEN, to * GAZ_PER_TOKEN);
    });
    if (!made) codes.set(kept, from * GAZ_PER_TOKEN);
  }
  return codes;
}

/** The codes of tokens [from, to) (whole units). */
function codesOf(
  gaz: Gazetteer, lower: Uint32Array, first: (i: number) => number, unitFirst: Int32Array, unitEnd: Int32Array,
  codes: Uint16Array, fill: Uint8Array, coveredUntil: Int32Array, ends: Int32Array, from: number, to: number,
): void {
  for (let i = from; i < to; i++) {
    if (i === unitFirst[i]) coveredUntil.fill(0);
    // Most tokens start no phrase at all.
    if (first(i) < 0) continue;
    let h = PHRASE_SEED;
    const last = Math.min(unitEnd[i], i + MAX_GAZ_LEN);
    // Collect the longest match per class starting here.
    let found = 0;
    for (let j = i; j < last; j++) {
      h = mix(h, lower[j]);
      const mask = j === i ? first(i) : gaz.get(h);
      if (mask < 0) break;
      if (mask > 0) {
        found |= mask;
        for (let c = 0; c < GAZ_CLASSES.length; c++) if (mask & (1 << c)) ends[c] = j + 1;
      }
    }
    if (!found) continue;
    for (let c = 0; c < GAZ_CLASSES.length; c++) {
      if (!(found & (1 << c)) || coveredUntil[c] > i) continue;
      const end = ends[c];
      coveredUntil[c] = end;
      for (let k = i; k < end; k++) {
        if (fill[k] >= GAZ_PER_TOKEN) continue;
        const pos = end - i === 1 ? 0 : k === i ? 1 : k === end - 1 ? 3 : 2;
        codes[k * GAZ_PER_TOKEN + fill[k]++] = 1 + c * 4 + pos;
      }
    }
  }
}

/** The word ids of tokens [from, to), for the lexicon and generation `owner` names. */
function unitWords(word: Int32Array, from: number, to: number, owner: string): Key {
  const key = unitKeys.reset();
  key.putText(owner);
  for (let i = from; i < to; i++) key.put(word[i]);
  return key;
}
const unitKeys = new Key();

/** What `gazetteerCodes` keeps between analyses of a changing text. */
export interface KeptCodes {
  /** Codes per unit, keyed by the unit's word ids; `owner` the lexicon and generation the ids are of. */
  memo: PieceMemo<Uint16Array>;
  word: Int32Array;
  owner: string;
}
