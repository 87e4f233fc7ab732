// "Emaar posted a profit of …" (round 25): one capitalised word opening a sentence, that the tagger
// left out, that news text writes capitalised or not at all (the casing table) and no list holds as a
// person, place or nationality, before a verb only a
// business does with its results ("posted", "reported", "raised" …) is that business. A word news
// text knows ("We", "There", "Shares") is never taken.
import { listBits, listClassesAt, type DocContext } from './features';
import { TITLE } from './lexicon';
import { type TokenSpan, withUntagged } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

/** Lists of people, places and nationalities: "Smith reported …", "Kenya posted …" are not taken. */
const NOT_BUSINESS = listBits('first-name', 'last-name', 'person', 'seen-person', 'location', 'seen-location', 'country', 'demonym', 'seen-misc');
const RESULTS_VERBS = wordSet(['posted', 'reported', 'raised', 'priced', 'issued', 'booked', 'swung']);

export function reportingSubjects(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  return withUntagged(ctx, spans, ORGANIZATION, (k) =>
    // Cheap first: a sentence's first token, capitalised, not a word news text writes in lower case.
    ctx.sentFirst[k] === k && ctx.cap[k] === TITLE && (ctx.casing[k] === 0 || ctx.casing[k] >= 4) && k + 1 < ctx.sentEnd[k] && RESULTS_VERBS.has(ctx.lower[k + 1]) &&
    !ctx.allCaps[k] && !ctx.titleCase[k] && (listClassesAt(ctx, k) & NOT_BUSINESS) === 0);
}
