// Parties named by one word: Australia's and Israel's "Labor" (a common word in US copy, where
// "Labor Day", "Labor Department" and "Secretary of Labor" are other names), "Likud", "Fidesz",
// "Syriza", "Podemos". The 1996 tagger never saw "Labor" alone as a party and leaves it out
// ("put Labor ahead of the Coalition"). A capitalised one mid-sentence, not after "of" and not
// the first word of a longer name, is an organisation.
import type { DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import { type TokenSpan, withUntagged } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

// Round 24: Britain's and Canada's "Conservatives" and "Tories" by the party's own plural ("The Conservatives
// won 14 seats, Labour 11"), which the tagger leaves out in a results line.
const PARTIES = wordSet(['labor', 'likud', 'fidesz', 'syriza', 'podemos', 'conservatives', 'tories']);
const OF = hashLower('of');

export function bareParties(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.to - s.from === 1 && s.type !== ORGANIZATION && !s.sure && isParty(ctx, s.from)) { s.type = ORGANIZATION; s.sure = true; }
  }
  return withUntagged(ctx, spans, ORGANIZATION, (k) => isParty(ctx, k));
}

/** Token k is a listed party name written "Labor", mid-sentence, not after "of", not before another capitalised word. */
function isParty(ctx: DocContext, k: number): boolean {
  if (ctx.cap[k] !== TITLE || !PARTIES.has(ctx.lower[k]) || k === ctx.sentFirst[k]) return false;
  if (ctx.lower[k - 1] === OF) return false;
  return !(k + 1 < ctx.n && k + 1 < ctx.sentEnd[k] && ctx.cap[k + 1] >= TITLE);
}
