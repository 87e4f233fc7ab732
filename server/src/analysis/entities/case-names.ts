// A court case named by its parties, "Brennan v. Ostrowski", "United States v. Corwin", is one name, a
// MISC (a case is neither of its parties), not a person and a person (issue 10, round 24). Only when a
// party is read as a person: CoNLL-2003 writes fixtures the same way ("Essex v Surrey", two clubs) and
// never sets a person on either side of "v".
import type { Segmentation } from '../types';
import { tokenSpan, type TokenSpan } from './spans';
import { MISC, PERSON } from './labels';

/** Longest party's name taken (a case's parties are short names). */
const MAX_PARTY = 4;

export function caseNames(seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i];
    const b = i + 1 < spans.length ? spans[i + 1] : null;
    if (!b || (a.type !== PERSON && b.type !== PERSON) || a.sure || b.sure || a.to - a.from > MAX_PARTY || b.to - b.from > MAX_PARTY || !versus(seg, a, b)) {
      out?.push(a);
      continue;
    }
    out ??= spans.slice(0, i);
    out.push(tokenSpan(a.from, b.to, MISC));
    i++;
  }
  return out ?? spans;
}

/** Only "v." or "v" between the two names, in one sentence. */
function versus(seg: Segmentation, a: TokenSpan, b: TokenSpan): boolean {
  const toks = seg.tokens;
  if (b.from - a.to < 1 || b.from - a.to > 2 || toks[a.to].sentence !== toks[b.from].sentence) return false;
  const between = seg.text.slice(toks[a.to - 1].end, toks[b.from].start).trim();
  // (Not "vs.": a tennis draw's "Marc Rosset (Switzerland) vs. Jared Palmer".)
  return between === 'v.' || between === 'v';
}
