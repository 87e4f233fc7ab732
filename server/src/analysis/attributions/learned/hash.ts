// 32-bit hashing for the learned models' features: a feature is a template number mixed with
// small integer values or word hashes, so no string is built per token.
import type { Doc } from '../phrases';

/** FNV-1a over the UTF-16 code units of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * A feature: template `t` with up to three values, each multiplied by its own odd constant
 * (so the order of the values counts), then Murmur3's finaliser.
 */
export function feat(t: number, a = 0, b = 0, c = 0): number {
  let x = (Math.imul(t, 0x9e3779b1) ^ Math.imul(a + 0x7f4a7c15, 0x27d4eb2f) ^ Math.imul(b + 0x165667b1, 0x85ebca6b) ^ Math.imul(c + 0x61c88647, 0xc2b2ae35)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The hash of the lower-case word at token `i`, computed once per document. */
export function wordHash(doc: Doc, i: number): number {
  let h = doc.hashes;
  if (!h) h = doc.hashes = new Uint32Array(doc.toks.length);
  if (h[i] === 0) h[i] = hashString(doc.lower[i]) || 1;
  return h[i];
}
