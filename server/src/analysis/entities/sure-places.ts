// One-word names that by the CoNLL-2003 guidelines are places whatever the sentence does with
// them: seats of power named for their buildings ("the Élysée", "Matignon", "the Kremlin":
// CoNLL-2003 train types all 11 of its "Kremlin" mentions LOCATION), mountain ranges named in
// the plural ("the Apennines", "the Pyrenees") and Australian states by their abbreviation
// ("NSW", "Qld") and "D.C."; big rivers named bare ("the Po", "the Danube"), but never a person's name
// ("Kimberly Po"); "Parliament House" and "Government House", as CoNLL-2003 types "White House";
// round 12: "Capitol Hill", "Downing Street", "Foggy Bottom", seats of power named for a place.
// The 1996 tagger never saw most of them and reads them from the verb ("the
// Élysée agreed") as organisations. Not ranges that are also teams or MISC in CoNLL-2003
// ("Rockies", "Urals"). Only a name of one word is retyped; "NSW Treasury" stays a body.
import type { DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import { type TokenSpan, withUntagged } from './spans';
import { wordSet } from './word-set';
import { PERSON, LOCATION } from './labels';

const PLACES = wordSet([
  'élysée', 'elysee', 'elysée', 'kremlin', 'matignon', 'quirinale', 'zhongnanhai',
  'apennines', 'alps', 'andes', 'pyrenees', 'himalayas', 'himalaya', 'carpathians', 'dolomites', 'appalachians',
  'nsw', 'qld',
  // Round 23: the US capital's district by its letters, read by the tagger as a person or body, or left
  // out where it ends a sentence ("a tough thing for D.C. I think …").
  'd.c.',
  // Ukraine's capital in its 2020s spelling, unknown to the 1996 tagger, which reads "Kyiv said …" as a body
  // (CoNLL-2003 types a capital speaking for its government as the place: "Moscow said"). "Dynamo Kyiv" is longer.
  'kyiv',
]);
/** Rivers: a place when read as MISC or an organisation, not when read as a person ("Kimberly Po"). Not "Dnipro" (a club), "Rhone" (a company). */
const RIVERS = wordSet([
  'po', 'danube', 'rhine', 'elbe', 'oder', 'vistula', 'mekong', 'yangtze', 'ganges', 'nile', 'thames', 'seine', 'loire',
  'volga', 'dnieper', 'euphrates', 'tigris', 'brahmaputra', 'irrawaddy', 'zambezi', 'limpopo',
]);
/** "Parliament House", "Government House": the building, a place. */
const HOUSE = hashLower('house');
const HOUSE_FIRST = wordSet(['parliament', 'government']);
/** Two-word seats of power by their second word: "Capitol Hill" ("Hill" alone read as a person), "Downing Street". */
const SEATS = new Map<number, number>([['hill', 'capitol'], ['street', 'downing'], ['bottom', 'foggy']].map(([b, a]) => [hashLower(b), hashLower(a)]));

export function surePlaces(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let next = 0; // first token not yet covered by a span
  for (const s of spans) {
    // "Parliament House" with "House" alone tagged: the untagged word before joins it.
    if (s.to - s.from === 1 && ctx.lower[s.from] === HOUSE && s.from - 1 >= next && s.from > ctx.sentFirst[s.from] &&
      ctx.cap[s.from - 1] === TITLE && HOUSE_FIRST.has(ctx.lower[s.from - 1]) && !s.sure) s.from--;
    // "Capitol Hill" with "Hill" alone tagged: the same.
    if (s.to - s.from === 1 && s.from - 1 >= next && s.from > ctx.sentFirst[s.from] && ctx.cap[s.from - 1] === TITLE &&
      SEATS.get(ctx.lower[s.from]) === ctx.lower[s.from - 1] && !s.sure) s.from--;
    next = Math.max(next, s.to);
    if (s.type === LOCATION || s.sure) continue;
    const len = s.to - s.from;
    if (len === 1 && (PLACES.has(ctx.lower[s.from]) || (s.type !== PERSON && RIVERS.has(ctx.lower[s.from])))) { s.type = LOCATION; s.sure = true; }
    else if (len === 2 && ctx.lower[s.from + 1] === HOUSE && HOUSE_FIRST.has(ctx.lower[s.from])) { s.type = LOCATION; s.sure = true; }
    else if (len === 2 && SEATS.get(ctx.lower[s.from + 1]) === ctx.lower[s.from]) { s.type = LOCATION; s.sure = true; }
  }
  // An untagged listed place written with a capital ("the Alps", "NSW").
  return capitalDistrict(ctx, withUntagged(ctx, spans, LOCATION, (k) => ctx.cap[k] >= TITLE && PLACES.has(ctx.lower[k])));
}

const DC = hashLower('d.c.'), WASHINGTON = hashLower('washington'), COMMA = hashLower(',');

/** "Washington, D.C.": one place, as CoNLL-2003 types it (round 23), not the city and the district apart. */
function capitalDistrict(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i], b = spans[i + 1];
    if (b.to - b.from !== 1 || ctx.lower[b.from] !== DC || b.from !== a.to + 1 || ctx.lower[a.to] !== COMMA) continue;
    if (a.to - a.from !== 1 || ctx.lower[a.from] !== WASHINGTON || a.type !== LOCATION) continue;
    a.to = b.to;
    a.sure = true;
    b.to = b.from;
    drop = true;
  }
  return drop ? spans.filter((x) => x.to > x.from) : spans;
}
