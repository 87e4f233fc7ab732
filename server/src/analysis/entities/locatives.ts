// "in Cleveland", "in Dayton and Cincinnati": a town the lists know, right after "in", is the
// place, even where the tagger (trained on 1996 sports pages, where a town is often its team)
// read an organisation, and even in a game story whose other mentions of the town are the team
// ("In Seattle, Incaviglia's grand slam …"). The type holds for this mention only: it neither
// changes by nor counts in the article's type votes (consistency.ts).
import { aloneInListsAt, type DocContext, listBits } from './features';
import { hashLower } from './hash';
import type { TokenSpan } from './spans';
import { LOWER } from './lexicon';
import { wordSet } from './word-set';
import { ORGANIZATION, LOCATION, MISC } from './labels';

const IN = hashLower('in');
const POSSESSIVES = wordSet(["'s", '’s', "'", '’']);
const AND = new Set([hashLower('and'), hashLower('or')]);
const PLACE_LISTS = listBits('location', 'country', 'seen-location');

/** Token k alone is a place of the lists. */
export function knownPlace(ctx: DocContext, k: number): boolean {
  return (aloneInListsAt(ctx, k) & PLACE_LISTS) !== 0;
}

/** Region words in lower case: "in eastern Velaria", "across northern Ostland". */
const REGION_WORDS = wordSet(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'rural', 'coastal']);
const PREPOSITIONS = wordSet(['in', 'across', 'from', 'of', 'to', 'into', 'throughout', 'through']);

/**
 * "fighting in eastern Velaria", "across northern Ostland": a name after a preposition and a region
 * word in lower case is a place, one the lists need not know. Sure: its other mentions follow it.
 */
export function placesAfterRegions(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type === LOCATION || s.sure || s.fixed || s.to - s.from > 3 || s.from - 2 < ctx.sentFirst[s.from]) continue;
    if (ctx.cap[s.from - 1] !== LOWER || !REGION_WORDS.has(ctx.lower[s.from - 1]) || !PREPOSITIONS.has(ctx.lower[s.from - 2])) continue;
    // "in central Bank of …" is not a place: no organisation reading is changed.
    if (s.type === ORGANIZATION) continue;
    s.type = LOCATION;
    s.sure = true;
  }
  return spans;
}

/** Plural place nouns and the words after them that open a list of places ("towns around Faenza, Cesena and Lugo"). */
const PLACE_NOUNS = wordSet(['towns', 'cities', 'villages', 'districts', 'provinces', 'regions', 'suburbs', 'municipalities', 'communities', 'ports']);
const PLACE_PREPS = wordSet(['in', 'around', 'near', 'of', 'including', 'like', 'outside', 'across']);
const COMMA = hashLower(',');

const BY_IN = 1, BY_NOUN = 2;

/** What opens a list of places right before token k: "in" (BY_IN), a plural place noun and its preposition ("towns around": BY_NOUN), or nothing (0). */
function opensPlaces(ctx: DocContext, k: number): number {
  if (k === ctx.sentFirst[k]) return 0;
  const before = ctx.lower[k - 1];
  if (k - 2 >= ctx.sentFirst[k] && PLACE_PREPS.has(before) && ctx.cap[k - 2] === LOWER && PLACE_NOUNS.has(ctx.lower[k - 2])) return BY_NOUN;
  return before === IN ? BY_IN : 0;
}

export function placesAfterIn(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  // chain: what opened the list of places the span before belongs to ("in Lyon, Marseille and Toulouse"), or 0.
  let chain = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const p = i > 0 ? spans[i - 1] : null;
    const before = s.from > ctx.sentFirst[s.from] ? ctx.lower[s.from - 1] : -1;
    const joined = p !== null && p.to === s.from - 1 && (AND.has(before) || before === COMMA);
    const by = (joined ? chain : 0) || opensPlaces(ctx, s.from);
    chain = 0;
    if (s.type === LOCATION) {
      if (s.to - s.from <= 3) chain = by;
      // Read as a place already, right after "in": it stays one whatever the article's other mentions
      // say ("In Seattle, Incaviglia's grand slam …" in a story where "Seattle" is mostly the team),
      // and still votes ("heading into Boston" elsewhere stays a place).
      if (by === BY_IN && !joined && !s.sure && !s.fixed && s.to - s.from === 1 && before === IN && knownPlace(ctx, s.from) && !(s.to < ctx.n && POSSESSIVES.has(ctx.lower[s.to]))) s.held = true;
      continue;
    }
    if (by === 0 || s.sure || s.to - s.from !== 1 || s.from === ctx.sentFirst[s.from]) continue;
    // After "in", an organisation the lists know as a town; after "towns around", any one-word name but a MISC one.
    // Round 22: or one the lists do not know as a town, with a state or country after its comma
    // ("based in Greenville, South Carolina, makes …").
    if (by === BY_IN ? s.type !== ORGANIZATION || !(knownPlace(ctx, s.from) || (!joined && townOfState(ctx, s, i + 1 < spans.length ? spans[i + 1] : null))) : s.type === MISC) continue;
    // A member after a comma is one only inside the list ("in Lyon, Marseille and …", not "In Toronto, Seattle beat …").
    if (joined && before === COMMA && !(s.to < ctx.n && (AND.has(ctx.lower[s.to]) || ctx.lower[s.to] === COMMA))) continue;
    // "in Bolton's view", "in Essex's history": an owner, not a place.
    if (s.to < ctx.n && POSSESSIVES.has(ctx.lower[s.to])) continue;
    s.type = LOCATION;
    s.fixed = true;
    chain = by;
  }
  return spans;
}

/** "Greenville, South Carolina,": after the town's comma a place the lists know, read as a place, then a comma or the sentence's end. */
function townOfState(ctx: DocContext, s: TokenSpan, next: TokenSpan | null): boolean {
  if (next === null || next.type !== LOCATION || next.from !== s.to + 1 || ctx.lower[s.to] !== COMMA || !knownPlace(ctx, next.from)) return false;
  return next.to >= ctx.sentEnd[next.from] || ctx.lower[next.to] === COMMA || ctx.cap[next.to] === 0;
}
