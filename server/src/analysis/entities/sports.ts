// Teams named after places are organisations (CoNLL-2003 and house conventions): a place
// followed by a team nickname ("San Jose Sharks", "Los Angeles Kings"), and a city, state or
// school as the subject or object of a result verb ("Oklahoma beat Brigham Young", "Houston
// won"). Countries stay places (national sides are LOCATION in CoNLL-2003).
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { GAZ_CLASSES, GAZ_PER_TOKEN, phraseHash, type Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { type TokenSpan, mergeByFrom, tokenSpan } from './spans';
import { DIGIT, LOWER, PUNCT, TITLE } from './lexicon';
import { WordSet, wordSet } from './word-set';
import { PERSON, ORGANIZATION, LOCATION, MISC } from './labels';

export const PLACE_BITS = ['location', 'seen-location', 'country'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);
const COUNTRY_BIT = 1 << GAZ_CLASSES.indexOf('country');
/** Lists that make a capitalised plural before a sports role no team ("Jones coach"?). */
const NOT_TEAM = ['seen-person', 'seen-location', 'demonym', 'location', 'country', 'last-name', 'person'].map((c) => GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number]));
/** Name lists that make a capitalised plural something other than a nickname ("Democrats"). */
const NOT_NICKNAME = ['seen-person', 'seen-location', 'seen-misc', 'demonym', 'location', 'country'].map((c) => GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number]));

const SURNAME_LISTS = ['last-name', 'person', 'seen-person'].map((c) => GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number]));
const FIRST_NAME_LIST = [GAZ_CLASSES.indexOf('first-name')];
const PLACE_LISTS = ['location', 'seen-location', 'country'].map((c) => GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number]));

const DEMONYM_LIST = [GAZ_CLASSES.indexOf('demonym')];
/** Token k is a nationality word of the lists ("Irish"). */
export function isDemonymWord(ctx: DocContext, k: number): boolean {
  return inList(ctx, k, DEMONYM_LIST);
}

/** Token k is, on its own or as part of a longer entry, in one of the lists. */
function inList(ctx: DocContext, k: number, classes: number[]): boolean {
  for (let g = 0; g < GAZ_PER_TOKEN; g++) {
    const code = ctx.gaz[k * GAZ_PER_TOKEN + g];
    if (code === 0) return false;
    if (classes.includes((code - 1) >> 2)) return true;
  }
  return false;
}

/** A capitalised plural ("Sharks", "Cubs") that no name list claims (`strict`), or no list of people or places. */
function isNickname(ctx: DocContext, text: string, k: number, strict = true): boolean {
  if (ctx.cap[k] !== 3 || ctx.titleCase[k] || text.length < 4 || text.charCodeAt(text.length - 1) !== 115 /* s */ || text.charCodeAt(text.length - 2) === 115) return false;
  if (PLACE_PLURALS.has(text.toLowerCase())) return false;
  for (let g = 0; g < GAZ_PER_TOKEN; g++) {
    const code = ctx.gaz[k * GAZ_PER_TOKEN + g];
    if (code === 0) break;
    if ((strict ? NOT_NICKNAME : NOT_TEAM).includes((code - 1) >> 2)) return false;
  }
  return true;
}

/** Plural heads of place names that are not team nicknames. */
const PLACE_PLURALS = new Set([
  'islands', 'isles', 'heights', 'falls', 'springs', 'hills', 'mountains', 'lakes', 'rapids', 'plains', 'keys',
  'gardens', 'woods', 'sands', 'flats', 'alps', 'highlands', 'states', 'emirates', 'territories', 'provinces',
  'cliffs', 'shoals', 'downs', 'glades', 'oaks', 'pines', 'palms', 'forks', 'banks', 'lowlands', 'marshes',
  'narrows', 'straits', 'dunes', 'fields', 'meadows', 'rocks', 'philippines', 'netherlands', 'bahamas', 'maldives',
  'seychelles', 'comoros', 'grenadines', 'americas', 'indies', 'antilles', 'azores', 'canaries', 'balkans', 'andes',
  'himalayas', 'rockies', 'pyrenees', 'carpathians', 'appalachians', 'midlands', 'hebrides', 'cyclades', 'dardanelles',
]);

/** Verbs of a sports result whose subject (and object) is a team. */
const RESULT_VERBS = wordSet([
  'beat', 'beats', 'defeated', 'defeats', 'edged', 'edges', 'routed', 'routs', 'thrashed', 'crushed', 'downed',
  'blanked', 'outscored', 'outlasted', 'overpowered', 'upset', 'trounced', 'whipped', 'swept', 'stunned',
]);
const WON_VERBS = wordSet(['won', 'wins', 'lost', 'loses', 'rallied', 'drew', 'tied', 'clinched', 'advanced']);
const AT = wordSet(['at', 'away']);
const THE = hashLower('the');

export function phraseMask(gaz: Gazetteer, ctx: DocContext, from: number, to: number): number {
  return Math.max(0, gaz.get(phraseHash(ctx.lower, from, to), 0));
}

export function isCountry(gaz: Gazetteer, ctx: DocContext, s: TokenSpan, seg?: Segmentation): boolean {
  if (phraseMask(gaz, ctx, s.from, s.to) & COUNTRY_BIT) return true;
  // "The Netherlands"
  if (seg && s.to - s.from > 1 && seg.tokens[s.from].text.toLowerCase() === 'the' && (phraseMask(gaz, ctx, s.from + 1, s.to) & COUNTRY_BIT)) return true;
  for (let g = 0; g < GAZ_PER_TOKEN && s.to - s.from === 1; g++) {
    const code = ctx.gaz[s.from * GAZ_PER_TOKEN + g];
    if (code === 0) break;
    if (code === 1 + GAZ_CLASSES.indexOf('country') * 4) return true;
  }
  return false;
}

/**
 * "The Halverton Herons beat …": a town no list knows, then a nickname, read as a person or a
 * place. "the" before it or a result verb after it makes it a team (people's names do not take
 * "the", and a nickname is a plural no list of names or places holds).
 */
function unknownPlaceTeam(ctx: DocContext, seg: Segmentation, s: TokenSpan): boolean {
  if ((s.type !== PERSON && s.type !== LOCATION) || s.sure || s.to - s.from < 2 || !isNickname(ctx, seg.tokens[s.to - 1].text, s.to - 1)) return false;
  for (let k = s.from; k < s.to; k++) if (ctx.cap[k] !== 3 || ctx.allCaps[k] || ctx.titleCase[k]) return false;
  // Not a person's name: "the Bernie Sanders campaign", "the Tom Hanks movie".
  if (inList(ctx, s.to - 1, SURNAME_LISTS) || (inList(ctx, s.from, FIRST_NAME_LIST) && !inList(ctx, s.from, PLACE_LISTS))) return false;
  const before = s.from > ctx.sentFirst[s.from] ? ctx.lower[s.from - 1] : 0;
  const next = s.to < ctx.sentEnd[s.from] ? ctx.lower[s.to] : 0;
  return before === THE || RESULT_VERBS.has(next);
}

/** Players' and coaches' roles: a nickname right before one is the team ("Kings forward Anze Kopitar"). */
const SPORT_ROLES = wordSet([
  'coach', 'captain', 'forward', 'striker', 'midfielder', 'defender', 'goalkeeper', 'goalie', 'quarterback',
  'pitcher', 'winger', 'defenseman', 'linebacker', 'receiver', 'outfielder', 'shortstop', 'catcher', 'batsman',
  'bowler', 'centre', 'center', 'rookie', 'starter', 'reliever', 'infielder', 'fullback', 'halfback',
]);

/** "Kings forward …", "Herons coach …": a nickname before a sports role, tagged or not, is a team. */
function teamsBeforeRoles(ctx: DocContext, seg: Segmentation, spans: TokenSpan[], found: number[]): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  let s = 0;
  for (let k = 0; k + 1 < ctx.n; k++) {
    if (ctx.cap[k + 1] !== 2 || !SPORT_ROLES.has(ctx.lower[k + 1]) || ctx.sentFirst[k + 1] !== ctx.sentFirst[k]) continue;
    if (!isNickname(ctx, seg.tokens[k].text, k, false)) continue;
    found.push(ctx.lower[k]);
    while (s < spans.length && spans[s].to <= k) s++;
    const at = s < spans.length && spans[s].from <= k ? spans[s] : null;
    // Sure: not a modifier of the role noun (role-words.ts), and counted thrice by the type votes.
    if (at) {
      if (at.to - at.from === 1 && !at.sure) { at.type = ORGANIZATION; at.sure = true; }
    } else {
      (added ??= []).push(tokenSpan(k, k + 1, ORGANIZATION, true));
    }
  }
  if (!added) return spans;
  return mergeByFrom(spans, added);
}

/** Words before a team, not a town, in a game story ("scored for Portland", "a win over Tacoma"). */
const FOR_TEAM = wordSet(['for', 'against', 'over']);

/**
 * "the Portland Foxhounds" … "Portland forward Hugo Saint-Amand", "saves for Portland": once the
 * article names a team by its town and nickname, the town alone before a player's role, or after
 * "for", "against", "over", is the team.
 */
function townsAsTeams(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, spans: TokenSpan[]): void {
  let towns: Set<number> | null = null;
  for (const s of spans) {
    if (s.type === ORGANIZATION && s.to - s.from === 2 && isNickname(ctx, seg.tokens[s.to - 1].text, s.to - 1) &&
      (phraseMask(gaz, ctx, s.from, s.from + 1) & PLACE_BITS) !== 0) (towns ??= new Set()).add(ctx.lower[s.from]);
  }
  if (!towns) return;
  for (const s of spans) {
    if (s.type !== LOCATION || s.sure || s.to - s.from !== 1 || !towns.has(ctx.lower[s.from])) continue;
    const roleAfter = s.to < ctx.sentEnd[s.from] && ctx.cap[s.to] === 2 && SPORT_ROLES.has(ctx.lower[s.to]);
    const forBefore = s.from > ctx.sentFirst[s.from] && FOR_TEAM.has(ctx.lower[s.from - 1]);
    if (roleAfter || forBefore) s.type = ORGANIZATION;
  }
}

const WHO_WHICH = wordSet(['who', 'which']);
const SIDE = hashLower('side');
const LEAGUE = hashLower('league');
/** Sports that name a governing body's league ("National Hockey League"). */
const SPORTS = wordSet(['football', 'hockey', 'basketball', 'soccer', 'rugby', 'baseball', 'cricket']);
const IN = hashLower('in');
/** Last words of English and Scottish clubs' names named by their town. */
const CLUB_ENDS = wordSet(['town', 'county', 'city', 'united', 'rovers', 'albion', 'athletic', 'wanderers', 'rangers', 'orient', 'argyle']);

/** Words between a score and the team it was won or lost against ("lost 4-2 to X", "drew 1-1 with X"). */
const SCORE_TO = wordSet(['to', 'with', 'against', 'over']);
/** "a 3-1 win over X": the result noun between the score and the opponent (not "at X": the ground, a place). */
const RESULT_NOUNS = wordSet(['win', 'victory', 'defeat', 'loss', 'draw']);
/** Roles a team's name stands before in a results story ("Ashcombe defender …", "Vale manager …"), with SPORT_ROLES. */
const STAFF_ROLES = wordSet(['manager', 'boss', 'skipper', 'keeper', 'playmaker', 'substitute']);
/** Lists that make a capitalised run a person's name, not a team named by its town. */
const PERSON_LISTS = ['seen-person', 'person'].map((c) => GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number]));
/** Lists that make a capitalised word no team: "French striker", "the Open", a nationality. */
const NOT_TOWN_TEAM = ['demonym', 'seen-misc'].map((c) => GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number]));
/** Months and days ("July 2 June 1" in a table of dates). */
export const CALENDAR = wordSet([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Token k is a game score: "3" (one or two digits) or "3-1" (`wide`: up to three digits a side, "118-112"). */
export function scoreAt(seg: Segmentation, ctx: DocContext, k: number, dashed: boolean, wide = false): boolean {
  if (k < 0 || k >= ctx.n || ctx.cap[k] !== DIGIT) return false;
  const t = seg.tokens[k].text;
  const dash = t.indexOf('-');
  if (!dashed) return dash < 0 && t.length <= 2 && t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57;
  const most = wide ? 3 : 2;
  return dash > 0 && dash <= most && t.length - dash - 1 >= 1 && t.length - dash - 1 <= most && t.indexOf('-', dash + 1) < 0;
}

/**
 * A test every result below needs, cheaper than looking for them (most articles have none): a dashed
 * score ("2-0"), or a one- or two-digit score between two capitalised words ("Ashcombe 1 Kettering").
 */
export function mayHaveResult(seg: Segmentation, ctx: DocContext, wide = false): boolean {
  // Asked by several passes of one analysis (sportsTeams, teamsFromResults, club-contexts.ts): kept per context.
  let memo = RESULT_MEMO.get(ctx);
  if (!memo) RESULT_MEMO.set(ctx, (memo = Int8Array.of(-1, -1)));
  const i = wide ? 1 : 0;
  if (memo[i] < 0) memo[i] = scanForResult(seg, ctx, wide) ? 1 : 0;
  return memo[i] === 1;
}

/** What `mayHaveResult` answers, per document context and width (-1: not asked yet). */
const RESULT_MEMO = new WeakMap<DocContext, Int8Array>();

function scanForResult(seg: Segmentation, ctx: DocContext, wide: boolean): boolean {
  for (let k = 0; k < ctx.n; k++) {
    if (ctx.cap[k] !== DIGIT) continue;
    if (scoreAt(seg, ctx, k, true, wide)) return true;
    if (k > 0 && k + 1 < ctx.n && ctx.cap[k - 1] === TITLE && ctx.cap[k + 1] === TITLE && scoreAt(seg, ctx, k, false)) return true;
  }
  return false;
}

/**
 * Teams named by their town alone, known from the article's results: "Ashcombe 1 Kettering Vale 3"
 * (a results line), "Thornbury beat Millbrook 2-0", "Stanwick lost 4-2 to Harwood Town", "a 3-1 win
 * over Ashcombe", and, in an article with such a result, "Ashcombe defender …". Every mention of a name
 * found so is the team, tagged or not (no list knows these towns; a results story names a team by
 * its town throughout). Not a person's name (a given name first, or only words of the lists of people), not a
 * country (national sides are places), not a tennis line ("6-3 6-4": players, not teams).
 */
function teamsFromResults(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, spans: TokenSpan[], known = -1): TokenSpan[] {
  const n = ctx.n;
  // (`known`: 1 or 0 when the caller has already looked, -1 when not.)
  if (known === 0 || (known < 0 && !mayHaveResult(seg, ctx))) return spans;
  // Runs of one to three title-case words, tagged or not: [from, to) by their start.
  const runEnd = new Int32Array(n).fill(-1);
  let any = false;
  for (let k = 0; k < n; k++) {
    if (ctx.cap[k] !== TITLE || ctx.titleCase[k] || ctx.allCaps[k] || (k > ctx.sentFirst[k] && ctx.cap[k - 1] === TITLE)) continue;
    let e = k;
    while (e < ctx.sentEnd[k] && ctx.cap[e] === TITLE) e++;
    // "Bench coach …", "Former England …": a word first in its sentence that is usually lower case
    // (one of mixed casing may start a longer run: "Central Coast Mariners 3 …", round 20).
    if (k === ctx.sentFirst[k] && ctx.casing[k] >= 1 && ctx.casing[k] <= 3 && (ctx.casing[k] < 3 || e - k === 1)) continue;
    if (e - k <= 3) { runEnd[k] = e; any = true; }
  }
  if (!any) return spans;
  /** The runs noted as teams, by a number mixed from their words: [from, to] pairs (no string built). */
  const teams = new Map<number, number[]>();
  /** Where a result names the team: that mention is the team even if it is a town the lists know. */
  const at = new Set<number>();
  let found = false;
  const mix = (from: number, to: number): number => {
    let h = to - from;
    for (let j = from; j < to; j++) h = Math.imul(h ^ ctx.lower[j], 0x9e3779b1);
    return h;
  };
  /** Tokens [from, to) spell a noted team, word for word. */
  const noted = (from: number, to: number): boolean => {
    const runs = teams.get(mix(from, to));
    if (!runs) return false;
    for (let i = 0; i < runs.length; i += 2) {
      const f = runs[i];
      if (runs[i + 1] - f !== to - from) continue;
      let same = true;
      for (let j = 0; same && j < to - from; j++) same = ctx.lower[f + j] === ctx.lower[from + j];
      if (same) return true;
    }
    return false;
  };
  /** The first words of the teams: most spans start with none, and need no look-up. */
  const firsts = new Set<number>();
  /** The runs where a result names them, [from, to) pairs. */
  const named: number[] = [];
  const note = (from: number, to: number) => {
    named.push(from, to);
    if (!noted(from, to)) {
      const h = mix(from, to);
      const runs = teams.get(h);
      if (runs) runs.push(from, to);
      else teams.set(h, [from, to]);
    }
    firsts.add(ctx.lower[from]);
    at.add(from);
    found = true;
  };
  const runBefore = (k: number): number => { // the run ending right before token k, or -1
    for (let j = k - 1; j >= Math.max(ctx.sentFirst[Math.max(0, k - 1)], k - 3); j--) if (runEnd[j] === k) return j;
    return -1;
  };
  for (let k = 0; k < n; k++) {
    const e = runEnd[k];
    if (e < 0) continue;
    const end = ctx.sentEnd[k];
    // "Ashcombe 1 Kettering Vale 3": a run, a score, a run, a score.
    if (e + 1 < end && scoreAt(seg, ctx, e, false) && runEnd[e + 1] > 0 && scoreAt(seg, ctx, runEnd[e + 1], false)) {
      note(k, e);
      note(e + 1, runEnd[e + 1]);
      continue;
    }
    // "Thornbury beat Millbrook 2-0", "Stanwick lost 4-2 to …", "Castle Heaton drew 1-1 with …".
    if (e + 1 < end && (RESULT_VERBS.has(ctx.lower[e]) || WON_VERBS.has(ctx.lower[e]))) {
      const o = runEnd[e + 1];
      if (o > 0 && scoreAt(seg, ctx, o, true) && !scoreAt(seg, ctx, o + 1, true)) { note(k, e); note(e + 1, o); continue; }
      if (scoreAt(seg, ctx, e + 1, true) && !scoreAt(seg, ctx, e + 2, true)) {
        note(k, e);
        if (e + 3 < end && SCORE_TO.has(ctx.lower[e + 2]) && runEnd[e + 3] > 0) note(e + 3, runEnd[e + 3]);
        continue;
      }
    }
    // "Stockfield County, who drew 1-1 with …": the team before a relative clause of a result.
    if (e + 3 < end && ctx.cap[e] === PUNCT && WHO_WHICH.has(ctx.lower[e + 1]) && (RESULT_VERBS.has(ctx.lower[e + 2]) || WON_VERBS.has(ctx.lower[e + 2])) &&
      scoreAt(seg, ctx, e + 3, true) && seg.tokens[e].text === ',') note(k, e);
    // "a 3-1 win over Ashcombe", "… to beat Millbrook 2-0", "… drew 1-1 with Millport".
    if (k - 2 >= ctx.sentFirst[k] && SCORE_TO.has(ctx.lower[k - 1]) && RESULT_NOUNS.has(ctx.lower[k - 2]) && scoreAt(seg, ctx, k - 3, true)) note(k, e);
    else if (k - 3 >= ctx.sentFirst[k] && SCORE_TO.has(ctx.lower[k - 1]) && scoreAt(seg, ctx, k - 2, true) && (WON_VERBS.has(ctx.lower[k - 3]) || RESULT_VERBS.has(ctx.lower[k - 3]))) note(k, e);
    else if (k - 1 >= ctx.sentFirst[k] && RESULT_VERBS.has(ctx.lower[k - 1]) && scoreAt(seg, ctx, e, true) && !scoreAt(seg, ctx, e + 1, true)) note(k, e);
  }
  if (!found) return spans;
  // In a results story a league is the competition, MISC as CoNLL-2003 types "American League" and
  // "Premier League"; a governing body named by its sport stays one ("National Football League").
  for (const s of spans) {
    if (s.type !== ORGANIZATION || s.sure || s.to - s.from < 2 || ctx.lower[s.to - 1] !== LEAGUE || ctx.cap[s.to - 1] !== TITLE) continue;
    if (!SPORTS.has(ctx.lower[s.to - 2])) s.type = MISC;
  }
  // In a results story: "Belgian side Westerlo", "Premier League side Everton" (British copy's word for
  // a team, after a nationality or a league); a run ending in a club's word ("Ashby Town",
  // "Stockfield County"; a known place stays one, below).
  // (One pass with the next rule: both read every token.)
  for (let k = 1; k < n; k++) {
    const e = runEnd[k];
    if (e >= 0 && k >= 2) {
      if (ctx.cap[k - 1] === LOWER && ctx.lower[k - 1] === SIDE && ctx.cap[k - 2] === TITLE) note(k, e);
      else if (e - k >= 2 && CLUB_ENDS.has(ctx.lower[e - 1]) && ctx.lower[k - 1] !== IN) note(k, e); // "in Atlantic City": the place
      continue;
    }
    // "Ashcombe defender Luka Brennan-Hale", "Kettering Vale manager …": in a results story, the name before a role.
    // A run right before and a capitalised word right after first: cheaper than the role sets.
    if (ctx.cap[k] !== 2 || ctx.cap[k - 1] !== TITLE || ctx.cap[k + 1] !== TITLE || !(SPORT_ROLES.has(ctx.lower[k]) || STAFF_ROLES.has(ctx.lower[k]))) continue;
    const r = runBefore(k);
    if (r >= 0 && k + 1 < ctx.sentEnd[k] && ctx.cap[k + 1] === TITLE) note(r, k);
  }
  // Not people's names, not countries. (The first words as a WordSet: asked once a span and a token below.)
  const firstWords = new WordSet(firsts);
  const isTeam = (from: number, to: number): boolean => {
    if (!firstWords.has(ctx.lower[from]) || !noted(from, to)) return false;
    // A town the lists know is the team only where a result names it ("in Munich" stays a place).
    if (!at.has(from) && (phraseMask(gaz, ctx, from, to) & PLACE_BITS) !== 0) return false;
    let people = 0;
    // "Western United": a club's last word outweighs a nationality or a region first.
    const clubEnd = to - from >= 2 && CLUB_ENDS.has(ctx.lower[to - 1]);
    for (let j = from; j < to; j++) if ((!clubEnd && inList(ctx, j, NOT_TOWN_TEAM)) || CALENDAR.has(ctx.lower[j])) return false;
    for (let j = from; j < to; j++) if (inList(ctx, j, PERSON_LISTS)) people++;
    if (people === to - from) return false;
    // "Ashby Town": a club's last word outweighs a given name first.
    if (to - from >= 2 && inList(ctx, from, FIRST_NAME_LIST) && !inList(ctx, from, PLACE_LISTS) && !CLUB_ENDS.has(ctx.lower[to - 1])) return false;
    return !isCountry(gaz, ctx, tokenSpan(from, to, LOCATION), seg);
  };
  spans = wholeRuns(seg, ctx, spans, named, isTeam);
  const covered = new Uint8Array(n);
  for (const s of spans) {
    covered.fill(1, s.from, s.to);
    if (s.type === ORGANIZATION || s.sure || !isTeam(s.from, s.to)) continue;
    s.type = ORGANIZATION;
    // A town the lists know: the team here only, kept out of the type votes ("a win over Seattle" … "in Seattle").
    if ((phraseMask(gaz, ctx, s.from, s.to) & PLACE_BITS) !== 0) s.fixed = true;
    else s.sure = true;
  }
  let added: TokenSpan[] | null = null;
  for (let k = 0; k < n; k++) {
    const e = runEnd[k];
    if (e < 0 || covered[k] || e > k + 3) continue;
    let free = true;
    for (let j = k; j < e; j++) if (covered[j]) free = false;
    if (free && isTeam(k, e)) (added ??= []).push(tokenSpan(k, e, ORGANIZATION, true));
  }
  return added ? mergeByFrom(spans, added) : spans;
}

/**
 * Round 20: "a 3-1 win over Brisbane" + "Roar", "thrashed Shandong" + "Taishan 4-0": a team the
 * results name, read in pieces (or with its score), is the team whole. Only pieces inside the run
 * (the score after it aside), none sure.
 */
function wholeRuns(seg: Segmentation, ctx: DocContext, spans: TokenSpan[], named: number[], isTeam: (from: number, to: number) => boolean): TokenSpan[] {
  let drop: Set<TokenSpan> | null = null;
  let add: TokenSpan[] | null = null;
  // The runs by their start (a sweep over the spans, which are in order).
  const order: number[] = [];
  for (let r = 0; r < named.length; r += 2) order.push(r);
  order.sort((a, b) => named[a] - named[b] || named[a + 1] - named[b + 1]);
  let i = 0, prevFrom = -1, prevTo = -1;
  for (const r of order) {
    const from = named[r], to = named[r + 1];
    if (from === prevFrom && to === prevTo) continue;
    prevFrom = from; prevTo = to;
    while (i < spans.length && spans[i].to <= from) i++;
    let first = -1, last = -1, ok = true;
    for (let j = i; j < spans.length && spans[j].from < to && ok; j++) {
      const s = spans[j];
      if (first < 0) first = j;
      last = j;
      if (s.sure || s.fixed || s.from < from || drop?.has(s)) ok = false;
      for (let k = to; ok && k < s.to; k++) if (!scoreAt(seg, ctx, k, true) && !scoreAt(seg, ctx, k, false)) ok = false;
    }
    if (!ok || first < 0 || (first === last && spans[first].from === from && spans[first].to === to) || !isTeam(from, to)) continue;
    if (add && add[add.length - 1].to > from) continue;
    for (let j = first; j <= last; j++) (drop ??= new Set()).add(spans[j]);
    (add ??= []).push(tokenSpan(from, to, ORGANIZATION, true));
  }
  if (!add) return spans;
  return mergeByFrom(spans.filter((s) => !drop!.has(s)), add);
}

export function sportsTeams(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  // The spans are this pipeline's own: retyped in place.
  const found: number[] = [];
  const out = teamsBeforeRoles(ctx, seg, spans, found);
  /** Nicknames of the teams found ("Herons" of "Halverton Herons"): alone, they are the team too. */
  let nicknames: Set<number> | null = found.length > 0 ? new Set(found) : null;
  /** The article has a game's score (computed once, on the first place that needs it). */
  let story = -1;
  const resultStory = () => (story < 0 ? (story = mayHaveResult(seg, ctx, true) ? 1 : 0) : story) === 1;
  for (let i = 0; i < out.length; i++) {
    const s = out[i];
    if (unknownPlaceTeam(ctx, seg, s)) {
      s.type = ORGANIZATION;
      (nicknames ??= new Set()).add(ctx.lower[s.to - 1]);
      continue;
    }
    if (s.sure) continue;
    // "the St. Louis" + "Stallions": a town read as the team, its nickname left out or read apart, joins it.
    if (s.type === ORGANIZATION && s.to < ctx.sentEnd[s.from] && ctx.cap[s.to] === TITLE) {
      const next = i + 1 < out.length && out[i + 1].from === s.to ? out[i + 1] : null;
      // A town the lists know, or any, in an article with a game's score and a nickname no list holds.
      if ((!next || (next.to === s.to + 1 && !next.sure && next.type !== PERSON)) && isNickname(ctx, toks[s.to].text, s.to, false) &&
        ((phraseMask(gaz, ctx, s.from, s.to) & PLACE_BITS) !== 0 || (isNickname(ctx, toks[s.to].text, s.to) && resultStory()))) {
        s.to++;
        if (next) { out.splice(i + 1, 1); }
        (nicknames ??= new Set()).add(ctx.lower[s.to - 1]);
        continue;
      }
    }
    // "the Tulsa" + "Surf" + "104-99": a known place, then one capitalised word no list holds (a
    // singular nickname: "Surf", "Heat", "Thunder"), read apart or not at all, right before a game's score.
    if ((s.type === LOCATION || s.type === ORGANIZATION) && s.to + 1 < ctx.sentEnd[s.from] && ctx.cap[s.to] === TITLE && !ctx.titleCase[s.to] &&
      scoreAt(seg, ctx, s.to + 1, true, true) && !inList(ctx, s.to, NOT_NICKNAME) && (phraseMask(gaz, ctx, s.from, s.to) & PLACE_BITS) !== 0) {
      const next = i + 1 < out.length && out[i + 1].from === s.to ? out[i + 1] : null;
      if (!next || (next.to === s.to + 1 && !next.sure && next.type !== PERSON)) {
        s.to++;
        s.type = ORGANIZATION;
        if (next) out.splice(i + 1, 1);
        (nicknames ??= new Set()).add(ctx.lower[s.to - 1]);
        continue;
      }
    }
    // "Host Chicago" read as one name (of any type) in an UP NEXT line.
    if (hostLine(ctx, seg, gaz, s)) {
      s.type = ORGANIZATION;
      s.fixed = true;
      continue;
    }
    if (s.type !== LOCATION && s.type !== PERSON) continue;
    if (placeAsTeam(ctx, seg, gaz, s, resultStory)) {
      s.type = ORGANIZATION;
      s.fixed = true;
      continue;
    }
    if (s.type !== LOCATION) continue;
    const len = s.to - s.from;
    // "held off the San Diego Surf 118-112": a known place and one capitalised word no list holds
    // (a singular nickname: "Surf", "Heat", "Thunder"), right before a game's score.
    if (len >= 2 && ctx.cap[s.to - 1] === TITLE && !ctx.titleCase[s.to - 1] && s.to < ctx.sentEnd[s.from] && scoreAt(seg, ctx, s.to, true, true) &&
      !inList(ctx, s.to - 1, NOT_NICKNAME) && (phraseMask(gaz, ctx, s.from, s.to - 1) & PLACE_BITS) !== 0 && (phraseMask(gaz, ctx, s.from, s.to) & PLACE_BITS) === 0) {
      s.type = ORGANIZATION;
      (nicknames ??= new Set()).add(ctx.lower[s.to - 1]);
      continue;
    }
    // "San Jose Sharks": a known place, then one capitalised plural that is not a place word.
    if (len >= 2 && isNickname(ctx, toks[s.to - 1].text, s.to - 1) &&
      (phraseMask(gaz, ctx, s.from, s.to - 1) & PLACE_BITS) !== 0 && (phraseMask(gaz, ctx, s.from, s.to) & PLACE_BITS) === 0) {
      s.type = ORGANIZATION;
      (nicknames ??= new Set()).add(ctx.lower[s.to - 1]);
      continue;
    }
    // "Chicago" + "Cubs" cut in two: a plural nickname right after the place joins it.
    if (s.to < ctx.sentEnd[s.from] && isNickname(ctx, toks[s.to].text, s.to) && (i + 1 >= out.length || out[i + 1].from > s.to) &&
      (phraseMask(gaz, ctx, s.from, s.to) & PLACE_BITS) !== 0) {
      s.to++;
      s.type = ORGANIZATION;
      (nicknames ??= new Set()).add(ctx.lower[s.to - 1]);
      continue;
    }
    // "Oklahoma beat Brigham Young", "Houston won 3-1": a result verb right after the place.
    if (s.to >= ctx.sentEnd[s.from]) continue;
    const next = ctx.lower[s.to];
    const after = s.to + 1 < ctx.sentEnd[s.from] ? s.to + 1 : -1;
    const score = after >= 0 && (ctx.cap[after] === 1 || AT.has(ctx.lower[after]));
    if ((RESULT_VERBS.has(next) || (WON_VERBS.has(next) && score)) && !isCountry(gaz, ctx, s, seg)) {
      s.type = ORGANIZATION;
      // Its opponent: the place right after the verb (or after "the").
      let j = s.to + 1;
      if (j < ctx.n && ctx.lower[j] === THE) j++;
      const o = i + 1 < out.length && out[i + 1].from === j ? out[i + 1] : undefined;
      if (o && o.type === LOCATION && !isCountry(gaz, ctx, o, seg)) o.type = ORGANIZATION;
    }
  }
  townsAsTeams(ctx, seg, gaz, out);
  // (No score of up to three digits a side: none of two either.)
  const teamed = teamsFromResults(ctx, seg, gaz, out, story === 0 ? 0 : -1);
  // Round 20: "Brisbane Roar" … "the Roar", "Perth Glory" … "Glory striker": in a game story, the
  // word after the town of a team named by town and nickname is the team alone too (not a club's
  // common last word, "City", "Town"; not a place of the lists, "Wellington Phoenix" … "in Phoenix").
  // The town of such a team, or of one ending in a club's word ("Adelaide United"), right after
  // "in" is the place ("drew with Macarthur in Adelaide").
  // (The article's score is looked for only once a team of two or three words is there: a scan of its own.)
  let multi = false;
  for (const s of teamed) if (s.type === ORGANIZATION && s.to - s.from >= 2 && s.to - s.from <= 3) { multi = true; break; }
  if (multi && resultStory()) {
    let towns: Set<number> | null = null;
    let placeNames: Set<number> | null = null;
    for (const s of teamed) {
      const last = s.to - 1;
      if (s.type !== ORGANIZATION || s.to - s.from < 2 || s.to - s.from > 3 || ctx.cap[last] !== TITLE || ctx.allCaps[last] || ctx.titleCase[last]) continue;
      if (s.to - s.from === 2 && CLUB_ENDS.has(ctx.lower[last]) && ctx.cap[s.from] === TITLE) (towns ??= new Set()).add(ctx.lower[s.from]);
      // (Not a day: "Sheffield Wednesday" … "on Wednesday".)
      if (TOWN_WORDS.has(ctx.lower[last]) || CALENDAR.has(ctx.lower[last]) || inList(ctx, last, PERSON_LISTS)) continue;
      if ((phraseMask(gaz, ctx, s.from, last) & PLACE_BITS) === 0 || (phraseMask(gaz, ctx, s.from, s.to) & PLACE_BITS) !== 0) continue;
      if (s.to - s.from === 2) (towns ??= new Set()).add(ctx.lower[s.from]);
      // "Wellington Phoenix" … "the Phoenix": a nickname that is a place too only after "the".
      if (inList(ctx, last, PLACE_LISTS)) (placeNames ??= new Set()).add(ctx.lower[last]);
      else (nicknames ??= new Set()).add(ctx.lower[last]);
    }
    for (const s of teamed) {
      if (s.to - s.from !== 1 || s.sure || s.fixed || s.from === ctx.sentFirst[s.from]) continue;
      const w = ctx.lower[s.from], before = ctx.lower[s.from - 1];
      if (towns?.has(w) && s.type === ORGANIZATION && before === IN) { s.type = LOCATION; s.fixed = true; }
      else if (placeNames?.has(w) && s.type !== ORGANIZATION && before === THE) { s.type = ORGANIZATION; s.sure = true; }
    }
  }
  if (nicknames) {
    // Not the surname of a person named in full ("Herons" of a team, not "Sanders" of a person).
    for (const s of teamed) if (s.type === PERSON && s.to - s.from > 1) nicknames.delete(ctx.lower[s.to - 1]);
    const known = nicknames;
    for (const s of teamed) if (s.to - s.from === 1 && s.type !== ORGANIZATION && !s.sure && known.has(ctx.lower[s.from])) s.type = ORGANIZATION;
    // "Thoroughbreds: Host Chicago …", "the Surf with 29 points": the nickname alone, left untagged
    // (in a game story, one with a score: elsewhere a plural may be a nickname once only).
    if (known.size > 0 && resultStory()) return nicknamesAlone(ctx, teamed, new WordSet(known));
  }
  return teamed;
}

/** Last words of teams' names that name no team alone ("City" of "Melbourne City", "FC"). */
const TOWN_WORDS = wordSet(['city', 'town', 'county', 'fc', 'afc', 'cf', 'sc', 'club', 'university', 'college', 'state']);

/** Untagged capitalised words that are a team's nickname of this article are the team. */
function nicknamesAlone(ctx: DocContext, spans: TokenSpan[], known: WordSet): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  let s = 0;
  for (let k = 0; k < ctx.n; k++) {
    if (ctx.cap[k] !== TITLE || !known.has(ctx.lower[k])) continue;
    // "Victory for …": a common noun first in its sentence is no nickname.
    if (k === ctx.sentFirst[k] && ctx.casing[k] >= 1 && ctx.casing[k] <= 3) continue;
    while (s < spans.length && spans[s].to <= k) s++;
    if (s < spans.length && spans[s].from <= k) continue;
    (added ??= []).push(tokenSpan(k, k + 1, ORGANIZATION, true));
  }
  return added ? mergeByFrom(spans, added) : spans;
}

/** "Surf: At Memphis on Friday night.", "Condors: Host Portland …": an AP "UP NEXT" line's opponent. */
const NEXT_GAME = new Set(['At', 'Host', 'Vs.', 'vs.', 'Vs', 'vs', 'Hosts']);

/**
 * A known place (not a country) that is a team from its own context: the opponent of an "UP NEXT"
 * line ("Surf: At Memphis"), and, in an article with a game's score, the place after a result noun
 * ("Monday's loss to Denver", "a win over Tulsa") or before a player's or coach's role ("former
 * Kentucky coach"). "Host Chicago" read as one name loses "Host".
 */
/** "Thoroughbreds: Host Chicago …" read as one name: the opponent without "Host". */
function hostLine(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, s: TokenSpan): boolean {
  const toks = seg.tokens;
  const f = s.from;
  if (s.to - f >= 2 && toks[f].text === 'Host' && f >= 2 && toks[f - 1].text === ':' && toks[f - 1].start === toks[f - 2].end &&
    (phraseMask(gaz, ctx, f + 1, s.to) & PLACE_BITS) !== 0 && !isCountry(gaz, ctx, tokenSpan(f + 1, s.to, LOCATION), seg)) {
    s.from++;
    return true;
  }
  return false;
}

function placeAsTeam(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, s: TokenSpan, resultStory: () => boolean): boolean {
  const toks = seg.tokens;
  const f = s.from;
  // The colon on the same line, after the team (not a venue heading "…:\nAt Portsmouth: Essex beat …").
  const upNext = f >= 3 && toks[f - 2].text === ':' && NEXT_GAME.has(toks[f - 1].text) && toks[f - 1].start === toks[f - 2].end + 1 &&
    toks[f - 2].start === toks[f - 3].end && (s.to >= ctx.n || toks[s.to].text !== ':');
  const afterResult = !upNext && f >= 2 && ctx.cap[f - 1] === LOWER && SCORE_TO.has(ctx.lower[f - 1]) && RESULT_NOUNS.has(ctx.lower[f - 2]);
  const beforeRole = !upNext && !afterResult && s.to < ctx.sentEnd[f] && ctx.cap[s.to] === LOWER && SPORT_ROLES.has(ctx.lower[s.to]);
  if (!upNext && !afterResult && !beforeRole) return false;
  if ((phraseMask(gaz, ctx, f, s.to) & PLACE_BITS) === 0 || isCountry(gaz, ctx, s, seg)) return false;
  return upNext || resultStory();
}
