// Speech named by a noun: "Hart's comments that the plan was dead", "her warning that …".
// Only with an owner (the speaker) and a "that" clause that reads as a complement, not a
// relative clause ("the comments that he made").
import type { Clause, QuoteIndex } from './context';
import { countWords } from './context';
import { contentEndToken } from './content';
import type { Draft } from './draft';
import type { Doc, Range } from './phrases';
import { phraseEndingAt } from './phrases';
import { DETERMINERS, FINITE, isCapitalised, isFiniteVerb, isPossessive, isWord } from './words';

/** Nouns for things said (not beliefs: "the idea that" reports no one's words). */
export const SPEECH_NOUNS = new Set([
  'comment', 'comments', 'remark', 'remarks', 'claim', 'claims', 'statement', 'statements', 'assertion', 'assertions',
  'suggestion', 'suggestions', 'allegation', 'allegations', 'argument', 'arguments', 'warning', 'warnings', 'insistence',
  'contention', 'announcement', 'announcements', 'accusation', 'accusations', 'admission', 'prediction', 'predictions',
  'declaration', 'testimony', 'assurance', 'assurances', 'promise', 'promises', 'pledge', 'pledges', 'boast', 'threat',
]);

const OWNER_PRONOUNS = new Map([['his', 'his'], ['her', 'her'], ['their', 'their'], ['its', 'its']]);
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'this', 'no', 'nobody']);
const MIN_CLAUSE_WORDS = 4;
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'be', 'been', 'is', 'are', 'being', 'get', 'got']);

const LINKED = new Set(['and', 'or', 'but', ',', 'that', 'who', 'which', 'to']);


/** The attribution a speech noun at `t` introduces ("Hart's comments that …"), or null. */
export function frameForNoun(doc: Doc, t: number, c: Clause, quotes: QuoteIndex): Draft | null {
  const that = t + 1;
  if (that + 1 >= c.hi || doc.lower[that] !== 'that') return null;
  const j = that + 1;
  const w = doc.lower[j];
  const opener = doc.toks[j].text;
  if (!(DETERMINERS.has(w) || CLAUSE_SUBJECTS.has(w) || isCapitalised(opener) || /^\d/.test(opener) || quotes.byOpen.get(doc.toks[j].start))) return null;
  // The owner: "Hart's comments", "his remark", "the minister's warning".
  let source: Range | null = null;
  const before = t - 1;
  if (before >= c.lo && OWNER_PRONOUNS.has(doc.lower[before])) source = { first: before, last: before };
  else if (before > c.lo && isPossessive(doc.toks[before].text)) source = phraseEndingAt(doc, before - 1, c.lo);
  if (!source) return null;
  let endTok = contentEndToken(doc, j, c, quotes);
  // "Hart's comments that the plan was dead angered allies": as the sentence's subject, the
  // clause ends before the main verb: a second finite verb, after the clause's own, not linked
  // to it ("and", a comma) nor led by an auxiliary or an adverb ("was poorly designed").
  if (source.first <= c.lo + 1) {
    let seen = false;
    for (let k = j + 1; k <= endTok; k++) {
      if (!isFiniteVerb(doc, k)) continue;
      const prev = doc.lower[k - 1];
      if (seen && !LINKED.has(prev) && !AUXILIARIES.has(prev) && !FINITE.has(prev) && !prev.endsWith('ly')) {
        endTok = k - 1;
        // "… was “a fantasy” drew": the clause ends with its quotation.
        while (endTok > j && !isWord(doc.toks[endTok].text) && !quotes.byClose.get(doc.toks[endTok].end)) endTok--;
        break;
      }
      seen = true;
    }
  }
  if (endTok < j || countWords(doc, j, endTok + 1, MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS) return null;
  if (!isWord(doc.toks[endTok].text) && doc.toks[endTok].text !== '%' && !quotes.byClose.get(doc.toks[endTok].end)) return null;
  return {
    source, sourceSpan: null, cue: { first: t, last: t }, cueSpan: null,
    contentStart: doc.toks[j].start, contentEnd: doc.toks[endTok].end, quote: null, continuation: false, anchor: doc.toks[t].start,
  };
}
