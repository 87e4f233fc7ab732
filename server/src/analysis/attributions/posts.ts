// Social-media posts embedded in a scraped page: the post's words, then its signature line
//   Three months of detours. We need a real plan, not another update.
//   — Brenda Lyle (@CounLyle) February 10, 2026
// (or the signature closing the post's own paragraph); the date sets it apart from a byline's
// "— Jane Roe (@janeroe)". The words are the signer's, as a
// fact-checker reads them; there is no cue word. Runs over the whole article after drafting.
import type { Segmentation } from '../types';
import type { ContinuationDraft } from './continuations';

const DASH_CHARS = new Set(['—', '–', '―', '-']);
/** How far before " (@handle)" the dash opening the signature may be. */
const MAX_NAME = 60;
const MAX_HANDLE = 30;
/** A post's words: at least this many letters, so a bare link or "pic" is no content. */
const MIN_LETTERS = 8;

interface Signature {
  /** Offset of the dash. */
  dash: number;
  name: { start: number; end: number };
}

/**
 * The signature "— Name (@handle)" in text[from, to), or null. `handles`: every offset of "(@"
 * in the text, in order (a search from `from` alone would run to the text's end in an article
 * with no handle, at every paragraph).
 */
function signatureIn(text: string, handles: readonly number[], from: number, to: number): Signature | null {
  for (let i = firstAtOrAfter(handles, from); i < handles.length && handles[i] < to; i++) {
    const at = handles[i];
    // The handle: word characters up to ")".
    let h = at + 2;
    while (h < to && h - at <= MAX_HANDLE && /[\w.]/.test(text[h])) h++;
    if (h >= to || text[h] !== ')' || h === at + 2 || !dateAfter(text, h + 1, to)) continue;
    // The name: capitalised words back to a dash (and a space) within reach.
    let e = at;
    while (e > from && text[e - 1] === ' ') e--;
    let d = e;
    while (d > from && e - d <= MAX_NAME && !DASH_CHARS.has(text[d - 1]) && text[d - 1] !== '\n') d--;
    const dash = d - 1;
    if (dash < from || !DASH_CHARS.has(text[dash])) continue;
    // "-" only as a dash set off by spaces (not inside "Jean-Marc").
    if (text[dash] === '-' && dash > from && text[dash - 1] !== ' ' && text[dash - 1] !== '\n') continue;
    let s = dash + 1;
    while (s < e && text[s] === ' ') s++;
    if (s >= e || !isUpper(text[s]) || !nameLike(text, s, e)) continue;
    return { dash, name: { start: s, end: e } };
  }
  return null;
}

/** Offsets of every "(@" in `text`, each found once: the matches of indexOf from after the last. */
function handleMarks(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('(@'); at >= 0; at = text.indexOf('(@', at + 2)) out.push(at);
  return out;
}

function firstAtOrAfter(list: readonly number[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The post's date after its handle ("February 10, 2026", "10 Feb 2026"): a byline's handle has none. */
function dateAfter(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && text[i] === ' ') i++;
  if (i >= to) return false;
  if (text[i] >= '0' && text[i] <= '9') return true;
  return MONTHS.includes(text.slice(i, i + 3).toLowerCase());
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Capitalised words only ("Brenda Lyle", "Dr. Ana Ruiz", "City of Halifax"). */
function nameLike(text: string, s: number, e: number): boolean {
  let wordStart = true;
  for (let i = s; i < e; i++) {
    const ch = text[i];
    if (ch === ' ') {
      wordStart = true;
      continue;
    }
    if (wordStart && !isUpper(ch) && text.slice(i, i + 3) !== 'of ' && text.slice(i, i + 4) !== 'the ') return false;
    wordStart = false;
  }
  return true;
}

function letters(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n < MIN_LETTERS; i++) if (text[i].toLowerCase() !== text[i].toUpperCase()) n++;
  return n;
}

/**
 * Drafts for embedded posts whose words no draft has claimed, added to `drafts` (sorted by
 * content start, as attachQuotations returns them).
 */
export function embeddedPosts(seg: Segmentation, drafts: ContinuationDraft[]): ContinuationDraft[] {
  const { text, paragraphs } = seg;
  const handles = handleMarks(text);
  const added: ContinuationDraft[] = [];
  let di = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (para.role !== 'body') continue;
    const sig = handles.length === 0 ? null : signatureIn(text, handles, para.start, Math.min(para.end, para.start + 400));
    if (!sig) continue;
    let start: number;
    let end: number;
    if (text.slice(para.start, sig.dash).trim() === '') {
      // The signature is a paragraph of its own: the post is the paragraph before it.
      const prev = p > 0 ? paragraphs[p - 1] : null;
      if (!prev || prev.role !== 'body' || signatureIn(text, handles, prev.start, prev.end)) continue;
      start = prev.start;
      end = prev.end;
    } else {
      start = para.start;
      end = sig.dash;
    }
    while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\n')) end--;
    if (letters(text, start, end) < MIN_LETTERS) continue;
    // Words a draft already reports ("… wrote on X: “…”") are not reported twice.
    while (di < drafts.length && drafts[di].contentEnd <= start) di++;
    if (di < drafts.length && drafts[di].contentStart < end) continue;
    added.push({
      source: null, sourceSpan: sig.name, cue: null, cueSpan: null, contentStart: start, contentEnd: end,
      quote: null, continuation: false, anchor: sig.name.start, learned: false, verb: false,
    });
  }
  if (added.length === 0) return drafts;
  return drafts.concat(added).sort((a, b) => a.contentStart - b.contentStart);
}
