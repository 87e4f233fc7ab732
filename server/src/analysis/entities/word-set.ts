// A set of hashed lower-case words (hash.ts hashLower) for the rules' tests of every token of an
// article on every keystroke ("is this token a sports role?"). Most tokens are in no such set; a
// bit table answers "no" for them with one array read. A Set<number> lookup of a 32-bit hash
// costs ~20 ns a token (most hashes are beyond V8's small integers, so each is boxed and hashed as
// a double); the bit test first is ~15× faster where the answer is "no".
//
// Built on first use when given its words (wordSet) or a function that lists them: some 150 sets
// are made at module load, and a CLI call on one sentence asks only some of them, so hashing every
// list at start-up was a few milliseconds of figure 3 (issue 15) for nothing.
import { hashLower } from './hash';

export class WordSet implements Iterable<number> {
  private words: Set<number> | null = null;
  private bits: Uint8Array = EMPTY;
  private mask = 0;
  private source: (() => Iterable<number>) | null;

  /** Hashes now, or a function that lists them the first time the set is asked. */
  constructor(hashes: Iterable<number> | (() => Iterable<number>)) {
    if (typeof hashes === 'function') {
      this.source = hashes;
    } else {
      this.source = null;
      this.build(hashes);
    }
  }

  has(word: number): boolean {
    const words = this.words ?? this.built();
    const b = slot(word) & this.mask;
    return (this.bits[b >>> 3] & (1 << (b & 7))) !== 0 && words.has(word);
  }

  get size(): number {
    return (this.words ?? this.built()).size;
  }

  [Symbol.iterator](): Iterator<number> {
    return (this.words ?? this.built())[Symbol.iterator]();
  }

  private built(): Set<number> {
    const source = this.source!;
    this.source = null;
    return this.build(source());
  }

  private build(hashes: Iterable<number>): Set<number> {
    const words = new Set(hashes);
    // About 32 bits a word (false "maybe" for ~3 % of other words), at least 512 bits.
    let size = 64;
    while (size * 8 < words.size * 32) size *= 2;
    const bits = new Uint8Array(size);
    const mask = size * 8 - 1;
    for (const w of words) {
      const b = slot(w) & mask;
      bits[b >>> 3] |= 1 << (b & 7);
    }
    this.bits = bits;
    this.mask = mask;
    this.words = words;
    return words;
  }
}

const EMPTY = new Uint8Array(0);

/** Folds the high bits in (FNV-1a's low bits alone cluster for short words); a small integer once masked. */
function slot(word: number): number {
  return word ^ (word >>> 15);
}

/** The set of these words, lower-cased and hashed as the rules see tokens (DocContext.lower); hashed on first use. */
export function wordSet(words: readonly string[]): WordSet {
  return new WordSet(() => words.map(hashLower));
}
