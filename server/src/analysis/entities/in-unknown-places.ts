// "a flood wall in Bulacan", "farmers in Kolwa": a one-word name right after "in" that no list holds
// and news text has never shown in lower case is a place (names round 26), whether the tagger read
// a person or MISC (its guess of a nationality or a language: those the lists hold, or they end in
// "-ian", "-ese", "-ish"). Sure: the article's other mentions of it follow. One read as a place is
// left as it is, for this mention only (locatives.ts: "in Tacoma" in a game story of the Tacoma side).
import { listClassesAt, type DocContext } from './features';
import { hashLower } from './hash';
import { LOWER, TITLE } from './lexicon';
import { LOCATION, ORGANIZATION } from './labels';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';

const IN = hashLower('in');
const SECURITIES = wordSet(['shares', 'stock', 'stocks', 'bonds', 'securities', 'notes', 'units']);
const LETTERS = /^\p{Lu}\p{Ll}+$/u;
/** Endings of nationality and language words the lists may lack ("Bulacan", "Sudan" are places: no "-an"). */
const PEOPLE_ENDINGS = /(?:ians?|eans?|ese|ish)$/;

export function inUnknownPlaces(ctx: DocContext, texts: readonly { text: string }[], spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    const k = s.from;
    if (s.type === ORGANIZATION || s.type === LOCATION || s.to - k !== 1 || s.sure || s.fixed || k - 1 < ctx.sentFirst[k] || ctx.lower[k - 1] !== IN || ctx.cap[k - 1] !== LOWER) continue;
    if (ctx.cap[k] !== TITLE || ctx.allCaps[k] || ctx.casing[k] !== 0 || listClassesAt(ctx, k) !== 0) continue;
    // Not before another capitalised word, a possessive ("in Okafor's house") or a security ("trading in Coolamon shares").
    if (s.to < ctx.sentEnd[k] && (ctx.cap[s.to] === TITLE || texts[s.to].text.startsWith("'") || texts[s.to].text.startsWith('’') || SECURITIES.has(ctx.lower[s.to]))) continue;
    // One word of letters ("in Arab-Israeli peace talks" is MISC).
    if (PEOPLE_ENDINGS.test(texts[k].text) || !LETTERS.test(texts[k].text)) continue;
    s.type = LOCATION;
    s.sure = true;
  }
  return spans;
}
