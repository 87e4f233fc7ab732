// Clubs named after their town in a results story, read from the words around one mention (CoNLL-2003
// types such a mention ORGANIZATION, the town elsewhere a place): a results line with a home team in
// capitals ("DETROIT 4 Kansas City 1") or a club with a nationality in its name ("London Irish 27
// Bristol 28"); "a homer for Los Angeles", "transferred to Milan", "winners over Orrell"; "to give
// Minnesota a 4-2 lead", "Texas's lead"; "Atlanta's Tom Glavine"; "Florida manager John Boles", "the
// former Blackburn and Southampton skipper". Only in an article with a game's score or a sports desk's headline
// ("SOCCER - …"), never a country (national sides are places), and for
// that mention only (`fixed`: kept out of the type votes, so "in Seattle" stays a place).
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import type { Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { CAPS, LOWER, PUNCT, TITLE } from './lexicon';
import { type TokenSpan, tokenSpan } from './spans';
import { CALENDAR, isCountry, isDemonymWord, mayHaveResult, scoreAt } from './sports';
import { wordSet } from './word-set';
import { PERSON, ORGANIZATION, LOCATION } from './labels';

/** "a homer for", "scored for", "played for", "his debut for": a player's deed for his club. */
const DEEDS_FOR = wordSet([
  'homer', 'homers', 'homered', 'goal', 'goals', 'scored', 'scores', 'scoring', 'played', 'plays', 'playing',
  'signed', 'signs', 'debut', 'appearance', 'appearances', 'touchdown', 'touchdowns', 'try', 'tries', 'pitched',
  'pitches', 'starts', 'saves', 'assists', 'points', 'runs', 'caps',
]);
const FOR = hashLower('for');
/** "transferred to Milan", "on loan from Bologna": a player moving between clubs. */
const MOVES = wordSet(['transferred', 'transfer', 'loaned', 'loan', 'sold']);
const TO_FROM = wordSet(['to', 'from']);
/** "winners over Orrell", "Texas's lead over Seattle": a result won over a club. */
const OVER_NOUNS = wordSet(['winners', 'lead', 'triumph', 'wins', 'victories']);
const OVER = hashLower('over');
/** "to give Minnesota a 4-2 lead". */
const GIVE = wordSet(['give', 'gave', 'gives', 'giving', 'put', 'puts', 'putting', 'handed', 'hand']);
const A_AN = wordSet(['a', 'an']);
const LEAD_NOUNS = wordSet(['lead', 'win', 'victory', 'advantage', 'edge']);
/** "Texas's lead", "Atlanta's winning streak": a standing only a club has. */
const CLUB_POSSESSIONS = wordSet(['lead', 'win', 'victory', 'defeat', 'loss', 'streak', 'winning', 'losing', 'starter', 'starters', 'bullpen', 'lineup', 'squad', 'goalkeeper', 'manager', 'coach']);
const POSSESSIVE = hashLower("'s");
/** Staff roles before a person ("Florida manager John Boles"); the skipper or boss alone is the club's too. */
const MANAGER = hashLower('manager');
const STAFF_ALONE = wordSet(['skipper', 'boss', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'captain', 'coach']);
const AND = hashLower('and');

/** The place span is not a country (known to the lists or not: "winners over Orrell"). */
function townMention(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, s: TokenSpan): boolean {
  const to = nameEnd(ctx, s);
  return to > s.from && !isCountry(gaz, ctx, tokenSpan(s.from, to, LOCATION), seg);
}

/** One past the span's last word, its possessive ("Texas's", read with the name) left out. */
function nameEnd(ctx: DocContext, s: TokenSpan): number {
  return ctx.lower[s.to - 1] === POSSESSIVE ? s.to - 1 : s.to;
}

/** Token k is a capitalised word a results line may name a team with (title case or all capitals). */
function teamWord(ctx: DocContext, k: number): boolean {
  return ctx.cap[k] === TITLE || ctx.cap[k] === CAPS;
}

/**
 * A unit that is exactly a results line, "Team 4 Team 1" (one to four capitalised words a side, a
 * one- or two-digit score after each, a full stop at most after): its two runs, else null.
 */
function resultsLine(ctx: DocContext, seg: Segmentation, first: number): [number, number, number, number] | null {
  let end = ctx.sentEnd[first];
  if (end - first >= 2 && ctx.cap[end - 1] === PUNCT && seg.tokens[end - 1].text === '.') end--;
  let k = first;
  const runs: number[] = [];
  for (let side = 0; side < 2; side++) {
    const from = k;
    while (k < end && k - from < 4 && teamWord(ctx, k)) k++;
    if (k === from || !scoreAt(seg, ctx, k, false)) return null;
    runs.push(from, k);
    k++;
  }
  return k === end ? [runs[0], runs[1], runs[2], runs[3]] : null;
}

/** Sports desks a wire writes first in a headline ("SOCCER - …", "Soccer-Manchester United …", "NFL AMERICAN FOOTBALL-…"). */
const SPORT_DESKS = new Set(['soccer', 'football', 'rugby', 'cricket', 'baseball', 'basketball', 'hockey', 'nfl', 'nba', 'nhl', 'mlb', 'sports']);

/** The article's first word is a sports desk's. */
function sportsDesk(seg: Segmentation): boolean {
  if (seg.tokens.length === 0) return false;
  const t = seg.tokens[0].text;
  const dash = t.indexOf('-');
  const word = dash > 0 ? t.slice(0, dash) : t;
  return word.length >= 3 && word.length <= 10 && SPORT_DESKS.has(word.toLowerCase());
}

export function clubContexts(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  if (spans.length === 0 || !(sportsDesk(seg) || mayHaveResult(seg, ctx, true))) return spans;
  let out = spans;
  // Results lines: each side's words are one team, whatever the tagger made of them.
  let teams: TokenSpan[] | null = null;
  let si = 0; // the first span that may overlap the line (lines and spans are both in text order)
  for (let first = 0; first < ctx.n; first = ctx.sentEnd[first]) {
    // A line of four to eleven tokens starting with a capitalised word: cheap tests first.
    const end = ctx.sentEnd[first];
    if (end - first < 4 || end - first > 11 || !teamWord(ctx, first)) continue;
    const line = resultsLine(ctx, seg, first);
    if (!line) continue;
    while (si < out.length && out[si].to <= first) si++;
    teamsOfLine(ctx, seg, gaz, out, si, line, (teams ??= []));
  }
  if (teams && teams.length > 0) out = mergeTeams(out, teams);
  // Round 18: a town that is a team in the article's results lines ("Ulsan 2 Jeonbuk 0") is that team
  // where the story names it alone too ("Ulsan moved to the top", "twice for Ulsan"), but not after
  // "in", "at", "near" (the town: "a rally in Ulsan").
  if (teams && teams.length > 0) sameTeams(ctx, out, teams);
  // One mention's context: the words around it first (most spans fail there), the lists last.
  for (let i = 0; i < out.length; i++) {
    const s = out[i];
    if (s.type !== LOCATION || s.sure || s.to - s.from > 3) continue;
    if (clubHere(ctx, seg, out, i) && townMention(ctx, seg, gaz, s)) { s.type = ORGANIZATION; s.fixed = true; }
  }
  return out;
}

const TOWN_WORDS = wordSet(['in', 'at', 'near', 'outside', 'around', 'across']);

function sameTeams(ctx: DocContext, spans: TokenSpan[], teams: TokenSpan[]): void {
  const names: number[] = [];
  for (const t of teams) if (t.to - t.from === 1 && ctx.cap[t.from] === TITLE) names.push(ctx.lower[t.from]);
  if (names.length === 0) return;
  for (const s of spans) {
    if (s.type !== LOCATION || s.to - s.from !== 1 || s.sure || s.fixed || !names.includes(ctx.lower[s.from])) continue;
    if (s.from > ctx.sentFirst[s.from] && TOWN_WORDS.has(ctx.lower[s.from - 1])) continue;
    s.type = ORGANIZATION; s.fixed = true;
  }
}

/** Adds the team spans of a results line's two runs: none for a country, a lone nationality, a date, or a run holding a sure name of another type. */
function teamsOfLine(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, spans: TokenSpan[], si: number, line: [number, number, number, number], teams: TokenSpan[]): void {
  for (let r = 0; r < 4; r += 2) {
    const from = line[r], to = line[r + 1];
    const run: TokenSpan = tokenSpan(from, to, ORGANIZATION, undefined, true);
    // Not a country, a lone nationality, nor a date ("Aug 27 Aug 26" heading a table of figures).
    if (isCountry(gaz, ctx, run, seg) || (to - from === 1 && isDemonymWord(ctx, from)) || CALENDAR.has(ctx.lower[from])) continue;
    let blocked = false;
    for (let j = si; j < spans.length && spans[j].from < line[3]; j++) {
      const s = spans[j];
      if (s.from < to && from < s.to && ((s.sure && s.type !== ORGANIZATION) || s.from < line[0] || s.to > line[3])) blocked = true;
    }
    if (!blocked) teams.push(run);
  }
}

/**
 * `spans` with the teams (in text order, apart) in place of every span they overlap: one walk over
 * both, merged in order (a sort of every span each analysis cost more than the rest of this file).
 */
function mergeTeams(spans: TokenSpan[], teams: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let t = 0; // the next team to place
  let o = 0; // the first team that may overlap a span
  for (const s of spans) {
    while (o < teams.length && teams[o].to <= s.from) o++;
    if (o < teams.length && teams[o].from < s.to) continue;
    while (t < teams.length && teams[t].from < s.from) out.push(teams[t++]);
    out.push(s);
  }
  while (t < teams.length) out.push(teams[t++]);
  return out;
}

/** The words around the town at `out[i]` name its club. */
function clubHere(ctx: DocContext, seg: Segmentation, out: TokenSpan[], i: number): boolean {
  const s = out[i];
  const f = s.from, first = ctx.sentFirst[f], end = ctx.sentEnd[f];
  // Before: "homer for X", "transferred to X", "winners over X", "give X a 4-2 lead".
  if (f - 2 >= first && ctx.cap[f - 1] === LOWER) {
    const w1 = ctx.lower[f - 1], w2 = ctx.lower[f - 2];
    if (w1 === FOR && DEEDS_FOR.has(w2)) return true;
    if (TO_FROM.has(w1) && MOVES.has(w2)) return true;
    if (w1 === OVER && OVER_NOUNS.has(w2)) return true;
  }
  if (f - 1 >= first && GIVE.has(ctx.lower[f - 1]) && ctx.cap[f - 1] === LOWER) {
    let k = s.to;
    if (k < end && A_AN.has(ctx.lower[k])) k++;
    if (k + 1 < end && scoreAt(seg, ctx, k, true) && LEAD_NOUNS.has(ctx.lower[k + 1])) return true;
  }
  // After: "X's lead", "X's Tom Glavine".
  const to = nameEnd(ctx, s);
  if (to + 1 < end && ctx.lower[to] === POSSESSIVE) {
    const k = to + 1;
    if (ctx.cap[k] === LOWER && CLUB_POSSESSIONS.has(ctx.lower[k])) return true;
    const next = i + 1 < out.length && out[i + 1].from === k ? out[i + 1] : null;
    if (next && next.type === PERSON && next.to - next.from >= 2) return true;
  }
  // "X manager John Boles", "X skipper", "the former X and Y skipper".
  let r = to;
  if (r + 1 < end && ctx.lower[r] === AND && teamWordRun(ctx, r + 1, end) > r + 1) r = teamWordRun(ctx, r + 1, end);
  if (r < end && ctx.cap[r] === LOWER) {
    if (STAFF_ALONE.has(ctx.lower[r])) return true;
    if (ctx.lower[r] === MANAGER && r + 1 < end && ctx.cap[r + 1] === TITLE) return true;
  }
  return false;
}

/** One past a run of one to three title-case words from k (k when there is none). */
function teamWordRun(ctx: DocContext, k: number, end: number): number {
  let e = k;
  while (e < end && e - k < 3 && ctx.cap[e] === TITLE) e++;
  return e;
}
