// A small open-addressing hash table from 32-bit keys to 32-bit values (Map is slower for
// the many integer look-ups of feature extraction). Keys must not be 0.

export class IntTable {
  private keys: Uint32Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 64) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** The value, or `missing`. */
  get(key: number, missing = -1): number {
    const k = key || 1;
    let at = k & this.mask;
    for (;;) {
      const s = this.keys[at];
      if (s === k) return this.values[at];
      if (s === 0) return missing;
      at = (at + 1) & this.mask;
    }
  }

  set(key: number, value: number): void {
    const k = key || 1;
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    let at = k & this.mask;
    for (;;) {
      const s = this.keys[at];
      if (s === k) { this.values[at] = value; return; }
      if (s === 0) { this.keys[at] = k; this.values[at] = value; this.size++; return; }
      at = (at + 1) & this.mask;
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.set(keys[i], values[i]);
  }
}
