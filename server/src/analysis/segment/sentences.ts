// Sentence boundaries inside one line of text, over its tokens.
import { AMBIGUOUS_ABBREVIATIONS } from './abbreviations';
import type { RawToken } from './tokenize';

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'On', 'But', 'And', 'This', 'That',
  'There', 'Its', 'His', 'Her', 'Their', 'Officials', 'However', 'At', 'As', 'After', 'For',
]);

function isUpperStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 65 && c <= 90) return true;
  if (c >= 48 && c <= 57) return true;
  return c > 127 && text[at] !== text[at].toLowerCase();
}

const FULL_STOP = 46;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** Single-character tokens that end a sentence: . ! ? … */
function isFinalPunct(c: number): boolean {
  return c === FULL_STOP || c === 33 || c === 63 || c === 0x2026;
}

/** The token as a string, only for one-character tokens (no allocation for the rest). */
function single(text: string, t: RawToken): string {
  return t.end - t.start === 1 ? text[t.start] : '';
}

/** A full stop right after a one-letter capital token: "L." in "Janet L. Yellen". */
function isInitialStop(text: string, prev: RawToken | undefined, stop: RawToken): boolean {
  if (!prev || prev.end !== stop.start || prev.end - prev.start !== 1) return false;
  const c = text.charCodeAt(prev.start);
  return c >= 65 && c <= 90;
}

/**
 * "… above 10 C. Marmots …", "a high of 75 F.": a C, F or K after a number is a temperature's
 * unit, not a name's initial, and its stop may end the sentence.
 */
function isTemperatureUnit(text: string, toks: RawToken[], k: number): boolean {
  const c = text.charCodeAt(toks[k].start);
  const before = toks[k - 1];
  if ((c !== 67 && c !== 70 && c !== 75) || !before || before.end === toks[k].start) return false;
  return isDigit(text.charCodeAt(before.end - 1));
}

function wordAt(text: string, t: RawToken): string {
  return text.slice(t.start, t.end);
}

/**
 * A straight quotation mark set off by a space before it and glued to the word after it opens
 * the next sentence's quotation ('said in a statement. "We will …'), it does not close this one.
 */
function opensAfterSpace(text: string, toks: RawToken[], j: number): boolean {
  const c = single(text, toks[j]);
  if (c !== '"' && c !== "'") return false;
  const next = toks[j + 1];
  return toks[j].start > toks[j - 1].end && next !== undefined && next.start === toks[j].end;
}

/** Capitalised words that go on a time of day: "9 a.m. Tuesday", "4 p.m. ET", "7 a.m. Eastern". */
const AFTER_TIME = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thurs', 'Fri', 'Sat', 'Sun',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'AT', 'AST', 'ADT', 'NT', 'NST', 'NDT',
  'GMT', 'UTC', 'BST', 'CET', 'CEST', 'IST', 'JST', 'AEST', 'AEDT', 'HKT', 'SGT',
  'Eastern', 'Central', 'Mountain', 'Pacific', 'Atlantic', 'Newfoundland', 'Greenwich', 'Today', 'Tomorrow', 'Tonight',
]);

/**
 * Whether the token at `j`, after "a.m." or "p.m.", starts a new sentence ("… at 9:45 a.m.
 * Economists expect …"): a capitalised word that is no day, month or time zone, and not a place
 * before "time" ("9 a.m. Tokyo time").
 */
function startsAfterTime(text: string, toks: RawToken[], j: number): boolean {
  const t = toks[j];
  if (!t || !isUpperStart(text, t.start) || isDigit(text.charCodeAt(t.start))) return false;
  let word = text.slice(t.start, t.end);
  if (word.endsWith('.')) word = word.slice(0, -1);
  if (AFTER_TIME.has(word)) return false;
  const after = toks[j + 1] ? text.slice(toks[j + 1].start, toks[j + 1].end).toLowerCase() : '';
  return after !== 'time';
}

/** Returns [from, to) token index ranges, one per sentence. */
export function splitSentences(text: string, toks: RawToken[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    const len = tok.end - tok.start;
    let endsHere = false;
    if (len === 1) {
      endsHere = isFinalPunct(text.charCodeAt(tok.start));
      // ".500", ".312": a decimal point glued to the digits after it ends nothing.
      const next = toks[i + 1];
      if (endsHere && next && next.start === tok.end && isDigit(text.charCodeAt(next.start))) endsHere = false;
      // "Janet L. Yellen", "J. R. R. Mills": a lone capital glued to the stop is an initial,
      // unless a typical sentence starter follows ("… vitamin C. The study").
      if (endsHere && next && isInitialStop(text, toks[i - 1], tok) && !SENTENCE_STARTERS.has(wordAt(text, next)) && !isTemperatureUnit(text, toks, i - 1)) {
        endsHere = false;
      }
    } else if (text.charCodeAt(tok.end - 1) === FULL_STOP) {
      // "… in the U.S. The company": an ambiguous abbreviation followed by a typical starter.
      const bare = text.slice(tok.start, tok.end - 1).toLowerCase();
      const next = toks[i + 1] ? text.slice(toks[i + 1].start, toks[i + 1].end) : '';
      endsHere = AMBIGUOUS_ABBREVIATIONS.has(bare) && (SENTENCE_STARTERS.has(next) || ((bare === 'a.m' || bare === 'p.m') && startsAfterTime(text, toks, i + 1)));
    }
    if (!endsHere) continue;
    let j = i + 1;
    while (j < toks.length && CLOSERS.has(single(text, toks[j])) && !opensAfterSpace(text, toks, j)) j++;
    if (j >= toks.length) break;
    const opener = OPENERS.has(single(text, toks[j]));
    const word = opener && toks[j + 1] ? toks[j + 1] : toks[j];
    if (opener || isUpperStart(text, word.start)) {
      out.push([from, j]);
      from = j;
      i = j - 1;
    }
  }
  if (from < toks.length) out.push([from, toks.length]);
  return out;
}
