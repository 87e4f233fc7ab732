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
const POSSESSIVE = /^(.+?)(['’][sS])$/;
const NUMBER_LIKE = /^\p{N}/u;

export function tokenize(text: string, from = 0, to = text.length): RawToken[] {
  const out: RawToken[] = [];
  TOKEN.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    let start = m.index;
    let word = m[0];
    // A comma or colon may only join digits ("2,500", "10:30"); otherwise split there.
    if (/[,:]/.test(word)) {
      const cut = firstNonNumericSeparator(word);
      if (cut >= 0) {
        word = word.slice(0, cut);
        TOKEN.lastIndex = start + cut;
      }
    }
    let end = start + word.length;
    const poss = word.length > 2 ? POSSESSIVE.exec(word) : null;
    if (poss && !NUMBER_LIKE.test(word)) {
      out.push({ start, end: start + poss[1].length });
      out.push({ start: start + poss[1].length, end });
      continue;
    }
    // Keep the period of an abbreviation ("Mr.", "Jan.", "U.S.").
    if (slice.charCodeAt(end) === 46 /* . */ && isAbbreviation(word)) {
      end += 1;
      TOKEN.lastIndex = end;
    }
    out.push({ start, end });
  }
  return out;
}

function firstNonNumericSeparator(word: string): number {
  for (let i = 1; i < word.length - 1; i++) {
    const c = word[i];
    if (c !== ',' && c !== ':') continue;
    const before = word.charCodeAt(i - 1);
    const after = word.charCodeAt(i + 1);
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
