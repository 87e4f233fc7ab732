// A place named before a noun ("Sudan's Darfur region", "a Tarneit mother of two", "the Adré transit
// site") reads to the tagger like an adjective, and it types the word MISC; a word no list of
// nationalities, MISC names or organisations holds, that the article names as a place after "in"
// elsewhere ("in Tarneit") or in the dateline ("ADRÉ"), is that place here too. The place must be
// read so from its context: the tagger's own LOCATION for a word is no evidence ("Twitter").
import type { Segmentation } from '../types';
import { type DocContext, listBits, listClassesAt } from './features';
import { LOWER } from './lexicon';
import { knownPlace } from './locatives';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON, ORGANIZATION, LOCATION, MISC } from './labels';

/** Words before a place read as one ("in Tarneit", "near Adré"). */
const AT = wordSet(['in', 'near', 'outside']);
const NOT_PLACE_LISTS = listBits('demonym', 'seen-misc', 'organization', 'seen-organization');

/** Token k is in a list of nationalities, MISC names or organisations (in any position). */
function listedNotPlace(ctx: DocContext, k: number): boolean {
  return (listClassesAt(ctx, k) & NOT_PLACE_LISTS) !== 0;
}

/** Nouns for a business that a town before them says where it is ("the Boston company said"). */
const BUSINESS_NOUNS = wordSet(['company', 'firm', 'group', 'lender', 'bank', 'insurer', 'startup', 'start-up', 'carrier', 'retailer', 'chain', 'maker', 'drugmaker', 'automaker', 'miner', 'utility']);
const ARTICLES = wordSet(['the', 'a', 'an']);

/** "The Boston company said": a town of the lists between an article and a business noun is where the business is (this mention only). */
function townsBeforeBusinesses(ctx: DocContext, spans: TokenSpan[]): void {
  for (const s of spans) {
    if ((s.type !== ORGANIZATION && s.type !== PERSON) || s.sure || s.to - s.from !== 1 || s.from === ctx.sentFirst[s.from] || s.to >= ctx.sentEnd[s.from]) continue;
    if (ctx.cap[s.to] !== LOWER || !BUSINESS_NOUNS.has(ctx.lower[s.to]) || !ARTICLES.has(ctx.lower[s.from - 1]) || !knownPlace(ctx, s.from)) continue;
    s.type = LOCATION;
    s.fixed = true;
  }
}

/** Round 24: nouns for a town's officer or a town's band that a listed town before them says where it is
 *  ("Tshwane mayor Kabelo Moeketsi", "Leeds band Harbour sold out …"), read as an organisation or a person.
 *  (Not "trio": "the Dortmund trio of Sammer, Freund …" is the club's.) */
const TOWN_NOUNS = wordSet(['mayor', 'mayoral', 'band', 'four-piece', 'five-piece']);

function townsBeforeTownNouns(ctx: DocContext, spans: TokenSpan[]): void {
  for (const s of spans) {
    if ((s.type !== ORGANIZATION && s.type !== PERSON) || s.sure || s.to - s.from !== 1 || s.to >= ctx.sentEnd[s.from]) continue;
    if (ctx.cap[s.to] !== LOWER || !TOWN_NOUNS.has(ctx.lower[s.to]) || !knownPlace(ctx, s.from)) continue;
    s.type = LOCATION;
    s.fixed = true;
  }
}

export function placeModifiers(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  townsBeforeBusinesses(ctx, spans);
  townsBeforeTownNouns(ctx, spans);
  let any = false;
  for (const s of spans) if (s.type === MISC && s.to - s.from === 1) { any = true; break; }
  if (!any) return spans;
  const dl = seg.dateline;
  // The dateline's place when it is one word ("ADRÉ, Chad —"): the article is filed from it.
  let datelinePlace = -1;
  if (dl?.place) {
    for (let k = 0; k < ctx.n && seg.tokens[k].start < dl.place.end; k++) {
      if (seg.tokens[k].start === dl.place.start && seg.tokens[k].end === dl.place.end) datelinePlace = ctx.lower[k];
    }
  }
  const places = new Set<number>();
  if (datelinePlace !== -1) places.add(datelinePlace);
  for (const s of spans) {
    if (s.type === LOCATION && s.to - s.from === 1 && s.from > ctx.sentFirst[s.from] && ctx.cap[s.from - 1] === LOWER && AT.has(ctx.lower[s.from - 1])) places.add(ctx.lower[s.from]);
  }
  if (places.size === 0) return spans;
  for (const s of spans) {
    if (s.type !== MISC || s.to - s.from !== 1 || s.sure || !places.has(ctx.lower[s.from]) || listedNotPlace(ctx, s.from)) continue;
    s.type = LOCATION;
    if (ctx.lower[s.from] === datelinePlace) s.sure = true;
  }
  return spans;
}
