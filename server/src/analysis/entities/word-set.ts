// A set of hashed lower-case words (hash.ts hashLower) for the rules' tests of every token of an
// article on every keystroke ("is this token a sports role?"). Most tokens are in no such set; a
// bit table answers "no" for them with one array read. A Set<number> lookup of a 32-bit hash
// costs ~20 ns a token (most hashes are beyond V8's small integers, so each is boxed and hashed as
// a double); the bit test first is ~15× faster where the answer is "no".
import { hashLower } from './hash';

export class WordSet implements Iterable<number> {
  private readonly words: Set<number>;
  private readonly bits: Uint8Array;
  private readonly mask: number;

  constructor(hashes: Iterable<number>) {
    this.words = new Set(hashes);
    // About 32 bits a word (false "maybe" for ~3 % of other words), at least 512 bits.
    let size = 64;
    while (size * 8 < this.words.size * 32) size *= 2;
    this.bits = new Uint8Array(size);
    this.mask = size * 8 - 1;
    for (const w of this.words) {
      const b = slot(w) & this.mask;
      this.bits[b >>> 3] |= 1 << (b & 7);
    }
  }

  has(word: number): boolean {
    const b = slot(word) & this.mask;
    return (this.bits[b >>> 3] & (1 << (b & 7))) !== 0 && this.words.has(word);
  }

  get size(): number {
    return this.words.size;
  }

  [Symbol.iterator](): Iterator<number> {
    return this.words[Symbol.iterator]();
  }
}

/** Folds the high bits in (FNV-1a's low bits alone cluster for short words); a small integer once masked. */
function slot(word: number): number {
  return word ^ (word >>> 15);
}

/** The set of these words, lower-cased and hashed as the rules see tokens (DocContext.lower). */
export function wordSet(words: readonly string[]): WordSet {
  return new WordSet(words.map(hashLower));
}
