// What only a business does with its results ("posted", "reported", "raised" …) makes its subject a
// company (round 25), in two readings the tagger gets wrong on names it never saw:
// - "Saudi Aramco raised …": a nationality and one word no list holds, read as MISC (as "Saudi riyal"
//   is) or as a person (no person's name starts with a nationality), before such a verb or "said";
// - "Emaar posted a profit …" (not "reported": papers report, and round 18 leaves "Kestrel reported the
//   vote first." alone): one capitalised word opening a sentence, left out by the tagger, that
//   news text writes capitalised or not at all (the casing table; never "We", "Sales") and no list
//   holds as a person, place or nationality.
import { listBits, listClassesAt, type DocContext } from './features';
import { TITLE } from './lexicon';
import { type TokenSpan, withUntagged } from './spans';
import { wordSet } from './word-set';
import { MISC, ORGANIZATION, PERSON } from './labels';

const RESULTS = ['posted', 'raised', 'issued'];
/** Names round 26: and a company's shares ("Infosys shares fell 4% …"). */
const RESULTS_VERBS = wordSet([...RESULTS, 'shares']);
const DEEDS = wordSet([...RESULTS, 'reported', 'said']);
const DEMONYM = listBits('demonym');
/** The organisations' lists: a word in any other (people, places, nationalities) is no unknown company. */
const ORG_LISTS = listBits('organization', 'seen-organization');

/** A word news text does not write in lower case: unknown to the casing table, or mostly capitalised. */
function capsName(ctx: DocContext, k: number): boolean {
  return ctx.cap[k] === TITLE && !ctx.allCaps[k] && (ctx.casing[k] === 0 || ctx.casing[k] >= 4);
}

export function companyDeeds(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    const b = s.from + 1;
    if ((s.type === MISC || s.type === PERSON) && s.to - b === 1 && !s.sure && !s.fixed && !s.held && DEEDS.has(ctx.lower[s.to]) &&
      capsName(ctx, b) && (listClassesAt(ctx, s.from) & DEMONYM) !== 0 && listClassesAt(ctx, b) === 0) s.type = ORGANIZATION;
  }
  // Cheap first: a sentence's first token.
  return withUntagged(ctx, spans, ORGANIZATION, (k) => ctx.sentFirst[k] === k && k + 1 < ctx.sentEnd[k] && RESULTS_VERBS.has(ctx.lower[k + 1]) &&
    capsName(ctx, k) && !ctx.titleCase[k] && (listClassesAt(ctx, k) & ~ORG_LISTS) === 0);
}
