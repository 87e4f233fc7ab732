// "Kia Motor Corp of South Korea", "Karlsruhe of Germany", "Dow Chemical Co of the United States",
// "Benetton of Italy beat Dinamo": a company or a club, then "of" and the place it is from.
// CoNLL-2003 types them apart (the organisation, then the place); the tagger may read one name.
// "Bank of Canada", "University of Michigan", "Republic of Ireland", "News Agency of Nigeria" are
// whole names: their word before "of" is a common noun. So a name of three words or more ending
// in "of" (and "the") and a place the lists know splits there when the word before "of" is a
// company's suffix or a word always capitalised or too rare to be counted (a name, as "Karlsruhe"),
// not a common noun.
import type { DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { type TokenSpan, tokenSpan } from './spans';
import { TITLE } from './lexicon';
import { wordSet } from './word-set';
import { PERSON, ORGANIZATION, LOCATION, MISC } from './labels';

const MEMBERS = wordSet(['democrat', 'republican']);
const OF = hashLower('of'), THE = hashLower('the');
const SUFFIXES = wordSet(['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'sa', 'nv', 'spa', 'bv', 'gmbh']);
const PLACE_BITS = ['location', 'seen-location', 'country'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);
/** casing.ts codes: a word always capitalised (never seen in lower case: a name), or too rare to be counted. Not "mostly
 *  capitalised": "Republic", "University", "Council", "Queen" are common nouns that names use. */
const ALWAYS_CAPITALISED = 5, UNKNOWN = 0;
/** Longest place after "of". */
const MAX_PLACE = 3;

export function ofPlaces(ctx: DocContext, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const cut = s.type === PERSON || s.sure ? -1 : placeCut(ctx, gaz, s);
    if (cut < 0) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, i);
    const place = ctx.lower[cut + 1] === THE ? cut + 2 : cut + 1;
    // "Patrick Leahy, Democrat of Vermont": a party's member word alone is MISC, as CoNLL-2003 types it.
    const type = SUFFIXES.has(ctx.lower[cut - 1]) ? ORGANIZATION : cut - s.from === 1 && MEMBERS.has(ctx.lower[s.from]) ? MISC : s.type;
    out.push(tokenSpan(s.from, cut, type), tokenSpan(place, s.to, LOCATION));
  }
  return out ?? spans;
}

/** The "of" where span s splits, or -1. */
function placeCut(ctx: DocContext, gaz: Gazetteer, s: TokenSpan): number {
  for (let k = Math.max(s.from + 1, s.to - MAX_PLACE - 2); k < s.to - 1; k++) {
    if (ctx.lower[k] !== OF) continue;
    const place = ctx.lower[k + 1] === THE ? k + 2 : k + 1;
    if (place >= s.to || s.to - place > MAX_PLACE) return -1;
    const before = k - 1;
    // Round 16: after a company's suffix, a town the lists do not know ("Corvane Systems Inc of Austin").
    const listed = (Math.max(0, gaz.get(phraseHash(ctx.lower, place, s.to), 0)) & PLACE_BITS) !== 0;
    if (!listed && !(SUFFIXES.has(ctx.lower[before]) && allTitle(ctx, place, s.to))) return -1;
    const casing = ctx.casing[before];
    return SUFFIXES.has(ctx.lower[before]) || casing === UNKNOWN || casing >= ALWAYS_CAPITALISED ? k : -1;
  }
  return -1;
}

/** Tokens [from, to) are all words in Title Case ("Austin", "Grand Rapids"; not "USDA"). */
function allTitle(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.cap[k] !== TITLE) return false;
  return true;
}
