// Splits text into word and punctuation tokens (CoNLL-like: possessive 's apart,
// hyphenated words and numbers with separators kept whole, abbreviations keep their period).
import { isAbbreviation } from './abbreviations';

export interface RawToken {
  start: number;
  end: number;
}

// A word: letters/digits joined by inner hyphens, apostrophes, periods, ampersands or slashes.
// Every alternative consumes at least one character and the inner groups are anchored on a
// separator, so the pattern is linear.
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:[-‐‑'’.&/,:][\p{L}\p{N}\p{M}]+)*|\S/gu;
const NUMBER_LIKE = /^\p{N}/u;

// Per token, only numbers: the pattern is run with test(), which makes no match array and no
// string of the token (exec() made both for every token of every line), and the token's start is
// the first character at or after the last match that is not white space (both alternatives start
// with one, so the match starts there).
export function tokenize(text: string, from = 0, to = text.length): RawToken[] {
  const out: RawToken[] = [];
  TOKEN.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let at = from;
  while (TOKEN.test(slice)) {
    const start = skipSpace(slice, at);
    let end = TOKEN.lastIndex;
    // A comma or colon may only join digits ("2,500", "10:30"); otherwise split there.
    const cut = firstNonNumericSeparator(slice, start, end);
    if (cut >= 0) {
      end = cut;
      TOKEN.lastIndex = cut;
    }
    // Possessive 's apart ("Nazarbayev's"), not after a number ("1990's").
    if (end - start > 2 && isApostrophe(slice.charCodeAt(end - 2)) && (slice.charCodeAt(end - 1) | 0x20) === 115 /* s */ && !NUMBER_LIKE.test(slice.slice(start, start + 2))) {
      out.push({ start, end: end - 2 });
      out.push({ start: end - 2, end });
      at = TOKEN.lastIndex;
      continue;
    }
    // Keep the period of an abbreviation ("Mr.", "Jan.", "U.S.").
    if (slice.charCodeAt(end) === 46 /* . */ && isAbbreviation(slice.slice(start, end))) {
      end += 1;
      TOKEN.lastIndex = end;
    }
    out.push({ start, end });
    at = TOKEN.lastIndex;
  }
  return out;
}

function isApostrophe(c: number): boolean {
  return c === 39 /* ' */ || c === 0x2019 /* ’ */;
}

/** The first index from `at` whose character is not white space as a regular expression's \s reads it. */
function skipSpace(s: string, at: number): number {
  for (;;) {
    const c = s.charCodeAt(at);
    if (c > 32 && c < 127) return at;
    if (!isSpace(c)) return at;
    at++;
  }
}

/** \s: tab, line feed, vertical tab, form feed, carriage return, space, the Zs spaces, U+2028/9, U+FEFF. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first comma or colon of the token [start, end) not between two digits, or -1. */
function firstNonNumericSeparator(s: string, start: number, end: number): number {
  for (let i = start + 1; i < end - 1; i++) {
    const c = s.charCodeAt(i);
    if (c !== 44 /* , */ && c !== 58 /* : */) continue;
    const before = s.charCodeAt(i - 1);
    const after = s.charCodeAt(i + 1);
    const digits = before >= 48 && before <= 57 && after >= 48 && after <= 57;
    if (!digits) return i;
  }
  return -1;
}

/** A word token: letters and digits start words; punctuation and quote marks do not (the article's word count). */
export function isWordToken(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 191 && text.toLowerCase() !== text.toUpperCase());
}
