// "as reported by X": a passive cue set off by "as", its agent after "by" the source:
//   "As reported by the Halden Herald, the mayor had met …"   → what follows the comma
//   "The mayor had met the developer twice, as first reported by CBC News." → what comes before
// ("as the Herald reported, …" has its subject before the verb and is frame.ts's.)
import type { Doc, Range } from './phrases';
import type { Draft } from './draft';
import type { Clause, QuoteIndex } from './context';
import { FINAL_PUNCT, lastContentToken } from './context';
import { contentEndToken, quotesIn } from './content';
import { contentStartFrom } from './frame';
import { TIME_WORDS, isWord } from './words';
import { CUE_VERBS } from './lexicon';

const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);

/** Verbs read in "as reported by X". */
const REPORTING = new Set(['reported', 'revealed', 'detailed', 'disclosed', 'documented']);
/** One adverb allowed between "as" and the verb ("as first reported by"). */
const AS_ADVERBS = new Set(['first', 'previously', 'earlier', 'originally', 'widely', 'initially']);
/** Words that end the agent: a time or place after it. */
const AGENT_ENDS = new Set(['on', 'in', 'last', 'this', 'earlier', 'late', 'early']);
/** Longest agent phrase after "by", in tokens. */
const MAX_AGENT = 10;

/** The drafts of "as reported by X" at `t` (the verb), or null when the words are not that. */
export function frameForAsReportedBy(doc: Doc, t: number, c: Clause, quotes: QuoteIndex): Draft[] | null {
  if (!REPORTING.has(doc.lower[t]) || t + 2 >= c.hi || doc.lower[t + 1] !== 'by') return null;
  let as = t - 1;
  if (as >= c.lo && AS_ADVERBS.has(doc.lower[as])) as--;
  if (as < c.lo || doc.lower[as] !== 'as') return null;
  // The agent: words up to the comma or the sentence's end.
  let k = t + 2;
  while (k < c.hi && k < t + 2 + MAX_AGENT && (isWord(doc.toks[k].text) || doc.toks[k].text === '-' || doc.toks[k].text === '’s' || doc.toks[k].text === "'s")) k++;
  if (k === t + 2 || k >= c.hi) return null;
  // "by the Times on Tuesday": the time is no part of the agent.
  let last = k - 1;
  for (let i = t + 3; i < k; i++) if (AGENT_ENDS.has(doc.lower[i]) || TIME_WORDS.has(doc.lower[i])) { last = i - 1; break; }
  const source: Range = { first: t + 2, last };
  const cue: Range = { first: t, last: t };
  const anchor = doc.toks[t].start;
  const make = (start: number, end: number): Draft => ({
    source, sourceSpan: null, cue, cueSpan: null, contentStart: start, contentEnd: end, quote: null, continuation: false, anchor, learned: false, verb: true,
  });
  const stop = doc.toks[k].text;
  // Fronted: "As reported by X, the mayor had met …".
  if (stop === ',' && as === firstWordOf(doc, c) && k + 1 < c.hi && isWord(doc.toks[k + 1].text)) {
    const first = k + 1;
    const endTok = contentEndToken(doc, first, c, quotes);
    if (endTok < first) return null;
    let end = doc.toks[endTok].end;
    for (const q of quotesIn(quotes, doc.toks[first].start, end)) if (q.closed && q.close > end) end = q.close;
    return [make(doc.toks[first].start, end)];
  }
  // Closing: "…, as first reported by X."
  if (FINAL_PUNCT.has(stop) && as - 1 > c.lo && doc.toks[as - 1].text === ',') {
    const from = contentStartFrom(doc, c, as - 1);
    // "“…,” Carson noted in an interview, as reported by X.": the words before are another cue's.
    for (let i = c.lo; i < as - 1; i++) if (speechVerb(doc.lower[i]) || (!isWord(doc.toks[i].text) && QUOTE_MARKS.has(doc.toks[i].text))) return null;
    const e = lastContentToken(doc, from, as - 1);
    return e > from ? [make(doc.toks[from].start, doc.toks[e].end)] : null;
  }
  return null;
}

/** A verb of speech itself ("said", "noted"), not a belief ("known") or a verb that needs a clause. */
function speechVerb(w: string): boolean {
  const e = CUE_VERBS.get(w);
  return e !== undefined && !e.belief && !e.needsClause && !e.toClause && !e.evidential;
}

/** The clause's first word (past opening quotation marks and dashes). */
function firstWordOf(doc: Doc, c: Clause): number {
  let i = c.lo;
  while (i < c.hi && !isWord(doc.toks[i].text)) i++;
  return i;
}
