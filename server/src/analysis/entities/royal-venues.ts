// "the King Power Stadium", "King Fahd International Airport", "Queen Mary University": places and
// bodies named after a king, queen or prince carry the title, which the tagger drops as it drops a
// person's ("King Charles" is the person "Charles"). An untagged royal title right before a place or
// body of two words or more ending in a venue's or institution's word is part of its name.
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION, LOCATION } from './labels';

const ROYALS = wordSet(['king', 'queen', 'prince', 'princess', 'sultan', 'sheikh', 'emir']);
const VENUES = wordSet(['stadium', 'arena', 'park', 'centre', 'center', 'hall', 'bridge', 'hospital', 'airport', 'university', 'college',
  'school', 'square', 'street', 'road', 'avenue', 'dock', 'docks', 'gardens', 'port', 'causeway']);

export function royalVenues(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let prevTo = 0;
  for (const s of spans) {
    const free = prevTo < s.from;
    prevTo = Math.max(prevTo, s.to);
    if ((s.type !== LOCATION && s.type !== ORGANIZATION) || s.fixed || s.to - s.from < 2 || !free) continue;
    const k = s.from - 1;
    if (k < ctx.sentFirst[s.from] || ctx.cap[k] !== TITLE || ctx.allCaps[k] || !ROYALS.has(ctx.lower[k]) || !VENUES.has(ctx.lower[s.to - 1])) continue;
    s.from = k;
  }
  return spans;
}
