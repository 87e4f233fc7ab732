// "Airbus said it would build …", "Toshiba agreed to sell …": one word read as MISC (the 1996 pages'
// aircraft, products and events) right before a verb only speakers and companies take is the
// company (issue 10, round 20). Not a nationality, a compound ("Soviet-era"), nor a plural the lists
// hold as a MISC name ("Republicans said": a party's members, MISC in CoNLL-2003).
import type { Segmentation } from '../types';
import { aloneInListsAt, listBits, type DocContext } from './features';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION, MISC } from './labels';
import { saysItself } from './itself-subjects';

const DEMONYM = listBits('demonym');
const SEEN_MISC = listBits('seen-misc');
/** Verbs whose subject speaks or trades. */
const SPEAKER_VERBS = wordSet(['said', 'says', 'agreed', 'announced', 'reported', 'posted', 'plans', 'warned', 'confirmed', 'denied', 'added',
  // Round 24: what a side does to another ("Munster beat the Bulls 31-17").
  'beat', 'thrashed', 'edged', 'defeated', 'routed', 'overcame', 'drew', 'hammered']);
const THE = wordSet(['the']);

export function miscSubjects(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type !== MISC || s.sure || s.fixed || s.to - s.from !== 1) continue;
    if (theNickname(ctx, seg, s.from)) { s.type = ORGANIZATION; continue; }
    if (s.to >= ctx.sentEnd[s.from]) continue;
    if (ctx.cap[s.from] !== TITLE || !SPEAKER_VERBS.has(ctx.lower[s.to]) || (aloneInListsAt(ctx, s.from) & DEMONYM) !== 0) continue;
    // A common noun capitalised, or the last word of a longer name ("The No Child Left Behind Act says"), is no company.
    // Round 22: unless it opens the sentence and says "it" of itself ("Southern said its trains …",
    // a rail operator): then it is a company, sure of it through the article.
    const common = ctx.casing[s.from] >= 1 && ctx.casing[s.from] <= 3;
    const itself = common && s.from === ctx.sentFirst[s.from] && saysItself(ctx, s.to);
    if ((common && !itself) || (s.from > ctx.sentFirst[s.from] && ctx.cap[s.from - 1] === TITLE)) continue;
    // A hyphenated compound or a plural of a nationality ("Britons", "Germans"): no company.
    const t = seg.tokens[s.from].text;
    // A plural the 1996 pages name as MISC ("Republicans", "Democrats": a party's members) neither.
    // Nor an adjective of a party or a people the lists hold as MISC ("a Republican said").
    if (t.includes('-') || ((plural(t) || adjective(t)) && (aloneInListsAt(ctx, s.from) & SEEN_MISC) !== 0)) continue;
    s.type = ORGANIZATION;
    if (itself) s.sure = true;
  }
  return spans;
}

/** A plural's ending: "s" after no "u", "s" or "i" ("Republicans"; not "Airbus", "Mass", "Paris"). */
export function plural(t: string): boolean {
  if (t.length < 4 || t.charCodeAt(t.length - 1) !== 115) return false;
  const b = t.charCodeAt(t.length - 2);
  return b !== 117 && b !== 115 && b !== 105;
}

/** An adjective's ending of parties and peoples: "-an" ("Republican", "Christian"), "-ese", "-ish", "-ic". */
function adjective(t: string): boolean {
  return t.endsWith('an') || t.endsWith('ese') || t.endsWith('ish') || t.endsWith('ic');
}

/**
 * Round 24: "a meeting with the Wallabies", "the Socceroos": a plural capitalised word after "the", read
 * as MISC, that no list holds as a MISC name or a nationality ("the Democrats", "the Olympics", "the
 * Britons" keep it), nor a word news text writes in lower case, is a side's or a band's nickname.
 */
function theNickname(ctx: DocContext, seg: Segmentation, k: number): boolean {
  if (k === ctx.sentFirst[k] || !THE.has(ctx.lower[k - 1]) || ctx.cap[k] !== TITLE || ctx.titleCase[k]) return false;
  if (ctx.casing[k] >= 1 && ctx.casing[k] <= 3) return false;
  const t = seg.tokens[k].text;
  return plural(t) && !t.includes('-') && (aloneInListsAt(ctx, k) & (SEEN_MISC | DEMONYM)) === 0;
}
