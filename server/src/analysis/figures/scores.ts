// Results written as numbers joined by dashes: game scores ("won 7-4", "a 3-1 win", "6-3 7-5"),
// vote tallies ("a 5-4 ruling"), win-loss records ("improved to 21-12-7") and betting odds
// ("the 5-2 favourite"). A SCORE has no single value: the numbers are kept in the text.
// A line-up's formation ("4-3-3") is no figure, and neither is an aircraft variant ("747-400").
import { isGoalsBehindsScore } from '../goals-behinds';
import { hyphenParts, type Match, match } from './match';
import { parseNumeral } from './numerals';
import type { TokenView } from './token-view';

/** Words just before a pair that make it a result, even when it reads low to high ("lost 1-2"). */
const BEFORE: ReadonlySet<string> = new Set([
  'won', 'win', 'wins', 'winning', 'beat', 'beats', 'beaten', 'beating', 'defeated', 'defeat', 'defeats',
  'edged', 'edges', 'routed', 'thrashed', 'crushed', 'downed', 'topped', 'blanked', 'whipped', 'hammered',
  'lost', 'lose', 'loses', 'losing', 'drew', 'draw', 'draws', 'tied', 'tie', 'ties',
  'trailed', 'trail', 'trailing', 'trails', 'led', 'lead', 'leads', 'leading', 'halftime', 'half-time',
  'score', 'scores', 'scoreline', 'victory', 'vote', 'voted', 'votes', 'ruling', 'decision', 'margin',
  'record', 'series', 'aggregate', 'split',
  'swept',
]);

/** Words just after a pair that make it a result ("a 1-2 loss", "the 5-4 decision"). */
const AFTER: ReadonlySet<string> = new Set([
  'win', 'wins', 'victory', 'victories', 'loss', 'losses', 'defeat', 'defeats', 'draw', 'tie', 'lead',
  'decision', 'vote', 'votes', 'verdict', 'majority', 'margin', 'record', 'triumph', 'rout', 'shootout',
  'overtime', 'aggregate', 'scoreline', 'result', 'final', 'favourite', 'favorite', 'shot', 'outsider',
  'odds', 'split', 'count', 'home', 'away', 'road', 'halftime', 'half-time', 'deficit', 'advantage',
]);

const ODDS_AFTER: ReadonlySet<string> = new Set(['favourite', 'favorite', 'shot', 'outsider', 'odds', 'chance', 'on']);
const VOTE_WORDS: ReadonlySet<string> = new Set(['vote', 'votes', 'voted', 'voting', 'ruling', 'decision', 'verdict', 'majority', 'count']);
const RECORD_WORDS: ReadonlySet<string> = new Set(['record', 'improved', 'improves', 'improving', 'dropped', 'drops', 'fell', 'falls']);

/** Words of a chamber's vote, besides VOTE_WORDS. */
const PASSING_WORDS: ReadonlySet<string> = new Set(['passed', 'approved', 'rejected', 'defeated', 'adopted', 'ballot', 'tally']);

/** True when a word of voting comes up to ten tokens before token i, in its clause ("passed the bill earlier in the day 312-118"). */
function voteBefore(v: TokenView, i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 10; k--) {
    const w = v.lower(k);
    if (w === ';' || w === ',') return false;
    if (VOTE_WORDS.has(w) || PASSING_WORDS.has(w)) return true;
  }
  return false;
}

/** A small whole number written plainly: 0-999, no separators, no leading zero. */
function part(s: string): number | null {
  if (s.length === 0 || s.length > 3 || (s.length > 1 && s[0] === '0')) return null;
  const n = parseNumeral(s);
  if (!n || n.form !== 'plain' || n.grouped || n.decimal || n.multiplier !== 1 || n.unit !== '') return null;
  return n.value;
}

/** The numbers of a result at token i ("7-4", "21-12-7", or "3", "–", "1"), and its last token. */
function read(v: TokenView, i: number, end: number): { nums: number[]; last: number } | null {
  const raw = v.raw(i);
  const parts = hyphenParts(raw);
  if (parts) {
    if (parts.length < 2 || parts.length > 4) return null;
    const nums: number[] = [];
    for (const p of parts) {
      const n = part(p);
      if (n === null) return null;
      nums.push(n);
    }
    return { nums, last: i };
  }
  // "3–1" with an en dash is three tokens with no space between them.
  if (i + 2 >= end || !v.adjacent(i, i + 1) || !v.adjacent(i + 1, i + 2)) return null;
  const dash = v.raw(i + 1);
  if (dash !== '–' && dash !== '—' && dash !== '-') return null;
  const a = part(raw);
  const b = part(v.raw(i + 2));
  return a === null || b === null ? null : { nums: [a, b], last: i + 2 };
}

/** The unit a result reads in, from the words around it. */
function unitOf(v: TokenView, first: number, last: number, end: number, parts: number): string {
  const before = first > 0 ? v.lower(first - 1) : '';
  const before2 = first > 1 ? v.lower(first - 2) : '';
  const after = last + 1 < end ? v.lower(last + 1) : '';
  if (ODDS_AFTER.has(after) && after !== 'on') return 'odds';
  if (VOTE_WORDS.has(after) || VOTE_WORDS.has(before) || VOTE_WORDS.has(before2)) return 'vote';
  if (parts === 3 || after === 'record' || RECORD_WORDS.has(before) || (before === 'to' && RECORD_WORDS.has(before2))) return 'record';
  return 'score';
}

/** A result, or numbers that are no figure at all (a formation, a model number) up to token `skipTo`. */
export type ScoreMatch = { figure: Match } | { skipTo: number };

/**
 * A result at token i, a skip for a formation or a model number, or null when the numbers are
 * something else (a range "10-15", a date) and the other matchers should read them.
 */
export function matchScore(v: TokenView, i: number, end: number, sentenceFirst: number): ScoreMatch | null {
  const australian = goalsAndBehinds(v, i, end);
  if (australian) return { figure: australian };
  const innings = inningsTotal(v, i, end, sentenceFirst) ?? slashedCricket(v, i, end, sentenceFirst);
  if (innings) return { figure: innings };
  const spelled = tallyWithTo(v, i, end, sentenceFirst);
  if (spelled) return { figure: spelled };
  const r = read(v, i, end);
  if (!r) return null;
  const { nums, last } = r;
  const before = i > sentenceFirst ? v.lower(i - 1) : '';
  const after = last + 1 < end ? v.lower(last + 1) : '';
  // "3-97 from 28 overs", "Wood taking 4-38": a bowler's wickets and runs.
  if (nums.length === 2 && nums[0] <= 10 && ((OVERS_BEFORE.has(after) && last + 3 < end && v.lower(last + 3) === 'overs') || (BOWLING_BEFORE.has(before) && nums[1] > nums[0]))) {
    return { figure: match(i, last, 'SCORE', null, 'bowling') };
  }
  // Formations: single digits adding up to the ten outfield players ("4-4-2", "4-2-3-1").
  if (nums.length >= 3 && nums.every((n) => n >= 1 && n <= 6) && nums.reduce((a, b) => a + b, 0) === 10) return { skipTo: last };
  if (nums.length === 4) return null;
  // "747-400": two big numbers far apart name a model, unless a chamber votes ("The House passed the bill 312-118");
  // "24-7" is round the clock.
  if (nums.length === 2 && nums[0] >= 100 && nums[1] >= 100 && Math.abs(nums[0] - nums[1]) > 60) {
    return nums[0] > nums[1] && voteBefore(v, i, sentenceFirst) ? { figure: match(i, last, 'SCORE', null, 'vote') } : { skipTo: last };
  }
  if (nums.length === 2 && nums[0] === 24 && nums[1] === 7) return { skipTo: last };
  const teamRecord = bracketedAfterName(v, i, last, end, sentenceFirst);
  if (nums.length === 2 && nums[0] < nums[1]) {
    // Low to high is a range ("10-15 people") unless a result is in sight ("lost 1-2", "a 1-2 loss").
    const cue = BEFORE.has(before) || AFTER.has(after) || (i - 2 >= sentenceFirst && BEFORE.has(v.lower(i - 2)) && (before === 'a' || before === 'the'))
      || nextToScore(v, i, last, end, sentenceFirst) || teamRecord || recordAfterMove(v, i, last, end, sentenceFirst);
    if (!cue) return null;
  }
  if (teamRecord) return { figure: match(i, last, 'SCORE', null, 'record') };
  const tiebreak = nums.length === 2 && Math.max(nums[0], nums[1]) === 7 && Math.min(nums[0], nums[1]) === 6 ? tiebreakAfter(v, last, end) : -1;
  return { figure: match(i, tiebreak >= 0 ? tiebreak : last, 'SCORE', null, unitOf(v, i, last, end, nums.length)) };
}

/**
 * "a 5 to 4 decision", "voted 7 to 2": a tally written with "to", next to a word of voting
 * (else a range), high to low.
 */
function tallyWithTo(v: TokenView, i: number, end: number, sentenceFirst: number): Match | null {
  if (i + 2 >= end || v.lower(i + 1) !== 'to') return null;
  if (!(i + 3 < end && VOTE_WORDS.has(v.lower(i + 3))) && !voteJustBefore(v, i, sentenceFirst)) return null;
  const a = part(v.raw(i));
  const b = part(v.raw(i + 2));
  return a !== null && b !== null && a > b ? match(i, i + 2, 'SCORE', null, 'vote') : null;
}

/** "voted 7 to 2", "The vote was 6 to 3", "by a vote of 5 to 4": a word of voting up to three tokens before. */
function voteJustBefore(v: TokenView, i: number, sentenceFirst: number): boolean {
  for (let k = i - 1; k >= sentenceFirst && k >= i - 3; k--) if (VOTE_WORDS.has(v.lower(k))) return true;
  return false;
}

const OVERS_BEFORE: ReadonlySet<string> = new Set(['from', 'off', 'in']);
/** Words before a bowler's figures ("taking 4-38", "figures of 5-21"). */
const BOWLING_BEFORE: ReadonlySet<string> = new Set(['taking', 'took', 'takes', 'claimed', 'claiming', 'returned', 'returning']);
/** Words of cricket that make "412 for six" an innings' runs and wickets. */
const CRICKET_WORDS: ReadonlySet<string> = new Set([
  'innings', 'wicket', 'wickets', 'overs', 'declared', 'stumps', 'batting', 'bowled', 'test', 'odi', 't20', 'runs', 'run-chase',
  'fours', 'sixes', 'batter', 'batsman', 'bowler', 'bowlers', 'wicketkeeper', 'lbw',
]);
const WICKET_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** "412 for six", "34 for 2": an innings' runs for the wickets lost, in a sentence about cricket. */
function inningsTotal(v: TokenView, i: number, end: number, sentenceFirst: number): Match | null {
  if (i + 2 >= end || v.lower(i + 1) !== 'for') return null;
  const runs = part(v.raw(i));
  const w = v.lower(i + 2);
  const wickets = WICKET_WORDS.has(w) || (w.length <= 2 && part(w) !== null && (part(w) ?? 11) <= 10);
  if (runs === null || !wickets) return null;
  return aboutCricket(v, sentenceFirst, end) ? match(i, i + 2, 'SCORE', null, 'innings') : null;
}

/** True when the sentence [first, end) has a word of cricket in it. */
export function aboutCricket(v: TokenView, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const word = v.lower(k);
    if (CRICKET_WORDS.has(word) && (word !== 'test' || v.capitalized(k))) return true;
  }
  return false;
}

/**
 * The subcontinent's and Australia's cricket written with a slash, in a sentence about cricket:
 * "posted 287/6" (runs for wickets), "Henry took 3/48" (a bowler's wickets for runs).
 */
function slashedCricket(v: TokenView, i: number, end: number, sentenceFirst: number): Match | null {
  const m = /^(\d{1,3})\/(\d{1,3})$/.exec(v.raw(i));
  // "6 1/3 innings": baseball's thirds of an inning, a fraction.
  if (!m || (i > sentenceFirst && v.digitStart(i - 1))) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const before = i > sentenceFirst ? v.lower(i - 1) : '';
  const after = i + 1 < end ? v.lower(i + 1) : '';
  // A bowler's figures come after "took" or "figures of", or before "in 10 overs"; "24/7" is round the clock.
  const bowling = a <= 10 && b >= 10 && (BOWLING_BEFORE.has(before) || before === 'of' || OVERS_BEFORE.has(after));
  const unit = b <= 10 && a > b && !(a === 24 && b === 7) ? 'innings' : bowling ? 'bowling' : null;
  if (unit === null || !aboutCricket(v, sentenceFirst, end)) return null;
  return match(i, i, 'SCORE', null, unit);
}

/** "14.11 (95)": an Australian football score (goals, behinds, points). */
function goalsAndBehinds(v: TokenView, i: number, end: number): Match | null {
  if (i + 3 >= end || v.raw(i + 1) !== '(' || v.raw(i + 3) !== ')' || !isGoalsBehindsScore(v.raw(i), v.raw(i + 2))) return null;
  // Like every SCORE it has no single value; the points are in its text.
  return match(i, i + 3, 'SCORE', null, 'score');
}

/** Words that may end a record's clause ("fell to 71-78 and …", "dropped to 3-9 on the road"). */
const AFTER_RECORD: ReadonlySet<string> = new Set(['.', ',', ';', ':', ')', 'and', 'on', 'in', 'at', 'with', 'after', 'since', 'this', 'overall', 'for']);

/** "fell to 71-78", "improved to 9-12": a team's record after a word of moving, low to high too. */
function recordAfterMove(v: TokenView, i: number, last: number, end: number, sentenceFirst: number): boolean {
  if (i - 2 < sentenceFirst || v.lower(i - 1) !== 'to' || !RECORD_WORDS.has(v.lower(i - 2))) return false;
  return last + 1 >= end || AFTER_RECORD.has(v.lower(last + 1));
}

/** A pitcher's earned run average after the record in brackets: "(6-9, 4.51)". */
const RUN_AVERAGE = /^\d{1,2}\.\d{2}$/;

/**
 * "The Raiders (2-11)", "Boston (21-12-7)", "Dale Whitcomb (9-11)", "Tom Keller (6-9, 4.51)": a
 * win-loss record in brackets after a team's or a pitcher's name.
 */
function bracketedAfterName(v: TokenView, i: number, last: number, end: number, sentenceFirst: number): boolean {
  if (i - 2 < sentenceFirst || v.raw(i - 1) !== '(' || last + 1 >= end) return false;
  const closed = v.raw(last + 1) === ')' || (last + 3 < end && v.raw(last + 1) === ',' && RUN_AVERAGE.test(v.raw(last + 2)) && v.raw(last + 3) === ')');
  if (!closed) return false;
  const name = i - 2;
  // A capital that opens the sentence says nothing ("Children (2-11) pay half").
  return name > sentenceFirst && v.capitalized(name);
}

/** A tie-break's points in brackets after a 7-6 set ("7-6 (5)", "6-7 (3-7)"): the index of ")", or -1. */
function tiebreakAfter(v: TokenView, last: number, end: number): number {
  if (last + 3 >= end || v.raw(last + 1) !== '(' || v.raw(last + 3) !== ')') return -1;
  const inside = v.raw(last + 2);
  const pair = hyphenParts(inside);
  const ok = pair ? pair.length === 2 && pair.every((x) => part(x) !== null) : part(inside) !== null;
  return ok ? last + 3 : -1;
}

/** The two numbers of a one-token pair ("6-3"), or null. */
function pairAt(v: TokenView, k: number): [number, number] | null {
  if (!v.digitStart(k)) return null;
  const r = hyphenParts(v.raw(k));
  if (!r || r.length !== 2) return null;
  const a = part(r[0]);
  const b = part(r[1]);
  return a === null || b === null ? null : [a, b];
}

/** How many tokens the set-score run may span either side ("3-6, 4-6, 7-6 (5), 6-3, 6-4"). */
const RUN_REACH = 12;

/**
 * Set scores in a row ("6-3 5-7 7-6", "3-6, 4-6, 7-6 (5), 6-3"): a pair in the same run that
 * reads high to low (a set won) makes this one a result too. The run is pairs separated by
 * commas and bracketed tie-breaks, nothing else.
 */
function nextToScore(v: TokenView, i: number, last: number, end: number, sentenceFirst: number): boolean {
  for (const step of [-1, 1]) {
    let k = step < 0 ? i - 1 : last + 1;
    for (let n = 0; n < RUN_REACH && k >= sentenceFirst && k < end; n++, k += step) {
      const w = v.raw(k);
      if (w === ',' || w === '(' || w === ')') continue;
      const p = pairAt(v, k);
      if (p) {
        if (p[0] > p[1]) return true;
        continue;
      }
      // A tie-break's points ("(5)") sit between brackets.
      if (v.digitStart(k) && k > sentenceFirst && v.raw(k - 1) === '(' && k + 1 < end && v.raw(k + 1) === ')') continue;
      break;
    }
  }
  return false;
}
