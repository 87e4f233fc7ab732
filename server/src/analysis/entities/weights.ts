// The tagger's weights: one open-addressing table with a 16-byte slot per feature, read in place
// from the model file. A slot holds the feature's key, its nine weights as 8-bit mantissas and
// one shift (block floating point per feature: weight = mantissa << shift), so a look-up touches
// one cache line and the whole table is half the size it was with 16-bit weights.
import type { Scorer } from './scorer';
import { N_LABELS } from './labels';

export const WEIGHT_SLOT_BYTES = 16;
/** A wide row: nine 16-bit weights, padded to 32 bytes. */
export const WIDE_ROW_BYTES = 32;
const SLOT_WORDS = WEIGHT_SLOT_BYTES / 4;
const WIDE_SHORTS = WIDE_ROW_BYTES / 2;
const SHIFT_AT = 4 + N_LABELS;
/** The shift byte of a slot whose weights are a wide row (its index is the slot's second word). */
const WIDE = -1;

/** The bytes of a weight table: the slots, and the wide rows they point to. */
export interface WeightLayout {
  slots: Uint8Array;
  wide: Uint8Array;
  wideRows: number;
}

export class WeightTable implements Scorer {
  /** The slots as 32-bit words (the key is word 0 of a slot) and as bytes (mantissas, shift). */
  private readonly words: Uint32Array;
  private readonly bytes: Int8Array;
  private readonly wide: Int16Array;
  private readonly mask: number;
  readonly integer = true;

  /** Views over a table's bytes (`slots`: a power-of-two number of 16-byte slots; both 4-byte aligned). */
  constructor(slots: Uint8Array, wide: Uint8Array, readonly size: number) {
    const cap = slots.byteLength / WEIGHT_SLOT_BYTES;
    if (cap < 1 || (cap & (cap - 1)) !== 0) throw new Error(`entity model: ${cap} weight slots is not a power of two`);
    this.words = new Uint32Array(slots.buffer, slots.byteOffset, slots.byteLength / 4);
    this.bytes = new Int8Array(slots.buffer, slots.byteOffset, slots.byteLength);
    this.wide = new Int16Array(wide.buffer, wide.byteOffset, wide.byteLength / 2);
    this.mask = cap - 1;
  }

  /**
   * Lays out 16-bit weights (N × N_LABELS, row r for keys[r]) as a table of `cap` slots
   * (default: the smallest power of two at most half full). A row that 8-bit mantissas and a
   * shift cannot hold exactly goes to a wide row, so every weight is kept as trained.
   * Deterministic: the same model gives the same bytes.
   */
  static layout(keys: Uint32Array, weights: Int16Array, cap = 0): WeightLayout {
    if (cap === 0) for (cap = 1024; cap < keys.length * 2; cap *= 2);
    if (keys.length >= cap) throw new Error(`entity model: ${keys.length} features do not fit ${cap} slots`);
    const slots = new Uint8Array(cap * WEIGHT_SLOT_BYTES);
    const words = new Uint32Array(slots.buffer);
    const wide: number[] = [];
    const mask = cap - 1;
    for (let r = 0; r < keys.length; r++) {
      const key = (keys[r] || 1) >>> 0;
      let at = key & mask;
      while (words[at * SLOT_WORDS] !== 0 && words[at * SLOT_WORDS] !== key) at = (at + 1) & mask;
      words[at * SLOT_WORDS] = key;
      const row = weights.subarray(r * N_LABELS, (r + 1) * N_LABELS);
      const { mantissas, shift } = blockFloat(row);
      if (mantissas.every((m, l) => m * 2 ** shift === row[l])) {
        for (let l = 0; l < N_LABELS; l++) slots[at * WEIGHT_SLOT_BYTES + 4 + l] = mantissas[l] & 255;
        slots[at * WEIGHT_SLOT_BYTES + SHIFT_AT] = shift;
      } else {
        words[at * SLOT_WORDS + 1] = wide.length / WIDE_SHORTS;
        slots[at * WEIGHT_SLOT_BYTES + SHIFT_AT] = WIDE & 255;
        for (let l = 0; l < WIDE_SHORTS; l++) wide.push(l < N_LABELS ? row[l] : 0);
      }
    }
    const wideRows = wide.length / WIDE_SHORTS;
    return { slots, wide: new Uint8Array(Int16Array.from(wide).buffer), wideRows };
  }

  /** The nine weights of a feature as stored (zeros when absent). */
  weightsOf(key: number): Int32Array {
    const out = new Float64Array(N_LABELS);
    this.score(Uint32Array.of(key), 1, out);
    return Int32Array.from(out);
  }

  score(feats: Uint32Array, n: number, out: Float64Array): void {
    const { words, bytes, wide, mask } = this;
    // Sums in locals (small integers), written once: nine labels (N_LABELS), unrolled.
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let f = 0; f < n; f++) {
      const key = feats[f] || 1;
      let at = key & mask;
      let s = words[at * SLOT_WORDS];
      while (s !== key && s !== 0) {
        at = (at + 1) & mask;
        s = words[at * SLOT_WORDS];
      }
      if (s === 0) continue;
      const b = at * WEIGHT_SLOT_BYTES + 4;
      const sh = bytes[b + N_LABELS];
      if (sh !== WIDE) {
        s0 += bytes[b] << sh; s1 += bytes[b + 1] << sh; s2 += bytes[b + 2] << sh;
        s3 += bytes[b + 3] << sh; s4 += bytes[b + 4] << sh; s5 += bytes[b + 5] << sh;
        s6 += bytes[b + 6] << sh; s7 += bytes[b + 7] << sh; s8 += bytes[b + 8] << sh;
      } else {
        const w = words[at * SLOT_WORDS + 1] * WIDE_SHORTS;
        s0 += wide[w]; s1 += wide[w + 1]; s2 += wide[w + 2];
        s3 += wide[w + 3]; s4 += wide[w + 4]; s5 += wide[w + 5];
        s6 += wide[w + 6]; s7 += wide[w + 7]; s8 += wide[w + 8];
      }
    }
    out[0] += s0; out[1] += s1; out[2] += s2; out[3] += s3; out[4] += s4;
    out[5] += s5; out[6] += s6; out[7] += s7; out[8] += s8;
  }
}

/**
 * The smallest shift s with every weight within ±127 << s, and the rounded mantissas: exact for a
 * feature whose weights are all within ±127 (three in four) or multiples of 2^s.
 */
export function blockFloat(w: ArrayLike<number>): { mantissas: Int8Array; shift: number } {
  let top = 0;
  for (let l = 0; l < w.length; l++) top = Math.max(top, Math.abs(w[l]));
  let shift = 0;
  while (Math.round(top / 2 ** shift) > 127) shift++;
  const mantissas = Int8Array.from(w, (v) => Math.round(v / 2 ** shift));
  return { mantissas, shift };
}
