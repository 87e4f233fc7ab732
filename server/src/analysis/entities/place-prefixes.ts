// "Port Veyla", "Fort McMurray", "Mount Kenya", "Cape Breton", "Lake Tahoe": a place's first word
// that is also a common noun. The tagger sometimes reads the name after it alone ("double Port
// Veyla capacity" → MISC "Veyla"); CoNLL-2003 train and dev never leave these words out of a name
// that follows them. A capitalised one right before a name joins it and makes it a place (a club
// such as "Port Vale" the tagger knows whole; not a body ending in its word: "Mount Sinai
// Hospital"); a person or MISC reading of such a whole name is the place too (an organisation
// reading stays one).
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import { ORG_HEAD_HASHES } from './org-words';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON, ORGANIZATION, LOCATION, MISC } from './labels';

const PREFIXES = wordSet(['port', 'fort', 'mount', 'cape', 'lake', 'barangay']);
/** Names round 26: a Philippine village's word ("Barangay Sapang Bayan") starts no body's name: an organisation reading of it is the place too. */
const UNITS = wordSet(['barangay']);

export function placePrefixes(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let prev = -1;
  for (const s of spans) {
    const k = s.from - 1;
    if (k > prev && k >= ctx.sentFirst[s.from] && ctx.cap[k] === TITLE && PREFIXES.has(ctx.lower[k]) && !s.fixed) {
      s.from = k;
      // The tagger, knowing the name, reads "Port" in ("Port Vale"): the rest read alone as a body is
      // the place too, unless a body's word ends it ("Mount" + "Sinai Hospital", "Port" + "Authority").
      if (s.type !== ORGANIZATION || !ORG_HEAD_HASHES.has(ctx.lower[s.to - 1])) s.type = LOCATION;
    } else if (s.to - s.from >= 2 && ctx.cap[s.from] === TITLE && PREFIXES.has(ctx.lower[s.from]) && !s.sure && !s.fixed &&
      (s.type === PERSON || s.type === MISC || (s.type === ORGANIZATION && UNITS.has(ctx.lower[s.from]) && !ORG_HEAD_HASHES.has(ctx.lower[s.to - 1])))) {
      // "Ferries to return to Port Ardmore" read whole as MISC: the same place.
      s.type = LOCATION;
    }
    prev = s.to - 1;
  }
  return spans;
}
