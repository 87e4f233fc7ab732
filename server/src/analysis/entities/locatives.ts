// "in Cleveland", "in Dayton and Cincinnati": a town the lists know, right after "in", is the
// place, even where the tagger (trained on 1996 sports pages, where a town is often its team)
// read an organisation, and even in a game story whose other mentions of the town are the team
// ("In Seattle, Incaviglia's grand slam …"). The type holds for this mention only: it neither
// changes by nor counts in the article's type votes (consistency.ts).
import { aloneInListsAt, type DocContext, listBits } from './features';
import { hashLower } from './hash';
import type { TokenSpan } from './spans';
import { LOWER } from './lexicon';
import { WordSet } from './word-set';

const ORGANIZATION = 1, LOCATION = 2;
const IN = hashLower('in');
const POSSESSIVES = new WordSet(["'s", '’s', "'", '’'].map(hashLower));
const AND = new Set([hashLower('and'), hashLower('or')]);
const PLACE_LISTS = listBits('location', 'country', 'seen-location');

/** Token k alone is a place of the lists. */
export function knownPlace(ctx: DocContext, k: number): boolean {
  return (aloneInListsAt(ctx, k) & PLACE_LISTS) !== 0;
}

/** Region words in lower case: "in eastern Velaria", "across northern Ostland". */
const REGION_WORDS = new WordSet(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'rural', 'coastal'].map(hashLower));
const PREPOSITIONS = new WordSet(['in', 'across', 'from', 'of', 'to', 'into', 'throughout', 'through'].map(hashLower));

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

export function placesAfterIn(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.type !== ORGANIZATION || s.sure || s.to - s.from !== 1 || s.from === ctx.sentFirst[s.from] || !knownPlace(ctx, s.from)) continue;
    const before = ctx.lower[s.from - 1];
    // "in Dayton and Cincinnati": the place before the "and" came after "in".
    const p = i > 0 ? spans[i - 1] : null;
    const listed = p !== null && AND.has(before) && p.to === s.from - 1 && p.type === LOCATION && p.from > ctx.sentFirst[p.from] && ctx.lower[p.from - 1] === IN;
    if (before !== IN && !listed) continue;
    // "in Bolton's view", "in Essex's history": an owner, not a place.
    if (s.to < ctx.n && POSSESSIVES.has(ctx.lower[s.to])) continue;
    s.type = LOCATION;
    s.fixed = true;
  }
  return spans;
}
