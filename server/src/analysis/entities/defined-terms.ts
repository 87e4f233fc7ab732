// Defined terms of a press release or filing: `Acme Mining Inc. ("Acme" or the "Company")`, `the
// "Offering"`, `the "Notes"`. A common noun capitalised and quoted after "the" is the document's
// name for something, no name of its own (round 19: "Company" came out MISC). The short name
// ("Acme") is the company's, and stays.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';

const THE = hashLower('the');

function isQuote(t: string): boolean {
  return t === '"' || t === '“' || t === '”';
}

/** Token k is inside an open bracket a few tokens back (a definition's: `(… the "Company")`), not the title of a film ('the "Rocky" films'). */
function inBrackets(seg: Segmentation, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 10; j--) {
    const t = seg.tokens[j].text;
    if (t === ')') return false;
    if (t === '(') return true;
  }
  return false;
}

export function definedTerms(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (const s of spans) {
    const k = s.from;
    // Cheap tests first: one title-case word usually written in lower case, after "the" and a quote mark.
    if (s.to - k !== 1 || k < 2 || k + 1 >= ctx.n || ctx.cap[k] !== TITLE || ctx.casing[k] < 1 || ctx.casing[k] > 3 || ctx.lower[k - 2] !== THE) continue;
    if (!isQuote(seg.tokens[k - 1].text) || !isQuote(seg.tokens[k + 1].text) || !inBrackets(seg, k)) continue;
    s.to = s.from;
    drop = true;
  }
  return drop ? spans.filter((s) => s.to > s.from) : spans;
}
