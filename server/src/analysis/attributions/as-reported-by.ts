// "As reported by X, …": a passive cue opening its sentence, its agent after "by" the source and
// the clause after the comma what was reported ("As first reported by the Halden Herald on
// Tuesday, the mayor had met …"). ("as the Herald reported, …" has its subject before the verb
// and is frame.ts's; a closing ", as reported by X." held one attribution in PolNeAR's 924
// documents, and that one another cue's, so it is left out.)
import type { Doc } from './phrases';
import type { Draft } from './draft';
import type { Clause, QuoteIndex } from './context';
import { contentEndToken } from './content';
import { TIME_WORDS, isWord } from './words';

/** One adverb allowed between "as" and the verb ("As first reported by"). */
const AS_ADVERBS = new Set(['first', 'previously', 'earlier', 'originally', 'initially']);
/** Words that end the agent: a time or a place after it ("by the Herald on Tuesday"). */
const AGENT_ENDS = new Set(['on', 'in', 'last', 'this', 'earlier']);
/** Longest agent phrase after "by", in tokens. */
const MAX_AGENT = 10;

/** The draft of "As reported by X, …" at `t` (the verb), or null when the words are not that. */
export function frameForAsReportedBy(doc: Doc, t: number, c: Clause, quotes: QuoteIndex): Draft[] | null {
  if (doc.lower[t] !== 'reported' || doc.lower[t + 1] !== 'by' || t + 2 >= c.hi) return null;
  let as = t - 1;
  if (as > c.lo && AS_ADVERBS.has(doc.lower[as])) as--;
  if (as < c.lo || doc.lower[as] !== 'as') return null;
  for (let i = c.lo; i < as; i++) if (isWord(doc.toks[i].text)) return null;
  // The agent runs to the comma; a time or place after it is no part of it.
  let k = t + 2;
  let last = -1;
  while (k < c.hi && k < t + 2 + MAX_AGENT && doc.toks[k].text !== ',') {
    if (last < 0 && k > t + 2 && (AGENT_ENDS.has(doc.lower[k]) || TIME_WORDS.has(doc.lower[k]))) last = k - 1;
    k++;
  }
  if (k + 1 >= c.hi || doc.toks[k].text !== ',' || !isWord(doc.toks[k + 1].text)) return null;
  const endTok = contentEndToken(doc, k + 1, c, quotes);
  if (endTok <= k) return null;
  return [{
    source: { first: t + 2, last: last < 0 ? k - 1 : last }, sourceSpan: null, cue: { first: t, last: t }, cueSpan: null,
    contentStart: doc.toks[k + 1].start, contentEnd: doc.toks[endTok].end, quote: null, continuation: false, anchor: doc.toks[t].start, learned: false, verb: true,
  }];
}
