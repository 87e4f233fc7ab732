// A small open-addressing hash table from 32-bit keys to 32-bit values (Map is slower for
// the many integer look-ups of feature extraction). Keys must not be 0 (0 is stored as 1).
// A slot is two words, key then value, so a hit reads one cache line; the entity model file
// stores its gazetteer and casing tables in this layout, and `IntTable.over` reads them in place.

export class IntTable {
  /** Slots: [key, value] pairs; key 0 = empty. */
  private slots: Uint32Array;
  private mask: number;
  size = 0;

  constructor(expected = 64) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Uint32Array(cap * 2);
    this.mask = cap - 1;
  }

  /** A table over existing slots (a power-of-two count of [key, value] pairs), without copying. */
  static over(slots: Uint32Array, size: number): IntTable {
    const cap = slots.length / 2;
    if (cap < 1 || (cap & (cap - 1)) !== 0) throw new Error(`IntTable: ${cap} slots is not a power of two`);
    const t = new IntTable(0);
    t.slots = slots;
    t.mask = cap - 1;
    t.size = size;
    return t;
  }

  /** The slots, for writing the table to a file. */
  get raw(): Uint32Array {
    return this.slots;
  }

  /** The value, or `missing`. */
  get(key: number, missing = -1): number {
    const k = (key || 1) >>> 0;
    const slots = this.slots;
    let at = k & this.mask;
    for (;;) {
      const s = slots[at << 1];
      if (s === k) return slots[(at << 1) + 1] | 0;
      if (s === 0) return missing;
      at = (at + 1) & this.mask;
    }
  }

  set(key: number, value: number): void {
    const k = (key || 1) >>> 0;
    if ((this.size + 1) * 2 > this.slots.length / 2) this.grow();
    const slots = this.slots;
    let at = k & this.mask;
    for (;;) {
      const s = slots[at << 1];
      if (s === k) { slots[(at << 1) + 1] = value; return; }
      if (s === 0) { slots[at << 1] = k; slots[(at << 1) + 1] = value; this.size++; return; }
      at = (at + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.mask = this.slots.length / 2 - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.set(old[i], old[i + 1] | 0);
  }
}
