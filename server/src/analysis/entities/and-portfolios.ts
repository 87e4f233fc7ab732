// "a spokeswoman for Health and Human Services Secretary Xavier Becerra": a body named for two
// portfolios joined by "and" ("Health and Human Services", "Housing and Urban Development", "Fish
// and Wildlife Service"). The tagger reads the body from the second portfolio and leaves the first
// word out. An untagged capitalised word usually written in lower case (a common noun: "Health",
// "Housing", "Fish"; not a surname), "and", then an organisation of two words or more ending in a
// body's word, are one organisation.
import { aloneInListsAt, listBits, type DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import { ORG_HEAD_HASHES } from './org-words';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

const AND = hashLower('and');
const DEMONYM = listBits('demonym');
/** Last words of a department's name beyond the organisation words of org-words.ts. */
const PORTFOLIO_ENDS = wordSet(['services', 'development', 'prevention', 'welfare', 'security', 'affairs']);
/** Usual-casing codes 1–3 (casing.ts): always or mostly lower case, or mixed. */
const MIXED_AT_MOST = 3;

export function andPortfolios(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let prevEnd = 0;
  let prev: TokenSpan | null = null;
  let gone: Set<TokenSpan> | null = null;
  for (const s of spans) {
    const and = s.from - 1, w = s.from - 2;
    const end = ctx.lower[s.to - 1];
    // Round 18: "Australian Competition and Consumer Commission", "Australian Securities and Investments
    // Commission": the first portfolio read as a name of its own with the country's nationality
    // ("Australian Competition", MISC) is the body's start too.
    if (prev !== null && prev.to === and && s.type === ORGANIZATION && s.to - s.from >= 2 && ctx.lower[and] === AND && !prev.sure && !prev.fixed &&
      prev.type !== 0 && prev.to - prev.from >= 2 && prev.to - prev.from <= 3 && (aloneInListsAt(ctx, prev.from) & DEMONYM) !== 0 && ctx.cap[w] === TITLE && ctx.casing[w] >= 1 && ctx.casing[w] <= 4 &&
      ORG_HEAD_HASHES.has(end) && !s.sure && !s.fixed) {
      s.from = prev.from;
      (gone ??= new Set()).add(prev);
      prev = s;
      prevEnd = s.to;
      continue;
    }
    // Round 20: "Britain's Competition and Markets Authority": the first portfolio read as a name of
    // its own (MISC "Competition") is the body's start as well.
    const alone = prev !== null && prev.to === and && prev.from === w && prev.type !== 0 && !prev.sure && !prev.fixed;
    if (alone && s.type === ORGANIZATION && s.to - s.from >= 2 && ctx.lower[and] === AND && !s.sure && !s.fixed &&
      ctx.cap[w] === TITLE && ctx.casing[w] >= 1 && ctx.casing[w] <= MIXED_AT_MOST && ORG_HEAD_HASHES.has(end) &&
      (w === ctx.sentFirst[w] || ctx.cap[w - 1] !== TITLE)) {
      s.from = w;
      (gone ??= new Set()).add(prev!);
      prev = s;
      prevEnd = s.to;
      continue;
    }
    if (s.type === ORGANIZATION && s.to - s.from >= 2 && w >= prevEnd && w >= ctx.sentFirst[s.from] && ctx.lower[and] === AND &&
      ctx.cap[w] === TITLE && ctx.casing[w] >= 1 && ctx.casing[w] <= MIXED_AT_MOST && (ORG_HEAD_HASHES.has(end) || PORTFOLIO_ENDS.has(end)) &&
      (w === ctx.sentFirst[w] || ctx.cap[w - 1] !== TITLE)) s.from = w;
    prevEnd = s.to;
    prev = s;
  }
  return gone ? spans.filter((x) => !gone!.has(x)) : spans;
}
