// Spelled-out ordinals ("third", "twenty-first" is left to compounds). A capitalised ordinal
// inside a sentence is usually part of a name ("Second World War", "First Lady").
// "first quarter", "second half", "20th century" are dates; "first lady", "second baseman" are
// titles, "second thoughts", "first-degree" fixed phrases.
import { yearAt } from './dates';
import { ORDINALS } from './lexicon';
import { type Match, match } from './match';
import type { TokenView } from './token-view';

const DATE_PARTS: ReadonlySet<string> = new Set(['quarter', 'half', 'century', 'millennium']);

/** Nouns that make the ordinal part of a title or a fixed phrase ("first lady", "second baseman"). */
const TITLE_NOUNS: ReadonlySet<string> = new Set([
  'lady', 'ladies', 'gentleman', 'couple', 'family', 'daughter', 'daughters', 'son', 'sons', 'minister',
  'ministers', 'responder', 'responders', 'aid', 'baseman', 'basemen', 'hand', 'nature', 'string', 'fiddle',
  'cousin', 'cousins', 'lieutenant', 'lieutenants', 'mate', 'officer', 'secretary', 'thoughts', 'guessing',
  'amendment', 'class', 'degree', 'language', 'nations',
]);

/** Words of a game being played, which make "the second half" the game's. */
const GAME_WORDS: ReadonlySet<string> = new Set([
  'goals', 'score', 'scored', 'yards', 'scoring', 'header', 'penalty', 'kick-off', 'kickoff', 'whistle', 'touchdown', 'touchdowns',
  'tries', 'rebounds', 'assists', 'interval', 'half-time', 'halftime', 'equaliser', 'equalizer', 'substitute', 'quarterback',
  'basket', 'puck', 'inning', 'innings',
]);

/** A live page's marks of a game's periods: "Second Half begins", "First Half ends". */
const PERIOD_MARKS: ReadonlySet<string> = new Set(['begins', 'ends', 'starts', 'underway']);

/** True when the sentence [first, end) speaks of a game being played. */
function aboutAGame(v: TokenView, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (GAME_WORDS.has(v.lower(k))) return true;
  return false;
}

export function matchOrdinal(v: TokenView, i: number, end: number, sentenceFirst: number): Match | null {
  const value = ORDINALS.get(v.lower(i));
  if (value === undefined) return null;
  if (i > sentenceFirst && v.capitalized(i)) return null;
  const next = i + 1 < end ? v.lower(i + 1) : '';
  if (DATE_PARTS.has(next)) {
    // "the first half of 2026", "the third quarter of last year" … the year is part of the date.
    if (i + 3 < end && v.lower(i + 2) === 'of' && yearAt(v, i + 3, end) !== null) return match(i, i + 3, 'DATE', null);
    // "scored early in the second half", a live page's "Second Half ends": a game's half or quarter, no date.
    if ((next === 'half' || next === 'quarter') && (PERIOD_MARKS.has(i + 2 < end ? v.lower(i + 2) : '') || aboutAGame(v, sentenceFirst, end))) return null;
    return match(i, i + 1, 'DATE', null);
  }
  if (TITLE_NOUNS.has(next)) return null;
  return match(i, i, 'ORDINAL', value);
}
