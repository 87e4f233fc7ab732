// Quote selectors: the exact text plus a little context either side, which is
// what lets a claim be found again after the article was edited elsewhere.
import type { ClaimTarget } from './types';

export const CONTEXT_CHARS = 32;

export function targetFor(text: string, start: number, end: number): ClaimTarget {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { start, end },
  };
}
