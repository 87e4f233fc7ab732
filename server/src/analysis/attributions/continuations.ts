// Quotations no cue claimed. A quotation that opens a sentence or paragraph right after a
// quoted speaker continues that speaker (“…,” he said. “…” / a following all-quote
// paragraph); a free-standing quotation sentence keeps an unknown source. Short quotes in
// running text (“armed criminals”) are scare quotes and no attribution of their own.
import type { Segmentation } from '../types';
import type { Draft } from './draft';
import type { Clause, QuoteIndex } from './context';
import { subjectOf } from './frame';
import { sourceLeftOf } from './subject';
import { CUE_VERBS, PUT_IT } from './lexicon';
import type { Doc, Range } from './phrases';
import type { Quote } from './quotes';
import { isCapitalised, isWord } from './words';

const SENTENCE_BREAK = new Set(['.', '?', '!', ':', ',', '”', '"', "'", ')', '—', '–']);
// Speech ends in punctuation, or in a nested quotation's closing mark.
const SPEECH_END = new Set(['.', ',', '?', '!', '…', '—', '-', ':', ';', '’', "'"]);

/** How far back a free-standing quotation still belongs to the last named speaker. */
const CARRY_PARAGRAPHS = 2;

export interface ContinuationDraft extends Draft {
  /** The attribution this one continues. */
  continues?: Draft;
  /** A quotation after a press conference's topic ("On his decision to stay: “…”"): no named speaker. */
  topic?: boolean;
}

function paragraphOf(seg: Segmentation, pos: number): number {
  let lo = 0;
  let hi = seg.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (seg.paragraphs[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether the quotation opens a paragraph (true) or a sentence (also true), else false. */
function opensSentence(doc: Doc, seg: Segmentation, q: Quote): boolean {
  const pStart = seg.paragraphs[q.firstParagraph].start;
  let i = q.open - 1;
  while (i >= pStart && (doc.text[i] === ' ' || doc.text[i] === '\t')) i--;
  return i < pStart || SENTENCE_BREAK.has(doc.text[i]);
}

/** Longest quoted title, in words ("''The Art of the Deal,''"). */
const MAX_TITLE_WORDS = 5;
/** Small words a title keeps in lower case. */
const TITLE_LINKS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'at', 'with', 'from', 'by']);

/**
 * "''Opening Belle,'' which will be in bookstores …", "signed on for ''The X-Files,''": a short
 * quotation whose words are all capitalised (small links aside) names a book, a show or a slogan;
 * it goes on with no one's words.
 */
function isTitleQuoted(doc: Doc, q: Quote): boolean {
  if (q.words > MAX_TITLE_WORDS) return false;
  const inside = doc.text.slice(q.start, q.end).trimEnd();
  // ("Mr. D’Souza?", "Shame!": a question or a cry is speech.)
  if (inside.endsWith('?') || inside.endsWith('!')) return false;
  const words = inside.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length < 2 || !/^\p{Lu}/u.test(words[0] ?? '')) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_LINKS.has(w));
}

/** Speech ends in punctuation inside the marks; a title or a term does not. */
function soundsLikeSpeech(doc: Doc, q: Quote): boolean {
  if (!q.closed) return true;
  let i = q.end - 1;
  while (i > q.start && doc.text[i] === ' ') i--;
  return SPEECH_END.has(doc.text[i]);
}

function hasQuotation(doc: Doc, d: Draft): boolean {
  if (d.quote) return true;
  // “ " ” ‘, by code unit (no string per character).
  const text = doc.text;
  for (let i = d.contentStart; i < d.contentEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x22 || c === 0x201d || c === 0x2018) return true;
  }
  return false;
}

/** Participles that add a reference to a quotation rather than speech of their own. */
const ASIDE_CUES = new Set(['referring', 'citing', 'pointing', 'describing', 'noting']);

/** Words that open a clause about someone already named ("who noted", "as he called for", "when asked"). */
const ABOUT_OPENERS = new Set(['who', 'which', 'as', 'when', 'while', 'whose']);
const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/** Whether the draft's cue opens a relative or adverbial clause: "who noted", "as she called for", "when asked". */
function inClauseAbout(doc: Doc, d: Draft): boolean {
  let k = d.cue!.first - 1;
  if (k >= 0 && (doc.lower[k] === 'also' || doc.lower[k] === 'later')) k--;
  if (k >= 0 && CLAUSE_PRONOUNS.has(doc.lower[k])) k--;
  return k >= 0 && ABOUT_OPENERS.has(doc.lower[k]);
}

/** A cue of one present participle of a verb of speech (", adding that …", ", suggesting …"). */
function isParticipleCue(doc: Doc, d: Draft): boolean {
  return d.cue !== null && d.cue.first === d.cue.last && CUE_VERBS.get(doc.lower[d.cue.first])?.participle === true;
}

const DASHES = new Set(['―', '—', '–']);

function tokenAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.toks[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** “…” ― Pamela Padilla: a dash and a name right after the closing mark. */
function dashSpeaker(doc: Doc, q: Quote): { source: Range; cue: Range } | null {
  if (!q.closed) return null;
  const d = tokenAt(doc, q.close);
  if (d >= doc.toks.length || !DASHES.has(doc.toks[d].text) || doc.toks[d].start - q.close > 2) return null;
  const first = d + 1;
  let last = first - 1;
  for (let k = first; k < doc.toks.length && k < first + 6; k++) {
    const t = doc.toks[k].text;
    if (doc.text.slice(doc.toks[last >= first ? last : d].end, doc.toks[k].start).includes('\n')) break;
    if (isCapitalised(t) || (t === '.' && last === k - 1)) last = k;
    else break;
  }
  if (last < first) return null;
  return { source: { first, last }, cue: { first: d, last: d } };
}

/** A quotation right after a colon: the colon is the cue, the sentence's subject the source. */
function colonIntroduced(doc: Doc, seg: Segmentation, q: Quote): { source: Range | null; cue: Range | null; topic?: boolean } | null {
  let i = q.open - 1;
  while (i >= 0 && (doc.text[i] === ' ' || doc.text[i] === '\n' || doc.text[i] === '\t' || doc.text[i] === '\r')) i--;
  if (i < 0 || doc.text[i] !== ':') return null;
  const colon = tokenAt(doc, i);
  if (colon >= doc.toks.length || doc.toks[colon].start !== i) return null;
  const s = seg.sentences[doc.toks[colon].sentence];
  const para = seg.paragraphs[s.paragraph];
  if (para.role !== 'body') return null;
  const c: Clause = { lo: s.firstToken, hi: s.endToken, paragraphStart: para.start, paragraphEnd: para.end, from: s.firstToken, nestFrom: s.firstToken };
  if (colon - c.lo < 1) return null;
  // "one former deputy minister, who still advises the government, put it bluntly: “…”": the
  // verb of "put it …" is the cue, and its subject (asides and all) the source.
  for (let v = colon - 2; v >= c.lo + 1 && v >= colon - 5; v--) {
    if (PUT_IT.has(doc.lower[v]) && doc.lower[v + 1] === 'it') {
      return { source: sourceLeftOf(doc, v, c.lo) ?? subjectOf(doc, c, v), cue: { first: v, last: colon - 1 } };
    }
  }
  // "IOWA POLLS TOO EARLY - Ann Lee and Raj Dey: “…”", "More from Lee: “…”": a roundup's item
  // names its author after a dash or "from", right before the colon.
  const named = authorBeforeColon(doc, c.lo, colon);
  if (named) return { source: named, cue: { first: colon, last: colon } };
  // "On his decision to stay: “…”": a topic, not a speaker, before the colon (a press conference's notes).
  if (topicBeforeColon(doc, c, colon)) return { source: null, cue: null, topic: true };
  const source = subjectOf(doc, c, colon);
  return { source, cue: predicateBefore(doc, source, colon) ?? { first: colon, last: colon } };
}

/** Words that open a topic before a colon in a press conference's notes ("On the trade: “…”"). */
const TOPIC_OPENERS = new Set(['on', 'about', 'regarding']);
/** Longest topic before its colon, in tokens. */
const MAX_TOPIC = 12;

/**
 * "On his decision to stay: “…”", "On playing behind a young defence: “…”": a paragraph opening
 * with a topic phrase (no comma, no verb of speech) and a colon introduces the words of the one
 * the notes are about, whom the phrase does not name.
 */
function topicBeforeColon(doc: Doc, c: Clause, colon: number): boolean {
  if (!TOPIC_OPENERS.has(doc.lower[c.lo]) || doc.toks[c.lo].start !== c.paragraphStart || colon - c.lo > MAX_TOPIC) return false;
  for (let k = c.lo + 1; k < colon; k++) {
    if (!isWord(doc.toks[k].text) || CUE_VERBS.has(doc.lower[k])) return false;
  }
  return true;
}

/** How many words a roundup's author before the colon may have ("Frank Newport and Jim Harter"). */
const MAX_AUTHOR = 7;

/** The capitalised name between a dash (or "More from", "From") and the colon, if that is all there is. */
function authorBeforeColon(doc: Doc, lo: number, colon: number): Range | null {
  let k = colon - 1;
  while (k >= lo && colon - k <= MAX_AUTHOR && (isCapitalised(doc.toks[k].text) || doc.lower[k] === 'and' || doc.toks[k].text === '.' || doc.lower[k] === 'the')) k--;
  let first = k + 1;
  if (first >= colon) return null;
  // "Ann Lee and Raj Dey: “…”" alone in its sentence (the splitter cut at the dash): names joined by "and".
  if (k < lo) {
    for (let m = lo + 1; m < colon - 1; m++) if (doc.lower[m] === 'and') return { first: lo, last: colon - 1 };
    return null;
  }
  // "More from Jones", "From the report": the word before the name is "from".
  if (doc.lower[k] === 'from' && (k === lo || (k === lo + 1 && doc.lower[lo] === 'more'))) return { first, last: colon - 1 };
  if (!DASHES.has(doc.toks[k].text) && doc.toks[k].text !== '-') return null;
  // The first word after "From" or a dash is a capital: "More" of "More from" is not the author.
  if (doc.lower[first] === 'more' && first + 1 < colon && doc.lower[first + 1] === 'from') first += 2;
  if (first >= colon || !isCapitalised(doc.toks[first].text)) return null;
  return { first, last: colon - 1 };
}

/** Longest predicate between a subject and the colon that introduces its quotation. */
const MAX_COLON_PREDICATE = 6;

/**
 * "Mr. Lacroix gloated: “…”", "She went on to say: “…”", "The mayor fired back: “…”":
 * the words between the subject and the colon are the verb that introduces the quotation, so
 * they are the cue with the colon (PolNeAR train marks them so), not the colon alone. Only a
 * short run of words opened by a lower-case verb-like word; otherwise the colon stays the cue.
 */
function predicateBefore(doc: Doc, source: Range | null, colon: number): Range | null {
  if (!source) return null;
  const first = source.last + 1;
  if (first >= colon || colon - first > MAX_COLON_PREDICATE) return null;
  if (isCapitalised(doc.toks[first].text)) return null;
  for (let k = first; k < colon; k++) if (!isWord(doc.toks[k].text)) return null;
  return { first, last: colon };
}


/** All drafts in text order, with continuation and free-standing quotations added. */
export function attachQuotations(doc: Doc, seg: Segmentation, quotes: QuoteIndex, drafts: Draft[]): ContinuationDraft[] {
  const sorted: ContinuationDraft[] = drafts.slice().sort((a, b) => a.contentStart - b.contentStart);
  const added: ContinuationDraft[] = [];
  let di = 0;
  let pi = 0;
  let maxEnd = -1;
  let prev: ContinuationDraft | null = null;
  for (const q of quotes.list) {
    // Claimed when a frame's content takes in the opening of the quotation, or most of it
    // (a cue inside a quotation, "… I said we would win …", does not claim it).
    while (di < sorted.length && sorted[di].contentStart <= q.start + 1) {
      if (sorted[di].contentEnd > maxEnd) maxEnd = sorted[di].contentEnd;
      di++;
    }
    let inside = 0;
    for (let k = di; k < sorted.length && sorted[k].contentStart < q.end; k++) {
      inside = Math.max(inside, Math.min(q.end, sorted[k].contentEnd) - sorted[k].contentStart);
    }
    if (inside * 2 >= q.end - q.start) continue;
    while (pi < sorted.length && sorted[pi].contentStart < q.open) {
      const d = sorted[pi];
      // "“…,” Ramos said, referring to …": the continuation is Ramos's, not the reference's.
      // So is "“…,” she said, adding that …. “…”": a participle after the quoted speaker's cue
      // elaborates in the narrator's words; the next quotation goes on with the cue (PolNeAR
      // marks it so).
      const aside = prev && hasQuotation(doc, prev) && d.cue && prev.cue && (ASIDE_CUES.has(doc.lower[d.cue.first]) || isParticipleCue(doc, d)) &&
        doc.toks[d.cue.first].sentence === doc.toks[prev.cue.first].sentence;
      // "…,'' said Ann Lee, who noted that …. ''…''", "…,'' Lee said, as she called for …": a cue in a
      // clause about the quoted speaker is no new speaker for the next quotation.
      // (The cheap checks first: hasQuotation reads the content.)
      const relative = !aside && prev !== null && d.cue !== null && prev.cue !== null && d.cue.first > prev.cue.last &&
        doc.toks[d.cue.first].sentence === doc.toks[prev.cue.first].sentence && inClauseAbout(doc, d) && hasQuotation(doc, prev);
      if ((!prev || d.contentStart >= prev.contentStart) && !aside && !relative) prev = d;
      pi++;
    }
    if (maxEnd > q.start) continue; // claimed by a frame
    const signed = dashSpeaker(doc, q);
    if (signed) {
      // “…” ― Name: a signed quotation (reader comments, epigraphs).
      const d: ContinuationDraft = {
        source: signed.source, sourceSpan: null, cue: signed.cue, cueSpan: null,
        contentStart: q.start, contentEnd: q.end, quote: q, continuation: false, anchor: q.open,
      };
      added.push(d);
      prev = d;
      maxEnd = Math.max(maxEnd, q.end);
      continue;
    }
    const introduced = colonIntroduced(doc, seg, q);
    if (introduced?.topic) {
      // The notes' next topic goes on with the speaker of the one before.
      const goesOn = prev !== null && prev.topic === true && q.firstParagraph - paragraphOf(seg, prev.contentEnd - 1) <= 1;
      const d: ContinuationDraft = {
        source: null, sourceSpan: null, cue: null, cueSpan: null,
        contentStart: q.start, contentEnd: q.end, quote: q, continuation: goesOn, anchor: q.open, topic: true,
        ...(goesOn ? { continues: prev! } : {}),
      };
      added.push(d);
      prev = d;
      maxEnd = Math.max(maxEnd, q.end);
      continue;
    }
    if (introduced) {
      // "…, he had posted: “…”": the sentence ending in a colon introduces the quotation.
      const d: ContinuationDraft = {
        source: introduced.source, sourceSpan: null, cue: introduced.cue, cueSpan: null,
        contentStart: q.start, contentEnd: q.end, quote: q, continuation: false, anchor: q.open,
      };
      added.push(d);
      prev = d;
      maxEnd = Math.max(maxEnd, q.end);
      continue;
    }
    if (q.words < 2 || !opensSentence(doc, seg, q) || !soundsLikeSpeech(doc, q)) continue;
    // A quoted title goes on with no one's words (but a short answer right after the speaker's words
    // in the same paragraph does: "… told delegates. “Donald Trump.”").
    if (isTitleQuoted(doc, q) && !(prev && paragraphOf(seg, prev.contentEnd - 1) === q.firstParagraph)) continue;
    const prevPara = prev ? paragraphOf(seg, prev.contentEnd - 1) : -10;
    if (prev && ((hasQuotation(doc, prev) && q.firstParagraph - prevPara <= 1) || (prev.cue && q.firstParagraph - prevPara <= CARRY_PARAGRAPHS))) {
      const c: ContinuationDraft = {
        source: prev.source, sourceSpan: prev.sourceSpan, cue: prev.cue, cueSpan: prev.cueSpan,
        contentStart: q.start, contentEnd: q.end, quote: q, continuation: true, anchor: prev.anchor,
        continues: prev,
      };
      added.push(c);
      prev = c;
      maxEnd = Math.max(maxEnd, q.end);
      continue;
    }
    if (q.words >= 4) {
      const free: ContinuationDraft = {
        source: null, sourceSpan: null, cue: null, cueSpan: null,
        contentStart: q.start, contentEnd: q.end, quote: q, continuation: false, anchor: q.open,
      };
      added.push(free);
      prev = free;
      maxEnd = Math.max(maxEnd, q.end);
    }
  }
  return sorted.concat(added).sort((a, b) => a.contentStart - b.contentStart);
}
