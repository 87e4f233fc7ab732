// "according to Kantar", "according to Nielsen": what follows "according to" is a source, a body or a
// person, never a place the lists do not know; the tagger, meeting a word it never saw, may read a
// place (names round 26). A one-word name there, read as a place, that no list holds as one, is an
// organisation.
import { listBits, listClassesAt, type DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import { LOCATION, ORGANIZATION } from './labels';
import type { TokenSpan } from './spans';

const ACCORDING = hashLower('according'), TO = hashLower('to');
const PLACE_LISTS = listBits('location', 'seen-location', 'country');

export function accordingToSources(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    const k = s.from;
    if (s.type !== LOCATION || s.to - k !== 1 || s.sure || s.fixed || k - 2 < ctx.sentFirst[k] || ctx.lower[k - 1] !== TO || ctx.lower[k - 2] !== ACCORDING) continue;
    if (ctx.cap[k] !== TITLE || (listClassesAt(ctx, k) & PLACE_LISTS) !== 0) continue;
    s.type = ORGANIZATION;
  }
  return spans;
}
