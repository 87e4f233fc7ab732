// Quotation spans, found in one linear pass over the characters of each paragraph.
// Wire convention: a quote that runs over several paragraphs leaves off the closing mark at
// the end of each paragraph and reopens the next one; such a quote is one span.
import type { Paragraph } from '../types';

export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Inner text, without the marks. */
  start: number;
  end: number;
  /** Offset just past the closing mark (or `end` when the quote is left open). */
  close: number;
  /** Index of the first and last paragraph the quote covers. */
  firstParagraph: number;
  lastParagraph: number;
  /** Words inside. */
  words: number;
  /** Whether a closing mark was found. */
  closed: boolean;
}

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && ch.toLowerCase() !== ch.toUpperCase());
}

/**
 * Quote marks in single-quote style (‘…’, as British outlets write): ’ closes only where it is
 * not an apostrophe inside a word ("don’t").
 */
function singleMarkAt(text: string, i: number): { len: number; kind: 'open' | 'close' | 'either' } | null {
  const ch = text[i];
  if (ch === '‘') return { len: 1, kind: 'open' };
  if (ch === '’' || ch === "'") {
    if (isLetter(text[i + 1])) {
      // "'We' at a word start opens; "don't" is an apostrophe.
      return ch === "'" && !isLetter(text[i - 1]) ? { len: 1, kind: 'open' } : null;
    }
    // "the doctors' pay": a plural possessive before a lower-case word is no closing mark.
    if (text[i - 1] === 's' && text[i + 1] === ' ' && isLower(text[i + 2])) return null;
    return isLetter(text[i - 1]) || /[.,!?…]/.test(text[i - 1] ?? '') ? { len: 1, kind: 'close' } : null;
  }
  return markAt(text, i);
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() === ch && ch.toUpperCase() !== ch;
}

/**
 * Whether the text quotes with single marks only (no double quotation marks at all, nor doubled
 * apostrophes): a ‘, or a straight ' opening a word that starts with a capital ('Nobody …', as
 * British copy typed on a plain keyboard quotes).
 */
function usesSingleQuotes(text: string): boolean {
  let singles = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '”' || ch === '"' || ch === '«' || ch === '„') return false;
    // ''…'' (doubled apostrophes, a newspaper archive's double marks): single marks are nested ones.
    if (ch === "'" && text[i + 1] === "'") return false;
    if (ch === '‘') singles++;
    else if (ch === "'" && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\n' || text[i - 1] === '(') && /\p{Lu}/u.test(text[i + 1] ?? '')) singles++;
  }
  return singles > 0;
}

/** Length of a quote mark at `i` (2 for a doubled apostrophe ''), 0 if none. */
const OPEN_MARK = { len: 1, kind: 'open' } as const;
const CLOSE_MARK = { len: 1, kind: 'close' } as const;
const EITHER_MARK = { len: 1, kind: 'either' } as const;
const DOUBLED_MARK = { len: 2, kind: 'either' } as const;
/** ''' : a nested single mark with the doubled one ("… that?'''" closes both; "'''Tis" opens both). */
const TRIPLED_MARK = { len: 3, kind: 'either' } as const;

function markAt(text: string, i: number): { len: number; kind: 'open' | 'close' | 'either' } | null {
  // Called for every character: reject by code unit before building a string.
  const c = text.charCodeAt(i);
  if (c !== 0x22 && c !== 0x27 && c !== 0xab && c !== 0xbb && (c < 0x201c || c > 0x201e)) return null;
  const ch = text[i];
  if (OPENING.has(ch)) return OPEN_MARK;
  if (CLOSING.has(ch)) return CLOSE_MARK;
  if (ch === '"') return EITHER_MARK;
  if (ch === "'" && text[i + 1] === "'") return text[i + 2] === "'" ? TRIPLED_MARK : DOUBLED_MARK;
  return null;
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const MAX_PARAGRAPHS = 8;

/**
 * Every character at which markAt or singleMarkAt can find a mark (" ' « » ‘ ’ “ ” „): the scan
 * jumps from one to the next instead of asking at every character (~0.5 ms of a keystroke on a
 * 10k-word article).
 */
const MARK_CHARS = /["'\u00ab\u00bb\u2018\u2019\u201c-\u201e]/g;
/** Where markAt alone (double-quote copy) can find one: no single mark but a doubled straight one (''), so no apostrophe of "it's". */
const DOUBLE_MARK_CHARS = /["\u00ab\u00bb\u201c-\u201e]|'''|''/g;

/** The offsets of every character at which `single` (singleMarkAt) or markAt can find a mark, in order. */
function markCandidates(text: string, single: boolean): number[] {
  const out: number[] = [];
  const re = single ? MARK_CHARS : DOUBLE_MARK_CHARS;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index);
  return out;
}

export function findQuotes(text: string, paragraphs: Paragraph[]): Quote[] {
  const out: Quote[] = [];
  const single = usesSingleQuotes(text);
  const mark = single ? singleMarkAt : markAt;
  const candidates = markCandidates(text, single);
  let ci = 0;
  let pending: { open: number; start: number; firstParagraph: number; depth: number } | null = null;

  const finish = (end: number, close: number, lastParagraph: number, closed: boolean) => {
    if (!pending) return;
    out.push({
      open: pending.open, start: pending.start, end, close,
      firstParagraph: pending.firstParagraph, lastParagraph,
      words: countWords(text, pending.start, end), closed,
    });
    pending = null;
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (para.role === 'boilerplate' || para.role === 'footer' || para.role === 'credit') {
      if (pending) finish(paragraphs[p - 1].end, paragraphs[p - 1].end, p - 1, false);
      continue;
    }
    let i = para.start;
    if (pending) {
      // A quote left open at the end of the previous paragraph continues only when
      // this paragraph reopens it.
      const j = firstNonSpace(text, para.start, para.end);
      const m = mark(text, j);
      if (m && m.kind !== 'close' && p - pending.firstParagraph < MAX_PARAGRAPHS) {
        i = j + m.len;
        pending.depth = 0;
      } else {
        finish(paragraphs[p - 1].end, paragraphs[p - 1].end, p - 1, false);
      }
    }
    while (i < para.end) {
      // No mark before the next candidate character.
      while (ci < candidates.length && candidates[ci] < i) ci++;
      if (ci === candidates.length || candidates[ci] >= para.end) break;
      i = candidates[ci];
      const m = mark(text, i);
      if (!m) {
        i++;
        continue;
      }
      if (pending) {
        if (m.kind === 'open') {
          pending.depth++; // a curly quotation nested in another
        } else if (m.kind === 'close' && pending.depth > 0) {
          pending.depth--;
        } else {
          finish(i, i + m.len, p, true);
        }
      } else if (m.kind !== 'close') {
        pending = { open: i, start: i + m.len, firstParagraph: p, depth: 0 };
      }
      i += m.len;
    }
  }
  if (pending !== null) {
    const last = paragraphs.length - 1;
    finish(paragraphs[last].end, paragraphs[last].end, last, false);
  }
  return out;
}

/** Index of the first quotation in `list` (sorted by opening) that opens at or after `pos`. */
export function firstOpeningFrom(list: readonly Quote[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].open < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
