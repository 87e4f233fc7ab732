// Cue words whose object or place shows they report no words (issue 11, round 25): the object is
// a document put forward, or the -ing form modifies the noun after it. Read by frame.ts before a
// verb's frame is drawn (things written and posted: frame.ts's writesAThing, postsAPicture).
import type { Clause, QuoteIndex } from './context';
import type { CueEntry } from './lexicon';
import type { Doc } from './phrases';
import { isCapitalised } from './words';

/** Things one drafts and tables rather than says: a proposal of one is no content. */
const DRAFTED_THINGS = new Set([
  'budget', 'budgets', 'bill', 'bylaw', 'by-law', 'contract', 'package', 'agreement', 'settlement', 'merger', 'deal', 'motion', 'fee', 'fees', 'levy',
]);
/** How many words may stand between "proposed a" and the thing ("a three-year contract", "a $54.2-trillion budget"). */
const DRAFTED_REACH = 4;
const PROPOSAL_OPENERS = new Set(['a', 'an', 'its', 'their', 'his', 'her', 'the', 'new']);

/**
 * "The government has proposed a $4.1-billion budget", "The union proposed a three-year
 * contract": the object is a document put forward, not words reported. (A plan, a tax or a
 * measure proposed stays a cue: PolNeAR marks them.)
 */
export function draftedObject(doc: Doc, t: number, entry: CueEntry, c: Clause): boolean {
  if (entry.lemma !== 'propose' || t + 1 >= c.hi || !PROPOSAL_OPENERS.has(doc.lower[t + 1])) return false;
  for (let k = t + 2; k < c.hi && k <= t + 1 + DRAFTED_REACH; k++) {
    const w = doc.lower[k];
    if (DRAFTED_THINGS.has(w)) return k + 1 >= c.hi || doc.lower[k + 1] !== 'that';
    if (w === ',' || w === 'that' || w === 'to' || w === 'of') return false;
  }
  return false;
}

/**
 * "Average asking prices rose …", "Early warning signs were missed": an -ing form right after the
 * sentence's one opening word, with no comma between and no quotation after it, modifies the noun
 * after it. A participle cue hangs off a clause with a verb of its own ("The union issued a
 * statement saying …", "Ross left, saying …"); one capitalised word before it is no such clause.
 */
export function modifierBeforeNoun(doc: Doc, t: number, entry: CueEntry, c: Clause, quotes: QuoteIndex): boolean {
  if (!entry.participle || t - 1 !== c.lo || t + 1 >= c.hi) return false;
  if (!isCapitalised(doc.toks[c.lo].text) || !/^\p{L}+$/u.test(doc.toks[c.lo].text)) return false;
  if (quotes.byOpen.has(doc.toks[t + 1].start)) return false;
  // The noun is plural, as the subject of a sentence opening this way is ("asking prices rose"); a
  // pronoun or a determiner after it opens a clause said ("Keeps saying she opposed …").
  const next = doc.toks[t + 1].text;
  return /^\p{Ll}+s$/u.test(next) && !/(ss|us|is)$/.test(next) && !NOT_PLURAL_NOUNS.has(next);
}

/** Words in "-s" that are no plural noun. */
const NOT_PLURAL_NOUNS = new Set(['his', 'its', 'this', 'was', 'has', 'does', 'yes', 'as', 'us', 'ours', 'yours', 'theirs', 'hers', 'always', 'perhaps', 'sometimes', 'besides', 'towards', 'afterwards']);
