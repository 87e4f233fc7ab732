// The last word of a name of two or more words often says what kind of name it is, whatever the
// tagger made of the words before (unknown names in modern copy): "Ocean Boulevard" is a street
// (a place), "Myrtle Beach" a town, "Duke Energy" a company, "Hatch Act" a law and "Election Day"
// a day (MISC, as CoNLL-2003 types "Labor Day"). Only a reading the last word rules out is changed.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { GAZ_CLASSES, GAZ_PER_TOKEN } from './gazetteer';
import { hashLower } from './hash';
import { WordSet, wordSet } from './word-set';
import { ORG_HEAD_HASHES } from './org-words';
import { type TokenSpan, mergeByFrom, tokenSpan } from './spans';
import { TITLE, CAPS } from './lexicon';
import { PERSON, ORGANIZATION, LOCATION, MISC } from './labels';

const hashes = (words: string[]): WordSet => wordSet(words);

/** Streets and squares: never a person's or a MISC name's last word. */
const STREETS = hashes(['street', 'avenue', 'boulevard', 'road', 'lane', 'drive', 'square', 'highway', 'parkway', 'expressway', 'rue', 'plaza',
  // Round 27: British residential streets, in court reports' addresses ("of Maple Close, Swindon").
  // Not "crescent": "Red Crescent", "Golden Crescent".
  'close', 'terrace', 'mews']);
/** Places: never a person's last word. */
const PLACES = hashes(['beach', 'springs', 'falls', 'heights', 'bay', 'island', 'islands', 'valley', 'lake', 'river', 'mountains', 'county', 'harbour', 'harbor', 'township', 'borough', 'parish', 'coast', 'peninsula']);
/** Natural places: not an organisation's last word either ("the Crescent Lake fire", "Puget Sound"). */
const NATURAL = hashes(['lake', 'river', 'creek', 'sound', 'island', 'islands', 'mountains', 'valley', 'crossing', 'canyon', 'trail']);
/** Places: never a person's last word (with NATURAL). */
const PLACES_MORE = hashes(['creek', 'crossing', 'canyon', 'sound', 'trail']);
/** Units of a country ("Northwest Territories", "Northern Territory", "Gansu Province"): a MISC or person reading is the place (round 17). */
const TERRITORIES = hashes(['territories', 'territory', 'province', 'oblast', 'prefecture']);
/** Round 23: a city's or a country's area ("Greater Toronto Area", "Bay Area", "Kurdistan Region"): a place, whatever it was read as. */
const AREAS = hashes(['area', 'region']);
/** …but a bloc's area is a body ("Central European Free Trade Area", "European Economic Area"). */
const BLOC_AREAS = hashes(['trade', 'economic', 'currency', 'monetary', 'customs']);
/** Round 27: "at Hartline-Moser Funeral Home": a name read without the "Funeral Home" after it takes it in. */
function funeralHomes(ctx: DocContext, spans: TokenSpan[]): void {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i], k = s.to;
    if (k + 1 >= ctx.sentEnd[s.from] || !CARE_KINDS.has(ctx.lower[k]) || ctx.cap[k] !== TITLE || ctx.cap[k + 1] !== TITLE || !CARE_ENDS.has(ctx.lower[k + 1])) continue;
    if (s.sure || (i + 1 < spans.length && spans[i + 1].from < k + 2)) continue;
    s.to = k + 2;
    s.type = ORGANIZATION;
  }
}

/** A street's word ("Road", "Close"), by hashed lower case. */
export function isStreetWord(h: number): boolean {
  return STREETS.has(h);
}

/** A street's direction after its street word ("Queen Street East"). */
const DIRECTIONS = hashes(['east', 'west', 'north', 'south']);
/** First words of football clubs' names ("Real Salt Lake", "Sporting Kansas City"): the club, whatever its last word (round 17). */
const CLUB_FIRSTS = hashes(['real', 'sporting', 'atletico', 'atlético', 'deportivo']);
/** Stations and terminals ("Jefferson Station", "Union Station"): a place, not a person or the company of the same words. */
/** Round 24: and a port by its name ("Sohar Port", "Khalifa Port"), read as an organisation. */
const STATIONS = hashes(['station', 'terminal', 'port']);
/** Companies: never a person's or a place's last word (with the organisation words of org-words.ts). */
/**
 * Carriers by their trade ("Caledonia Ferries", "Hebrides Shipping": round 19; "Brittany Ferries",
 * "Ulster Buses": round 27), read as a place or a person: a company.
 */
const CARRIER_ENDS = hashes(['ferries', 'shipping', 'airways', 'railways', 'buses', 'coaches']);
/** Round 27: an obituary's funeral home ("… Funeral Home", "… Funeral Chapel"). */
const CARE_KINDS = hashes(['funeral']);
const CARE_ENDS = hashes(['home', 'homes', 'center', 'centre', 'chapel', 'services']);
const DISTRICT_KINDS = hashes(['senatorial', 'congressional', 'electoral', 'legislative', 'parliamentary']);
const DISTRICT = hashLower('district');
const COMPANY_ENDS = hashes([
  'energy', 'brothers', 'international', 'capital', 'partners', 'global', 'holding', 'media', 'mutual', 'resources', 'pharma',
  'labs', 'airlines',
  // Universities named by state and "Tech" ("Texas Tech", "Georgia Tech"), not the state.
  'tech',
  // Insurers and banks named in their own language or by their trade ("Veldhuis Verzekeringen",
  // "Marlow Syndicates"): never a person's or a place's last word.
  'syndicates', 'verzekeringen', 'versicherung', 'versicherungen', 'assurances', 'seguros', 'bancorp', 'groep', 'gruppe', 'groupe', 'grupo',
]);
/** Grounds, halls and airports ("Cromwell Road Stadium", "Sunrise Arena", "Ziggo Dome", "Greek Theatre", "Bergen Airport"): a place, not the club or company of the same words. */
const GROUNDS = hashes(['stadium', 'arena', 'theatre', 'theater', 'airport', 'ballroom', 'auditorium', 'amphitheatre', 'amphitheater']);
/** "Royal Concert Hall", "Royal Festival Hall": a hall named for what is played there is a venue (not "Stuart Hall").
 *  Round 22: so is a town's hall ("City Hall", "County Hall"), a building, speaking or not, as "the Kremlin" is. */
const HALL = hashLower('hall');
const HALL_KINDS = hashes(['concert', 'festival', 'symphony', 'music', 'city', 'town', 'county']);
/** "Ziggo Dome", "Tokyo Dome": a hall, unless read as MISC ("Iron Dome", a weapon). */
/** "Ziggo Dome", "Madison Square Garden", "Kew Gardens": a venue or park, unless read as MISC ("Iron Dome", a weapon). Not "Bowl": mostly a game ("Pro Bowl"). */
const VENUES = hashes(['dome', 'garden', 'gardens']);

/** "Scotiabank", "Rabobank": one word ending in "bank" after a stem of four letters or more. */
export function isBankWord(t: string): boolean {
  return t.length >= 8 && t.endsWith('bank');
}

/** A ground's, hall's or airport's last word: the name is a place even when it is long ("Kelowna International Airport"). */
export function isGroundEnd(h: number): boolean {
  return GROUNDS.has(h);
}

/** A hall named for what is played there, or a town's hall, ends the name at `to` ("Royal Concert Hall", "City Hall"). */
export function isVenueHall(lower: Uint32Array, to: number): boolean {
  return to >= 2 && lower[to - 1] === HALL && HALL_KINDS.has(lower[to - 2]);
}
/** Seas and straits ("Arabian Sea", "Strait of …" aside): a place, not the MISC or organisation the words before suggest
 *  ("English Channel" read as MISC for "English"; a channel read as an organisation is a broadcaster's). */
const WATERS = hashes(['sea', 'ocean', 'gulf', 'strait', 'straits']);
const CHANNEL = hashLower('channel');
/** "African Union", "European Union": a body, not a place ("Soviet Union" is one, CoNLL-2003). */
const UNION = hashLower('union');
const SOVIET = hashLower('soviet');
/** Trades and the arts ("Brennock Mining", "Jinhai Nonferrous Metals", "Ferngrove Records",
 *  "Northlight Pictures", "Nightjar Choir"): companies and bands, not a person, place or MISC name. */
const TRADE_ENDS = hashes([
  // Round 21: "… Petroleum Company Limited (NNPC)": the legal suffix in full.
  'limited',
  'mining', 'metals', 'minerals', 'records', 'pictures', 'studios', 'films', 'therapeutics', 'biosciences', 'logistics',
  'choir', 'orchestra',
  // Broadcasters ("Bloomberg Television", "Vatican Radio").
  'television', 'radio',
  // Makers named by their trade ("SAIC Motor", "Halvard Biologics", "Kurosawa Chemical"; round 12).
  'motor', 'biologics', 'biotech', 'automotive', 'chemical', 'chemicals', 'semiconductor', 'semiconductors',
]);
/** A newspaper's last word ("The Millbrook Courier", "Metro Ledger"): also surnames ("Jim Courier"), so a person's
 *  name ending in one is a paper only after a word that is no given name; after a name read as an organisation it joins it. */
export const PAPER_ENDS = hashes(['ledger', 'courier', 'herald', 'gazette', 'tribune', 'chronicle', 'journal', 'inquirer', 'examiner', 'sentinel', 'dispatch', 'telegraph']);
/** A school named by its grade alone ("Ayer Elementary"). */
const SCHOOL_ENDS = hashes(['elementary']);
/** Sports grounds ("Gateway Field", "Jacobs Field"): a place when read as an organisation ("Stephen Field" is a person). */
const FIELDS = hashes(['field']);
/** Laws and days: MISC, not an organisation or a place. */
// Round 21: "the U.S. Constitution" (read as a place), "the Irish Constitution": a document.
const LAWS = hashes(['act', 'constitution']);
const DAYS = hashes(['day']);
const POSSESSIVE = hashes(["'s", '’s']);

const FIRST_NAME = 1 + GAZ_CLASSES.indexOf('first-name') * 4;
const LAST_NAME = 1 + GAZ_CLASSES.indexOf('last-name') * 4;
/** Lists of people's names: a word in one may end a person's name ("Young", "Baker"). */
const PEOPLE_CODES = ['last-name', 'person', 'seen-person'].map((c) => 1 + GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number]) * 4);
/** Words before a place ("in Myrtle Beach", "on Grand Avenue"). */
const AT = hashes(['in', 'at', 'near', 'outside', 'on', 'to']);

function listedAs(ctx: DocContext, k: number, code: number): boolean {
  for (let g = 0; g < GAZ_PER_TOKEN; g++) {
    const c = ctx.gaz[k * GAZ_PER_TOKEN + g];
    if (c === 0) return false;
    if (c === code) return true;
  }
  return false;
}

/** Words that end a utility's or carrier's name after its initials ("NB Power", "BC Hydro"). */
const UTILITY_ENDS = hashes(['power', 'hydro', 'energy', 'gas', 'electric', 'telecom', 'transit', 'rail', 'water', 'air']);
/** "Air" after a place is often no utility ("the Kenya Air Force"): only after initials. */
const AIR_WORD = hashLower('air');
const WATER_WORD = hashLower('water');

/**
 * "NB Power" cut to "NB": an organisation of capitals alone, right before an untagged capitalised
 * utility word, takes the word in ("NB Power restored electricity", "BC Hydro said").
 */
export function utilityNames(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  spans.forEach((s, i) => {
    const k = s.to;
    // "Trent Valley Water" read whole as a place: a utility (not a lake: "Coniston Water" has two words).
    if (s.type === LOCATION && s.to - s.from >= 2 && ctx.cap[s.to - 1] === TITLE && UTILITY_ENDS.has(ctx.lower[s.to - 1]) && !s.sure && !s.fixed &&
      ctx.lower[s.to - 1] !== AIR_WORD && (ctx.lower[s.to - 1] !== WATER_WORD || s.to - s.from >= 3)) {
      s.type = ORGANIZATION;
      return;
    }
    // Round 17: a place (or the body read from it) of one to three words in Title Case before the
    // word is a utility named for its area ("Thames Valley Water", "Lakeshore Power"): the whole is
    // the organisation.
    if (k >= ctx.sentEnd[s.from] || ctx.cap[k] !== TITLE || !UTILITY_ENDS.has(ctx.lower[k])) return;
    const area = (s.type === LOCATION || s.type === ORGANIZATION) && !s.sure && !s.fixed && s.to - s.from <= 3 && ctx.cap[s.from] === TITLE && ctx.lower[k] !== AIR_WORD;
    if ((s.type !== ORGANIZATION && !area) || (!area && (s.to - s.from !== 1 || ctx.cap[s.from] !== CAPS)) || ctx.allCaps[s.from]) return;
    if (ctx.cap[k] !== TITLE || !UTILITY_ENDS.has(ctx.lower[k]) || (i + 1 < spans.length && spans[i + 1].from === k)) return;
    if (k + 1 < ctx.sentEnd[k] && ctx.cap[k + 1] === TITLE) return;
    s.to = k + 1;
    if (area) s.type = ORGANIZATION;
  });
  return spans;
}

/**
 * "Metro Ledger" cut to "Metro": the tagger stops before a newspaper's word it knows in lower case.
 * An organisation right before an untagged capitalised newspaper's word, with no capitalised word
 * after it, takes the word in ("… / Metro Ledger", "for the Metro Ledger.").
 */
export function paperNames(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  spans.forEach((s, i) => {
    const k = s.to;
    if (s.type !== ORGANIZATION || k >= ctx.sentEnd[s.from] || ctx.cap[k] !== TITLE || ctx.allCaps[k] || ctx.titleCase[k] || !PAPER_ENDS.has(ctx.lower[k])) return;
    if (ctx.cap[k - 1] !== TITLE || (i + 1 < spans.length && spans[i + 1].from === k)) return;
    if (k + 1 < ctx.sentEnd[k] && ctx.cap[k + 1] === TITLE) return;
    s.to = k + 1;
  });
  return spans;
}

/** Street words that end a street's name when the tagger left it out ("on Bay Street"); not "Road", "Lane", "Drive", "Square": also surnames and common words. */
const BARE_STREETS = wordSet(['street', 'avenue', 'boulevard']);
/** "30th", "42nd", "1st": a number street's ordinal. */
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;

function isOrdinal(seg: Segmentation, k: number): boolean {
  const t = seg.tokens[k].text;
  return t.length <= 5 && ORDINAL.test(t);
}

/**
 * Streets the tagger cut or left out: a street's name read from its street word ("Street Station"
 * after "30th" takes the ordinal in: "30th Street Station"), and one to three capitalised words,
 * untagged, before an untagged "Street", "Avenue" or "Boulevard" ending the run ("on Bay Street",
 * "at 15th Street") are a place.
 */
export function streetNames(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let found: TokenSpan[] | null = null;
  let next = 0;
  for (let k = 1; k < ctx.n; k++) {
    if (ctx.cap[k] !== TITLE || !BARE_STREETS.has(ctx.lower[k]) || ctx.allCaps[k] || ctx.titleCase[k]) continue;
    while (next < spans.length && spans[next].to <= k) next++;
    const first = ctx.sentFirst[k];
    const s = next < spans.length && spans[next].from <= k ? spans[next] : null;
    if (s) {
      // "30th" + "Street Station": the ordinal before a name that starts with the street word.
      if (s.from === k && k > first && isOrdinal(seg, k - 1) && (s.type === LOCATION || s.type === ORGANIZATION)) {
        s.from = k - 1;
        s.type = LOCATION;
      } else if (s.from === k && k > first && !s.sure && (s.to - s.from === 1 || (s.to - s.from === 2 && DIRECTIONS.has(ctx.lower[k + 1])))) {
        // "Queen" + "Street East" (round 17): the tagger left the street's own name out (a title
        // word, "Queen", "King", is cut from a person): untagged capitalised words before it join it.
        const taken = next > 0 ? spans[next - 1].to : 0;
        let from = k;
        while (from > first + 1 && from > taken && k - from < 2 && ctx.cap[from - 1] === TITLE && !ctx.closed[from - 1]) from--;
        if (from < k) { s.from = from; s.type = LOCATION; }
      }
      continue;
    }
    // "30th Street Station": a station named after its street takes the station's word in.
    const to = k + 1 < ctx.sentEnd[k] && ctx.cap[k + 1] === TITLE && STATIONS.has(ctx.lower[k + 1]) ? k + 2 : k + 1;
    if (to < ctx.sentEnd[k] && ctx.cap[to] === TITLE) continue;
    let from = k;
    const taken = next > 0 ? spans[next - 1].to : 0;
    while (from > first && from > taken && k - from < 3) {
      const j = from - 1;
      const word = ctx.cap[j] === TITLE && !ctx.closed[j] && !(j === first && ctx.casing[j] >= 1 && ctx.casing[j] <= 3);
      if (!word && !isOrdinal(seg, j)) break;
      from = j;
    }
    if (from < k) (found ??= []).push(tokenSpan(from, to, LOCATION));
  }
  if (!found) return spans;
  // A station's word read apart ("Station" as MISC) goes into the street's name.
  const kept = spans.filter((s) => !found!.some((f) => s.from < f.to && f.from < s.to));
  return mergeByFrom(kept, found);
}

export function typesByLastWord(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  funeralHomes(ctx, spans);
  for (const s of spans) {
    // "Township board chairwoman …": a place's common word alone first in a sentence, read as a
    // person, is no name (it would make a person of "Harlan Township" through the surname repeats).
    if (s.to - s.from === 1 && s.type === PERSON && !s.sure && s.from === ctx.sentFirst[s.from] && ctx.cap[s.from] === TITLE &&
      (PLACES.has(ctx.lower[s.from]) || STREETS.has(ctx.lower[s.from]))) { s.to = s.from; drop = true; continue; }
    // "SAIC Motor's joint venture" read with its "'s": the name's last word is the one before it (round 12).
    const to = s.to - s.from > 2 && POSSESSIVE.has(ctx.lower[s.to - 1]) ? s.to - 1 : s.to;
    // Round 25: "Helvetia Kreditbank", "Nordvik Sparebank": a last word ending in "bank" after a stem of
    // four letters or more, in no list of people's names ("Fairbank", "Eubank"), is a bank, not a person.
    if (s.type === PERSON && !s.sure && isBankWord(seg.tokens[to - 1].text.toLowerCase()) && !PEOPLE_CODES.some((c) => listedAs(ctx, to - 1, c))) {
      s.type = ORGANIZATION;
      continue;
    }
    if (s.sure || to - s.from < 2 || ctx.allCaps[to - 1] || ctx.cap[to - 1] !== TITLE) continue;
    const last = ctx.lower[to - 1];
    const t = s.type;
    // "Brittany Ferries", "Ulster Buses": a carrier's plural trade is no one's surname, given name or not.
    if (t === PERSON && CARRIER_ENDS.has(last)) { s.type = ORGANIZATION; continue; }
    // "Hartline-Moser Funeral Home": an undertaker's business is a body (CoNLL-2003 types a nursing home a place: not those).
    if (to - s.from >= 3 && CARE_KINDS.has(ctx.lower[to - 2]) && CARE_ENDS.has(last)) { s.type = ORGANIZATION; continue; }
    // "Kwara South Senatorial District", "Ohio's 9th Congressional District": an electoral district is a place.
    if (to - s.from >= 3 && DISTRICT_KINDS.has(ctx.lower[to - 2]) && last === DISTRICT) { s.type = LOCATION; continue; }
    // "Barry Lane", "Chad Day": a given name and a surname are a person's name,
    // unless the word before says place ("in Myrtle Beach").
    if (to - s.from === 2 && !COMPANY_ENDS.has(last) && !TRADE_ENDS.has(last) && !ORG_HEAD_HASHES.has(last) && listedAs(ctx, s.from, FIRST_NAME) && listedAs(ctx, s.from + 1, LAST_NAME) &&
      !(s.from > ctx.sentFirst[s.from] && AT.has(ctx.lower[s.from - 1]) && (t === PERSON || t === MISC)) && !pairedStreet(ctx, s.from, to)) continue;
    if ((STREETS.has(last) || GROUNDS.has(last) || isVenueHall(ctx.lower, to)) && t !== LOCATION) s.type = LOCATION;
    else if ((VENUES.has(last) || STATIONS.has(last)) && (t === ORGANIZATION || t === PERSON)) s.type = LOCATION;
    else if ((WATERS.has(last) && (t === MISC || (t === ORGANIZATION && to - s.from <= 3))) || (last === CHANNEL && t === MISC)) s.type = LOCATION;
    else if ((PLACES.has(last) || PLACES_MORE.has(last)) && t === PERSON) s.type = LOCATION;
    else if (TERRITORIES.has(last) && (t === PERSON || t === MISC)) s.type = LOCATION;
    else if (AREAS.has(last) && t !== LOCATION && !BLOC_AREAS.has(ctx.lower[to - 2])) s.type = LOCATION;
    // Round 23: "Marshfield West voters", "Kenwick North": a town's part or seat by its compass word, read as a
    // person whose first word is no given name ("Kanye West", "Oliver North" are people).
    else if (t === PERSON && to - s.from === 2 && DIRECTIONS.has(last) && ctx.cap[s.from] === TITLE && !listedAs(ctx, s.from, FIRST_NAME)) s.type = LOCATION;
    else if ((NATURAL.has(last) || FIELDS.has(last)) && t === ORGANIZATION && !CLUB_FIRSTS.has(ctx.lower[s.from])) s.type = LOCATION;
    else if ((COMPANY_ENDS.has(last) || ORG_HEAD_HASHES.has(last)) && (t === PERSON || (t === LOCATION && COMPANY_ENDS.has(last)))) s.type = ORGANIZATION;
    else if (TRADE_ENDS.has(last) && t !== ORGANIZATION) s.type = ORGANIZATION;
    else if (t === LOCATION && CARRIER_ENDS.has(last)) s.type = ORGANIZATION;
    // Names round 26: "Kenya Gazette" (a place and a paper's word), "Ayer Elementary" (US copy names a
    // school by its grade alone), read as places: a paper and a school.
    else if (t === LOCATION && (PAPER_ENDS.has(last) || SCHOOL_ENDS.has(last))) s.type = ORGANIZATION;
    // "Dunmore Paving", "Halvorsen Ferries", "Millbrook Courier": a name that starts with no given name
    // or initial ("Peter Such", "N. Speak" are people) and ends in a newspaper's word, or in a word
    // usually written in lower case that no list of people's names holds, is a business.
    else if (t === PERSON && ctx.cap[s.from] === TITLE && !listedAs(ctx, s.from, FIRST_NAME) &&
      (PAPER_ENDS.has(last) || (ctx.casing[to - 1] >= 1 && ctx.casing[to - 1] <= 2 && !PEOPLE_CODES.some((c) => listedAs(ctx, to - 1, c))))) s.type = ORGANIZATION;
    else if (last === UNION && t === LOCATION && ctx.lower[s.from] !== SOVIET) s.type = ORGANIZATION;
    else if (LAWS.has(last) && t !== PERSON && t !== MISC) s.type = MISC;
    else if (DAYS.has(last) && (t === ORGANIZATION || t === LOCATION)) s.type = MISC;
  }
  return drop ? spans.filter((s) => s.to > s.from) : spans;
}

const JOINS = wordSet(['and', 'or', ',']);

/** Round 22: "Market Street and Olive Street": a street's word with another street of the same word joined to it
 *  ("Olive Street" is no person, though "Olive" is a given name and "Street" a surname). */
function pairedStreet(ctx: DocContext, from: number, to: number): boolean {
  const last = ctx.lower[to - 1];
  if (!STREETS.has(last)) return false;
  if (from >= 3 && JOINS.has(ctx.lower[from - 1]) && ctx.lower[from - 2] === last) return true;
  return to + 2 < ctx.n && JOINS.has(ctx.lower[to]) && ctx.lower[to + 2] === last;
}
