// 32-bit integer hashing for features: no strings are built per token.

/** FNV-1a step over one UTF-16 code unit. */
export function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193) >>> 0;
}

export const FNV_SEED = 0x811c9dc5;

/** Mixes a template id with a value hash (murmur3 finaliser), so templates never collide by design. */
export function mix(template: number, value: number): number {
  let h = (Math.imul(template, 0x9e3779b1) ^ value) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of two values, for conjunction features. */
export function mix2(template: number, a: number, b: number): number {
  return mix(template, mix(a, b));
}

/**
 * Curly quotes and apostrophes as straight ones: the training data has only straight ones,
 * and "Biden’s" must look like "Biden's" to the model.
 */
export function plainQuote(c: number): number {
  if (c < 0x2018 || c > 0x201d) return c;
  return c <= 0x201b ? 39 : 34;
}

/** Lower-cases one UTF-16 code unit (ASCII fast path), quotes made straight. */
export function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c | 32;
  if (c < 128) return c;
  if (c >= 0x2018 && c <= 0x201d) return plainQuote(c);
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

export function hashLower(s: string): number {
  let h = FNV_SEED;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, lowerCode(s.charCodeAt(i)));
  return h;
}
