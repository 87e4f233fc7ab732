// Football line-ups and score lines (issue 10, round 19). A match report ends with the teams:
// "Rovers: Keane; Dunne, Hale, Orr; …", a club's name, a colon, then players by line, lines
// apart by ";", players by ",", substitutes in brackets ("Subs: Lyle (Orr, 64)"). Every name in
// such a line is a player, a person, whatever the tagger made of a surname it never saw; the name
// before the colon is the club. A score line names two clubs ("Rovers 2-1 Albion: …"). A club so
// found is a sure organisation, so the type votes make every mention of it one (consistency.ts):
// a club named like a person ("Chelsea") is the club through the whole article.
// Cheap: a unit is looked at only when a colon is among its first five tokens, or (score lines)
// when the article has a dashed score at all (sports.ts memoises that test).
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import type { Gazetteer } from './gazetteer';
import { CAPS, DIGIT, LOWER, PUNCT, TITLE } from './lexicon';
import { type TokenSpan, tokenSpan } from './spans';
import { CALENDAR, isCountry, mayHaveResult, scoreAt } from './sports';
import { hashLower } from './hash';
import { wordSet } from './word-set';
import { PERSON, ORGANIZATION, LOCATION } from './labels';

const TOWN_WORDS = wordSet(['in', 'at', 'near', 'outside', 'around', 'across', 'from']);

/** Heads of a line of substitutes or a bench: players, but the head itself is no club. */
const BENCH_HEADS = wordSet(['subs', 'substitutes', 'bench', 'replacements', 'unused', 'sub']);
/** Small words inside a player's name ("van Dijk", "de Ligt", "dos Santos"). */
const NAME_PARTICLES = wordSet(['van', 'de', 'der', 'den', 'da', 'dos', 'das', 'di', 'del', 'la', 'le', 'von', 'ten', 'ter']);
/** Lower-case words a line-up may hold in brackets ("(capt)", "(gk)"): skipped, never names. */
const BRACKET_WORDS = wordSet(['capt', 'c', 'gk', 'captain', 'used', 'not', 'sent', 'off', 'og', 'pen']);
const SEMI = hashLower(';');
const COMMA = hashLower(',');
const COLON = hashLower(':');
const OPEN = hashLower('(');
const CLOSE = hashLower(')');
const STOP = hashLower('.');

/** A capitalised word a player's name or a club's may hold. */
function nameWord(ctx: DocContext, k: number): boolean {
  return ctx.cap[k] === TITLE || ctx.cap[k] === CAPS;
}

/**
 * The players of a line-up unit [from, end) after its head's colon at `colon`, as [from, to) pairs,
 * or null when the unit is no line-up: only capitalised runs (with name particles), ";", ",", a
 * bracket of substitutes with minutes, a full stop last.
 */
function players(ctx: DocContext, colon: number, end: number): number[] | null {
  const out: number[] = [];
  let depth = 0;
  for (let k = colon + 1; k < end;) {
    const w = ctx.lower[k];
    if (nameWord(ctx, k)) {
      let e = k + 1;
      while (e < end && e - k < 4 && (nameWord(ctx, e) || (ctx.cap[e] === LOWER && NAME_PARTICLES.has(ctx.lower[e]) && e + 1 < end && nameWord(ctx, e + 1)))) e++;
      out.push(k, e);
      k = e;
      continue;
    }
    if (ctx.cap[k] === PUNCT) {
      if (w === OPEN) depth++;
      else if (w === CLOSE) { if (--depth < 0) return null; }
      else if (w === STOP) { if (k !== end - 1) return null; }
      else if (w !== SEMI && w !== COMMA) return null;
      k++;
      continue;
    }
    // Minutes and lower-case marks only inside brackets.
    if (depth > 0 && (ctx.cap[k] === DIGIT || (ctx.cap[k] === LOWER && BRACKET_WORDS.has(w)))) { k++; continue; }
    return null;
  }
  return depth === 0 ? out : null;
}

/** Names of one or two words, none a country: a side's eleven written with commas only. */
function teamSheet(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, list: number[]): boolean {
  for (let i = 0; i < list.length; i += 2) {
    if (list[i + 1] - list[i] > 2 || ctx.cap[list[i]] !== TITLE) return false;
    if (isCountry(gaz, ctx, tokenSpan(list[i], list[i + 1], PERSON), seg)) return false;
  }
  return true;
}

/** Counts the ";" of a unit: a club's line-up writes its lines apart with them. */
function semicolons(ctx: DocContext, from: number, end: number): number {
  let n = 0;
  for (let k = from; k < end; k++) if (ctx.lower[k] === SEMI && ctx.cap[k] === PUNCT) n++;
  return n;
}

/** Tokens [a, a+len) and [b, b+len) are the same words. */
function sameWords(ctx: DocContext, a: number, b: number, len: number): boolean {
  for (let j = 0; j < len; j++) if (ctx.lower[a + j] !== ctx.lower[b + j]) return false;
  return true;
}

export function lineUps(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  const n = ctx.n;
  /** Clubs found: [from, to) pairs of one of their mentions. */
  const clubs: number[] = [];
  /** Players found: [from, to) pairs, and a player's one-word names (by word). */
  const found: number[] = [];
  const playerWords = new Set<number>();
  const benches: Array<[number, number]> = [];
  for (let first = 0; first < n; first = ctx.sentEnd[first]) {
    const end = ctx.sentEnd[first];
    if (end - first < 6 || !nameWord(ctx, first)) continue;
    let colon = -1;
    let headEnd = -1;
    for (let k = first + 1; k < end && k <= first + 4; k++) {
      if (ctx.cap[k] === PUNCT) {
        headEnd = k;
        if (ctx.lower[k] === COLON) colon = k;
        // "Rovers (4-3-3): …": the formation in brackets between the club and the colon.
        else if (ctx.lower[k] === OPEN && k + 3 < end && ctx.cap[k + 1] === DIGIT && ctx.lower[k + 2] === CLOSE && ctx.lower[k + 3] === COLON) colon = k + 3;
        break;
      }
      if (!nameWord(ctx, k)) break;
    }
    if (colon < 0) continue;
    const bench = colon === first + 1 && headEnd === colon && BENCH_HEADS.has(ctx.lower[first]);
    const lines = bench || semicolons(ctx, colon, end) > 0;
    const list = players(ctx, colon, end);
    // A club's eleven by lines: five names at least; a bench: one at least (kept until a club's line-up confirms the article).
    // Round 27: or a side written with commas only ("Rovers: Ellis, Knight, Hughes, …"): nine names at
    // least, surnames alone or two words, none a country (a list of nations is no team sheet).
    if (!list || list.length < (bench ? 2 : lines ? 10 : 18) || (!lines && !teamSheet(ctx, seg, gaz, list))) continue;
    if (bench) { benches.push([first, end]); continue; }
    const head = tokenSpan(first, headEnd, ORGANIZATION, true);
    // A national side is its country (CoNLL-2003 types it a place): the players still count.
    // "Squad: Michael Atherton (captain), …": a common word heads the list, no club.
    const common = headEnd - first === 1 && ctx.casing[first] >= 1 && ctx.casing[first] <= 3;
    if (!isCountry(gaz, ctx, head, seg) && !common) clubs.push(first, headEnd);
    for (let i = 0; i < list.length; i += 2) found.push(list[i], list[i + 1]);
  }
  if (found.length === 0) return scoreLineClubs(ctx, seg, gaz, spans, clubs);
  for (const [first, end] of benches) {
    const colon = first + 1;
    const list = players(ctx, colon, end);
    if (list) for (let i = 0; i < list.length; i += 2) found.push(list[i], list[i + 1]);
  }
  for (let i = 0; i < found.length; i += 2) if (found[i + 1] - found[i] === 1) playerWords.add(ctx.lower[found[i]]);
  let out = replaceSpans(spans, found, PERSON);
  // "Bukayo Saka" read as a body where the line-up names "Saka": a full name of a player.
  for (const s of out) {
    if (s.type === PERSON || s.sure || s.to - s.from < 2 || s.to - s.from > 3 || !playerWords.has(ctx.lower[s.to - 1])) continue;
    let title = true;
    for (let j = s.from; j < s.to; j++) if (ctx.cap[j] !== TITLE) title = false;
    if (title) s.type = PERSON;
  }
  out = scoreLineClubs(ctx, seg, gaz, out, clubs);
  return out;
}

/**
 * Adds the clubs of the article's score lines ("Rovers 2-1 Albion", one to three capitalised words
 * a side, not a month's dates nor a country) to `clubs`, then makes every span that spells a club
 * a sure organisation (a town's mention after "in", "at" aside).
 */
function scoreLineClubs(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, spans: TokenSpan[], clubs: number[]): TokenSpan[] {
  if (mayHaveResult(seg, ctx, false)) {
    for (let k = 1; k + 1 < ctx.n; k++) {
      // Title-case words both sides, in a unit that is neither all capitals nor Title Case ("REAL SCRAPE 1-1 DRAW").
      if (ctx.cap[k] !== DIGIT || ctx.cap[k - 1] !== TITLE || ctx.cap[k + 1] !== TITLE || ctx.allCaps[k - 1] || ctx.titleCase[k - 1] || !scoreAt(seg, ctx, k, true)) continue;
      const first = ctx.sentFirst[k], end = ctx.sentEnd[k];
      if (k - 1 < first || k + 1 >= end) continue;
      let a = k - 1;
      while (a > first && k - a < 3 && ctx.cap[a - 1] === TITLE) a--;
      let b = k + 2;
      while (b < end && b - k - 1 < 3 && ctx.cap[b] === TITLE) b++;
      // "Rovers 2-1 Albion 3-0 …" is a table, not a line; "June 5-9 First test" a month's dates.
      if (b < end && ctx.cap[b] === DIGIT) continue;
      if (!clubSide(ctx, seg, gaz, a, k) || !clubSide(ctx, seg, gaz, k + 1, b)) continue;
      clubs.push(a, k, k + 1, b);
    }
  }
  if (clubs.length > 0 || mayHaveResult(seg, ctx, false)) comebacks(ctx, seg, gaz, clubs);
  if (clubs.length === 0) return spans;
  const firstWords = new Set<number>();
  for (let i = 0; i < clubs.length; i += 2) firstWords.add(ctx.lower[clubs[i]]);
  for (const s of spans) {
    if (s.type === ORGANIZATION && s.sure) continue;
    if (!firstWords.has(ctx.lower[s.from])) continue;
    let club = false;
    for (let i = 0; i < clubs.length && !club; i += 2) club = clubs[i + 1] - clubs[i] === s.to - s.from && sameWords(ctx, clubs[i], s.from, s.to - s.from);
    if (!club) continue;
    // "a flat in Chelsea": the town where a place's word is before it.
    if (s.type === LOCATION && s.from > ctx.sentFirst[s.from] && TOWN_WORDS.has(ctx.lower[s.from - 1])) continue;
    s.type = ORGANIZATION; s.sure = true;
  }
  // The clubs' own mentions the tagger left out (the line-up's head, a score line's side).
  const added: number[] = [];
  for (let i = 0; i < clubs.length; i += 2) added.push(clubs[i], clubs[i + 1]);
  return addMissing(spans, added, ORGANIZATION);
}

/** Words between a club and the result it came back to win ("came from behind to beat", "rallied to edge"). */
const COMEBACK_WORDS = wordSet(['came', 'come', 'from', 'behind', 'back', 'to', 'rallied', 'fought', 'recovered', 'bounced', 'went', 'on']);
const BEAT_VERBS = wordSet(['beat', 'defeat', 'down', 'edge', 'overcome', 'thrash', 'stun', 'sink']);
/** Words that open a clause a club may start ("… as Leicester came from behind …"). */
const CLAUSE_OPENERS = wordSet(['as', 'while', 'when', 'after', 'and', 'but', 'before', 'since', 'where', ',', ';']);

/**
 * "Leicester came from behind to beat Fulham 2-1": a run first in its sentence (or clause), lower-case words of a
 * comeback, a beating verb, a run and a dashed score; both runs are clubs (sports.ts reads the club
 * right before the verb; round 19's user saw this one a place).
 */
function comebacks(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, clubs: number[]): void {
  for (let first = 0; first < ctx.n; first++) {
    const end = ctx.sentEnd[first];
    if (ctx.cap[first] !== TITLE || ctx.titleCase[first] || ctx.allCaps[first]) continue;
    // Round 20: or after a clause's first word ("Smith scored twice as Leicester came from behind …").
    if (first !== ctx.sentFirst[first] && !((ctx.cap[first - 1] === LOWER || ctx.cap[first - 1] === PUNCT) && CLAUSE_OPENERS.has(ctx.lower[first - 1]))) continue;
    let e = first + 1;
    while (e < end && e - first < 3 && ctx.cap[e] === TITLE) e++;
    let k = e;
    while (k < end && k - e < 5 && ctx.cap[k] === LOWER && COMEBACK_WORDS.has(ctx.lower[k])) k++;
    if (k - e < 2 || k >= end || ctx.cap[k] !== LOWER || !BEAT_VERBS.has(ctx.lower[k])) continue;
    let b = k + 1;
    while (b < end && b - k - 1 < 3 && ctx.cap[b] === TITLE) b++;
    if (b === k + 1 || !scoreAt(seg, ctx, b, true)) continue;
    if (clubSide(ctx, seg, gaz, first, e) && clubSide(ctx, seg, gaz, k + 1, b)) clubs.push(first, e, k + 1, b);
  }
}

/** Tokens [f, t) may be a club of a score line: no date, no country, no word usually in lower case alone ("Dividend"). */
function clubSide(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, f: number, t: number): boolean {
  for (let j = f; j < t; j++) if (CALENDAR.has(ctx.lower[j])) return false;
  if (t - f === 1 && ctx.casing[f] >= 1 && ctx.casing[f] <= 3) return false;
  return !isCountry(gaz, ctx, tokenSpan(f, t, ORGANIZATION), seg);
}

/** `spans` with a sure span of `type` at each [from, to) of `at`, in place of any span it overlaps. */
function replaceSpans(spans: TokenSpan[], at: number[], type: number): TokenSpan[] {
  const put: TokenSpan[] = [];
  for (let i = 0; i < at.length; i += 2) put.push(tokenSpan(at[i], at[i + 1], type, true));
  put.sort((x, y) => x.from - y.from);
  const out: TokenSpan[] = [];
  let p = 0;
  for (const s of spans) {
    while (p < put.length && put[p].to <= s.from) out.push(put[p++]);
    let overlaps = false;
    for (let q = p; q < put.length && put[q].from < s.to; q++) if (put[q].to > s.from) overlaps = true;
    if (!overlaps) out.push(s);
  }
  while (p < put.length) out.push(put[p++]);
  return out;
}

/** `spans` with a sure span of `type` at each [from, to) of `at` that no span overlaps. */
function addMissing(spans: TokenSpan[], at: number[], type: number): TokenSpan[] {
  const put: TokenSpan[] = [];
  for (let i = 0; i < at.length; i += 2) {
    const f = at[i], t = at[i + 1];
    if (put.some((x) => x.from === f)) continue;
    if (spans.some((s) => s.from < t && f < s.to)) continue;
    put.push(tokenSpan(f, t, type, true));
  }
  if (put.length === 0) return spans;
  return [...spans, ...put].sort((x, y) => x.from - y.from);
}
