// Headline attributions of the form "Speaker: what they said" ("Kasich: ‘We Are Going …’").
import type { Draft } from './draft';
import type { Clause } from './context';
import type { Doc } from './phrases';
import type { Quote } from './quotes';
import type { Span } from '../types';
import { isCapitalised, isPossessive, isWord } from './words';

const NAME_LINKS = new Set(['of', 'on', 'the', 'and', 'to', 'at']);
const OPENERS = '‘“"\'';
const CLOSERS = '’”"\'';

/** A title line: a headline paragraph, or a short one-sentence paragraph in title case or without a full stop. */
export function isTitleLine(doc: Doc, c: Clause, role: string): boolean {
  if (role === 'headline') return true;
  if (c.lo !== firstTokenAt(doc, c, c.paragraphStart) || doc.toks[c.hi - 1].end !== c.paragraphEnd) return false;
  if (c.hi - c.lo > 30) return false;
  if (doc.toks[c.hi - 1].text !== '.') return true;
  let words = 0;
  let caps = 0;
  for (let i = c.lo; i < c.hi; i++) {
    if (!isWord(doc.toks[i].text)) continue;
    words++;
    if (isCapitalised(doc.toks[i].text)) caps++;
  }
  return words > 0 && caps / words >= 0.6;
}

const LABELS = new Set([
  'UPDATE', 'WATCH', 'READ', 'NOTE', 'EDITOR', 'CORRECTION', 'BREAKING', 'EXCLUSIVE', 'PHOTOS', 'VIDEO', 'SOURCE', 'SOURCES', 'ADVERTISEMENT',
  'RELATED', 'MORE', 'TOPICS', 'LATEST', 'EMAIL', 'NOTICE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'COMMENTARY', 'EXPLAINER', 'LIVE', 'UPDATES',
  'TIMELINE', 'PODCAST', 'RECAP', 'LISTEN',
  // A fact-check's and an explainer's section labels ("CLAIM:", "THE FACTS:", "WHY IT MATTERS:", "WHAT'S NEXT:").
  'CLAIM', 'CLAIMS', 'FACT', 'FACTS', 'VERDICT', 'RATING', 'CONTEXT', 'BACKGROUND', 'SUMMARY', 'MATTERS', 'NEXT', 'HAPPENED', 'HAPPENING',
  // A story's form named before the colon ("FACT CHECK:", "Fact check:", "Q&A:", "FAQ:", "Explained:").
  'CHECK', 'Q&A', 'FAQ', 'EXPLAINED',
  // Credit and contact lines at a story's foot ("Contributing: Ann Lee", "Follow: @annlee").
  'CONTRIBUTING', 'CONTRIBUTORS', 'FOLLOW', 'CONTACT',
]);

/** "TAPPER: …" opening a transcript paragraph: the speaker label and the paragraph after it. */
export function transcriptLabel(doc: Doc, c: Clause): Draft | null {
  if (c.lo + 2 >= c.hi || doc.toks[c.lo].start !== c.paragraphStart) return null;
  // A transcript quoted paragraph by paragraph: "“WALLACE: …" (the mark opens the paragraph).
  const lo = OPENERS.includes(doc.toks[c.lo].text) ? c.lo + 1 : c.lo;
  let colon = lo + 1;
  while (colon < c.hi && colon <= lo + 3 && doc.toks[colon].text !== ':') colon++;
  if (colon >= c.hi || doc.toks[colon].text !== ':') return null;
  for (let k = lo; k < colon; k++) {
    const t = doc.toks[k].text;
    if (!(t.length >= 2 && t === t.toUpperCase() && /^[A-Z]/.test(t)) && t !== '.') return null;
  }
  if (colon === lo + 1 && doc.toks[lo].text.length < 3) return null;
  // "THE FACTS:", "WHY IT MATTERS:": a section label ends in a label word; a speaker's name does not.
  if (LABELS.has(doc.toks[colon - 1].text)) return null;
  let end = c.hi - 1;
  for (let k = c.hi; k < doc.toks.length && doc.toks[k].start < c.paragraphEnd; k++) end = k;
  while (end > colon && !isWord(doc.toks[end].text) && !CLOSERS.includes(doc.toks[end].text)) end--;
  if (end <= colon || !wordsIn(doc, colon + 1, end)) return null;
  return {
    source: { first: lo, last: colon - 1 }, sourceSpan: null, cue: { first: colon, last: colon }, cueSpan: null,
    contentStart: doc.toks[colon + 1].start, contentEnd: doc.toks[end].end, quote: null, continuation: false,
    anchor: doc.toks[colon].start,
  };
}

/** Whether a draft is a transcript label's ("HOLLIS: …"): a colon cue right after a speaker in capitals. */
export function isLabelDraft(doc: Doc, d: Draft): boolean {
  if (!d.cue || !d.source || d.cue.first !== d.cue.last || doc.toks[d.cue.first].text !== ':' || d.source.last + 1 !== d.cue.first) return false;
  for (let k = d.source.first; k <= d.source.last; k++) {
    const t = doc.toks[k].text;
    if (isWord(t) && t !== t.toUpperCase()) return false;
  }
  return true;
}

/**
 * A transcript quoted paragraph by paragraph ("“WALLACE: …” / “PENCE: …”): its speakers are the
 * labels, so the quotation over their paragraphs is no one's words as a whole; it is dropped.
 * A label that is the segmenter's dateline ("NEW DELHI: The Centre on Monday …", a South Asian
 * paper's) is no speaker: it is dropped too. (Not any place the entity stage typed: it types a
 * transcript's "FALLIN:" a place.)
 */
export function withoutTranscriptQuotations(doc: Doc, drafts: Draft[], dateline: Span | null = null): Draft[] {
  let labels: Draft[] | null = null;
  let placed: Draft | null = null;
  for (const d of drafts) {
    if (!isLabelDraft(doc, d)) continue;
    if (dateline && doc.toks[d.source!.first].start === dateline.start && doc.toks[d.source!.last].end === dateline.end) placed = d;
    else (labels ??= []).push(d);
  }
  if (placed) drafts = drafts.filter((d) => d !== placed);
  if (!labels) return drafts;
  const inside = (q: Draft): boolean => labels!.some((l) => l !== q && q.contentStart <= l.anchor && l.anchor < q.contentEnd);
  return drafts.filter((d) => !(d.quote && inside(d)));
}

/** Kinds of event whose name may open a headline before a colon ("Storm Bertrand: …", "Wildfire: …"). */
const EVENT_KINDS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone', 'tropical', 'wildfire', 'wildfires', 'earthquake', 'quake', 'flood', 'floods', 'heatwave', 'blizzard', 'tornado']);

/**
 * Whether tokens [from, to] are a list of names and nothing else, a team's line-up ("Sanchez;
 * Gusto, Fofana, Colwill; …"): three or more commas or semicolons and no word in lower case.
 */
function isNameList(doc: Doc, from: number, to: number): boolean {
  let separators = 0;
  for (let k = from; k <= to; k++) {
    const t = doc.toks[k].text;
    if (t === ',' || t === ';') separators++;
    else if (/^\p{Ll}/u.test(t)) return false;
  }
  return separators >= 3;
}

/**
 * Whether tokens [from, to] hold a word with a letter: "Mayor Ann Lee: 14,210." (a tally in a
 * list of results) reports no words.
 */
function wordsIn(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (/\p{L}/u.test(doc.toks[k].text)) return true;
  return false;
}

function firstTokenAt(doc: Doc, c: Clause, pos: number): number {
  return doc.toks[c.lo].start === pos ? c.lo : -1;
}

/**
 * The document's first paragraph, one short sentence with more text after it: a headline the
 * segmenter did not take for one because it ends in a full stop ("Voss: My plans are not set in stone.").
 */
export function isOpeningLine(doc: Doc, c: Clause): boolean {
  if (c.lo !== 0 || c.hi >= doc.toks.length) return false;
  if (c.hi - c.lo <= 30 && doc.toks[c.hi - 1].end === c.paragraphEnd) return true;
  // A headline with its deck on the next line ("Voss: My plans are not set in stone;\nIn a speech …"):
  // the first line alone, when it is short and a line break ends it inside or right after the sentence.
  const line = lineBreakAfter(doc, c.lo, Math.min(c.hi + 1, doc.toks.length));
  return line > c.lo + 2 && line - c.lo <= 30;
}

/** The first token in (lo, hi) with a line break before it, or -1. */
function lineBreakAfter(doc: Doc, lo: number, hi: number): number {
  for (let k = lo + 1; k < hi; k++) if (doc.text.slice(doc.toks[k - 1].end, doc.toks[k].start).includes('\n')) return k;
  return -1;
}

/** "Speaker: what they said" in a title line. */
export function headlineColon(doc: Doc, c: Clause): Draft | null {
  let colon = -1;
  for (let k = c.lo + 1; k < c.hi && k <= c.lo + 6; k++) {
    if (doc.toks[k].text === ':') {
      colon = k;
      break;
    }
  }
  if (colon < 0 || colon + 1 >= c.hi) return null;
  // "EXCLUSIVE – Roger Stone: …": the speaker follows the dash.
  let lo = c.lo;
  for (let k = c.lo; k < colon; k++) if (doc.toks[k].text === '–' || doc.toks[k].text === '—' || doc.toks[k].text === '-') lo = k + 1;
  if (lo >= colon || !isCapitalised(doc.toks[lo].text)) return null;
  for (let k = lo; k < colon; k++) {
    const tok = doc.toks[k].text;
    if (isCapitalised(tok) || isPossessive(tok) || tok === '-' || NAME_LINKS.has(doc.lower[k])) continue;
    return null;
  }
  // "WATCH:", "UPDATE:", "Q:", "The Latest:", "Paid Notice:" are labels, not speakers.
  const first = doc.toks[lo].text;
  if (colon === lo + 1 && first.length <= 2) return null;
  if (LABELS.has(doc.toks[colon - 1].text.toUpperCase())) return null;
  // "Storm Bertrand: 120,000 homes without power": a storm or a disaster is the news, not a speaker.
  if (EVENT_KINDS.has(doc.lower[lo])) return null;
  // A title line ends at its line break (a deck may follow on the next line in the same paragraph).
  const line = lineBreakAfter(doc, colon, c.hi);
  let end = (line > 0 ? line : c.hi) - 1;
  while (end > colon && !isWord(doc.toks[end].text) && !CLOSERS.includes(doc.toks[end].text)) end--;
  if (end <= colon || !wordsIn(doc, colon + 1, end) || isNameList(doc, colon + 1, end)) return null;
  // "Twitter: @annlee": a handle or an address, no words said.
  const said = doc.text.slice(doc.toks[colon + 1].start, doc.toks[end].end);
  if (!/\s/.test(said) && (said.includes('@') || said.startsWith('#'))) return null;
  const start = doc.toks[colon + 1].start;
  const stop = doc.toks[end].end;
  const source = { first: lo, last: colon - 1 };
  const cue = { first: colon, last: colon };
  let quote: Quote | null = null;
  let cs = start;
  let ce = stop;
  if (OPENERS.includes(doc.text[start]) && CLOSERS.includes(doc.text[stop - 1]) && stop - start > 2) {
    cs = start + 1;
    ce = stop - 1;
    quote = { open: start, start: cs, end: ce, close: stop, firstParagraph: -1, lastParagraph: -1, words: 0, closed: true };
  }
  return { source, sourceSpan: null, cue, cueSpan: null, contentStart: cs, contentEnd: ce, quote, continuation: false, anchor: doc.toks[colon].start };
}
