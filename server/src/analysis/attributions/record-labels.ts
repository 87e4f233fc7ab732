// A parliamentary or court record's speaker label opening a paragraph, in mixed case:
// "Mr. Garrick Holloway (Kenora—Thunder Bay North, CPC): Mr. Speaker, …", "Hon. Ann Roy
// (Minister of Transport, Lib.): …", "Ms. Roy: …", "The Speaker: Order.", "Some hon. members:
// Oh, oh!". The paragraph after the colon is the labelled speaker's, as after a transcript's
// "WALLACE:" (headlines.ts). Only an honorific (or "The" and a chair's title, or "hon. members")
// opens such a label, so a body paragraph's "Mayor Ann Lee: 14,210." or "Update:" is none.
import type { Draft } from './draft';
import type { Clause } from './context';
import type { Doc } from './phrases';
import { isCapitalised, isWord } from './words';

/** Honorifics that open a speaker's label in a record (with or without their full stop). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'hon', 'sen', 'senator', 'sir', 'dame', 'lord', 'lady', 'baroness', 'rt']);
/** A chair's title after "The" ("The Speaker:", "The Acting Speaker (Mr. Lee):", "The Chair:"). */
const CHAIRS = new Set(['speaker', 'chair', 'chairman', 'chairwoman', 'chairperson', 'president', 'clerk']);
/** Words before a chair's title ("The Deputy Speaker", "The Assistant Deputy Chair"). */
const CHAIR_MODIFIERS = new Set(['deputy', 'acting', 'assistant']);
/** Lower-case particles inside a name ("Mr. Luc de Vries"). */
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'st', 'saint']);
/** Longest name after the honorific, in tokens. */
const MAX_NAME = 6;
/** Longest riding-and-party bracket ("(Kenora—Thunder Bay North, CPC)", "(Minister of Transport, Lib.)"). */
const MAX_BRACKET = 24;

const bare = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);

/** The label's speaker tokens [first, last] and the colon after it, or null. */
function labelAt(doc: Doc, lo: number, hi: number): { first: number; last: number; colon: number } | null {
  let k = lo;
  const w = bare(doc.lower[lo]);
  let last: number;
  if (w === 'the') {
    k++;
    while (k < hi && k <= lo + 3 && CHAIR_MODIFIERS.has(doc.lower[k])) k++;
    if (k >= hi || !CHAIRS.has(doc.lower[k]) || !isCapitalised(doc.toks[k].text)) return null;
    last = k++;
  } else if (w === 'some' || w === 'an') {
    // "Some hon. members:", "An hon. member:".
    k++;
    if (k >= hi || bare(doc.lower[k]) !== 'hon') return null;
    k++;
    if (k < hi && doc.toks[k].text === '.') k++;
    if (k >= hi || (doc.lower[k] !== 'members' && doc.lower[k] !== 'member')) return null;
    last = k++;
  } else if (HONORIFICS.has(w) && isCapitalised(doc.toks[lo].text)) {
    k++;
    // "Hon.", "Rt. Hon.", "Hon. Dr.": honorifics and their full stops.
    while (k < hi && (doc.toks[k].text === '.' || (HONORIFICS.has(bare(doc.lower[k])) && isCapitalised(doc.toks[k].text)))) k++;
    const nameFirst = k;
    while (k < hi && k - nameFirst < MAX_NAME) {
      const t = doc.toks[k].text;
      if (isCapitalised(t) || t === '-' || t === '.' || (PARTICLES.has(doc.lower[k]) && k + 1 < hi && isCapitalised(doc.toks[k + 1].text))) k++;
      else break;
    }
    if (k === nameFirst) return null;
    last = k - 1;
    while (last > nameFirst && !isWord(doc.toks[last].text)) last--;
  } else {
    return null;
  }
  // A riding and party, or a title, in brackets: "(Kenora—Thunder Bay North, CPC)".
  for (let brackets = 0; k < hi && doc.toks[k].text === '(' && brackets < 2; brackets++) {
    let close = k + 1;
    while (close < hi && close <= k + MAX_BRACKET && doc.toks[close].text !== ')') close++;
    if (close >= hi || doc.toks[close].text !== ')') return null;
    k = close + 1;
  }
  if (k >= hi - 1 || doc.toks[k].text !== ':') return null;
  return { first: lo, last, colon: k };
}

/** "Mr. Garrick Holloway (Kenora, CPC): …" opening a paragraph: the label and the paragraph after it. */
export function recordLabel(doc: Doc, c: Clause): Draft | null {
  if (doc.toks[c.lo].start !== c.paragraphStart) return null;
  // The paragraph's tokens: the sentence splitter may end a sentence inside the label ("Some hon.").
  let hi = c.hi;
  while (hi < doc.toks.length && doc.toks[hi].start < c.paragraphEnd) hi++;
  if (c.lo + 3 >= hi) return null;
  const label = labelAt(doc, c.lo, hi);
  if (!label) return null;
  const { colon } = label;
  let end = hi - 1;
  while (end > colon && !isWord(doc.toks[end].text) && !'’”"\'?!'.includes(doc.toks[end].text)) end--;
  let words = 0;
  for (let k = colon + 1; k <= end; k++) if (isWord(doc.toks[k].text)) words++;
  if (words < 2) return null;
  return {
    // The colon is punctuation, not a word of speech: no cue (as a Q&A interview's answers).
    source: { first: label.first, last: label.last }, sourceSpan: null, cue: null, cueSpan: null,
    contentStart: doc.toks[colon + 1].start, contentEnd: doc.toks[end].end, quote: null, continuation: false,
    anchor: doc.toks[colon].start,
  };
}
