// Parliaments named by their own word ("the Dáil", "the Bundestag", "the Knesset") are
// organisations, as CoNLL-2003 types "Duma" and "Bundestag"; the tagger reads the rarer ones (and
// any with an accent) as places. A constituency written as a place and a compass word ("Galway
// West", "Cork South-West", "Dublin Bay North") is a place, whatever the tagger read. A
// day written onto a name ("the Dáil on Tuesday") is no part of it. A member's title alone after
// an article ("a TD for Cork", "the MEP") is no name.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { LOWER, TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { MEMBER_TITLE_HASHES } from './titles';
import { wordSet } from './word-set';
import { ORGANIZATION, LOCATION, MISC } from './labels';

const PARLIAMENTS = wordSet([
  'dáil', 'dail', 'seanad', 'oireachtas', 'bundestag', 'bundesrat', 'knesset', 'duma', 'sejm', 'storting', 'stortinget',
  'riksdag', 'folketing', 'folketinget', 'althing', 'eduskunta', 'majlis', 'senedd', 'sabor', 'seimas', 'saeima',
  'riigikogu', 'verkhovna', 'rada', 'jatiya', 'sangsad', 'bundesversammlung', 'nationalrat', 'tweede', 'kamer',
]);
/** Compass words ending a constituency's name. */
export const COMPASS = wordSet(['north', 'south', 'east', 'west', 'central', 'north-west', 'north-east', 'south-west', 'south-east', 'northwest', 'northeast', 'southwest', 'southeast']);
const DAYS = wordSet(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const ON = wordSet(['on']);
const ARTICLES = wordSet(['a', 'an', 'the', 'each', 'every', 'one', 'another']);
const PLACE_BITS = ['location', 'seen-location', 'country'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);
/** Member titles that are also a company's or a word's letters: "MS" (Microsoft, multiple sclerosis). */
const MS = wordSet(['ms']);
/** Words a parliament's own word takes before it as part of its name ("the State Duma", "the Federal Assembly"). */
const PARLIAMENT_FIRSTS = wordSet(['state', 'federal', 'national', 'supreme', 'grand']);

/** Parties of Ireland, the UK's nations and South Africa whose names read like people ("Fine Gael",
 *  "Sinn Féin"), as phrase hashes of their lower-case words. Not plurals ("Social Democrats",
 *  "Liberal Democrats"): CoNLL-2003 types a party's members as MISC. */
const PARTIES: ReadonlySet<number> = new Set([
  'fianna fáil', 'fianna fail', 'fine gael', 'sinn féin', 'sinn fein', 'people before profit', 'aontú', 'aontu',
  'plaid cymru', 'alba party', 'reform uk', 'green party', 'sdlp', 'dup', 'uup',
  'democratic unionist party', 'ulster unionist party', 'alliance party', 'traditional unionist voice', 'democratic alliance',
  'economic freedom fighters', 'inkatha freedom party', 'umkhonto we sizwe', 'freedom front plus', 'actionsa',
].map((p) => { const ws = p.split(' ').map(hashLower); return phraseHash(ws, 0, ws.length); }));

/** First words of the parties above: only spans starting with one are hashed whole. */
const PARTY_FIRSTS = wordSet(['fianna', 'fine', 'sinn', 'people', 'aontú', 'aontu', 'plaid', 'alba', 'reform', 'green', 'sdlp', 'dup', 'uup', 'democratic', 'ulster', 'alliance', 'traditional', 'economic', 'inkatha', 'umkhonto', 'freedom', 'actionsa']);

export function legislatures(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  let prevTo = -1;
  for (const s of spans) {
    const lastTo = prevTo;
    prevTo = s.to;
    if (ctx.cap[s.from] < TITLE || s.sure) continue;
    const len = s.to - s.from;
    // "Dáil on Tuesday": the day is cut off (a tagged name never ends in "on" + a weekday).
    if (len >= 3 && ctx.cap[s.to - 2] === LOWER && ON.has(ctx.lower[s.to - 2]) && DAYS.has(ctx.lower[s.to - 1])) s.to -= 2;
    // "Fine Gael", "Social Democrats TD Róisín …": a party the list holds, or any name right before a
    // member's title and a name ("Labour MP Jane …"), is the party.
    if (s.type !== ORGANIZATION && s.to - s.from <= 3 && ((PARTY_FIRSTS.has(ctx.lower[s.from]) && PARTIES.has(phraseHash(ctx.lower, s.from, s.to))) ||
      (s.to + 1 < ctx.sentEnd[s.from] && ctx.cap[s.to] >= TITLE && MEMBER_TITLE_HASHES.has(ctx.lower[s.to]) && !MS.has(ctx.lower[s.to]) && ctx.cap[s.to + 1] === TITLE))) {
      s.type = ORGANIZATION;
      continue;
    }
    if (s.to - s.from === 1) {
      if (PARLIAMENTS.has(ctx.lower[s.from])) {
        s.type = ORGANIZATION;
        // "the State Duma": an untagged "State" (or "Federal", "National") right before is part of the name.
        const k = s.from - 1;
        if (k >= ctx.sentFirst[s.from] && k >= lastTo && ctx.cap[k] === TITLE && PARLIAMENT_FIRSTS.has(ctx.lower[k])) s.from = k;
      }
      else if (MEMBER_TITLE_HASHES.has(ctx.lower[s.from]) && !MS.has(ctx.lower[s.from]) && s.from > ctx.sentFirst[s.from] &&
        ctx.cap[s.from - 1] === LOWER && ARTICLES.has(ctx.lower[s.from - 1])) { s.to = s.from; drop = true; }
      continue;
    }
    // (Not MISC: "AL East", a baseball division.)
    if (s.type === LOCATION || s.type === MISC || !COMPASS.has(ctx.lower[s.to - 1]) || ctx.cap[s.to - 1] !== TITLE) continue;
    // "Galway West": the words before the compass word are a place the lists know, the whole is not a listed name.
    if ((Math.max(0, gaz.get(phraseHash(ctx.lower, s.from, s.to - 1), 0)) & PLACE_BITS) !== 0 && gaz.get(phraseHash(ctx.lower, s.from, s.to), 0) <= 0) s.type = LOCATION;
  }
  return drop ? spans.filter((s) => s.to > s.from) : spans;
}

/**
 * Round 24: "Voters in Galway West returned …": a place read apart from the compass word after it
 * (read as MISC or left out) is one place with it, a seat or a town's part, when no capitalised word
 * follows ("Galway West Hospital" is another name).
 */
export function compassSeats(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const k = s.to;
    if (s.type !== LOCATION || k >= ctx.sentEnd[s.from] || ctx.cap[k] !== TITLE || !COMPASS.has(ctx.lower[k])) continue;
    if (k + 1 < ctx.sentEnd[s.from] && ctx.cap[k + 1] === TITLE) continue;
    const next = i + 1 < spans.length ? spans[i + 1] : null;
    if (next && next.from === k) {
      if (next.to !== k + 1 || next.type !== MISC) continue;
      next.to = -1;
      drop = true;
      i++;
    }
    s.to = k + 1;
  }
  return drop ? spans.filter((s) => s.to >= 0) : spans;
}
