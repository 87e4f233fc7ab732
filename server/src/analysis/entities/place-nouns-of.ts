// "the northern city of Groningen", "the town of Urus-Martan", "the port of Aqaba": a name right
// after a singular place noun in lower case and "of" is the place, whatever the tagger read (a
// town that is also a club, a hyphenated name it took for a company). CoNLL-2003 train and dev
// type 174 of 176 such names LOCATION (the other two: a golf "resort", left out here, and
// "capital of the Jewish state", where "the" stands between). A name the tagger typed otherwise is
// sure (the article's other mentions follow it); one it read as a place already keeps it here.
import type { DocContext } from './features';
import { hashLower } from './hash';
import { LOWER } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { LOCATION } from './labels';

const OF = hashLower('of');
/** Longest place name taken. */
const MAX_WORDS = 3;
const PLACE_NOUNS = wordSet([
  'city', 'town', 'village', 'province', 'region', 'island', 'port', 'capital', 'district', 'county', 'state',
  'republic', 'enclave', 'suburb', 'township', 'municipality', 'hamlet', 'oblast', 'emirate', 'prefecture',
]);

export function placesAfterPlaceNouns(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.sure || s.fixed || s.to - s.from > MAX_WORDS || s.from - 2 < ctx.sentFirst[s.from]) continue;
    if (ctx.lower[s.from - 1] !== OF || ctx.cap[s.from - 2] !== LOWER || !PLACE_NOUNS.has(ctx.lower[s.from - 2])) continue;
    // Read as a place already: it stays one here and votes, but does not decide the other mentions
    // (a town's club in a sports story: "the dusty town of Taibe", then "Taibe supporter").
    if (s.type === LOCATION) s.held = true;
    else s.sure = true;
    s.type = LOCATION;
  }
  return spans;
}
