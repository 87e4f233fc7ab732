// "Dick's Sporting Goods Park", "Levi's Stadium": a ground named for its sponsor's possessive. The
// tagger reads the sponsor apart (a person, "Dick"; a place, "Levi") and the rest as a body or a
// place. A name of one or two words, "'s", then a name ending in a ground's word are one place. Not
// a place of the lists before the "'s" ("Britain's Hyde Park": the country, then the park).
import type { DocContext } from './features';
import { aloneInListsAt, listBits } from './features';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON, LOCATION } from './labels';

const POSSESSIVES = wordSet(["'s", '’s']);
const GROUNDS = wordSet(['park', 'stadium', 'arena', 'field', 'ballpark', 'centre', 'center', 'garden', 'gardens', 'dome', 'coliseum']);
const PLACES = listBits('location', 'seen-location', 'country', 'demonym');

export function sponsorVenues(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i], b = spans[i + 1];
    if (a.to - a.from > 2 || a.sure || b.from !== a.to + 1 || !POSSESSIVES.has(ctx.lower[a.to]) || b.type === PERSON || !GROUNDS.has(ctx.lower[b.to - 1])) continue;
    if (ctx.sentFirst[b.from] !== ctx.sentFirst[a.from] || (aloneInListsAt(ctx, a.to - 1) & PLACES) !== 0) continue;
    a.to = b.to;
    a.type = LOCATION;
    b.to = b.from;
    drop = true;
    i++;
  }
  return drop ? spans.filter((s) => s.to > s.from) : spans;
}
