// Where reported content starts and ends after a cue: adverbials and recipients to skip,
// and the clause links that end it (measured on PolNeAR training data, not tuned per story).
import type { CueEntry } from './lexicon';
import { CUE_VERBS } from './lexicon';
import type { Doc, Range } from './phrases';
import { phraseEndingAt, skipLeftToSource } from './phrases';
import { speakersNextVerbAt } from './modal-sequence';
import { parallelParticipleAt } from './parallel-participle';
import { toListenerThenThat } from './to-listener';
import { firstOpeningFrom, type Quote } from './quotes';
import {
  ADVERBIAL_PREPOSITIONS, DETERMINERS, OBJECT_PRONOUNS, PHRASE_STOPS, SUBJECT_PRONOUNS, TIME_WORDS, isCapitalised, isDocumentNoun, isFiniteVerb, isPossessive, isWord,
} from './words';
import type { Clause, QuoteIndex } from './context';
import { FINAL_PUNCT, MAX_CONTENT_TOKENS, countWords, isOpenMarkToken, lastContentToken, opensSentence } from './context';

/** Words after a cue that show it is not introducing content ("said of", "thinking about"). */
const NOT_CONTENT = new Set([
  'about', 'of', 'for', 'with', 'up', 'out', 'off', 'back', 'by', 'into', 'as', 'so', 'and', 'or', 'but',
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had',
]);


/**
 * Adverbs of manner or order a cue takes that are no words reported ("the agency said
 * separately.", "said previously that …"); not "too" or "again", which may open content.
 */
const CUE_ADVERBS = new Set([
  'separately', 'previously', 'publicly', 'privately', 'jointly', 'independently', 'afterwards', 'afterward', 'repeatedly',
  'elsewhere', 'subsequently', 'initially', 'originally',
]);

/** Skips time words, "on Tuesday" and a cue's adverb ("separately") after a cue. */
export function skipTime(doc: Doc, j: number, hi: number): number {
  while (j < hi) {
    const w = doc.lower[j];
    // ("asked repeatedly about …": before a word that shows no content follows, the adverb stays.)
    if (TIME_WORDS.has(w) || (CUE_ADVERBS.has(w) && !(j + 1 < hi && NOT_CONTENT.has(doc.lower[j + 1])))) j++;
    else if ((w === 'on' || w === 'last' || w === 'this' || w === 'late' || w === 'early') && j + 1 < hi && TIME_WORDS.has(doc.lower[j + 1])) j += 2;
    else break;
  }
  return j;
}

/** How long an adverbial between a cue and "that" may be ("in a lengthy interview with the Globe and Mail at her office in …"). */
const MAX_ADVERBIAL = 20;

/**
 * Skips an adverbial between a cue and its content ("in a statement", "in an interview with
 * CNN") when it ends at a comma, a colon, "that" or an opening quote within a few tokens.
 * Returns the index after it, or -1 when the tokens do not look like that.
 */
function skipAdverbial(doc: Doc, j: number, hi: number, quotes: QuoteIndex): number {
  if (!ADVERBIAL_PREPOSITIONS.has(doc.lower[j]) || doc.lower[j] === 'to') return j;
  for (let k = j + 1; k < hi && k <= j + MAX_ADVERBIAL; k++) {
    const t = doc.toks[k].text;
    // A programme title in quotes ("on CNN’s “State of the Union” that …") is part of it.
    const title = isOpenMarkToken(doc, k, quotes);
    if (title && title.words <= 6) {
      let m = k + 1;
      while (m < hi && doc.toks[m].start < title.close) m++;
      if (m < hi && (doc.toks[m].text === ',' || doc.lower[m] === 'that' || doc.toks[m].text === ':')) return m;
    }
    if (t === ',' && placeThenThat(doc, k, hi)) return placeThenThat(doc, k, hi);
    if (t === ',' || t === ':' || doc.lower[k] === 'that' || title) return k;
    if (!isWord(t) && !isPossessive(t) && t !== '-' && t !== '.') return -1;
  }
  // Runs to the end of the clause: "said in a statement."
  return -1;
}

/**
 * "said during a town hall in Buffalo, New York, that …": a place with its state or country
 * between commas, then "that"; returns the index of that "that", else 0.
 */
function placeThenThat(doc: Doc, comma: number, hi: number): number {
  for (let k = comma + 1; k < hi && k <= comma + 4; k++) {
    if (doc.toks[k].text === ',') return k + 1 < hi && doc.lower[k + 1] === 'that' ? k + 1 : 0;
    if (!isCapitalised(doc.toks[k].text) && doc.toks[k].text !== '.') return 0;
  }
  return 0;
}

/** A preposition opening an adverbial ("in a statement"), not "to" nor a quantity ("at least 40"). */
function isAdverbialStart(doc: Doc, j: number, hi: number): boolean {
  const w = doc.lower[j];
  if (!ADVERBIAL_PREPOSITIONS.has(w) || w === 'to') return false;
  return !(w === 'at' && j + 1 < hi && (doc.lower[j + 1] === 'least' || doc.lower[j + 1] === 'most'));
}

/** True when nothing after the cue is content: the sentence ends, or a comma leads elsewhere. */
export function rightIsEmpty(doc: Doc, cue: number, c: Clause, quotes: QuoteIndex): boolean {
  let j = skipTime(doc, cue + 1, c.hi);
  // "“…?” Trump said of Apple in February.": what the words were about, then the sentence ends.
  if (j < c.hi && doc.lower[j] === 'of' && SAID_OF.has(doc.lower[cue])) {
    let m = j + 1;
    while (m < c.hi && m < j + MAX_SAID_OF && (isWord(doc.toks[m].text) || isPossessive(doc.toks[m].text) || doc.toks[m].text === '-') && doc.lower[m] !== 'that') m++;
    if (m >= c.hi || FINAL_PUNCT.has(doc.toks[m].text)) return true;
  }
  if (j < c.hi && isAdverbialStart(doc, j, c.hi)) {
    const k = skipAdverbial(doc, j, c.hi, quotes);
    if (k < 0) {
      // "said in a statement." – a short adverbial runs to the end.
      let m = j;
      while (m < c.hi && m < j + 7 && doc.toks[m].text !== ',' && !FINAL_PUNCT.has(doc.toks[m].text)) m++;
      if (m < c.hi && doc.toks[m].text !== ',' && !FINAL_PUNCT.has(doc.toks[m].text)) return false;
      j = m;
    } else j = k;
  }
  if (j >= c.hi) return true;
  const t = doc.toks[j].text;
  if (FINAL_PUNCT.has(t)) return true;
  if (t === ',' || t === '—' || t === '–') {
    const next = j + 1 < c.hi ? j + 1 : -1;
    if (next < 0) return true;
    if (isOpenMarkToken(doc, next, quotes) || doc.lower[next] === 'that') return false;
    return asideThenThat(doc, j, c.hi) < 0 && !asideThenClause(doc, j, c.hi);
  }
  // A closing quote mark right after the cue: the cue sits inside a quotation's end. (A straight
  // mark that opens a quotation the sentence goes on after is none: 'He said "budget reforms" would …'.)
  return t === '”' || (t === '"' && !straightQuoteGoesOn(doc, j, c.hi, quotes));
}

/** Whether the straight mark at `j` opens a quotation after which the sentence goes on with a word. */
function straightQuoteGoesOn(doc: Doc, j: number, hi: number, quotes: QuoteIndex): boolean {
  const q = isOpenMarkToken(doc, j, quotes);
  if (!q || !q.closed) return false;
  let k = j + 1;
  while (k < hi && doc.toks[k].start < q.close) k++;
  return k < hi && /^\p{Ll}/u.test(doc.toks[k].text);
}


/** Forms of "say" and "write" that take "of" for what was talked about ("she said of the ruling"). */
const SAID_OF = new Set(['said', 'says', 'say', 'wrote', 'writes', 'added', 'remarked', 'joked']);
const MAX_SAID_OF = 10;

/** Longest aside between commas before "that" ("said, on condition of anonymity, that …"). */
const MAX_ASIDE = 14;

/**
 * "said, on condition of anonymity, that …" / "said, in a statement, that …": an aside between
 * commas (or dashes) after the cue, then "that"; returns the index of that "that", else -1.
 */
export function asideThenThat(doc: Doc, open: number, hi: number): number {
  const mark = doc.toks[open].text;
  for (let k = open + 1; k < hi && k <= open + MAX_ASIDE + 1; k++) {
    const t = doc.toks[k].text;
    if (t === mark || ((t === '—' || t === '–') && mark !== ',')) return k > open + 1 && k + 1 < hi && doc.lower[k + 1] === 'that' ? k + 1 : -1;
    if (!isWord(t) && !isPossessive(t) && t !== '-') return -1;
  }
  return -1;
}

/** Words that open an indirect question after "asked X, who …,". */
const ASKED_WH = new Set(['whether', 'if', 'how', 'what', 'when', 'where', 'why']);
/** Longest relative clause about a listener, in tokens. */
const MAX_RELATIVE_ASIDE = 16;

/**
 * After a listener's comma, a relative clause ("who runs a bakery") closed by a comma, then "that" or,
 * for "asked", a question word: the index of that word, else null.
 */
function relativeAsideThen(doc: Doc, comma: number, hi: number, ask: boolean): number | null {
  if (doc.toks[comma].text !== ',' || (doc.lower[comma + 1] !== 'who' && doc.lower[comma + 1] !== 'which')) return null;
  for (let k = comma + 2; k + 1 < hi && k <= comma + MAX_RELATIVE_ASIDE; k++) {
    const t = doc.toks[k].text;
    if (t === ',') return doc.lower[k + 1] === 'that' || (ask && ASKED_WH.has(doc.lower[k + 1])) ? k + 1 : null;
    if (FINAL_PUNCT.has(t)) return null;
  }
  return null;
}

/** Words that open a condition or a point of view set between commas after a cue ("said, if elected, she would …"). */
const CONDITION_OPENERS = new Set(['if', 'once', 'unless', 'when', 'in', 'given']);
/** Longest such aside, in tokens. */
const MAX_CONDITION = 8;

/**
 * "She said, if elected, she would ask …": a short condition between commas after the cue, then
 * a clause with its subject and a finite verb, is what was said (aside and all; PolNeAR marks it
 * so), not a cue with nothing after it.
 */
function asideThenClause(doc: Doc, comma: number, hi: number): boolean {
  if (doc.toks[comma].text !== ',' || !CONDITION_OPENERS.has(doc.lower[comma + 1])) return false;
  for (let k = comma + 2; k < hi && k <= comma + MAX_CONDITION; k++) {
    const t = doc.toks[k].text;
    if (t === ',') {
      const w = k + 1 < hi ? doc.lower[k + 1] : '';
      if (!(SUBJECT_PRONOUNS.has(w) && w !== 'who') && !DETERMINERS.has(w)) return false;
      for (let v = k + 2; v < hi && v <= k + 5; v++) if (FINITE_VERBS.has(doc.lower[v])) return true;
      return false;
    }
    if (!isWord(t) && !isPossessive(t)) return false;
  }
  return false;
}

/** Words that open a clause about the speaker or the circumstances, not reported content. */
const NOT_REPORTED = new Set([
  'as', 'while', 'when', 'because', 'after', 'before', 'which', 'who', 'whom', 'although', 'though', 'but', 'and',
  'according', 'in', 'on', 'at', 'during', 'without', 'with', 'since', 'until', 'where', 'if',
]);

/**
 * Links after a cue set inside its sentence that go on with what was said ("It was impossible,
 * Gabuyev said, so …", "…, she said, but “every penny …”", "…, he said, because …"): PolNeAR
 * train marks the clause after them as a second content in every case of its four fifths.
 */
const SECOND_CLAUSE_LINKS = new Set(['but', 'and', 'because', 'so', 'when', 'while', 'though', 'although', 'since', 'if', 'until', 'unless']);
/** How far after the link its clause's subject may come. */
const SECOND_CLAUSE_REACH = 6;

/**
 * Whether the link at `j` opens a clause of its own: a quotation, or a subject (a pronoun, a
 * determiner, a name) with a finite verb soon after (", and walked away", ", when asked about
 * it" are the narrator's).
 */
function linksSecondClause(doc: Doc, j: number, hi: number, quotes: QuoteIndex): boolean {
  if (!SECOND_CLAUSE_LINKS.has(doc.lower[j]) || j + 2 >= hi) return false;
  if (isOpenMarkToken(doc, j + 1, quotes)) return true;
  const w = doc.lower[j + 1];
  if (!(SUBJECT_PRONOUNS.has(w) || DETERMINERS.has(w) || isCapitalised(doc.toks[j + 1].text)) || w === 'who') return false;
  for (let k = j + 2; k < hi && k <= j + SECOND_CLAUSE_REACH; k++) {
    if (FINITE_VERBS.has(doc.lower[k]) || isFiniteVerb(doc, k) || (k > j + 1 && PAST_OR_PRESENT.test(doc.lower[k]) && !DETERMINERS.has(doc.lower[k - 1]))) return true;
    if (!isWord(doc.toks[k].text) && !isPossessive(doc.toks[k].text) && doc.toks[k].text !== '-') return false;
  }
  return false;
}
/** A verb form in -ed or -s after its subject ("the Lynx opened", "he prizes"). */
const PAST_OR_PRESENT = /^[a-z]{3,}(?:ed|s)$/;

function hasFiniteVerb(doc: Doc, from: number, hi: number): boolean {
  for (let k = from; k < hi; k++) if (FINITE_VERBS.has(doc.lower[k])) return true;
  return false;
}

/** Longest medium or place phrase after a cue set inside its sentence (", she said in a post on X,"). */
const MAX_INNER_TAIL = 8;

/** "…, X said, <clause>.": the clause after the comma, when it can be reported speech. */
export function contentAfterParenthetical(
  doc: Doc, cue: number, source: Range, c: Clause, quotes: QuoteIndex,
): { start: number; end: number; quote: Quote | null } | null {
  let j = Math.max(cue, source.last) + 1;
  // "The levy, Okafor said in a post on X, would cost more": past the cue's time or medium to its comma.
  // Only for a plain speech verb set between commas after its source (", Okafor said in …, would").
  const entry = CUE_VERBS.get(doc.lower[cue]);
  if (entry && !entry.needsClause && !entry.participle && !entry.belief && source.last < cue && source.first > c.lo && doc.toks[source.first - 1].text === ',') {
    j = skipTime(doc, j, c.hi);
    if (j < c.hi && isAdverbialStart(doc, j, c.hi)) {
      const k = skipAdverbial(doc, j, c.hi, quotes);
      if (k > j && k <= j + MAX_INNER_TAIL && doc.toks[k].text === ',') j = k;
    }
  }
  if (j + 1 >= c.hi || doc.toks[j].text !== ',') return null;
  const first = j + 1;
  const w = doc.lower[first];
  if (!isWord(doc.toks[first].text) || (NOT_REPORTED.has(w) && !linksSecondClause(doc, first, c.hi, quotes)) || w.endsWith('ing') || CUE_VERBS.has(w)) return null;
  // "…, said Rita Katz, the director of …" / "…, said Jake Horowitz, editor in chief of …": after
  // a name that follows its cue comes an appositive, unless a clause with its own verb follows.
  if (source.first > cue && (DETERMINERS.has(w) || !hasFiniteVerb(doc, first, c.hi))) return null;
  if (countWords(doc, first, c.hi, 2) < 2) return null;
  // "…, Paquette said Monday, a change student groups say does not go far enough": another speaker's contact clause.
  if ((w === 'a' || w === 'an') && contactCueAfter(doc, first + 2, c.hi) >= 0) return null;
  const endTok = contentEndToken(doc, first, c, quotes);
  if (endTok <= first) return null;
  // "…, he said, and the tolls will end, she said.": a linked clause that ends at a comma (a cue of
  // its own after it) is another attribution's.
  if (NOT_REPORTED.has(w) && endTok + 1 < c.hi && doc.toks[endTok + 1].text === ',') return null;
  // A quotation opened inside the content ends with its closing mark (“…pipes, not on dividends”.).
  let end = doc.toks[endTok].end;
  for (const q of quotesIn(quotes, doc.toks[first].start, end)) if (q.closed && q.close > end) end = q.close;
  return { start: doc.toks[first].start, end, quote: null };
}

/** Finite verbs: a listener phrase holds none ("a committee of MPs studying the bill" does). */
const FINITE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'did', 'does', 'do']);
const MAX_LISTENER_PHRASE = 14;

/** "told a committee of MPs studying the bill on Thursday that …": the "that" after a long listener, or null. */
function listenerThenThat(doc: Doc, j: number, hi: number): number | null {
  // "told the story of …": what was told, not to whom ("that" there is a relative).
  if (j + 1 < hi && TOLD_THINGS.has(doc.lower[j + 1])) return null;
  for (let k = j + 1; k < hi && k <= j + MAX_LISTENER_PHRASE; k++) {
    const w = doc.lower[k];
    if (w === 'that') return k + 1 < hi && !FINAL_PUNCT.has(doc.toks[k + 1].text) ? k : null;
    // Any punctuation ends the listener, but a hyphen inside a word ("a first-term senator").
    const glued = doc.toks[k].text === '-' && doc.toks[k - 1].end === doc.toks[k].start;
    if (FINITE_VERBS.has(w) || CUE_VERBS.has(w) || (!isWord(doc.toks[k].text) && !isPossessive(doc.toks[k].text) && !glued)) return null;
  }
  return null;
}

/** Nouns for an outlet between its nationality and its name ("Spanish daily El País", "Japanese broadcaster NHK"). */
const OUTLET_NOUNS = new Set([
  'daily', 'newspaper', 'paper', 'broadcaster', 'network', 'outlet', 'magazine', 'station', 'radio', 'television', 'agency',
  'website', 'channel', 'weekly', 'tabloid', 'newswire', 'broadsheet',
]);

/**
 * "a call", "a video call": a cue word right after a determiner, or in its base form two words
 * after one, is a noun ("the governor believes", "the editor wrote" stay verbs).
 */
function nounAfterDeterminer(doc: Doc, k: number): boolean {
  if (DETERMINERS.has(doc.lower[k - 1])) return true;
  return k >= 2 && isWord(doc.toks[k - 1].text) && DETERMINERS.has(doc.lower[k - 2]) && CUE_VERBS.get(doc.lower[k])?.lemma === doc.lower[k];
}

const TOLD_THINGS = new Set(['story', 'stories', 'tale', 'tales', 'joke', 'jokes', 'truth', 'lie', 'lies', 'anecdote', 'anecdotes']);

/** Nouns for a body of listeners that are not plurals in -s ("told police the car …"). */
const LISTENER_BODIES = new Set(['police', 'parliament', 'staff', 'congress', 'council', 'media', 'crowd', 'audience', 'jury', 'committee', 'press']);
/** Listeners after "the" in court and public life ("told the court she …", "told the inquest the pump …"). */
const DETERMINED_LISTENERS = new Set([
  ...LISTENER_BODIES, 'court', 'inquest', 'inquiry', 'tribunal', 'hearing', 'panel', 'judge', 'coroner', 'magistrates', 'legislature',
  'assembly', 'senate', 'house', 'meeting', 'conference', 'newspaper', 'paper', 'broadcaster', 'station', 'network', 'agency', 'room',
]);
/** How far a clause after a listener is read for its verb. */
const CLAUSE_VERB_REACH = 8;

/**
 * "told the court she had raised it", "told the jury the letters had been posted": "the", a
 * listener noun (one modifier allowed), then a clause with its subject and a verb. Returns the
 * first token of that clause, else `j` (the determiner).
 */
function pastDeterminedListener(doc: Doc, j: number, hi: number): number {
  let m = j + 1;
  if (m + 1 < hi && !DETERMINED_LISTENERS.has(doc.lower[m]) && isWord(doc.toks[m].text) && !isCapitalised(doc.toks[m].text)) m++;
  if (m + 1 >= hi || !DETERMINED_LISTENERS.has(doc.lower[m])) return j;
  const k = m + 1;
  const w = doc.lower[k];
  if (SUBJECT_PRONOUNS.has(w) && w !== 'one') return k;
  if (!DETERMINERS.has(w) && !(isCapitalised(doc.toks[k].text) && isWord(doc.toks[k].text))) return j;
  for (let v = k + 1; v < hi && v <= k + CLAUSE_VERB_REACH; v++) {
    if (FINITE_VERBS.has(doc.lower[v])) return k;
    if (!isWord(doc.toks[v].text) && !isPossessive(doc.toks[v].text)) return j;
  }
  return j;
}
const MAX_LISTENER = 3;

/**
 * "told the Valley Herald the plan was …", "told The Globe and Mail the plan was …": a named
 * listener (maybe after "the"; capitalised words, possessives, "and" between names), then a
 * clause with its subject and a finite verb. Returns the clause's first token, else null.
 */
function pastNamedListener(doc: Doc, j: number, hi: number): number | null {
  let k = doc.lower[j] === 'the' ? j + 1 : j;
  const first = k;
  while (k < hi && k < first + 6 && ((isCapitalised(doc.toks[k].text) && isWord(doc.toks[k].text) && !DETERMINERS.has(doc.lower[k]) && !SUBJECT_PRONOUNS.has(doc.lower[k])) || isPossessive(doc.toks[k].text) ||
    ((doc.lower[k] === 'and' || doc.toks[k].text === '&') && k > first && k + 1 < hi && isCapitalised(doc.toks[k + 1].text)))) k++;
  if (k === first || k + 1 >= hi) return null;
  const w = doc.lower[k];
  if (!(DETERMINERS.has(w) || (SUBJECT_PRONOUNS.has(w) && w !== 'one' && w !== 'who'))) return null;
  for (let v = k + 1; v < hi && v <= k + CLAUSE_VERB_REACH; v++) {
    if (FINITE_VERBS.has(doc.lower[v])) return k;
    if (!isWord(doc.toks[v].text) && !isPossessive(doc.toks[v].text)) return null;
  }
  return null;
}

/**
 * "told members the plan …", "told council members on Tuesday the plan …": a listener of up to
 * three lower-case words ending in a plural or a body noun, maybe a time, then the clause's
 * subject (a determiner, a pronoun or a name). Returns the first token of that clause, else `j`.
 */
function pastBareListener(doc: Doc, j: number, hi: number): number {
  let m = j;
  while (m < hi && m < j + MAX_LISTENER && isWord(doc.toks[m].text) && !isCapitalised(doc.toks[m].text) &&
    !PHRASE_STOPS.has(doc.lower[m]) && !DETERMINERS.has(doc.lower[m]) && !SUBJECT_PRONOUNS.has(doc.lower[m])) m++;
  if (m === j) return j;
  const head = doc.lower[m - 1];
  if (!LISTENER_BODIES.has(head) && !(head.length > 3 && head.endsWith('s') && !head.endsWith('ss'))) return j;
  if (m + 1 < hi && (doc.lower[m] === 'on' || doc.lower[m] === 'last' || doc.lower[m] === 'this') && TIME_WORDS.has(doc.lower[m + 1])) m += 2;
  else if (m < hi && TIME_WORDS.has(doc.lower[m])) m++;
  if (m >= hi || m + 1 >= hi) return j;
  const w = doc.lower[m];
  return DETERMINERS.has(w) || SUBJECT_PRONOUNS.has(w) || (isCapitalised(doc.toks[m].text) && isWord(doc.toks[m].text)) ? m : j;
}

/** The content right of a cue; null when none follows. */
export function rightContent(
  doc: Doc, cue: number, entry: CueEntry, c: Clause, quotes: QuoteIndex, relative = false, documentSource = false,
  fronted = false, aside = false,
): { start: number; end: number; quote: Quote | null } | null {
  const { hi } = c;
  let j = cue + 1;
  if (entry.as) {
    let k = j;
    while (k < hi && k < j + 8 && doc.lower[k] !== 'as' && isWord(doc.toks[k].text)) k++;
    if (k >= hi || doc.lower[k] !== 'as') return null;
    j = k + 1;
  }
  const listener = j;
  if (entry.tell && j < hi) {
    if (OBJECT_PRONOUNS.has(doc.lower[j])) j++;
    else if (isCapitalised(doc.toks[j].text) && !isOpenMarkToken(doc, j, quotes)) {
      const named = pastNamedListener(doc, j, hi);
      let k = j;
      while (k < hi && k < j + 5 && (isCapitalised(doc.toks[k].text) || isPossessive(doc.toks[k].text))) k++;
      // "told Spanish daily El País that …": a listener named after a lower-case noun, then "that".
      j = k < hi && OUTLET_NOUNS.has(doc.lower[k]) ? listenerThenThat(doc, k - 1, hi) ?? k : named ?? k;
    } else if (DETERMINERS.has(doc.lower[j])) {
      let k = j + 1;
      while (k < hi && k < j + 5 && isWord(doc.toks[k].text) && !PHRASE_STOPS.has(doc.lower[k])) k++;
      if (k < hi && (doc.lower[k] === 'that' || doc.toks[k].text === ',' || doc.toks[k].text === ':' || doc.lower[k] === 'to' || doc.lower[k] === 'on' || doc.lower[k] === 'in')) j = k;
      else j = listenerThenThat(doc, j, hi) ?? pastNamedListener(doc, j, hi) ?? pastDeterminedListener(doc, j, hi);
    } else {
      // "told parliament that …", "told lawmakers on Tuesday that …".
      let k = j;
      // A verb ends the listener: "told jurors the Crown would say that …" reports the whole clause.
      // ("told staff on a video call that …": after "told", a cue word after a determiner is a noun;
      // "asked about his claims that …" asks about the claims.)
      while (k < hi && k < j + 5 && isWord(doc.toks[k].text) && doc.lower[k] !== 'that' && !FINAL_PUNCT.has(doc.toks[k].text) &&
        !FINITE_VERBS.has(doc.lower[k]) && !(CUE_VERBS.has(doc.lower[k]) && !(entry.lemma === 'tell' && nounAfterDeterminer(doc, k)))) k++;
      if (k < hi && doc.lower[k] === 'that' && k > j) j = k;
      // "told about 300 cheering supporters at a banquet hall that …": a longer listener, then "that".
      else j = listenerThenThat(doc, j - 1, hi) ?? pastBareListener(doc, j, hi);
    }
  }
  // "admitted to police that …", "said to reporters that …": past the listener to "that".
  else if (j < hi && doc.lower[j] === 'to') {
    const that = toListenerThenThat(doc, j, hi, entry.lemma);
    if (that >= 0) j = that;
  }
  j = skipTime(doc, j, hi);
  // "said in a statement that …" skips the adverbial; "said in politics it takes time" does not
  // end the adverbial anywhere, so for plain speech verbs the content starts at it.
  let adverbialContent = false;
  if (j < hi && isAdverbialStart(doc, j, hi)) {
    const k = skipAdverbial(doc, j, hi, quotes);
    if (k < 0 && !(entry.lemma === 'say' || entry.lemma === 'tell')) return null;
    // "said in politics it takes time" reports; "said in a wide-ranging interview." does not.
    if (k < 0 && j + 1 < hi && (DETERMINERS.has(doc.lower[j + 1]) || isPossessive(doc.toks[j + 2]?.text ?? ''))) return null;
    if (k < 0) adverbialContent = true;
    else j = k;
  }
  // "asked the court for clemency, she said": what follows the listener's comma is the speaker.
  if (j > listener && j + 1 < hi && doc.toks[j].text === ',' && phraseAfterComma(doc, j, hi) >= 0) return null;
  // "said, on condition of anonymity, that …": past the aside.
  if (j < hi && (doc.toks[j].text === ',' || doc.toks[j].text === '—' || doc.toks[j].text === '–')) {
    const that = asideThenThat(doc, j, hi);
    if (that >= 0) j = that;
    // "asked Jean Roy, who runs a bakery, how …", "told Ann Lee, who chairs the board, that …":
    // a relative clause about the listener is no part of what was said or asked.
    else if (j > listener) j = relativeAsideThen(doc, j, hi, entry.lemma === 'ask') ?? j;
  }
  let colon = false;
  // "said, in her view, the deal …": the aside opens the content.
  const conditionAside = j < hi && asideThenClause(doc, j, hi);
  if (j < hi && (doc.toks[j].text === ',' || doc.toks[j].text === ':')) {
    colon = doc.toks[j].text === ':';
    j++;
    // "…, the minister said Monday, a change student groups say does not go far enough": the
    // phrase after the comma is another speaker's contact clause, not this cue's content.
    if (!colon && j < hi && (doc.lower[j] === 'a' || doc.lower[j] === 'an') && contactCueAfter(doc, j + 2, hi) >= 0) return null;
  }
  // "X said:" closing a paragraph, the quotation in the next one.
  if (j >= hi && colon) {
    const after = doc.toks[hi - 1].end;
    const q = nextQuoteAfter(doc, after, quotes);
    return q ? { start: q.start, end: q.end, quote: q } : null;
  }
  let that = false;
  if (j < hi && doc.lower[j] === 'that' && !(j + 1 < hi && FINAL_PUNCT.has(doc.toks[j + 1].text))) {
    that = true;
    j++;
  }
  if (j >= hi) return null;
  const first = doc.toks[j];
  const openQ = isOpenMarkToken(doc, j, quotes);
  if (entry.needsClause && !that && !colon && !openQ && !(entry.doc && documentSource) && !(entry.bareClause && clauseFollows(doc, j, hi)) && !(ASSERTS_BARE_CLAUSE.has(entry.lemma) && clauseFollows(doc, j, hi, true)) &&
    !(entry.lemma === 'concede' && auxiliarySoon(doc, j, hi)) &&
    !(PROPOSALS.has(entry.lemma) && gerundAt(doc, j))) return null;
  if (entry.toClause && !that && doc.lower[j] !== 'to') return null;
  const w = doc.lower[j];
  if (!that && !openQ) {
    if (FINAL_PUNCT.has(first.text)) return null;
    // "which prosecutors said was …": the relative clause's verb follows the cue.
    if (NOT_CONTENT.has(w) && !(relative && AUXILIARIES.has(w))) return null;
    if (w === 'to' && !(entry.belief || entry.tell || PROMISE.has(entry.lemma))) return null;
    if (isAdverbialStart(doc, j, hi) && !adverbialContent && !conditionAside) return null;
  }
  if (openQ) {
    // The quotation is the content when it ends the sentence (or runs past it).
    let k = j;
    while (k < hi && doc.toks[k].end <= openQ.close) k++;
    const restEmpty = k >= hi || FINAL_PUNCT.has(doc.toks[k].text) || (doc.toks[k].text === ',' && !isContentContinuing(doc, k, hi));
    if (restEmpty || openQ.close > doc.toks[hi - 1].end) return { start: openQ.start, end: openQ.end, quote: openQ };
    // "what she described as « electoral » manoeuvres": the quotation is the description; the noun
    // it modifies is the narrator's.
    if (entry.as && shortNounAfter(doc, k, hi)) return { start: openQ.start, end: openQ.end, quote: openQ };
  }
  const endTok = contentEndToken(doc, j, c, quotes, fronted, false, aside, cue);
  if (endTok < j) return null;
  // "There, I said it.": a pronoun alone refers to speech elsewhere; "replied just 17 seconds
  // later" (a goal) has a time, not words.
  if (endTok === j && BARE_OBJECTS.has(w)) return null;
  // "We have been saying this for a decade": a pronoun and an adverbial, no words reported.
  if (BARE_THINGS.has(w) && !entry.tell && j + 1 <= endTok && (doc.toks[j + 1].text === ',' || doc.lower[j + 1] === 'and' || AFTER_BARE_OBJECT.has(doc.lower[j + 1]))) return null;
  if (onlyTime(doc, j, endTok)) return null;
  let end = doc.toks[endTok].end;
  // A quotation opened inside the content and running past the sentence belongs to it.
  for (const q of quotesIn(quotes, first.start, end)) if (q.close > end) end = q.close;
  return { start: first.start, end, quote: null };
}


/** How many words a noun after a quoted description may take ("« electoral » manoeuvres by the government"). */
const NOUN_AFTER_DESCRIPTION = 5;

/** Whether the tokens from `k` are a few lower-case words closing the clause (the noun a quoted description modifies). */
function shortNounAfter(doc: Doc, k: number, hi: number): boolean {
  let n = 0;
  for (let i = k; i < hi; i++) {
    const t = doc.toks[i].text;
    if (FINAL_PUNCT.has(t) || t === ',') return n > 0;
    if (!/^\p{Ll}/u.test(t) || ++n > NOUN_AFTER_DESCRIPTION || CUE_VERBS.has(doc.lower[i])) return false;
  }
  return n > 0;
}

/**
 * Verbs that need a clause ("that", a quotation) but also take one without "that" when a subject
 * and a finite verb follow: "The government maintains its program will close the gap", "added
 * the company would appeal" ("maintains its roads", "added 120 deckhands" have no verb).
 */
const ASSERTS_BARE_CLAUSE = new Set(['maintain', 'add', 'deny', 'report', 'find', 'conclude', 'declare']);
/** Verbs whose proposal can be a gerund clause ("recommends replacing the oldest units"). */
const PROPOSALS = new Set(['recommend', 'propose', 'suggest', 'advise']);

/** A cue in -ing ("calling", "telling"): a participle whose speaker may go on to a second one. */
export function cueInIng(doc: Doc, cue: number): boolean {
  return doc.lower[cue].endsWith('ing');
}

/** A lower-case verb in -ing at `j` that is no cue ("replacing", not "saying" or "nothing"). */
function gerundAt(doc: Doc, j: number): boolean {
  const w = doc.lower[j];
  return w.length > 5 && w.endsWith('ing') && !w.endsWith('thing') && !isCapitalised(doc.toks[j].text) && !CUE_VERBS.has(w);
}

/** Common irregular past tenses that show a clause after a subject ("the company made them …"). */
const PAST_VERBS = new Set([
  'made', 'took', 'gave', 'knew', 'kept', 'left', 'told', 'paid', 'sent', 'broke', 'hid', 'lied', 'stole', 'ignored', 'let', 'put',
]);
/** Words between a subject's start and its verb that keep it a noun phrase. */
const SUBJECT_BREAKS = new Set(['to', 'and', 'or', 'that', 'which', 'who', 'for', 'with', 'as', 'by', 'from', 'in', 'on', 'at', 'of', 'over', 'after', 'before', 'during', 'against']);

/**
 * Whether a clause with its own subject and a finite verb starts at `j` (within a few words):
 * "the company routinely made them work …", "officials ignored the warnings", "it would appeal".
 * Not an object alone ("alleging fraud", "warning residents to stay home").
 */
function clauseFollows(doc: Doc, j: number, hi: number, auxiliary = false): boolean {
  const w = doc.lower[j];
  const pronoun = w === 'he' || w === 'she' || w === 'they' || w === 'it' || w === 'we' || w === 'i';
  if (!pronoun && !DETERMINERS.has(w) && !isCapitalised(doc.toks[j].text) && (!isWord(doc.toks[j].text) || PHRASE_STOPS.has(w) || OBJECT_PRONOUNS.has(w))) return false;
  for (let k = j + 1; k < hi && k <= j + 6; k++) {
    const v = doc.lower[k];
    // ("the board's lawyer had …": a possessive inside the subject.)
    if ((!isWord(doc.toks[k].text) && !isPossessive(doc.toks[k].text)) || SUBJECT_BREAKS.has(v)) return false;
    if (FINITE_VERBS.has(v) && v !== 'do') return true;
    // (With `auxiliary`, only an auxiliary or a modal shows the verb: "maintains a lead pledged …" has none.)
    if (auxiliary) continue;
    if (PAST_VERBS.has(v)) return true;
    if (v.length > 4 && v.endsWith('ed') && !DETERMINERS.has(doc.lower[k - 1]) && !isCapitalised(doc.toks[k].text)) return true;
  }
  return false;
}

/**
 * "conceded the situation in the region is dire": an auxiliary or modal within ten words, before
 * any punctuation or "and"/"or"/"but", shows a clause ("conceded defeat in the riding", "has not
 * conceded a goal in four games" show none).
 */
function auxiliarySoon(doc: Doc, j: number, hi: number): boolean {
  const w = doc.lower[j];
  if (!isWord(doc.toks[j].text) || PHRASE_STOPS.has(w) || OBJECT_PRONOUNS.has(w)) return false;
  for (let k = j + 1; k < hi && k <= j + 10; k++) {
    const v = doc.lower[k];
    if (!isWord(doc.toks[k].text) || v === 'and' || v === 'or' || v === 'but') return false;
    if (FINITE_VERBS.has(v) && v !== 'do') return true;
  }
  return false;
}

const TIME_ONLY = new Set([
  'shortly', 'midnight', 'noon', 'dawn', 'overnight', 'a.m', 'p.m', 'a.m.', 'p.m.', 'late', 'early', 'on', 'at', 'around', 'tonight', 'today', 'yesterday', 'just', 'only', 'about', 'some', 'nearly', 'almost', 'barely', 'a', 'an', 'few', 'several', 'later', 'earlier', 'after',
  'before', 'afterwards', 'seconds', 'second', 'minutes', 'minute', 'hours', 'hour', 'days', 'day', 'weeks', 'week',
  'months', 'month', 'years', 'year', 'moments', 'moment', 'again', 'quickly', 'immediately', 'soon', 'then',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twice', 'once', 'in', 'kind', 'with', 'goal', 'goals',
]);

/** Whether tokens j…end are only a time or count ("just 17 seconds later"). */
const TIME_DETERMINERS = new Set(['this', 'last', 'next', 'past']);
const TIME_UNITS_AFTER = new Set(['spring', 'summer', 'fall', 'autumn', 'winter', 'hour', 'hours', 'days', 'weeks', 'months', 'years', 'quarter']);

export function onlyTime(doc: Doc, j: number, end: number): boolean {
  if (end - j > 6) return false;
  for (let i = j; i <= end; i++) {
    const w = doc.lower[i];
    // "this week", "last month": a determiner of a time word.
    if (TIME_DETERMINERS.has(w) && i + 1 < doc.lower.length && (TIME_WORDS.has(doc.lower[i + 1]) || TIME_UNITS_AFTER.has(doc.lower[i + 1]))) continue;
    if (!TIME_ONLY.has(w) && !/^\d/.test(w) && !TIME_WORDS.has(w) && isWord(doc.toks[i].text)) return false;
  }
  return true;
}

/** Words after "said it" that make it an adverbial, not a clause ("saying this for a decade"). */
const AFTER_BARE_OBJECT = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'for', 'since', 'over', 'from', 'with', 'through', 'again', 'repeatedly', 'often', 'publicly', 'privately']);

/** Of those, the ones that stand for words said ("shows him with …" shows a person). */
const BARE_THINGS = new Set(['it', 'this', 'that', 'so']);

const BARE_OBJECTS = new Set(['it', 'this', 'that', 'so', 'them', 'him', 'her', 'something', 'nothing', 'anything', 'everything', 'otherwise']);

const TIME_LEADS = new Set(['on', 'last', 'this', 'next', 'early', 'late']);

const TIGHT_STOPS = new Set(['but', 'after', 'because', 'while', 'when', 'last', 'during']);

const SPEAKER_LINKS = new Set(['and', 'while', 'whereas', 'but']);

/** Links before a speaker's participle cue after a comma (", while warning that …"). */
const PARTICIPLE_LINKS = new Set(['while', 'whilst', 'before', 'after', 'when']);

/** Adverbs between "and" and the speaker's second verb ("and then pointed out that …"). */
const SEQUENCE_ADVERBS = new Set(['then', 'also', 'later', 'again', 'subsequently']);

const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had']);

const CONTENT_BREAKERS = new Set(['which', 'although', 'compared']);
/** How far into a clause after ", but" its own cue is looked for. */
const CONTRAST_CUE_REACH = 8;

/** Words after ", but" that go on with the same subject's second predicate ("…, but could not promise …"). */
const SAME_SUBJECT_GOES_ON = new Set(['could', 'would', 'should', 'might', 'may', 'will', 'can', 'did', 'does', 'do', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'not', 'also', 'still']);

/** An auxiliary, its negation or "never" after ", but": the same subject's second predicate ("…, but hasn't decided …"). */
function sameSubjectGoesOn(w: string): boolean {
  return SAME_SUBJECT_GOES_ON.has(w) || w === 'never' || w === 'cannot' || w.endsWith("n't") || w.endsWith('n’t');
}

/**
 * Whether the content ends at the comma before "but"/"though" at `comma` + 1: ", though …" goes on with
 * what was said (PolNeAR: about half the time; our speech-only set: always), ", but" only with the same
 * subject's second predicate ("…, but could not promise …"); either ends when the clause has a cue of its
 * own (", though it warned that …") or the cue took a thing ("promised a reset this week, but …").
 */
function contrastEnds(doc: Doc, w: string, comma: number, from: number, hi: number, tight: boolean): boolean {
  if (w !== 'but' && w !== 'though') return false;
  if (tight || cueSoonAfter(doc, comma + 2, hi) || !verbBetween(doc, from, comma)) return true;
  return w === 'but' && !(comma + 2 < hi && sameSubjectGoesOn(doc.lower[comma + 2]));
}

/** Whether tokens [from, to) hold a finite verb or an "-ed" form: a clause was said, not a thing ("promised a reset"). */
function verbBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = doc.lower[k];
    if (FINITE_VERBS.has(w) || (w.length > 4 && w.endsWith('ed'))) return true;
  }
  return false;
}

/** A verb of speech (no participle) within a few words of `from`, before any comma: the clause is someone's words. */
function cueSoonAfter(doc: Doc, from: number, hi: number): boolean {
  for (let k = from; k < hi && k < from + CONTRAST_CUE_REACH; k++) {
    if (doc.toks[k].text === ',' || FINAL_PUNCT.has(doc.toks[k].text)) return false;
    const e = CUE_VERBS.get(doc.lower[k]);
    if (e && !e.participle && !e.belief && !NOUN_MARKERS.has(doc.lower[k - 1])) return true;
  }
  return false;
}
/** Words after which a cue word is a noun ("the claims"); not "some" or "many", which can be subjects ("some said"). */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those']);
/** Words in -ing that go on with the object said ("…, including a cap on rents"), not a narrator's clause. */
const ELABORATIONS = new Set(['including', 'excluding']);

const PROMISE = new Set(['promise', 'pledge', 'vow', 'urge', 'warn', 'threaten', 'agree', 'continue']);

function isContentContinuing(doc: Doc, comma: number, hi: number): boolean {
  return comma + 1 < hi && isWord(doc.toks[comma + 1].text) && !CUE_VERBS.has(doc.lower[comma + 1]);
}

/**
 * Last token of indirect content starting at `j`: the sentence end, or before a trailing
 * ", adding …" / ", according to …" / ", he said".
 */
export function contentEndToken(
  doc: Doc, j: number, c: Clause, quotes: QuoteIndex, fronted = false, tight = false, aside = false, cueTok = -1,
): number {
  const participle = cueTok >= 0 && cueInIng(doc, cueTok);
  let inQuote: Quote | null = null;
  const hi = Math.min(c.hi, j + MAX_CONTENT_TOKENS);
  for (let k = j + 1; k < hi; k++) {
    const t = doc.toks[k].text;
    // The object of a stance verb ends where the sentence goes on about its subject:
    // "endorsed Trump last week and has appeared …", "criticized X but stopped short of …".
    if (tight && !inQuote && (t === '(' || t === ':' || TIGHT_STOPS.has(doc.lower[k]) || TIME_WORDS.has(doc.lower[k]) || mediumAt(doc, k, c.hi) ||
      (doc.lower[k] === 'and' && k + 1 < c.hi && (AUXILIARIES.has(doc.lower[k + 1]) || doc.lower[k + 1].endsWith('ed'))))) {
      // "criticized the plan on Monday": the time phrase starts at its preposition.
      const at = TIME_WORDS.has(doc.lower[k]) && k - 1 > j && TIME_LEADS.has(doc.lower[k - 1]) ? k - 1 : k;
      return lastContentToken(doc, j, at);
    }
    // "While Ramos said journalists …, he appears …": a fronted clause ends at its comma.
    if (fronted && !inQuote && (t === ',' || t === '—' || t === '–') && !quotes.byOpen.get(doc.toks[k].start)) {
      return lastContentToken(doc, j, k);
    }
    // A quotation closing on a comma (“…,” referring to …) acts as that comma.
    const closesOnComma = inQuote !== null && doc.toks[k].end === inQuote.close && doc.text[inQuote.end - 1] === ',';
    if (inQuote && doc.toks[k].end >= inQuote.close) inQuote = null;
    const q = quotes.byOpen.get(doc.toks[k].start);
    // "… above 10 C. “Marmots burn …”": a quotation opening a sentence the splitter missed ends the content.
    if (q && !inQuote && opensSentence(doc.text, q)) return lastContentToken(doc, j, k);
    if (q) inQuote = q;
    if (inQuote) continue;
    if (closesOnComma) {
      const w = k + 1 < c.hi ? doc.lower[k + 1] : '';
      // (“…,” but that he wanted …: a second complement of the same cue goes on.)
      if ((CONTENT_BREAKERS.has(w) || (w.length > 5 && w.endsWith('ing') && !ELABORATIONS.has(w)) ||
        contrastEnds(doc, w, k, j, c.hi, tight)) && !secondThatClause(doc, k, c.hi)) return k;
    }
    // "…, said they would miss the deadline, and requested more time": the speaker's next verb after a modal.
    if (speakersNextVerbAt(doc, j, k, c.hi)) return lastContentToken(doc, j, k);
    // "called for more school funding in a statement on Thursday": a medium closing the clause is where
    // the words were given, not part of them.
    // (Not "in the interview", which may be one the content names, nor after a verb of speech inside the
    // content: "it asked for the emails in a letter to the FBI" is the content's own medium.)
    if (mediumAt(doc, k, c.hi) && doc.lower[k + 1] !== 'the' && mediumClosesClause(doc, k, c.hi) && !innerCue(doc, j, k)) return lastContentToken(doc, j, k);
    // "…, calling them rapists and vowing to …": after a participle cue, the speaker's next participle.
    if (participle && parallelParticipleAt(doc, j, k, c.hi)) return lastContentToken(doc, j, k);
    // "… said A and said B", "… said A but pointed to B": a second verb of the speaker ends the content.
    // ("… says it is hiring and expects service to improve": a belief goes on with the content.)
    // ("… and then pointed out that …", "… but also warned …": an adverb of sequence may stand between.)
    if ((doc.lower[k] === 'and' || doc.lower[k] === 'but') && k + 1 < c.hi) {
      // ("… and repeatedly says …": an adverb in -ly stands there as well.)
      const v = (SEQUENCE_ADVERBS.has(doc.lower[k + 1]) || mannerAdverb(doc, k + 1)) && k + 2 < c.hi ? k + 2 : k + 1;
      const e = CUE_VERBS.get(doc.lower[v]);
      if (e && !e.participle && !e.belief && (v === k + 1 || (!e.doc && (!e.needsClause || doc.lower[v + 1] === 'that' || doc.lower[v + 2] === 'that'))) &&
        !(cueTok >= 0 && contentsOwnVerb(formOf(doc.lower[v], e.lemma), formOf(doc.lower[cueTok], CUE_VERBS.get(doc.lower[cueTok])?.lemma ?? '')))) return lastContentToken(doc, j, k);
    }
    // "… said the review was continuing and declined to comment further": the speaker's refusal.
    if ((doc.lower[k] === 'and' || doc.lower[k] === 'but') && refusalAfter(doc, k + 1, c.hi)) return lastContentToken(doc, j, k);
    if (t === ';') return lastContentToken(doc, j, k);
    // "… and the president said …", "…, while the group warned …": another speaker's cue
    // starts a new attribution.
    if (SPEAKER_LINKS.has(doc.lower[k]) && cueAfterPhrase(doc, k, c.hi)) return lastContentToken(doc, j, k);
    if (t !== ',' && t !== '—' && t !== '–') continue;
    // "Moreau, who says the whole board should resign, wrote that …": the aside's content ends
    // where the sentence's own verb follows its closing comma.
    if (aside && k + 1 < c.hi && (isFiniteVerb(doc, k + 1) || CUE_VERBS.get(doc.lower[k + 1])?.participle === false)) return lastContentToken(doc, j, k);
    const w = k + 1 < c.hi ? doc.lower[k + 1] : '';
    // Clause links that usually end reported content (measured on PolNeAR training data).
    if (t === ',' && (CONTENT_BREAKERS.has(w) || (w.length > 5 && w.endsWith('ing') && !CUE_VERBS.has(w) && !ELABORATIONS.has(w))) && !secondThatClause(doc, k, c.hi) &&
      !embeddedRelative(doc, k, c.hi)) {
      return lastContentToken(doc, j, k);
    }
    // ", but …", ", though …" go on with what was said ("…, though some were staying", "…, but could not
    // promise …"), unless the clause has a cue of its own (", though it warned that …", ", but critics say …")
    // or the cue took a thing ("promised a reset this week, but …").
    if (t === ',' && contrastEnds(doc, w, k, j, c.hi, tight) && !secondThatClause(doc, k, c.hi)) {
      return lastContentToken(doc, j, k);
    }
    if (t === ',' && timeClauseAfter(doc, k, c.hi)) return lastContentToken(doc, j, k);
    // "…, a position his aides say has not changed": another speaker's contact clause.
    if (t === ',' && (w === 'a' || w === 'an' || w === 'the') && contactCueAfter(doc, k + 2, c.hi) >= 0) return lastContentToken(doc, j, k);
    // "Yonhap, citing an unnamed official, said …": the sentence's own cue ends an aside's content.
    if (t === ',' && SAID_FORMS.has(w) && k + 2 < c.hi && !FINAL_PUNCT.has(doc.toks[k + 2].text)) return lastContentToken(doc, j, k);
    const e = CUE_VERBS.get(w);
    if (e && e.participle) return lastContentToken(doc, j, k);
    // "…, while warning that …", "…, before adding that …": the speaker's next cue after a time link.
    if (t === ',' && PARTICIPLE_LINKS.has(w) && k + 2 < c.hi && CUE_VERBS.get(doc.lower[k + 2])?.participle === true) return lastContentToken(doc, j, k);
    if (w === 'according' && doc.lower[k + 2] === 'to') return lastContentToken(doc, j, k);
    // ", he said." / ", the ministry said."
    if (k + 2 < c.hi) {
      const src = phraseAfterComma(doc, k, c.hi);
      if (src >= 0) return lastContentToken(doc, j, k);
    }
  }
  return lastContentToken(doc, j, hi);
}

/** How many words a closing medium phrase may run ("in a statement released by her office on Thursday"). */
const MAX_CLOSING_MEDIUM = 10;

/** Whether the medium phrase at `k` runs to the clause's end (a full stop or a comma) with no verb of its own but a participle. */
function mediumClosesClause(doc: Doc, k: number, hi: number): boolean {
  for (let m = k + 2; m < hi && m <= k + MAX_CLOSING_MEDIUM; m++) {
    const t = doc.toks[m].text;
    if (FINAL_PUNCT.has(t) || t === ',' || t === ';') return true;
    if (!isWord(t) && !isPossessive(t)) return false;
    if (FINITE_VERBS.has(doc.lower[m]) || doc.lower[m] === 'that') return false;
  }
  return hi <= k + MAX_CLOSING_MEDIUM + 1;
}

/**
 * Whether a verb of speech after "and", in form `verb`, belongs to the content rather than to the speaker
 * of a cue in form `cue`: a bare form after an inflected cue ("says he'd sit down with X and tell him …",
 * "said he has time to step up and show …", "asked her to raise her voice and say …"). News mixes the
 * tenses of the speaker's own verbs ("agrees … and said", "telling … and says", "did not say … but
 * noted", "a statement saying … and said …"), so no other difference counts.
 */
function contentsOwnVerb(verb: string, cue: string): boolean {
  return verb === 'base' && cue !== 'base';
}

/** The inflection of a verb, from its lemma. */
function formOf(w: string, lemma: string): 'base' | 's' | 'ing' | 'past' {
  if (w === lemma) return 'base';
  if (w.endsWith('ing')) return 'ing';
  if (w === `${lemma}s` || w === `${lemma}es` || (lemma.endsWith('y') && w === `${lemma.slice(0, -1)}ies`)) return 's';
  return 'past';
}

/** A lower-case adverb in -ly at `k` ("repeatedly", "publicly"), not "only" or a name. */
function mannerAdverb(doc: Doc, k: number): boolean {
  const w = doc.lower[k];
  return w.length > 5 && w.endsWith('ly') && doc.toks[k].text === w;
}

/** Whether tokens [from, to) hold a verb of speech of their own ("it asked for …"). */
function innerCue(doc: Doc, from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (CUE_VERBS.has(doc.lower[m]) && !NOUN_MARKERS.has(doc.lower[m - 1])) return true;
  return false;
}

/** Where words were given ("confirmed the cuts in a blog post"): the medium, not the object. */
const MEDIA = new Set([
  'statement', 'interview', 'email', 'e-mail', 'post', 'tweet', 'letter', 'memo', 'blog', 'release', 'video', 'speech',
  'briefing', 'filing', 'note', 'podcast', 'broadcast',
]);

/** "in a statement", "in a blog post", "during his speech": a medium phrase opening at `k`. */
export function mediumAt(doc: Doc, k: number, hi: number): boolean {
  const w = doc.lower[k];
  // (Not "on": "blamed the attack on a video" names a cause.)
  if ((w !== 'in' && w !== 'during' && w !== 'via') || k + 2 >= hi || !DETERMINERS.has(doc.lower[k + 1])) return false;
  return MEDIA.has(doc.lower[k + 2]) || (k + 3 < hi && MEDIA.has(doc.lower[k + 3]));
}

/** Past forms of "say" and "tell" that, right after a comma, are the sentence's own cue. */
const SAID_FORMS = new Set(['said', 'told', 'says', 'tells']);

const REFUSALS = new Set(['declined', 'refused', 'declines', 'refuses']);
/** What a speaker declines to do with words ("declined to comment", "refused to say", "would not elaborate"). */
const SPEECH_REFUSED = new Set([
  'comment', 'elaborate', 'say', 'discuss', 'speculate', 'answer', 'respond', 'specify', 'disclose', 'identify', 'name',
  'confirm', 'provide', 'give', 'release',
]);

/** "declined to comment", "refused to say", "would not elaborate", "did not respond" from token `k`. */
function refusalAfter(doc: Doc, k: number, hi: number): boolean {
  if (k + 1 >= hi) return false;
  if (REFUSALS.has(doc.lower[k])) return doc.lower[k + 1] === 'to' && k + 2 < hi && SPEECH_REFUSED.has(doc.lower[k + 2]);
  return (doc.lower[k] === 'would' || doc.lower[k] === 'did') && doc.lower[k + 1] === 'not' && k + 2 < hi && SPEECH_REFUSED.has(doc.lower[k + 2]);
}

/** Longest relative clause set off inside a content ("the plan, which she unveiled in March, would …"). */
const MAX_EMBEDDED_RELATIVE = 24;
const QUOTE_MARKS = new Set(['"', '“', '”', "''", '``']);

/** The main clause's verb at `k`, after the aside's closing comma ("…, which is widely backed, “wouldn't go …"). */
function mainVerbAfterAside(doc: Doc, k: number, hi: number): boolean {
  const v = QUOTE_MARKS.has(doc.toks[k].text) && k + 1 < hi ? k + 1 : k;
  const w = doc.lower[v];
  return FINITE_VERBS.has(w) || w.endsWith("n't") || w.endsWith('n’t');
}

/**
 * "argued that the plan, which she unveiled in March, would create jobs": a ", which …," clause
 * followed by its sentence's auxiliary is inside the content's subject, not a comment after it.
 */
function embeddedRelative(doc: Doc, comma: number, hi: number): boolean {
  if (doc.lower[comma + 1] !== 'which') return false;
  for (let k = comma + 2; k < hi && k <= comma + MAX_EMBEDDED_RELATIVE; k++) {
    const t = doc.toks[k].text;
    if (t === ',') return k + 1 < hi && mainVerbAfterAside(doc, k + 1, hi);
    if (!isWord(t) && !isPossessive(t) && t !== '-' && t !== '$' && t !== '%' && !QUOTE_MARKS.has(t)) return false;
  }
  return false;
}

/** Words that open the subject of a clause after a complementiser "that" ("but that the team …"). */
const CLAUSE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'he', 'she', 'it', 'they', 'we', 'there', 'i', 'you']);

/** ", but that the team …", ", and that he …": a second complement of the same cue, not "but that could change". */
function secondThatClause(doc: Doc, comma: number, hi: number): boolean {
  const link = doc.lower[comma + 1];
  return comma + 3 < hi && (link === 'but' || link === 'and') && doc.lower[comma + 2] === 'that' && CLAUSE_OPENERS.has(doc.lower[comma + 3]);
}

const TIME_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minutes', 'moments', 'shortly', 'just', 'only', 'soon']);
const TIME_LINKS = new Set(['after', 'before', 'since']);

/** ", a day after …" / ", hours before …": the narrator's timing, not the reported content. */
function timeClauseAfter(doc: Doc, comma: number, hi: number): boolean {
  for (let k = comma + 1; k < hi && k <= comma + 4; k++) {
    const w = doc.lower[k];
    if (TIME_LINKS.has(w)) return k > comma + 1;
    if (!(TIME_UNITS.has(w) || w === 'a' || w === 'an' || w === 'the' || w === 'few' || w === 'several' || /^\d+$/.test(w) || NUMBER_WORDS.has(w))) return false;
  }
  return false;
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Whether "and <short source phrase> <cue verb>" starts at token `and`. */
function cueAfterPhrase(doc: Doc, and: number, hi: number): boolean {
  // ", while opposition members called for a debate": after a comma, "while" or "whereas" opens
  // another's clause whatever the verb asks for (a demand or a belief is theirs, not the content).
  const contrast = (doc.lower[and] === 'while' || doc.lower[and] === 'whereas') && and > 0 && doc.toks[and - 1].text === ',';
  for (let k = and + 2; k < hi && k <= and + 6; k++) {
    // (", while critics called for …": "called for" is a demand, not in the lexicon of speech.)
    if (contrast && k + 1 < hi && doc.lower[k + 1] === 'for' && CALL_FORMS.has(doc.lower[k]) && !NOUN_MARKERS.has(doc.lower[k - 1])) {
      const src = phraseEndingAt(doc, skipLeftToSource(doc, k - 1, and + 1), and + 1);
      return src !== null && src.first === and + 1;
    }
    const e = CUE_VERBS.get(doc.lower[k]);
    // "and the claims were …": after a determiner the word is a noun, not a cue.
    // ("and he added that …": a verb that needs a clause counts after a subject pronoun, with "that"
    // after it; "and the union demands that …" is the content's own clause.)
    const clauseOk = e && (!e.needsClause || (contrast && !e.doc) ||
      (!e.belief && k === and + 2 && SUBJECT_PRONOUNS.has(doc.lower[and + 1]) && k + 1 < hi && doc.lower[k + 1] === 'that'));
    if (e && clauseOk && !e.participle && !e.quoteOnly && !e.evidential && !NOUN_MARKERS.has(doc.lower[k - 1]) && !isPossessive(doc.toks[k - 1].text)) {
      const src = phraseEndingAt(doc, skipLeftToSource(doc, k - 1, and + 1), and + 1);
      return src !== null && src.first === and + 1;
    }
    const tok = doc.toks[k].text;
    if (!isWord(tok) && !isPossessive(tok) && tok !== "'" && tok !== '’') return false;
  }
  return false;
}

const CALL_FORMS = new Set(['called', 'calls', 'call']);

/** Words of a short tail after a closing cue: "said on Tuesday", "said in a statement", "told reporters in Ottawa". */
const CUE_TAIL = new Set([
  'on', 'in', 'at', 'during', 'after', 'last', 'this', 'late', 'early', 'a', 'an', 'the', 'his', 'her', 'their', 'its',
  'statement', 'interview', 'email', 'e-mail', 'conference', 'briefing', 'release', 'news', 'phone', 'telephone', 'reporters',
  'speech', 'post', 'tweet', 'letter', 'radio', 'television', 'rally', 'meeting', 'hearing', 'court',
]);
const MAX_CUE_TAIL = 6;

/** Index of the first token after a cue's short tail of time, place, medium or listener words (`from` if none). */
function skipCueTail(doc: Doc, from: number, hi: number): number {
  let m = from;
  while (m < hi && m < from + MAX_CUE_TAIL && isWord(doc.toks[m].text) &&
    (CUE_TAIL.has(doc.lower[m]) || TIME_WORDS.has(doc.lower[m]) || isCapitalised(doc.toks[m].text))) m++;
  // The tail must end the clause; otherwise the words after the cue are its content.
  return m < hi && (FINAL_PUNCT.has(doc.toks[m].text) || doc.toks[m].text === ',') ? m : from;
}

/** Index of a cue after ", <short phrase>" that closes the sentence, else -1. */
/** Whether every token in [from, to) is a capitalised word ("CNN", "The Associated Press"). */
function allCapitalised(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isCapitalised(doc.toks[i].text) || !isWord(doc.toks[i].text)) return false;
  return to > from;
}

export function phraseAfterComma(doc: Doc, comma: number, hi: number): number {
  // ", and that he answered, …": a second complement, no speaker closing the first.
  if (comma + 2 < hi && doc.lower[comma + 2] === 'that' && (doc.lower[comma + 1] === 'and' || doc.lower[comma + 1] === 'but')) return -1;
  for (let k = comma + 1; k < hi && k <= comma + 7; k++) {
    const e = CUE_VERBS.get(doc.lower[k]);
    if (e && !e.participle && k > comma + 1 && !e.needsClause) {
      const m = skipCueTail(doc, k + 1, hi);
      const after = m < hi ? doc.toks[m].text : '.';
      if (FINAL_PUNCT.has(after) || after === ',') return k;
      return -1;
    }
    // "…, court records show.", "…, CNN reported.": a verb that needs a clause has its content
    // before it when the sentence ends right after it and a document or a name is its subject.
    if (e && !e.participle && k > comma + 1 && e.needsClause && !e.quoteOnly && (k + 1 >= hi || FINAL_PUNCT.has(doc.toks[k + 1].text)) &&
      (isDocumentNoun(doc.lower[k - 1]) || allCapitalised(doc, comma + 1, k))) return k;
    if (!isWord(doc.toks[k].text) && !isPossessive(doc.toks[k].text)) return -1;
  }
  return -1;
}

export function nextQuoteAfter(doc: Doc, pos: number, quotes: QuoteIndex): Quote | null {
  const q = quotes.list[firstOpeningFrom(quotes.list, pos)];
  if (!q) return null;
  // Only white space between the colon and the opening mark.
  for (let i = pos; i < q.open; i++) {
    const ch = doc.text.charCodeAt(i);
    if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9) return null;
  }
  return q;
}

/** Quotes that open inside [start, end). */
export function quotesIn(quotes: QuoteIndex, start: number, end: number): Quote[] {
  const out: Quote[] = [];
  const list = quotes.list;
  for (let i = firstOpeningFrom(list, start); i < list.length && list[i].open < end; i++) out.push(list[i]);
  return out;
}

/** Words that open a finite clause with its subject gapped ("… say will raise costs", "… said was made"). */
export const CONTACT_FINITE = new Set([
  'will', 'would', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'does', 'did', 'could', 'can', 'should', 'may', 'might', 'must',
]);
/** How many words a noun phrase and the subject of its contact clause may take ("a decision board chair Linda Feschuk"). */
const CONTACT_REACH = 7;

/**
 * "a measure Republicans say will raise costs": the token of a cue verb within CONTACT_REACH plain
 * words from `from` that a gapped finite clause follows (its subject is the noun phrase before
 * the cue's own subject), else -1.
 */
export function contactCueAfter(doc: Doc, from: number, hi: number): number {
  for (let i = from; i < hi - 1 && i < from + CONTACT_REACH; i++) {
    if (!isWord(doc.toks[i].text) && !isPossessive(doc.toks[i].text)) return -1;
    const e = CUE_VERBS.get(doc.lower[i]);
    if (e && !e.participle && !e.tell && i > from && CONTACT_FINITE.has(doc.lower[i + 1])) return i;
  }
  return -1;
}
