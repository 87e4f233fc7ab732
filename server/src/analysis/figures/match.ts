// A figure found over a run of tokens, before it is turned into a Figure with offsets.
import type { FigureKind } from '../types';

export interface Match {
  /** Index of the first token. */
  first: number;
  /** Index of the last token (inclusive). */
  last: number;
  kind: FigureKind;
  value: number | null;
  unit: string | null;
  approx: boolean;
  bound: 'min' | 'max' | null;
  /** Both ends of a range were read ("10 to 15"). */
  range?: boolean;
}

export function match(
  first: number, last: number, kind: FigureKind, value: number | null, unit: string | null = null,
  approx = false,
): Match {
  return { first, last, kind, value, unit, approx, bound: null };
}

/** Splits a token on its hyphens ("81-year-old" → 81, year, old), or null when it has none. */
export function hyphenParts(s: string): string[] | null {
  let has = false;
  for (let i = 1; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 0x2011) { has = true; break; }
  }
  if (!has) return null;
  return s.split(/[-‐‑]/);
}
