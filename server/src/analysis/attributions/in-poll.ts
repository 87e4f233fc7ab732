// "In a Halden Institute poll released Monday, 52 per cent of voters backed the plan.": a poll or a
// survey named in the sentence's opening "In …," phrase reports the clause after its comma (the
// poll is the source, "In" the cue, as PolNeAR marks it). Only polls and surveys: "In a statement,
// the minister said …" has a speaker of its own, and "In a memo released as polls closed, …" has
// another head.
import type { Doc } from './phrases';
import type { Draft } from './draft';
import type { Clause, QuoteIndex } from './context';
import { contentEndToken } from './content';
import { FINITE, SENTENCE_ADVERBS, isPossessive, isWord } from './words';

/** The head nouns of the opening phrase that report results. */
export const POLL_HEADS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);
/** Words that may follow the head inside the phrase (when it was taken, by whom, of whom), besides a comma. */
const AFTER_HEAD = new Set(['released', 'conducted', 'published', 'taken', 'commissioned', 'of', 'by', 'for', 'from', 'last', 'this', 'on', 'in', 'among', 'out', 'earlier']);
/** How far into the sentence the head may be, and how many tokens from the head to the comma. */
const MAX_HEAD_AT = 10;
const MAX_AFTER_HEAD = 12;
/** The fewest tokens a reported clause has ("he doesn't"). */
const MIN_CONTENT_TOKENS = 2;

/** The draft of "In a … poll …, <clause>" for the poll noun at `t`, or null. */
export function frameForInPoll(doc: Doc, t: number, c: Clause, quotes: QuoteIndex): Draft[] | null {
  if (doc.lower[c.lo] !== 'in' || t - c.lo < 2 || t - c.lo > MAX_HEAD_AT) return null;
  // The phrase before the head is a determiner and modifiers: no verb, no comma ("In a memo released as polls closed").
  for (let k = c.lo + 1; k < t; k++) {
    const tok = doc.toks[k].text;
    if (!isWord(tok) && !isPossessive(tok) && tok !== '/' && tok !== '-' && tok !== '.') return null;
    if (FINITE.has(doc.lower[k]) || doc.lower[k] === 'as') return null;
  }
  let comma = t + 1;
  if (comma < c.hi && doc.toks[comma].text !== ',' && !AFTER_HEAD.has(doc.lower[comma])) return null;
  while (comma < c.hi && comma <= t + MAX_AFTER_HEAD && doc.toks[comma].text !== ',') {
    if (FINITE.has(doc.lower[comma])) return null;
    comma++;
  }
  // "…, conducted in May, Clinton led …": a participle phrase set off by commas belongs to the poll.
  if (comma + 1 < c.hi && doc.toks[comma].text === ',' && (doc.lower[comma + 1] === 'conducted' || doc.lower[comma + 1] === 'released' || doc.lower[comma + 1] === 'taken')) {
    let k = comma + 2;
    while (k < c.hi && k <= comma + MAX_AFTER_HEAD && doc.toks[k].text !== ',') k++;
    comma = k;
  }
  if (comma + 1 >= c.hi || doc.toks[comma].text !== ',') return null;
  // "In a CNN poll conducted Thursday, however, 73 per cent …": the adverb and its comma are no content.
  if (comma + 2 < c.hi && SENTENCE_ADVERBS.has(doc.lower[comma + 1]) && doc.toks[comma + 2].text === ',') comma += 2;
  if (comma + 1 >= c.hi || !isWord(doc.toks[comma + 1].text)) return null;
  const endTok = contentEndToken(doc, comma + 1, c, quotes);
  // "In the polls, anyway.": a clause, not a word or two.
  if (endTok - comma < MIN_CONTENT_TOKENS) return null;
  return [{
    source: { first: c.lo + 1, last: comma - 1 }, sourceSpan: null, cue: { first: c.lo, last: c.lo }, cueSpan: null,
    contentStart: doc.toks[comma + 1].start, contentEnd: doc.toks[endTok].end, quote: null, continuation: false, anchor: doc.toks[c.lo].start,
    learned: false, verb: false,
  }];
}
