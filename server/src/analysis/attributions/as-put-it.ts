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
import { PHRASE_STOPS, isWord } from './words';

/** How many tokens an adverbial after "put it" may have before its comma ("on Tuesday in Topeka"). */
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
  // Before: "That approach, as X put it, …" (not an adverbial such as "But at the time,").
  if (as > c.lo && doc.toks[as - 1].text === ',') {
    const from = contentStartFrom(doc, c, as - 1);
    if (from < as - 1 && countWords(doc, from, as - 1, 2) >= 2 && (!PHRASE_STOPS.has(doc.lower[from]) || doc.lower[from] === 'that')) {
      const e = lastContentToken(doc, from, as - 1);
      if (e >= from) out.push(make(doc.toks[from].start, doc.toks[e].end));
    }
  }
  // After: past a time or a short adverbial, a comma, then the rest of the clause.
  let j = skipTime(doc, t + 2, c.hi);
  const stop = Math.min(c.hi, j + MAX_TAIL);
  while (j < stop && isWord(doc.toks[j].text)) j++;
  if (j + 1 < c.hi && doc.toks[j].text === ',' && (isWord(doc.toks[j + 1].text) || quotes.byOpen.has(doc.toks[j + 1].start))) {
    const first = j + 1;
    const endTok = contentEndToken(doc, first, c, quotes);
    if (endTok >= first) {
      let end = doc.toks[endTok].end;
      for (const q of quotesIn(quotes, doc.toks[first].start, end)) if (q.closed && q.close > end) end = q.close;
      out.push(make(doc.toks[first].start, end));
    }
  } else if (out.length === 0 && as > c.lo && doc.toks[as - 1].text === ',') {
    // "The plan was doomed, as he puts it.": only the words before.
    const from = contentStartFrom(doc, c, as - 1);
    const e = lastContentToken(doc, from, as - 1);
    if (e >= from) out.push(make(doc.toks[from].start, doc.toks[e].end));
  }
  return out.length > 0 ? out : null;
}
