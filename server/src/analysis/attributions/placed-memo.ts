// What the last analysis of a changing text worked out per piece (a paragraph, a line), looked
// up by place rather than by text: piece i is compared with the last analysis's piece i (before
// an edit nothing moved) and with the one as far from the end (after it, pieces are shifted by
// what the edit added or removed). Hashing each piece's text anew at every keystroke (a fresh
// slice of a new text) was most of what a look-up by text cost. The caller compares a
// candidate with what it reads in full, so a piece that moved elsewhere is only worked out again.
export class PlacedMemo<V> {
  private last: Array<V | undefined> = [];
  private lastCount = 0;
  private next: Array<V | undefined> = [];

  /** The last analysis's piece `index` (`which` 0), or the one as far from the end of `count` pieces (1). */
  candidate(index: number, count: number, which: 0 | 1): V | undefined {
    if (which === 0) return this.last[index];
    const i = index + this.lastCount - count;
    return i !== index && i >= 0 ? this.last[i] : undefined;
  }

  /** What piece `index` of the analysis under way is. */
  keep(index: number, value: V): void {
    this.next[index] = value;
  }

  /** Ends an analysis of `count` pieces: what it kept is what the next compares with, the rest is dropped. */
  renew(count: number): void {
    this.last = this.next;
    this.lastCount = count;
    this.next = [];
  }
}
