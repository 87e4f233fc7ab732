// Words a publication or an agency reports someone said, in wire style:
//   "The state news agency quoted Trade Minister Petra Lind as saying …"  → Petra Lind
//   "Oskar Brenn was quoted by the Tassel agency as saying that …"        → Oskar Brenn
//   "Ana Cole, a nurse, is quoted as saying …"                            → Ana Cole
// The one quoted is the speaker a fact-checker checks; the cue is "as saying". Reads only the
// sentence's tokens, a few to the left of the cue.
import type { Doc, Range } from './phrases';
import { phraseEndingAt } from './phrases';
import { sourceLeftOf } from './subject';
import type { Clause } from './context';
import { BE_FORMS, isPossessive, isWord } from './words';

/** How far left of "as" the word "quoted" may be (the one quoted, an aside, "by the X agency"). */
const MAX_REACH = 16;

/** The one quoted and the cue ("as saying"), when the participle at `t` follows "quoted … as". */
export function quotedAsSaying(doc: Doc, t: number, c: Clause): { source: Range; cue: Range } | null {
  const as = t - 1;
  if (as <= c.lo || doc.lower[as] !== 'as') return null;
  let q = as - 1;
  while (q > c.lo && q >= as - MAX_REACH && doc.lower[q] !== 'quoted') {
    const tok = doc.toks[q].text;
    if (!isWord(tok) && !isPossessive(tok) && tok !== ',' && tok !== '.') return null;
    q--;
  }
  if (doc.lower[q] !== 'quoted') return null;
  const cue: Range = { first: as, last: t };
  // Passive: "X was quoted (by the agency) as saying": X is the subject before "was".
  if (q - 1 > c.lo && BE_FORMS.has(doc.lower[q - 1])) {
    if (q + 1 < as && doc.lower[q + 1] !== 'by') return null;
    const source = sourceLeftOf(doc, q - 1, c.lo);
    return source ? { source, cue } : null;
  }
  // Active: "The agency quoted X(, an aside,) as saying": the object before any comma is the one quoted.
  let end = as - 1;
  for (let i = q + 1; i < as; i++) {
    if (doc.toks[i].text === ',') {
      end = i - 1;
      break;
    }
  }
  if (end <= q) return null;
  const source = phraseEndingAt(doc, end, q + 1);
  return source ? { source, cue } : null;
}
