// "a spokeswoman for Health and Human Services Secretary Xavier Becerra": a body named for two
// portfolios joined by "and" ("Health and Human Services", "Housing and Urban Development", "Fish
// and Wildlife Service"). The tagger reads the body from the second portfolio and leaves the first
// word out. An untagged capitalised word usually written in lower case (a common noun: "Health",
// "Housing", "Fish"; not a surname), "and", then an organisation of two words or more ending in a
// body's word, are one organisation.
import type { DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import { ORG_HEAD_HASHES } from './org-words';
import type { TokenSpan } from './spans';
import { WordSet } from './word-set';

const ORGANIZATION = 1;
const AND = hashLower('and');
/** Last words of a department's name beyond the organisation words of org-words.ts. */
const PORTFOLIO_ENDS = new WordSet(['services', 'development', 'prevention', 'welfare', 'security', 'affairs'].map(hashLower));
/** Usual-casing codes 1–3 (casing.ts): always or mostly lower case, or mixed. */
const MIXED_AT_MOST = 3;

export function andPortfolios(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let prevEnd = 0;
  for (const s of spans) {
    const and = s.from - 1, w = s.from - 2;
    const end = ctx.lower[s.to - 1];
    if (s.type === ORGANIZATION && s.to - s.from >= 2 && w >= prevEnd && w >= ctx.sentFirst[s.from] && ctx.lower[and] === AND &&
      ctx.cap[w] === TITLE && ctx.casing[w] >= 1 && ctx.casing[w] <= MIXED_AT_MOST && (ORG_HEAD_HASHES.has(end) || PORTFOLIO_ENDS.has(end)) &&
      (w === ctx.sentFirst[w] || ctx.cap[w - 1] !== TITLE)) s.from = w;
    prevEnd = s.to;
  }
  return spans;
}
