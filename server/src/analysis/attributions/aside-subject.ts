// A learned content span that stops inside its own subject (issue 11, round 25): "said about 230
// firefighters, supported by 18 aircraft, were working …" ends at the aside's opening comma, but
// the aside closes on a comma followed by the subject's verb, so what was said runs on.
import { CONTACT_FINITE } from './content';
import type { Doc } from './phrases';
import { isWord } from './words';

/** How many tokens an aside between a subject and its verb may take ("supported by 18 aircraft from three provinces"). */
const ASIDE_REACH = 10;

/**
 * Whether the token after `e` is a comma opening an aside of plain words that closes on a comma
 * followed by an auxiliary or a finite "be"/"have" ("…, supported by 18 aircraft, were …").
 */
export function subjectBrokenByAside(doc: Doc, e: number, hi: number): boolean {
  if (e + 2 >= hi || doc.toks[e + 1].text !== ',') return false;
  for (let k = e + 2; k < hi && k <= e + 1 + ASIDE_REACH; k++) {
    const t = doc.toks[k].text;
    if (t === ',') return k > e + 2 && k + 1 < hi && CONTACT_FINITE.has(doc.lower[k + 1]);
    if (!isWord(t)) return false;
  }
  return false;
}
