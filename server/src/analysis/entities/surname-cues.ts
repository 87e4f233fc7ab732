// One-word surnames the tagger leaves out when nothing else in the document names the person (a
// single sentence: "Striker Okafor, 24, has signed …", "Federer beat Nadal …"): the tagger has no
// full name to lean on, and a capitalised word opening a sentence tells it little. The context
// does: a person's role right before the word ("Striker Okafor", "coach Ancelotti"), an age after it
// ("Okafor, 24,"), or, opening the sentence, a verb only people take ("Federer beat …", "Kalanick
// told …", "Strand can be reached at …") or any verb in the past tense after a word news text
// never writes in lower case ("Nyerere arrived …", "Lynagh kicked …"). Only a word no name list holds as a place, body, nationality
// or MISC name, and one news text mostly writes capitalised or never saw (casing.ts), with no
// capitalised word after it (a one-word name).
import type { Segmentation } from '../types';
import { aloneInListsAt, listBits, listClassesAt, type DocContext } from './features';
import { hashLower } from './hash';
import { DIGIT, LOWER, TITLE } from './lexicon';
import { tokenSpan, mergeByFrom, type TokenSpan } from './spans';
import { JOB_TITLE_HASHES, TITLE_HASHES } from './titles';
import { wordSet } from './word-set';
import { PERSON } from './labels';

const NOT_PEOPLE = listBits('location', 'seen-location', 'country', 'demonym', 'seen-misc', 'organization', 'seen-organization');
/** Roles of sport the title lists lack ("Batsman Azhar", "skipper Kohli"). */
const MORE_ROLES = wordSet(['batsman', 'bowler', 'skipper', 'keeper', 'opener', 'spinner', 'paceman', 'fullback', 'centre-back', 'playmaker', 'wicketkeeper', 'outfielder', 'shortstop']);
/** Verbs after a sentence's first word that a person, not a company or place, takes. */
const PEOPLE_VERBS = wordSet(['said', 'added', 'told', 'scored', 'beat', 'wrote', 'insisted', 'admitted', 'argued', 'tweeted', 'resigned', 'netted', 'defeated', 'thrashed', 'edged']);
const COMMA = hashLower(','), STOP = hashLower('.');
const CAN = hashLower('can'), BE = hashLower('be'), REACHED = hashLower('reached');
const AGE = /^[1-9]\d?$/;
/** "Thirty killed as floods …": a number opening a headline; a commodity opening a market report. */
const NUMBER_WORDS = wordSet(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens',
  // Markets' subjects ("Nickel extended gains …"): metals and crops opening a commodities report.
  'nickel', 'copper', 'zinc', 'aluminium', 'aluminum', 'tin', 'lead', 'gold', 'silver', 'platinum', 'palladium', 'cobalt', 'lithium',
  'iron', 'steel', 'coal', 'crude', 'cocoa', 'coffee', 'sugar', 'wheat', 'corn', 'cotton', 'rubber', 'soybeans', 'gilts', 'bunds']);

/** "declined", "promised", "kicked": a verb in the past tense (a lower-case word ending in "-ed"), not one
 *  companies, papers, clubs and markets take as often ("Kestrel reported …", "Deportivo started …"). */
function pastTense(w: string): boolean {
  return w.length >= 5 && w.endsWith('ed') && !w.includes('-') && !COMPANY_VERBS.has(w);
}

const COMPANY_VERBS = new Set([
  'reported', 'announced', 'posted', 'raised', 'closed', 'opened', 'listed', 'launched', 'acquired', 'filed', 'issued',
  'priced', 'recorded', 'expected', 'planned', 'owned', 'based', 'reached', 'returned', 'ended', 'finished', 'started',
  'jumped', 'climbed', 'slipped', 'dropped', 'gained', 'traded', 'edged', 'eased', 'firmed', 'surged', 'slumped', 'plunged',
  'rallied', 'advanced', 'declined', 'published', 'released', 'hired', 'merged', 'delisted', 'invested', 'signed', 'dominated',
]);

/** Before any verb in the past tense, only a word news text never writes in lower case (or never
 *  saw) and the article never writes in lower case ("Nickel extended gains" in a metals report), no
 *  number, no plural ("Surgeons removed …", "Automakers petitioned …"), no compound or contraction. */
function strongName(ctx: DocContext, seg: Segmentation, k: number): boolean {
  const cs = ctx.casing[k];
  const w = seg.tokens[k].text;
  return cs === 0 && (ctx.docCase[k] & 1) === 0 && !NUMBER_WORDS.has(ctx.lower[k]) && !w.endsWith('s') && /^\p{Lu}\p{Ll}+$/u.test(w);
}

export function surnameCues(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let found: TokenSpan[] | null = null;
  let next = 0;
  for (let k = 0; k < ctx.n; k++) {
    if (ctx.cap[k] !== TITLE) continue;
    const end = ctx.sentEnd[k];
    if (k + 1 < end && ctx.cap[k + 1] === TITLE) continue;
    const first = ctx.sentFirst[k];
    const cued =
      // "Striker Okafor", "coach Ancelotti", "Prime Minister Abe": a role right before.
      (k > first && (TITLE_HASHES.has(ctx.lower[k - 1]) || JOB_TITLE_HASHES.has(ctx.lower[k - 1]) || MORE_ROLES.has(ctx.lower[k - 1])) && (k - 1 === first || ctx.cap[k - 1] === LOWER || ctx.cap[k - 2] !== TITLE || TITLE_HASHES.has(ctx.lower[k - 2]))) ||
      // "Okafor, 24, …": an age between commas.
      (k + 3 < ctx.n && ctx.lower[k + 1] === COMMA && ctx.cap[k + 2] === DIGIT && (ctx.lower[k + 3] === COMMA || ctx.lower[k + 3] === STOP) && ctx.sentFirst[k + 3] === first && AGE.test(seg.tokens[k + 2].text)) ||
      // "Federer beat Nadal …", "Strand can be reached at …": first in the sentence, before a person's verb.
      (k === first && k + 1 < end && ctx.cap[k + 1] === LOWER && (PEOPLE_VERBS.has(ctx.lower[k + 1]) || (pastTense(seg.tokens[k + 1].text) && strongName(ctx, seg, k)) ||
        (ctx.lower[k + 1] === CAN && k + 3 < end && ctx.lower[k + 2] === BE && ctx.lower[k + 3] === REACHED)));
    if (!cued || ctx.allCaps[k] || ctx.titleCase[k]) continue;
    // Only a word the tagger left out (the spans are in order: the walk is linear over the article).
    while (next < spans.length && spans[next].to <= k) next++;
    if (next < spans.length && spans[next].from <= k) continue;
    const cs = ctx.casing[k];
    if ((cs >= 1 && cs <= 3) || (aloneInListsAt(ctx, k) & NOT_PEOPLE) !== 0 || (listClassesAt(ctx, k) & NOT_PEOPLE) !== 0) continue;
    if (TITLE_HASHES.has(ctx.lower[k]) || JOB_TITLE_HASHES.has(ctx.lower[k])) continue;
    // "Eyewitnesses told …": a plural of a common noun no casing count holds.
    if (cs === 0 && seg.tokens[k].text.endsWith('nesses')) continue;
    (found ??= []).push(tokenSpan(k, k + 1, PERSON));
  }
  return found ? mergeByFrom(spans, found) : spans;
}
