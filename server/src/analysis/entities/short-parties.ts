// A party named with its country, "Reform UK", "Alba Scotland", is written by its first word alone
// later in the story ("Reform's candidate", "(Reform)"): that word, read as MISC or a person, is the
// party (round 21). Only a one-word span the tagger made, never an untagged word ("Cricket Australia"
// does not make every "cricket" a body). Round 23: in a results line ("Reform UK on 10,987 (31.8%)")
// the tagger reads the party as MISC, or as a word and the country apart: that is the party too.
import type { DocContext } from './features';
import { isDemonymWord } from './sports';
import { LOWER, TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { LOCATION, MISC, ORGANIZATION } from './labels';

const COUNTRIES = wordSet(['uk', 'britain', 'scotland', 'wales', 'england', 'ireland', 'australia', 'canada']);
const POSSESSIVES = wordSet(["'s", '’s']);
/** First words of a place named with its country ("Great Britain", "New England", "Northern Ireland"), never a party's. */
const PLACE_FIRSTS = wordSet(['great', 'new', 'northern', 'southern', 'western', 'eastern', 'north', 'south', 'west', 'east', 'central', 'greater', 'little']);

/** The word before a country could be a party's first word: capitalised, no place's modifier, no nationality. */
function partyWord(ctx: DocContext, k: number): boolean {
  return ctx.cap[k] === TITLE && !PLACE_FIRSTS.has(ctx.lower[k]) && !isDemonymWord(ctx, k);
}

/** "Reform" (MISC or a person) and "UK" (a place, or left out) read apart, side by side: one party. */
function joinCountryParties(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i];
    // "Reform UK surges" in a headline, the country left out: the party whole.
    if ((a.type === ORGANIZATION || a.type === MISC) && a.to - a.from === 1 && !a.sure && a.to < ctx.sentEnd[a.from] && COUNTRIES.has(ctx.lower[a.to]) &&
      (i + 1 >= spans.length || spans[i + 1].from > a.to) && partyWord(ctx, a.from) && !(a.to + 1 < ctx.sentEnd[a.from] && ctx.cap[a.to + 1] === TITLE)) {
      a.to++;
      a.type = ORGANIZATION;
      continue;
    }
    if (i + 1 >= spans.length) break;
    const b = spans[i + 1];
    if (a.to - a.from !== 1 || b.from !== a.to || b.type !== LOCATION || a.type === LOCATION || a.sure || b.sure) continue;
    if (!COUNTRIES.has(ctx.lower[b.from]) || !partyWord(ctx, a.from)) continue;
    // The place may have taken a small word after it ("UK on 10,987"): that is left alone, and dropped.
    a.to = b.from + 1;
    a.type = ORGANIZATION;
    b.from++;
    if (b.to === b.from || ctx.cap[b.from] !== TITLE) { b.to = b.from; drop = true; }
  }
  return drop ? spans.filter((s) => s.to > s.from) : spans;
}

export function shortParties(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  spans = joinCountryParties(ctx, spans);
  let firsts: Set<number> | null = null;
  for (const s of spans) {
    if (s.type !== ORGANIZATION && s.type !== MISC) continue;
    let len = s.to - s.from - (POSSESSIVES.has(ctx.lower[s.to - 1]) ? 1 : 0);
    // "Reform UK on 10,987" read with the small word after it (as MISC).
    const loose = s.type === MISC && len === 3 && ctx.cap[s.to - 1] === LOWER;
    if (loose) len = 2;
    if (len !== 2 || ctx.cap[s.from] !== TITLE || !COUNTRIES.has(ctx.lower[s.from + 1])) continue;
    if (s.type === MISC) {
      if (s.sure || !partyWord(ctx, s.from)) continue;
      s.type = ORGANIZATION;
      if (loose) s.to--;
    }
    (firsts ??= new Set()).add(ctx.lower[s.from]);
  }
  if (firsts === null) return spans;
  for (const s of spans) {
    const len = s.to - s.from - (s.to - s.from === 2 && POSSESSIVES.has(ctx.lower[s.to - 1]) ? 1 : 0);
    if (len === 1 && s.type !== ORGANIZATION && !s.sure && firsts.has(ctx.lower[s.from])) s.type = ORGANIZATION;
  }
  return spans;
}
