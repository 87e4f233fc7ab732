// Sentence boundaries inside one line of text, over its tokens.
import { AMBIGUOUS_ABBREVIATIONS } from './abbreviations';
import type { RawToken } from './tokenize';

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'On', 'But', 'And', 'This', 'That',
  'There', 'Its', 'His', 'Her', 'Their', 'Officials', 'However', 'At', 'As', 'After', 'For',
]);

function isUpperStart(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 48 && c <= 57) return true;
  return c > 127 && s[0] !== s[0].toLowerCase();
}

/** Returns [from, to) token index ranges, one per sentence. */
export function splitSentences(text: string, toks: RawToken[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = text.slice(toks[i].start, toks[i].end);
    let endsHere = false;
    if (t === '.' || t === '!' || t === '?' || t === '…') {
      endsHere = true;
    } else if (t.endsWith('.') && t.length > 1) {
      // "… in the U.S. The company": an ambiguous abbreviation followed by a typical starter.
      const bare = t.slice(0, -1).toLowerCase();
      const next = toks[i + 1] ? text.slice(toks[i + 1].start, toks[i + 1].end) : '';
      endsHere = AMBIGUOUS_ABBREVIATIONS.has(bare) && SENTENCE_STARTERS.has(next);
    }
    if (!endsHere) continue;
    let j = i + 1;
    while (j < toks.length && CLOSERS.has(text.slice(toks[j].start, toks[j].end))) j++;
    if (j >= toks.length) break;
    const next = text.slice(toks[j].start, toks[j].end);
    const nextWord = OPENERS.has(next) && toks[j + 1] ? text.slice(toks[j + 1].start, toks[j + 1].end) : next;
    if (isUpperStart(nextWord) || OPENERS.has(next)) {
      out.push([from, j]);
      from = j;
      i = j - 1;
    }
  }
  if (from < toks.length) out.push([from, toks.length]);
  return out;
}
