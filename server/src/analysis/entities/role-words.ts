// A lower-case word right before a name often says what the name is, the way modern copy
// introduces unknown names: "goalkeeper Jordan Sparks", "spokesman Ravi Menon" are people;
// "retailer Corin Hale", "mortgage lender Brightwater", "law firm Dunmore Sykes", "potash
// producer Velorkali" are companies.
// The tagger reads such names from the words alone (a country as a given name makes "Jordan
// Sparks" a place or a club); the word before decides, unless the name is a known place.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { nameRunEnd } from './name-words';
import { ORG_HEAD_HASHES } from './org-words';
import { type TokenSpan, tokenSpan } from './spans';
import { JOB_TITLE_HASHES, TITLE_HASHES } from './titles';
import { TITLE, LOWER } from './lexicon';
import { WordSet, wordSet } from './word-set';
import { PERSON, ORGANIZATION, MISC } from './labels';

const FIRST_NAME_BIT = 1 << GAZ_CLASSES.indexOf('first-name');
const ORG_BITS = ['organization', 'seen-organization'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);
const PLACE_BITS = ['location', 'seen-location', 'country'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);

/** Nouns for people beyond the job titles (titles.ts). */
const PEOPLE = hashes([
  'lawyer', 'actor', 'actress', 'singer', 'author', 'writer', 'novelist', 'artist', 'player', 'batsman', 'bowler',
  'jockey', 'driver', 'cyclist', 'golfer', 'boxer', 'teammate', 'businessman', 'businesswoman', 'tycoon',
  'billionaire', 'activist', 'dissident', 'candidate', 'veteran', 'pianist', 'composer', 'wife', 'husband',
  'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'widow', 'nephew', 'niece', 'cousin',
  // People described by what happened to them or what they do there ("evacuee Tom Nakamura").
  'evacuee', 'resident', 'survivor', 'witness', 'victim', 'volunteer', 'student', 'farmer', 'voter', 'shopper',
  'protester', 'protestor', 'nurse', 'teacher', 'doctor', 'patient', 'refugee', 'migrant', 'worker', 'owner',
  'homeowner', 'tenant', 'passenger', 'commuter', 'fan', 'parent', 'retiree', 'pensioner', 'entrepreneur',
  'designer', 'chef', 'photographer', 'filmmaker', 'investor', 'donor', 'plaintiff',
  'defendant', 'suspect',
]);

/** Nouns for companies that never describe a person. Not "producer", "publisher", "developer", "operator". */
const COMPANIES = hashes([
  'company', 'firm', 'lender', 'bank', 'airline', 'automaker', 'carmaker', 'drugmaker', 'chipmaker', 'steelmaker',
  'planemaker', 'toymaker', 'broadcaster', 'conglomerate', 'utility', 'startup', 'start-up', 'subsidiary',
  'brokerage', 'supermarket', 'newspaper', 'tabloid', 'fund', 'lab',
  // Round 17: "the regulator Ofwat", "the watchdog Ofcom" (bodies, never a person).
  'regulator', 'watchdog',
]);
/** Nouns for companies that also describe the one person a business is ("jewelry wholesaler Jerry Schein"). */
const BUSINESSES = hashes([
  'retailer', 'insurer', 'reinsurer', 'carrier', 'miner', 'refiner', 'shipper', 'distributor', 'wholesaler',
  'bookseller', 'outlet', 'franchise', 'manufacturer',
]);

const CARRIER = hashLower('carrier');
const DETERMINERS = hashes(['the', 'a', 'an']);
const WHO = hashLower('who');
const COMMA = hashLower(',');

/** "…, who": the name is a person's. */
function whoFollows(ctx: DocContext, s: TokenSpan): boolean {
  const end = ctx.sentEnd[s.from];
  return (s.to < end && ctx.lower[s.to] === WHO) || (s.to + 1 < end && ctx.lower[s.to] === COMMA && ctx.lower[s.to + 1] === WHO);
}

/** "potash producer Belaruskali", "copper miner X", "oil major X": a trade, then one of these, is a company. */
const TRADE_HEADS = hashes(['producer', 'maker', 'exporter', 'importer', 'supplier', 'major', 'giant', 'trader', 'operator', 'developer', 'provider']);
const TRADES = hashes([
  'oil', 'gas', 'energy', 'power', 'potash', 'fertiliser', 'fertilizer', 'steel', 'aluminium', 'aluminum', 'copper',
  'gold', 'silver', 'iron', 'ore', 'coal', 'nickel', 'zinc', 'lithium', 'cobalt', 'uranium', 'cement', 'chemicals',
  'chip', 'software', 'drug', 'vaccine', 'food', 'dairy', 'meat', 'sugar', 'grain', 'wine', 'beer', 'spirits',
  'tobacco', 'car', 'truck', 'aircraft', 'plane', 'phone', 'smartphone', 'telecoms', 'telecom', 'wireless',
  'internet', 'media', 'tech', 'technology', 'semiconductor', 'pipeline', 'shipping', 'pharmaceutical', 'toy',
  'apparel', 'clothing', 'fashion', 'furniture', 'paper', 'timber', 'mining', 'solar', 'wind', 'battery',
]);

/** Nouns of products that name no company: a name right after one is the product's. */
const PRODUCTS = hashes(['vaccine', 'drug', 'pill', 'jab', 'medicine', 'treatment', 'therapy', 'antibody', 'antiviral', 'smartphone', 'handset', 'headset', 'console', 'sedan', 'hatchback', 'airliner', 'album', 'novel', 'documentary']);

/** Words that end a company's name, never a person's ("lead manager Lehman Brothers International"). */
const COMPANY_WORDS = hashes(['brothers', 'international', 'capital', 'partners', 'global', 'holding', 'energy', 'media', 'union', 'awards']);

function mask(gaz: Gazetteer, ctx: DocContext, from: number, to: number): number {
  return Math.max(0, gaz.get(phraseHash(ctx.lower, from, to), 0));
}

function hashes(words: string[]): WordSet {
  return wordSet(words);
}

/** A lower-case noun for a person ("daughter", "lawyer", "evacuee"), by its lower-case hash. */
export function isPersonNoun(h: number): boolean {
  return PEOPLE.has(h);
}

/** A lower-case word for a role or a company at k. */
function roleNoun(ctx: DocContext, k: number): boolean {
  const h = ctx.lower[k];
  return ctx.cap[k] === LOWER && (COMPANIES.has(h) || BUSINESSES.has(h) || TRADE_HEADS.has(h) || PEOPLE.has(h) || JOB_TITLE_HASHES.has(h));
}

/** Usual-casing codes (casing.ts) up to "mixed". */
const USUALLY_LOWER = 3;

/**
 * "Potash producer …", "Law firm …" first in a sentence: a word that is usually lower case (or a
 * trade) right before a lower-case role noun is that noun's modifier, not a name ("Apple
 * spokesman" keeps "Apple").
 */
function isModifier(ctx: DocContext, s: TokenSpan): boolean {
  if (s.sure || s.to - s.from !== 1 || s.from !== ctx.sentFirst[s.from] || s.to >= ctx.sentEnd[s.from] || !roleNoun(ctx, s.to)) return false;
  const casing = ctx.casing[s.from];
  return TRADES.has(ctx.lower[s.from]) || (casing > 0 && casing <= USUALLY_LOWER);
}

/** Also forms of address ("Mother Teresa", "Brother Roger"). */
const KIN = hashes(['wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'widow', 'nephew', 'niece', 'cousin']);

/**
 * "Evacuee Tom Nakamura", "Chipmaker Velmont", "Defenseman Ivo Maric": first in a sentence, a
 * capitalised common noun glued to the name after it is not part of the name, and says what the
 * name is, as it would in lower case. A noun for a company makes the rest a sure organisation; a
 * noun for a person makes a person of a rest of two to four name words that no list knows as a
 * place or organisation; so does any word usually written in lower case, when the rest starts with
 * a given name. Titles ("President …") are the
 * title rules' (titles.ts keeps them as aliases).
 */
function leadingNoun(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, s: TokenSpan): TokenSpan | null {
  const k = s.from;
  if (s.sure || k !== ctx.sentFirst[k] || s.to - k < 2 || ctx.titleCase[k] || ctx.allCaps[k]) return null;
  if (ctx.cap[k] !== TITLE || ctx.cap[k + 1] !== TITLE) return null;
  const h = ctx.lower[k];
  if (TITLE_HASHES.has(h) || KIN.has(h)) return null;
  if (COMPANIES.has(h)) return tokenSpan(k + 1, s.to, ORGANIZATION, true);
  const person = PEOPLE.has(h) || JOB_TITLE_HASHES.has(h);
  const casing = ctx.casing[k];
  if (!person && !(casing > 0 && casing < USUALLY_LOWER) && !BUSINESSES.has(h)) return null;
  const rest = s.to - (k + 1);
  const nameShaped = rest >= 2 && nameRunEnd(seg, ctx, k + 1, 4) === s.to &&
    (mask(gaz, ctx, k + 1, s.to) & (PLACE_BITS | ORG_BITS)) === 0 && !orgWordIn(ctx, k + 1, s.to);
  if (BUSINESSES.has(h)) return tokenSpan(k + 1, s.to, nameShaped && s.type === PERSON ? PERSON : ORGANIZATION);
  if (person) return tokenSpan(k + 1, s.to, nameShaped ? PERSON : s.type);
  // A word usually in lower case says less ("Individual Rights Trumped by …"): the rest must start with a given name.
  return nameShaped && (mask(gaz, ctx, k + 1, k + 2) & FIRST_NAME_BIT) !== 0 ? tokenSpan(k + 1, s.to, PERSON) : null;
}

function orgWordIn(ctx: DocContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (ORG_HEAD_HASHES.has(ctx.lower[j]) || COMPANY_WORDS.has(ctx.lower[j])) return true;
  return false;
}

const NOT_A_NAME_WORD = PLACE_BITS | ORG_BITS | ['demonym', 'seen-misc'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);

/** Two or three name words, none of them known to a list as anything but a person's, none usually lower case. */
function unlistedName(ctx: DocContext, gaz: Gazetteer, s: TokenSpan): boolean {
  if (s.to - s.from > 3) return false;
  for (let j = s.from; j < s.to; j++) {
    if (ctx.cap[j] !== TITLE) continue; // an initial
    if ((mask(gaz, ctx, j, j + 1) & NOT_A_NAME_WORD) !== 0 || (ctx.casing[j] > 0 && ctx.casing[j] <= USUALLY_LOWER)) return false;
  }
  return true;
}

export function roleWordTypes(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  let changed = false;
  const kept = spans.some((s) => isModifier(ctx, s)) ? spans.filter((s) => !isModifier(ctx, s)) : spans;
  const out = kept.map((s0) => {
    const cut = leadingNoun(ctx, seg, gaz, s0);
    if (cut) changed = true;
    const s = cut ?? s0;
    if (s.sure || s.from === ctx.sentFirst[s.from] || cut) return s;
    const k = s.from - 1;
    if (ctx.cap[k] !== LOWER) return s;
    const before = ctx.lower[k];
    // Round 20: "its shingles vaccine Varexa", "the weight-loss drug Zelvora": a product's name
    // after a noun that names products only (not "app", "service": companies too) is MISC, whatever
    // the tagger read, unless the lists know an organisation by it.
    if (PRODUCTS.has(before) && s.type !== MISC && s.to - s.from <= 2 && (mask(gaz, ctx, s.from, s.to) & ORG_BITS) === 0) {
      changed = true;
      return tokenSpan(s.from, s.to, MISC);
    }
    let type = -1;
    // Sure (counted thrice by the type votes) where the noun never names a person.
    let sure = false;
    if (COMPANIES.has(before)) { type = ORGANIZATION; sure = true; }
    // "potash producer X", "fashion retailer X": a trade before the noun says company.
    // ("an aircraft carrier", "a gas carrier" are ships; "car manufacturer Gary Holt, who …" a person.)
    else if ((TRADE_HEADS.has(before) || (BUSINESSES.has(before) && before !== CARRIER && !whoFollows(ctx, s))) && k > ctx.sentFirst[k] && TRADES.has(ctx.lower[k - 1])) { type = ORGANIZATION; sure = true; }
    else if (BUSINESSES.has(before)) type = ORGANIZATION;
    else if (JOB_TITLE_HASHES.has(before) || PEOPLE.has(before)) type = PERSON;
    if (type < 0 || type === s.type) return s;
    if (type === ORGANIZATION) {
      // Only a name the tagger read as a person ("bank Credit Suisse" is right already), and,
      // after a noun that fits a person too, only one that does not start with a given name.
      // After a noun that only names a company ("chip startup Vantor"), also a name read as
      // MISC or as a place no list knows (names of new companies look like coined words).
      // After "the" or "a" and a business noun ("sponsored by the insurer Lakemont"), the noun is a
      // description of a business, not a person's trade: as sure of MISC and unknown places (round 12).
      const described = sure || (k > ctx.sentFirst[k] && DETERMINERS.has(ctx.lower[k - 1]));
      if (s.type !== PERSON && !(described && s.to - s.from <= 3 && (s.type === MISC || (mask(gaz, ctx, s.from, s.to) & PLACE_BITS) === 0))) return s;
      if (!sure && s.to - s.from > 1 && (mask(gaz, ctx, s.from, s.from + 1) & FIRST_NAME_BIT) !== 0) return s;
    } else {
      // A person's name: two to four name words, starting with a given name, not a known
      // place ("forward Tomas Hedlund"; not "activist Chicago Teachers Union members").
      if (s.type === PERSON) return s;
      if (s.to - s.from < 2 || nameRunEnd(seg, ctx, s.from, 4) !== s.to) return s;
      // A given name the lists do not know ("candidate Mitt Romney"): two or three words that
      // no list knows as a place, an organisation, a nationality or a party, word by word.
      if ((mask(gaz, ctx, s.from, s.from + 1) & FIRST_NAME_BIT) === 0 && !unlistedName(ctx, gaz, s)) return s;
      if ((mask(gaz, ctx, s.from, s.to) & (PLACE_BITS | ORG_BITS)) !== 0) return s;
      for (let j = s.from; j < s.to; j++) if (ORG_HEAD_HASHES.has(ctx.lower[j]) || COMPANY_WORDS.has(ctx.lower[j])) return s;
    }
    changed = true;
    return sure ? tokenSpan(s.from, s.to, type, sure) : tokenSpan(s.from, s.to, type);
  });
  return changed ? out : kept;
}
