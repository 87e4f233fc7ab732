// "as X put it": a cue set inside its sentence by "as", with the pro-form "it" for what was said:
//   "That approach, as Whitcombe put it on Tuesday, would be “a Band-Aid …”" → "That approach" and
//                                                  "would be “a Band-Aid …”" (PolNeAR marks both)
//   "As one aide put it, the campaign “ran out of road.”"  → what follows the comma
//   "The plan was doomed, as he puts it."                  → what comes before
// "put it bluntly: “…”" (a colon, no "as") is continuations.ts's.
import type { Doc, Range } from './phrases';
import { sourceLeftOf } from './subject';
import type { Draft } from './draft';
import type { Clause, QuoteIndex } from './context';
import { countWords, lastContentToken } from './context';
import { contentEndToken, quotesIn, skipTime } from './content';
import { contentStartFrom } from './frame';
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
  let j = skipTime(doc, t + 2, c.hi);
  while (j < c.hi && isLyAdverb(doc.toks[j].text)) j++;
  if (j + 1 < c.hi && ADVERBIAL_PREPOSITIONS.has(doc.lower[j]) && DETERMINERS.has(doc.lower[j + 1])) {
    const stop = Math.min(c.hi, j + MAX_TAIL);
    j += 2;
    while (j < stop && isWord(doc.toks[j].text) && !isCapitalised(doc.toks[j].text)) j++;
  }
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
