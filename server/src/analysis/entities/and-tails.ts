// A body named for several portfolios after "of"/"for": "Ministry of Health, Labour and Welfare",
// "Chartered Institute of Public Finance and Accountancy", "Office of Rail and Road" (issue 10,
// round 20: each came out as the body up to its first portfolio and the others as names of their
// own). A non-person name with "of" or "for" inside, then (", " portfolio)* "and" portfolio, each
// portfolio one or two capitalised common nouns (usually written in lower case, "Labour", or a word
// no list knows that the tagger did not read as a person or place), and no capitalised word after
// the last, is one organisation. A portfolio that ends in a body's word ("… and Foreign Office")
// is a second body: left alone.
import { aloneInListsAt, listBits, type DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import { ORG_HEAD_HASHES } from './org-words';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON, ORGANIZATION, LOCATION } from './labels';

const AND = hashLower('and');
const COMMA = hashLower(','), SERVICES = hashLower('services');
const OF_FOR = wordSet(['of', 'for']);
/** Portfolios usually capitalised (a party's name too). */
const CAPITALISED_PORTFOLIOS = wordSet(['labour', 'labor']);
const NAME_LISTS = listBits('first-name', 'last-name', 'person', 'seen-person', 'location', 'seen-location', 'country', 'demonym');

export function andTails(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let gone: Set<TokenSpan> | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.type === PERSON || s.type === LOCATION || s.to - s.from < 3 || s.to + 1 >= ctx.sentEnd[s.from]) continue;
    const next = ctx.lower[s.to];
    if (next !== AND && next !== COMMA) continue;
    if (!hasOfFor(ctx, s) || ORG_HEAD_HASHES.has(ctx.lower[s.to - 1])) continue;
    // The tail: portfolios joined by commas, the last after "and".
    let k = s.to, j = i + 1, end = -1;
    for (let guard = 0; guard < 6; guard++) {
      const sep = ctx.lower[k];
      if (sep !== AND && sep !== COMMA) break;
      let e = k + 1;
      while (e < ctx.sentEnd[s.from] && e - k <= 2 && portfolioWord(ctx, spans, e)) e++;
      // Round 21: "Services" ends a portfolio ("… of Health and Human Services"), not a second body.
      if (e === k + 1 || (ORG_HEAD_HASHES.has(ctx.lower[e - 1]) && ctx.lower[e - 1] !== SERVICES)) break;
      // Spans inside the tail may go (none a rule is sure of); one reaching past its end keeps the tail
      // out (within, below). Round 22: one across portfolios may go too ("… of Economy" + ", " +
      // "Trade and Industry", read as a name of its own).
      let inside = true;
      for (let m = j; m < spans.length && spans[m].from < e; m++) if (spans[m].to > k && (spans[m].sure || spans[m].fixed)) inside = false;
      if (!inside) break;
      if (sep === AND) { if (e >= ctx.sentEnd[s.from] || ctx.cap[e] !== TITLE) end = e; break; }
      k = e;
    }
    if (end < 0 || !within(spans, j, s.to, end)) continue;
    while (j < spans.length && spans[j].from < end) (gone ??= new Set()).add(spans[j++]);
    s.to = end;
    s.type = ORGANIZATION;
    i = j - 1;
  }
  return gone ? spans.filter((x) => !gone!.has(x)) : spans;
}

/** The spans from index j that start before `end` lie inside the tail, from `from` to `end`. */
function within(spans: TokenSpan[], j: number, from: number, end: number): boolean {
  for (let m = j; m < spans.length && spans[m].from < end; m++) if (spans[m].from < from || spans[m].to > end) return false;
  return true;
}

function hasOfFor(ctx: DocContext, s: TokenSpan): boolean {
  for (let k = s.from + 1; k < s.to - 1; k++) if (OF_FOR.has(ctx.lower[k])) return true;
  return false;
}

/** Token k may be a portfolio's word: capitalised, a common noun or a word no list knows and the tagger did not read as a person or place. */
function portfolioWord(ctx: DocContext, spans: TokenSpan[], k: number): boolean {
  if (ctx.cap[k] !== TITLE || ctx.titleCase[k] || ctx.allCaps[k]) return false;
  if (CAPITALISED_PORTFOLIOS.has(ctx.lower[k])) return true;
  if ((aloneInListsAt(ctx, k) & NAME_LISTS) !== 0) return false;
  if (ctx.casing[k] >= 1 && ctx.casing[k] <= 3) return true;
  if (ctx.casing[k] !== 0) return false;
  for (const s of spans) if (s.from <= k && k < s.to) return s.type !== PERSON && s.type !== LOCATION;
  return true;
}
