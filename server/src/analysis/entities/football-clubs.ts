// European football clubs wear their kind as a short prefix or suffix ("FC Rheinau", "SC Freiburg",
// "AS Monaco", "VfB Stuttgart", "Everton FC"): the prefix and the capitalised words after it are
// the club, an organisation (CoNLL-2003 types "FC Porto", "SV Ried", "VfB Stuttgart" so), whatever
// the tagger read ("Rheinau" as MISC, "SC" alone); the same words alone elsewhere in the article
// ("Rheinau have signed …", "Zeeburg coach …", read as a person) are the club too, unless they are
// a place the lists know ("FC Barcelona" … "in Barcelona" stays the city). A competition's name
// ("Champions League", "Eredivisie") is MISC, as CoNLL-2003 types "UEFA Cup" and "Bundesliga".
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { lazy } from './lazy';
import { CAPS, LOWER, TITLE } from './lexicon';
import { wordSet } from './word-set';
import { type TokenSpan, mergeByFrom, sortByFrom, tokenSpan } from './spans';
import { ORGANIZATION, MISC } from './labels';

/** Prefixes of clubs' names, as written (not "US", "SS", "CA": "US Open", "SS St. Louis", California). */
const PREFIXES = new Set(['FC', 'SC', 'AS', 'AC', 'SV', 'CF', 'CD', 'UD', 'SD', 'FK', 'NK', 'SK', 'RC', 'KV', 'KRC', 'TSG', 'VfB', 'VfL', 'BSC', 'SSC', 'OGC', 'RCD', 'AFC', 'PFC', 'HNK', 'GNK']);
/** Suffixes after a club's name ("Everton FC", "Valencia CF"). */
const SUFFIXES = new Set(['FC', 'AFC', 'CF']);
/** Round 24: "SC" is a club's suffix after a club's own word ("St. Louis City SC", "Orlando City SC"; not the state in "Greenville SC"). */
const CLUB_WORDS = wordSet(['city', 'united', 'town', 'athletic', 'county', 'rovers', 'wanderers', 'albion', 'rangers']);
/** The prefixes and suffixes by their lower-case hash: most capitalised words are tested by this alone. */
const AFFIX_HASHES = wordSet([...PREFIXES, ...SUFFIXES].map((w) => w.toLowerCase()));
/** First words of the competitions: only spans starting with one are hashed whole. */
const COMPETITION_FIRSTS = wordSet(['premier', 'champions', "champions'", 'europa', 'conference', 'eredivisie', 'bundesliga', 'la', 'serie', 'ligue', 'primeira', 'super', 'süper', 'scottish', 'league', 'carabao', 'copa', 'coppa', 'dfb', 'dfb-pokal', 'club', 'nations', 'a-league', 'j.league', 'k']);
/** Round 20: confederations before a competition ("AFC Champions League", "UEFA Europa League", "CAF Confederation Cup"). */
const CONFEDERATIONS = wordSet(['afc', 'uefa', 'caf', 'concacaf', 'conmebol', 'ofc', 'fifa']);
/** One-word competitions the tagger may leave out ("after the J.League champions"); words news text never wrote (casing unknown: the test that passes most tokens by). */
const ONE_WORD_COMPETITIONS = wordSet(['j.league', 'a-league']);
/** "A-League Men", "A-League Women": the league's own two halves. */
const LEAGUE_HALVES = wordSet(['men', 'women']);
const A_LEAGUE = hashLower('a-league');
const PLACE_BITS = ['location', 'seen-location', 'country'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);

const phrases = (names: string[]): ReadonlySet<number> => new Set(names.map((p) => { const ws = p.split(' ').map(hashLower); return phraseHash(ws, 0, ws.length); }));
/** Competitions, as phrase hashes of their lower-case words (made when first asked: few stories name one). */
const COMPETITIONS = lazy(() => phrases([
  'premier league', 'champions league', "champions' league", 'europa league', 'conference league', 'europa conference league',
  'eredivisie', 'bundesliga', 'la liga', 'serie a', 'serie b', 'ligue 1', 'ligue 2', 'primeira liga', 'super lig', 'süper lig',
  'scottish premiership', 'league cup', 'carabao cup', 'copa del rey', 'coppa italia', 'dfb pokal', 'dfb-pokal', 'copa libertadores',
  'club world cup', 'nations league', 'a-league', 'j.league', 'k league',
  // After a confederation ("AFC Cup", "CAF Confederation Cup", "FIFA World Cup").
  'cup', 'super cup', 'world cup', 'asian cup', 'gold cup', 'confederation cup', 'champions cup',
]));

/** A competition's name read as an organisation or a place is MISC (run after the rules that type by a last word). */
export function competitions(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let prevEnd = 0;
  let added: TokenSpan[] | null = null;
  for (const s of spans) {
    // "AFC Champions League", read as a club or a body: a confederation, then a competition.
    if (s.type !== MISC && s.to - s.from >= 2 && s.to - s.from <= 4 && !s.sure && CONFEDERATIONS.has(ctx.lower[s.from]) && ctx.cap[s.from + 1] === TITLE &&
      COMPETITIONS().has(phraseHash(ctx.lower, s.from + 1, s.to))) { s.type = MISC; prevEnd = s.to; continue; }
    // "A-League" + "Men".
    if (s.to - s.from === 1 && ctx.lower[s.from] === A_LEAGUE && s.to < ctx.sentEnd[s.from] && ctx.cap[s.to] === TITLE && LEAGUE_HALVES.has(ctx.lower[s.to])) { s.to++; s.type = MISC; }
    // "Serie" + "A" read as a person: a competition's first word left untagged right before the span joins it.
    const b = s.from - 1;
    const untaggedFirst = b >= prevEnd && b >= ctx.sentFirst[s.from] && s.to - s.from <= 2 && ctx.cap[b] === TITLE && COMPETITION_FIRSTS.has(ctx.lower[b]);
    prevEnd = s.to;
    if (untaggedFirst && !s.sure && COMPETITIONS().has(phraseHash(ctx.lower, b, s.to))) { s.from = b; s.type = MISC; continue; }
    if (s.type === MISC || s.to - s.from > 4 || ctx.cap[s.from] < TITLE || !COMPETITION_FIRSTS.has(ctx.lower[s.from])) continue;
    if (COMPETITIONS().has(phraseHash(ctx.lower, s.from, s.to))) s.type = MISC;
  }
  // "the J.League champions": a one-word competition left out.
  let i = 0;
  for (let k = 0; k < ctx.n; k++) {
    if (ctx.casing[k] !== 0 || ctx.cap[k] !== TITLE || !ONE_WORD_COMPETITIONS.has(ctx.lower[k])) continue;
    while (i < spans.length && spans[i].to <= k) i++;
    if (i < spans.length && spans[i].from <= k) continue;
    const halves = k + 1 < ctx.sentEnd[k] && ctx.lower[k] === A_LEAGUE && ctx.cap[k + 1] === TITLE && LEAGUE_HALVES.has(ctx.lower[k + 1]);
    (added ??= []).push(tokenSpan(k, halves ? k + 2 : k + 1, MISC));
  }
  return added ? mergeByFrom(spans, added) : spans;
}

/** Tokens [from, to) are all in lower case (none when to <= from). */
function lowerTail(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.cap[k] !== LOWER) return false;
  return true;
}

/** Runs of 1–3 title-case words starting at k (not a line of capitals). */
function titleRun(ctx: DocContext, k: number): number {
  let e = k;
  while (e < ctx.sentEnd[k] && e - k < 3 && ctx.cap[e] === TITLE && !ctx.allCaps[e]) e++;
  return e;
}

export function footballClubs(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  // Clubs: a prefix word (2–4 letters, capitals first) before a title-case word, or a suffix after one.
  let clubs: Array<[number, number]> | null = null;
  for (let k = 0; k + 1 < ctx.n; k++) {
    // The affixes are in capitals ("FC") or mixed ("VfB"): title-case words, the most, are passed by one read.
    if (ctx.cap[k] < CAPS || !AFFIX_HASHES.has(ctx.lower[k]) || ctx.allCaps[k]) continue;
    const t = toks[k].text;
    if (t.length < 2 || t.length > 4) continue;
    if (PREFIXES.has(t) && ctx.cap[k + 1] === TITLE && toks[k + 1].start === toks[k].end + 1 && k + 1 < ctx.sentEnd[k]) {
      const end = titleRun(ctx, k + 1);
      // "AFC Champions League", "AFC Cup": a confederation's competition, no club.
      if (COMPETITIONS().has(phraseHash(ctx.lower, k + 1, end))) continue;
      (clubs ??= []).push([k, end]);
    } else if ((SUFFIXES.has(t) || (t === 'SC' && k > 0 && CLUB_WORDS.has(ctx.lower[k - 1]))) && k > ctx.sentFirst[k] && ctx.cap[k - 1] === TITLE && !ctx.allCaps[k - 1]) {
      let b = k - 1;
      while (b > ctx.sentFirst[k] && k - b < 3 && ctx.cap[b - 1] === TITLE && !ctx.allCaps[b - 1]) b--;
      (clubs ??= []).push([b, k + 1]);
    }
  }
  if (!clubs) return spans;
  // The club's own words (without the prefix or suffix), for its mentions alone.
  const names = new Set<number>();
  const firsts = new Set<number>();
  let out = spans;
  for (const [from, to] of clubs) {
    const prefix = PREFIXES.has(toks[from].text) && ctx.cap[from + 1] === TITLE;
    const a = prefix ? from + 1 : from;
    const b = prefix ? to : to - 1;
    if ((Math.max(0, gaz.get(phraseHash(ctx.lower, a, b), 0)) & PLACE_BITS) === 0) { names.add(phraseHash(ctx.lower, a, b)); firsts.add(ctx.lower[a]); }
    // The spans inside or across the club's words are replaced by the club.
    let lo = from, hi = to;
    // (A span running on past the club in lower case only, "FC on", is the tagger's slip: round 20.)
    for (const s of out) if (s.from < hi && s.to > lo && s.type !== 0) { lo = Math.min(lo, s.from); hi = Math.max(hi, lowerTail(ctx, to, s.to) ? to : s.to); }
    if (lo < from || hi > to) continue; // a longer name holds it ("FC Tirol Innsbruck"): leave it
    out = out.filter((s) => !(s.from < to && s.to > from));
    out.push(tokenSpan(from, to, ORGANIZATION, true));
  }
  out = sortByFrom(out);
  if (names.size === 0) return out;
  // "Rheinau have signed …": the club's words alone, tagged otherwise or not at all.
  let added: TokenSpan[] | null = null;
  let i = 0;
  for (let k = 0; k < ctx.n; k++) {
    if (ctx.cap[k] !== TITLE || !firsts.has(ctx.lower[k])) continue;
    while (i < out.length && out[i].to <= k) i++;
    const s = i < out.length && out[i].from <= k ? out[i] : null;
    if (s) {
      if (s.from === k && s.type !== ORGANIZATION && !s.sure && names.has(phraseHash(ctx.lower, s.from, s.to))) { s.type = ORGANIZATION; s.sure = true; }
      continue;
    }
    for (let e = Math.min(titleRun(ctx, k), k + 3); e > k; e--) {
      if (!names.has(phraseHash(ctx.lower, k, e))) continue;
      (added ??= []).push(tokenSpan(k, e, ORGANIZATION, true));
      k = e - 1;
      break;
    }
  }
  return added ? mergeByFrom(out, added) : out;
}
