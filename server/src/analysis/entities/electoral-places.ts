// A one-word name right before "byelection", "by-election", "riding", "constituency" is the seat, a
// place ("Liberals win Halifax byelection" gave an organisation "Halifax", round 19); not a party or
// a nationality the lists hold as no place ("a Liberal riding", "a Labour constituency"); a sure place,
// whatever the tagger read, so the article's other mentions follow it (round 23).
import { listBits, listClassesAt, type DocContext } from './features';
import { LOWER, TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { LOCATION } from './labels';
import { COMPASS } from './legislatures';

const SEAT_NOUNS = wordSet(['byelection', 'by-election', 'byelections', 'by-elections', 'riding', 'constituency',
  // Round 21: "held the Barnsfield seat", "the Kowhai electorate" (New Zealand's and Australia's word).
  'seat', 'electorate']);
const VOTERS = wordSet(['voters', 'constituents', 'electors']);
const WIN_VERBS = wordSet(['won', 'win', 'wins', 'held', 'hold', 'holds', 'lost', 'lose', 'loses', 'took', 'take', 'takes', 'retained', 'retains', 'gained', 'gains']);
const BY = wordSet(['by']);
const SEAT_PREFIXES = wordSet(['upper', 'lower', 'greater', 'old', 'new', 'mid', 'great', 'little']);
const NOT_SEAT = listBits('organization', 'seen-organization', 'demonym', 'seen-misc');
const PLACE = listBits('location', 'seen-location');

export function electoralPlaces(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    // Cheap first: the word after the name.
    if (s.sure || s.to >= ctx.n || ctx.cap[s.to] !== LOWER) continue;
    if (s.to - s.from > 3 || ctx.cap[s.from] !== TITLE) continue;
    // Round 24: "Ashcombe North voters": a name ending in a compass word before "voters" is the seat
    // (not "Trump voters", "Labour voters").
    const compass = s.to - s.from >= 2 && ctx.cap[s.to - 1] === TITLE && COMPASS.has(ctx.lower[s.to - 1]);
    const voters = compass && VOTERS.has(ctx.lower[s.to]);
    // Round 27: "She won Lower Vale North by 412 votes": a name ending in a compass word that is won, held or lost by votes.
    // A region word left out before it is the seat's too ("Lower", "Upper").
    const f = compass && s.from - 1 > ctx.sentFirst[s.from] && ctx.cap[s.from - 1] === TITLE && SEAT_PREFIXES.has(ctx.lower[s.from - 1]) ? s.from - 1 : s.from;
    const won = compass && f > ctx.sentFirst[s.from] && WIN_VERBS.has(ctx.lower[f - 1]) && BY.has(ctx.lower[s.to]);
    if (won) s.from = f;
    if (!voters && !won && !SEAT_NOUNS.has(ctx.lower[s.to])) continue;
    // A name the lists hold as a body or nationality and never as a place is the party's ("a Labour constituency").
    const lists = listClassesAt(ctx, s.from);
    if ((lists & NOT_SEAT) !== 0 && (lists & PLACE) === 0) continue;
    // Round 23: sure, so the article's vote types the seat's other mentions the same ("Marshfield West"
    // a person in "Labour holds Marshfield West" beside "the Marshfield West seat").
    s.type = LOCATION;
    s.sure = true;
  }
  return spans;
}
