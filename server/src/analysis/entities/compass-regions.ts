// A country's regions named by the compass alone, "the Northeast", "the Midwest", "the Pacific
// Northwest" are places (CoNLL-2003 types "Midwest" LOCATION 12 times in 12); the tagger read
// "Northeast" MISC (round 19).
import type { DocContext } from './features';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { hashLower } from './hash';
import { listBits, listClassesAt } from './features';
import { ORGANIZATION, LOCATION, MISC, PERSON } from './labels';

const AND = hashLower('and'), THE = hashLower('the');
const PLACE_LISTS = listBits('location', 'seen-location');
const ORG_LISTS = listBits('organization');
const REGIONS = wordSet(['northeast', 'northwest', 'southeast', 'southwest', 'midwest', 'mid-atlantic', 'midlands',
  // Round 21: "the Scottish Highlands", "the Lowlands", "the Balkans"-like regions by their landform.
  'highlands', 'lowlands']);
/** Round 21: British style writes the compass in two words, "the North East", "the South West". */
const NORTH_SOUTH = wordSet(['north', 'south']);
const EAST_WEST = wordSet(['east', 'west']);
/** Names round 26: words that make a continent or country a region ("Latin America", "Central Asia"). */
const REGION_OF = wordSet(['latin', 'central', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'sub-saharan']);
const COUNTRY_LISTS = listBits('country', 'location');

export function compassRegions(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (let i = 0; i + 1 < spans.length; i++) {
    // Round 21: "Yorkshire and the Humber", "Lombardy and the Alps": a one-word place the lists know
    // (read as its county team, an organisation) joined by "and the" to a place is a place.
    const a = spans[i], b = spans[i + 1];
    if (a.type === ORGANIZATION && b.type === LOCATION && !a.sure && !a.fixed && a.to - a.from === 1 && b.from === a.to + 2 &&
      ctx.lower[a.to] === AND && ctx.lower[a.to + 1] === THE) {
      const lists = listClassesAt(ctx, a.from);
      if ((lists & PLACE_LISTS) !== 0 && (lists & ORG_LISTS) === 0) a.type = LOCATION;
    }
  }
  for (const s of spans) {
    // Names round 26: "Latin America" read as a person ("Latin" a given name to the tagger): a region's
    // word and a place the lists hold is a place.
    if (s.type === PERSON && !s.sure && !s.fixed && s.to - s.from === 2 && REGION_OF.has(ctx.lower[s.from]) && (listClassesAt(ctx, s.from + 1) & COUNTRY_LISTS) !== 0) s.type = LOCATION;
    if (s.type !== MISC || s.sure) continue;
    const two = s.to - s.from === 2 && NORTH_SOUTH.has(ctx.lower[s.from]) && EAST_WEST.has(ctx.lower[s.from + 1]);
    if (!two && !REGIONS.has(ctx.lower[s.to - 1])) continue;
    s.type = LOCATION;
  }
  return spans;
}
