// Headline attributions of the form "Speaker: what they said" ("Kasich: ‘We Are Going …’").
import type { Draft } from './draft';
import type { Clause } from './frame';
import type { Doc } from './phrases';
import type { Quote } from './quotes';
import { isCapitalised, isPossessive, isWord } from './words';

const NAME_LINKS = new Set(['of', 'on', 'the', 'and', 'to']);
const OPENERS = '‘“"\'';
const CLOSERS = '’”"\'';

/** A title line: a headline paragraph, or a one-line paragraph with no closing period. */
export function isTitleLine(doc: Doc, c: Clause, role: string): boolean {
  if (role === 'headline') return true;
  if (c.lo !== firstTokenAt(doc, c, c.paragraphStart) || doc.toks[c.hi - 1].end !== c.paragraphEnd) return false;
  const last = doc.toks[c.hi - 1].text;
  return c.hi - c.lo <= 30 && last !== '.';
}

function firstTokenAt(doc: Doc, c: Clause, pos: number): number {
  return doc.toks[c.lo].start === pos ? c.lo : -1;
}

export function headlineColon(doc: Doc, c: Clause): Draft | null {
  let colon = -1;
  for (let k = c.lo + 1; k < c.hi && k <= c.lo + 6; k++) {
    if (doc.toks[k].text === ':') {
      colon = k;
      break;
    }
  }
  if (colon < 0 || colon + 1 >= c.hi) return null;
  if (!isCapitalised(doc.toks[c.lo].text)) return null;
  for (let k = c.lo; k < colon; k++) {
    const tok = doc.toks[k].text;
    if (isCapitalised(tok) || isPossessive(tok) || tok === '-' || NAME_LINKS.has(doc.lower[k])) continue;
    return null;
  }
  // "WATCH:", "UPDATE:", "Q:" are labels, not speakers.
  const first = doc.toks[c.lo].text;
  if (colon === c.lo + 1 && (first.length <= 2 || first === first.toUpperCase())) return null;
  let end = c.hi - 1;
  while (end > colon && !isWord(doc.toks[end].text) && !CLOSERS.includes(doc.toks[end].text)) end--;
  if (end <= colon) return null;
  const start = doc.toks[colon + 1].start;
  const stop = doc.toks[end].end;
  const source = { first: c.lo, last: colon - 1 };
  const cue = { first: colon, last: colon };
  let quote: Quote | null = null;
  let cs = start;
  let ce = stop;
  if (OPENERS.includes(doc.text[start]) && CLOSERS.includes(doc.text[stop - 1]) && stop - start > 2) {
    cs = start + 1;
    ce = stop - 1;
    quote = { open: start, start: cs, end: ce, close: stop, firstParagraph: -1, lastParagraph: -1, words: 0, closed: true };
  }
  return { source, sourceSpan: null, cue, cueSpan: null, contentStart: cs, contentEnd: ce, quote, continuation: false, anchor: doc.toks[colon].start };
}
