// A player named in full before a sports deed: "Jalen Tarrant scored 22 points", "… netted twice"
// (round 19: a given name no list holds and a surname that is also a company's, "Price", made an
// organisation). A name of two words, the last a surname of the lists, the first in no list of places
// or bodies ("Manchester United scored" is a club), before "scored", "netted", "homered" … is a person.
import { listBits, listClassesAt, type DocContext } from './features';
import { LOWER, TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON } from './labels';

const DEEDS = wordSet(['scored', 'netted', 'homered', 'struck', 'rushed', 'threw', 'tallied', 'grabbed', 'converted']);
const SURNAME = listBits('last-name', 'person', 'seen-person');
const NOT_FIRST = listBits('location', 'seen-location', 'country', 'demonym', 'organization', 'seen-organization');

export function sportDeeds(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    // Cheap first: the word after the name.
    if (s.type === PERSON || s.sure || s.fixed || s.to - s.from !== 2 || s.to >= ctx.n || ctx.cap[s.to] !== LOWER || !DEEDS.has(ctx.lower[s.to])) continue;
    if (ctx.cap[s.from] !== TITLE || ctx.cap[s.from + 1] !== TITLE || ctx.allCaps[s.from] || ctx.titleCase[s.from]) continue;
    if ((listClassesAt(ctx, s.from + 1) & SURNAME) === 0 || (listClassesAt(ctx, s.from) & NOT_FIRST) !== 0) continue;
    s.type = PERSON;
  }
  return spans;
}
