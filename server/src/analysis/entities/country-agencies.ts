// Government agencies named by their portfolio and their country: "Statistics Canada", "Health
// Canada", "Transport Scotland", "Sport England", "Historic Environment Scotland" (issue 10, round 19:
// "Transport Scotland" came out MISC, "Health Canada" a place "Canada"). CoNLL-2003 types
// "Statistics Canada" and "Environment Canada" ORGANIZATION. Sector bodies too ("Colleges Ontario"). A portfolio word in title case right
// before a country's name makes the two one sure organisation.
import type { Segmentation } from '../types';
import { aloneInListsAt, listBits, type DocContext } from './features';
import type { Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { CAPS, TITLE } from './lexicon';
import { type TokenSpan, tokenSpan, mergeByFrom } from './spans';
import { isCountry } from './sports';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

const PORTFOLIOS = wordSet([
  'statistics', 'health', 'transport', 'environment', 'elections', 'parks', 'revenue', 'sport', 'historic', 'natural',
  'fisheries', 'infrastructure', 'immigration', 'employment', 'justice', 'education', 'housing', 'forestry', 'tourism',
  'innovation', 'heritage', 'finance', 'agriculture', 'defence', 'water', 'energy', 'export', 'visit', 'skills',
  // Sector bodies named the same way: "Colleges Ontario", "Universities Canada", "Universities UK".
  'colleges', 'universities', 'hospitals', 'museums', 'libraries',
]);
/** Nations named after a portfolio that no country list may hold as a country. */
const FOR = hashLower('for');
const PLACES = listBits('location', 'country');
const NATIONS = wordSet(['canada', 'scotland', 'england', 'wales', 'ireland', 'australia', 'victoria', 'ontario', 'quebec', 'alberta', 'manitoba', 'saskatchewan']);

export function countryAgencies(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  let found: Array<[number, number]> | null = null;
  // The portfolio word starts a span ("Transport Scotland" read as MISC) or is right before one
  // ("Health" left out before the place "Canada"): only those words are looked at.
  let last = -1;
  for (const sp of spans) {
    const back = sp.from >= 2 && ctx.lower[sp.from - 1] === FOR ? 2 : 1;
    for (let k = Math.max(sp.from - back, last + 1); k <= sp.from && k + 1 < ctx.n; k++) {
      last = k;
      // Round 20: "Transport for London", "Transport for Wales": the portfolio, "for", a place.
      if (ctx.lower[k + 1] === FOR && ctx.cap[k] === TITLE && k + 2 < ctx.sentEnd[k] && ctx.cap[k + 2] === TITLE && PORTFOLIOS.has(ctx.lower[k]) && !ctx.titleCase[k] && !ctx.allCaps[k] &&
        !(k + 3 < ctx.sentEnd[k] && ctx.cap[k + 3] === TITLE) && !(k > ctx.sentFirst[k] && ctx.cap[k - 1] === TITLE) &&
        (NATIONS.has(ctx.lower[k + 2]) || (aloneInListsAt(ctx, k + 2) & PLACES) !== 0)) {
        (found ??= []).push([k, k + 3]);
        continue;
      }
      // Cheap tests first: two title-case words, the first a portfolio's.
      if (ctx.cap[k] !== TITLE || (ctx.cap[k + 1] !== TITLE && ctx.cap[k + 1] !== CAPS) || !PORTFOLIOS.has(ctx.lower[k]) || k + 1 >= ctx.sentEnd[k] || ctx.titleCase[k] || ctx.allCaps[k]) continue;
      // Not inside a longer name ("Alberta Health Services"): no capitalised word after it, none before.
      if (k + 2 < ctx.sentEnd[k] && ctx.cap[k + 2] === TITLE) continue;
      if (k > ctx.sentFirst[k] && ctx.cap[k - 1] === TITLE) continue;
      if (!NATIONS.has(ctx.lower[k + 1]) && !isCountry(gaz, ctx, tokenSpan(k + 1, k + 2, ORGANIZATION), seg)) continue;
      (found ??= []).push([k, k + 2]);
    }
  }
  if (found === null) return spans;
  const out: TokenSpan[] = [];
  let f = 0;
  for (const s of spans) {
    while (f < found.length && found[f][1] <= s.from) f++;
    if (f < found.length && s.from < found[f][1] && s.to > found[f][0]) {
      // A longer name over it stays ("Health Canada Building" is not read here).
      if (s.from < found[f][0] || s.to > found[f][1]) { found.splice(f, 1); out.push(s); }
      continue;
    }
    out.push(s);
  }
  return mergeByFrom(out, found.map(([a, b]) => tokenSpan(a, b, ORGANIZATION, true)));
}
