// "as X put it": a cue set inside its sentence by "as", with the pro-form "it" for what was said:
//   "That approach, as Whitcombe put it on Tuesday, would be “a Band-Aid …”" → "That approach" and
//                                                  "would be “a Band-Aid …”" (PolNeAR marks both)
//   "As one aide put it, the campaign “ran out of road.”"  → what follows the comma
//   "The plan was doomed, as he puts it."                  → what comes before
// "put it bluntly: “…”" (a colon, no "as") is continuations.ts's.
// "as X reported/noted/wrote/said", nothing said after the verb, is the same aside:
//   "Ailes also met with him that day, as the Herald reported on Tuesday."  → what comes before
//   "Given that, as the Herald reported on Saturday, he has already emerged …" → what follows
import type { Doc, Range } from './phrases';
import { sourceLeftOf } from './subject';
import type { Draft } from './draft';
import type { Clause, QuoteIndex } from './context';
import { countWords, lastContentToken } from './context';
import { contentEndToken, quotesIn, skipTime } from './content';
import { CONNECTIVES, contentStartFrom } from './frame';
import { PUT_IT } from './lexicon';
import { ADVERBIAL_PREPOSITIONS, DETERMINERS, PHRASE_STOPS, isCapitalised, isLyAdverb, isWord } from './words';

/** How many tokens an adverbial after "put it" may have before its comma ("in a recent interview"). */
const MAX_TAIL = 6;

/** Whether the word at `t` is the verb of "as X put(s) it" (one look-up for the token loop). */
export function isPutIt(doc: Doc, t: number, c: Clause): boolean {
  return PUT_IT.has(doc.lower[t]) && t + 1 < c.hi && doc.lower[t + 1] === 'it';
}

/** The drafts of "as X put it" at `t` (the verb), or null when the words are not that. */
export function frameForAsPutIt(doc: Doc, t: number, c: Clause, quotes: QuoteIndex): Draft[] | null {
  if (!isPutIt(doc, t, c)) return null;
  const source = sourceLeftOf(doc, t, c.lo);
  if (!source || source.first - 1 < c.lo || doc.lower[source.first - 1] !== 'as') return null;
  const as = source.first - 1;
  const cue: Range = { first: t, last: t + 1 };
  const anchor = doc.toks[t].start;
  const out: Draft[] = [];
  const make = (start: number, end: number): Draft => ({
    source, sourceSpan: null, cue, cueSpan: null, contentStart: start, contentEnd: end, quote: null, continuation: false, anchor, learned: false, verb: true,
  });
  // Before: "That approach, as X put it, …", the clause's subject (not an adverbial such as "But
  // at the time,", nor a clause broken off at a preposition: "who owed his election to, as …").
  const before = as > c.lo && doc.toks[as - 1].text === ',' ? wordsBefore(doc, c, as - 1) : null;
  if (before) out.push(make(doc.toks[before.first].start, doc.toks[before.last].end));
  // After: past a time, an adverb or a short adverbial ("in an interview"), a comma, then the rest of the clause.
  const j = pastTail(doc, t + 2, c);
  if (j + 1 < c.hi && doc.toks[j].text === ',' && (isWord(doc.toks[j + 1].text) || quotes.byOpen.has(doc.toks[j + 1].start))) {
    const first = j + 1;
    const endTok = contentEndToken(doc, first, c, quotes);
    if (endTok >= first) {
      let end = doc.toks[endTok].end;
      for (const q of quotesIn(quotes, doc.toks[first].start, end)) if (q.closed && q.close > end) end = q.close;
      out.push(make(doc.toks[first].start, end));
    }
  }
  return out.length > 0 ? out : null;
}

/** The token after a time, adverbs and a short adverbial from `k` ("on Tuesday", "in an interview"). */
function pastTail(doc: Doc, k: number, c: Clause): number {
  let j = skipTime(doc, k, c.hi);
  while (j < c.hi && isLyAdverb(doc.toks[j].text)) j++;
  if (j + 1 < c.hi && ADVERBIAL_PREPOSITIONS.has(doc.lower[j]) && DETERMINERS.has(doc.lower[j + 1])) {
    const stop = Math.min(c.hi, j + MAX_TAIL);
    j += 2;
    while (j < stop && isWord(doc.toks[j].text) && !isCapitalised(doc.toks[j].text)) j++;
  }
  return skipTime(doc, j, c.hi);
}

/** Verbs of "as X reported": a report or remark cited in an aside. */
export const AS_CITED = new Set(['reported', 'reports', 'noted', 'notes', 'wrote', 'writes', 'said', 'says', 'observed', 'explained', 'told']);
/** Words after the aside's comma that go on with the clause before it ("…, as X reported, and he …"). */
const GOES_ON = new Set(['and', 'but', 'so', 'while', 'which']);

/**
 * The drafts of "…, as X reported." / "…, as X reported on Tuesday, he …" at `t` (the verb): the
 * source between "as" and the verb, nothing said after the verb but a time or a short adverbial.
 * Before a full stop (or ", and …") the clause before the comma is what was reported; before a
 * comma and a clause, that clause (and a short opening before "as", as with "put it"). Null when
 * the words are not that ("as she noted how …", "as he said he would").
 */
export function frameForAsCited(doc: Doc, t: number, c: Clause, quotes: QuoteIndex): Draft[] | null {
  if (!AS_CITED.has(doc.lower[t]) || t + 1 >= c.hi || !asBefore(doc, t, c)) return null;
  const source = sourceLeftOf(doc, t, c.lo);
  if (!source || source.first - 2 < c.lo || doc.lower[source.first - 1] !== 'as' || doc.toks[source.first - 2].text !== ',') return null;
  const w = doc.toks[source.first].text;
  if (!(isCapitalised(w) || DETERMINERS.has(doc.lower[source.first]))) return null;
  const as = source.first - 1;
  const j = pastTail(doc, t + 1, c);
  const end = j >= c.hi || FINAL_PUNCT_TOKENS.has(doc.toks[j].text);
  if (!end && doc.toks[j].text !== ',') return null;
  const cue: Range = { first: t, last: t };
  const anchor = doc.toks[t].start;
  const make = (start: number, stop: number): Draft => ({
    source, sourceSpan: null, cue, cueSpan: null, contentStart: start, contentEnd: stop, quote: null, continuation: false, anchor, learned: false, verb: true,
  });
  const closing = end || (j + 1 < c.hi && GOES_ON.has(doc.lower[j + 1]));
  if (closing) {
    // The whole clause before the aside's comma.
    const from = contentStartFrom(doc, c, as - 1);
    const e = lastContentToken(doc, from, as - 1);
    if (e < from || countWords(doc, from, as - 1, 2) < 2) return null;
    return [make(doc.toks[from].start, doc.toks[e].end)];
  }
  const out: Draft[] = [];
  const before = wordsBefore(doc, c, as - 1);
  // ("Of course, as X noted, …": a connective is no part of what was said.)
  if (before && !(before.last - before.first === 1 && CONNECTIVES.has(`${doc.lower[before.first]} ${doc.lower[before.last]}`))) out.push(make(doc.toks[before.first].start, doc.toks[before.last].end));
  const first = j + 1;
  if (first < c.hi && (isWord(doc.toks[first].text) || quotes.byOpen.has(doc.toks[first].start))) {
    const endTok = contentEndToken(doc, first, c, quotes);
    if (endTok >= first) {
      let stop = doc.toks[endTok].end;
      for (const q of quotesIn(quotes, doc.toks[first].start, stop)) if (q.closed && q.close > stop) stop = q.close;
      out.push(make(doc.toks[first].start, stop));
    }
  }
  return out.length > 0 ? out : null;
}

const FINAL_PUNCT_TOKENS = new Set(['.', '!', '?', ';']);
/** How far back from the verb ", as" is looked for (a source of a few words between). */
const AS_REACH = 10;

/** Whether ", as" comes shortly before the verb at `t` (a look-up before any reading of the source). */
function asBefore(doc: Doc, t: number, c: Clause): boolean {
  for (let k = t - 2; k > c.lo && k >= t - AS_REACH; k--) if (doc.lower[k] === 'as' && doc.toks[k - 1].text === ',') return true;
  return false;
}

/** Most words of a content before "as X put it" ("The plan was doomed from the start"). */
const MAX_BEFORE_WORDS = 12;

/**
 * The words from the clause's start to the comma at `comma`: two words or more, no comma among
 * them, not opening with a clause word or ending in one ("to", "because"); else null.
 */
function wordsBefore(doc: Doc, c: Clause, comma: number): Range | null {
  const from = contentStartFrom(doc, c, comma);
  if (from >= comma || countWords(doc, from, comma, MAX_BEFORE_WORDS + 1) < 2 || countWords(doc, from, comma, MAX_BEFORE_WORDS + 1) > MAX_BEFORE_WORDS) return null;
  if (PHRASE_STOPS.has(doc.lower[from]) && doc.lower[from] !== 'that') return null;
  for (let i = from; i < comma; i++) if (doc.toks[i].text === ',') return null;
  const e = lastContentToken(doc, from, comma);
  return e >= from && !PHRASE_STOPS.has(doc.lower[e]) ? { first: from, last: e } : null;
}
