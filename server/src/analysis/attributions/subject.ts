// The source phrase left of a cue: a noun phrase, a subject with asides between commas
// (appositives.ts), a long bracketed aside after a name, and the subject a relative "who"
// clause hangs on ("Officials who spoke with the paper said").
import { speakerBeforeAside } from './appositives';
import type { Doc, Range } from './phrases';
import { phraseEndingAt, skipLeftToSource } from './phrases';
import { CUE_VERBS } from './lexicon';
import { BE_FORMS, DETERMINERS, PHRASE_STOPS, SENTENCE_ADVERBS, SUBJECT_PRONOUNS, isCapitalised, isDocumentNoun, isPossessive, isWord } from './words';

/**
 * The source phrase left of a cue at `cue`, within [lo, cue). Handles an appositive or an
 * aside between commas ("Russia's Defense Ministry, quoted by Interfax, said"): the
 * phrase before the first comma is the source.
 */
export function sourceLeftOf(doc: Doc, cue: number, lo: number): Range | null {
  const k = skipLeftToSource(doc, cue - 1, lo);
  if (k < lo) return null;
  const sep = doc.toks[k].text;
  if (sep === ',' || sep === '—' || sep === '–' || sep === '--') {
    // "X, the company's chief, said" / "The company, X (XYZ), said": the subject and its asides.
    const aside = speakerBeforeAside(doc, k, lo);
    if (aside) return aside;
  }
  if (sep === ')') {
    // "Sen. Ann Cole (a Democrat who …) says": a long aside in brackets after the name.
    let open = k - 1;
    while (open > lo && open > k - 40 && doc.toks[open].text !== '(') open--;
    if (doc.toks[open].text === '(' && k - open > 8) return phraseEndingAt(doc, open - 1, lo);
  }
  if (sep === ',') {
    // "Sandy Phillips, whose …, in Aurora, Colorado, said": a name opening the sentence and
    // followed by a comma is the subject the asides describe.
    const opening = phraseEndingAtComma(doc, lo, k);
    if (opening) return opening;
    // Find the comma that opens the aside.
    for (let i = k - 1; i >= lo && i >= k - 14; i--) {
      const t = doc.toks[i].text;
      if (t === ',') {
        const before = phraseEndingAt(doc, i - 1, lo);
        if (before) return before;
        return phraseEndingAt(doc, k - 1, i + 1);
      }
      if (!isWord(t) && t !== '(' && t !== ')' && t !== '-' && !isPossessive(t) && t !== '.') break;
    }
    return null;
  }
  const p = phraseEndingAt(doc, k, lo);
  // "A report released last year by the X Society warned": the thing made is the subject,
  // not its maker after "by".
  const made = p ? madeBy(doc, p, lo) : null;
  if (made) return made;
  // "The union representing the workers said": the phrase is the object of a participle that
  // qualifies the noun before it; that noun speaks, the participle's object with it.
  const qualified = p ? qualifiedByParticiple(doc, p, lo) : null;
  if (qualified) return qualified;
  // "A report into a crash that killed three people on Highway 144 recommends": the phrase before
  // the cue is the object of a preposition, so no subject; the clause's opening noun phrase is.
  const opening = p ? openingSubject(doc, p, lo) : null;
  if (opening) return opening;
  // "Officials who spoke with the paper said": the subject is the phrase "who" follows.
  if (p && p.first - 1 > lo && (doc.lower[p.first - 1] === 'who' || doc.lower[p.first - 1] === 'that') && !SUBJECT_PRONOUNS.has(doc.lower[p.first])) {
    const head = phraseEndingAt(doc, p.first - 2, lo);
    if (head && !SUBJECT_PRONOUNS.has(doc.lower[head.first])) return { first: head.first, last: p.last };
  }
  // "groups that have endorsed him say": a verb and its object are no subject; the phrase the
  // relative clause hangs on is.
  // "A man who answered the phone at its office said": the phrase before the cue is the object
  // of the relative clause's verb.
  if (p && (looksLikePredicate(doc, p) || (p.first - 1 > lo && isPastVerb(doc, p.first - 1)))) {
    for (let j = p.first - 1; j > lo && j >= p.first - RELATIVE_REACH; j--) {
      const w = doc.lower[j];
      if (w !== 'who' && w !== 'that') {
        if (!isWord(doc.toks[j].text)) break;
        continue;
      }
      const head = phraseEndingAt(doc, j - 1, lo);
      // "A review into a fire that destroyed a home …": the phrase "that" hangs on may itself
      // follow a preposition.
      if (!head || SUBJECT_PRONOUNS.has(doc.lower[head.first])) return null;
      const opening = openingSubject(doc, head, lo);
      return opening ? { first: opening.first, last: p.last } : head;
    }
  }
  // "A woman who runs the bakery next door said": the phrase is the object of the relative
  // clause's verb; the phrase "who" hangs on speaks.
  if (p && p.first - 2 > lo && (doc.lower[p.first - 2] === 'who' || doc.lower[p.first - 2] === 'that') && DETERMINERS.has(doc.lower[p.first]) &&
    isWord(doc.toks[p.first - 1].text) && !isCapitalised(doc.toks[p.first - 1].text) && !PHRASE_STOPS.has(doc.lower[p.first - 1])) {
    const head = phraseEndingAt(doc, p.first - 3, lo);
    if (head && !SUBJECT_PRONOUNS.has(doc.lower[head.first])) return openingSubject(doc, head, lo) ? p : head;
  }
  return p;
}

/** Prepositions whose object cannot be the subject of the verb after it. */
// "A study by economists at X found", "A report presented to council found": the thing, not its
// authors or its audience, is the subject.
const OBJECT_PREPOSITIONS = new Set(['in', 'on', 'at', 'into', 'of', 'from', 'with', 'about', 'over', 'near', 'across', 'by', 'to']);
/** Prepositions after a past participle qualifying its noun ("moved from", "interviewed by", "devoted to"). */
const PARTICIPLE_PREPOSITIONS = new Set(['from', 'by', 'to', 'in', 'at', 'into', 'near', 'across']);
/** Words that show a clause of its own in the opening stretch ("The plane was grounded after …"). */
const CLAUSE_WORDS = new Set([
  'when', 'while', 'after', 'before', 'since', 'because', 'as', 'than', 'and', 'or', 'but', 'if', 'until', 'where', 'though',
  'although', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'do', 'does', 'did',
]);
const DATELINE_DASHES = new Set(['—', '–', '--']);
/** The longest subject read from the clause's start (words and possessives only). */
const OPENING_SUBJECT_REACH = 20;

/**
 * The clause's whole opening noun phrase, from its determiner to the phrase before the cue,
 * when that phrase follows a preposition and nothing but words lies between ("A report into a
 * crash that killed three people on Highway 144 recommends"). Null otherwise.
 */
function openingSubject(doc: Doc, p: Range, lo: number): Range | null {
  const prep = p.first - 1;
  if (prep <= lo || !OBJECT_PREPOSITIONS.has(doc.lower[prep])) return null;
  // The clause opens at `lo` or after a dateline's dash ("SUDBURY, Ont. — A report into …").
  let start = prep - 1;
  // (isWord takes numbers too: "A post shared more than 9,000 times on Facebook claims".)
  while (start > lo && (isWord(doc.toks[start - 1].text) || isPossessive(doc.toks[start - 1].text) || doc.toks[start - 1].text === "'" || doc.toks[start - 1].text === '’')) start--;
  if (start > lo && !DATELINE_DASHES.has(doc.toks[start - 1].text)) return null;
  lo = start;
  if (p.last - lo > OPENING_SUBJECT_REACH) return null;
  // "at one of the Ohio plants": "one of" is a quantity, not the pronoun.
  const pronoun = SUBJECT_PRONOUNS.has(doc.lower[p.first]) && !(doc.lower[p.first] === 'one' && doc.lower[p.first + 1] === 'of');
  // "Officials speaking on condition of anonymity said": a bare plural opening the sentence, a
  // lower-case word after it, leads the phrase as a determiner would.
  const barePlural = lo + 1 < p.first && doc.lower[lo].length > 3 && doc.lower[lo].endsWith('s') && !doc.lower[lo].endsWith('ss') &&
    !isCapitalised(doc.toks[lo + 1].text) && !SUBJECT_PRONOUNS.has(doc.lower[lo]);
  if (!(DETERMINERS.has(doc.lower[lo]) || barePlural) || !isCapitalised(doc.toks[lo].text) || pronoun) return null;
  // Only a noun phrase with its modifiers: a verb is allowed inside a relative clause ("a crash
  // that killed three people") or as a participle of making ("a report released in …").
  let relative = false;
  for (let i = lo; i < p.first; i++) {
    const t = doc.toks[i].text;
    if (isPossessive(t) || t === "'" || t === '’') continue; // "a seniors' home"
    if (!isWord(t)) return null;
    const w = doc.lower[i];
    if (w === 'who' || w === 'that' || w === 'which') relative = true;
    else if (w === 'than' && i > lo && COMPARATIVES.has(doc.lower[i - 1])) continue; // "shared more than 9,000 times"
    // "Officials speaking on condition of anonymity": a participle after its noun qualifies it.
    else if (w.length > 5 && w.endsWith('ing') && i > lo && isWord(doc.toks[i - 1].text) && !DETERMINERS.has(doc.lower[i - 1])) continue;
    // "Villagers moved from the area", "Residents evacuated from …": a past participle after its noun,
    // then a preposition, qualifies the noun as a relative clause would.
    // ("The conversation ended with X asking": "with" after a verb of its own is no qualifier.)
    else if (w.length > 4 && w.endsWith('ed') && i > lo && i + 1 < p.first && PARTICIPLE_PREPOSITIONS.has(doc.lower[i + 1]) &&
      isWord(doc.toks[i - 1].text) && !DETERMINERS.has(doc.lower[i - 1]) && !CLAUSE_WORDS.has(doc.lower[i - 1]) && !BE_FORMS.has(doc.lower[i - 1])) continue;
    else if (BE_FORMS.has(w) || CLAUSE_WORDS.has(w)) return null;
    // ("A staff report presented to …": a document noun after a modifier is no verb.)
    else if (!relative && !MADE_BY.has(w) && !nounAfter(doc, i, lo) && !isDocumentNoun(w) && (CUE_VERBS.has(w) || isPastVerb(doc, i))) return null;
  }
  return { first: lo, last: p.last };
}

/** Whether the word at `i` follows a determiner or a possessive ("a report", "the coroner's report"): a noun. */
function nounAfter(doc: Doc, i: number, lo: number): boolean {
  return i > lo && (DETERMINERS.has(doc.lower[i - 1]) || isPossessive(doc.toks[i - 1].text));
}

/** "more than 9,000", "fewer than 10": a quantity, no clause. */
const COMPARATIVES = new Set(['more', 'fewer', 'less']);

/** Participles of making a document or a finding, before "by" and its maker. */
const MADE_BY = new Set([
  'released', 'published', 'conducted', 'commissioned', 'prepared', 'issued', 'written', 'funded', 'sponsored',
  'compiled', 'produced', 'authored', 'filed', 'obtained', 'seen', 'reviewed', 'submitted', 'drafted', 'led',
  // Posts and letters: "A post shared by …", "A letter signed by 40 doctors", "a video viewed 2 million times on …".
  'signed', 'shared', 'posted', 'circulated', 'viewed', 'sent', 'uploaded',
  // Reports put before a body: "a staff report presented to council", "a plan tabled in the legislature".
  'presented', 'tabled', 'delivered', 'given', 'provided', 'handed', 'leaked',
]);
/** Whether a word is a participle of making ("a poll conducted by …"). */
export function isMadeByParticiple(w: string): boolean {
  return MADE_BY.has(w);
}
/** How many words (an adverbial: "last year", "on Monday") may stand between the participle and "by". */
const MADE_BY_GAP = 3;

/**
 * "A poll conducted by Leger found", "Documents obtained by the Herald show": when the phrase
 * before the cue follows "by" and a participle of making, the subject is the noun phrase before
 * the participle with all that follows it. Null otherwise.
 */
function madeBy(doc: Doc, p: Range, lo: number): Range | null {
  const by = p.first - 1;
  if (by <= lo || doc.lower[by] !== 'by') return null;
  for (let j = by - 1; j > lo && j >= by - 1 - MADE_BY_GAP; j--) {
    if (!isWord(doc.toks[j].text)) return null;
    if (!MADE_BY.has(doc.lower[j])) continue;
    const head = phraseEndingAt(doc, j - 1, lo);
    if (!head || head.last !== j - 1 || SUBJECT_PRONOUNS.has(doc.lower[head.first])) return null;
    return { first: head.first, last: p.last };
  }
  return null;
}

/**
 * "The union representing the workers", "Lawyers defending the city": a lower-case participle in
 * -ing (no cue: "saying" reports) right before the phrase `p` and after a noun. The noun's phrase
 * through `p`, else null.
 */
function qualifiedByParticiple(doc: Doc, p: Range, lo: number): Range | null {
  const ing = p.first - 1;
  if (ing - 1 < lo || !DETERMINERS.has(doc.lower[p.first])) return null;
  const w = doc.lower[ing];
  if (w.length <= 5 || !w.endsWith('ing') || isCapitalised(doc.toks[ing].text) || CUE_VERBS.has(w) || PHRASE_STOPS.has(w)) return null;
  const noun = doc.lower[ing - 1];
  if (!isWord(doc.toks[ing - 1].text) || PHRASE_STOPS.has(noun) || OBJECT_PREPOSITIONS.has(noun) || noun === 'for' || DETERMINERS.has(noun) || BE_FORMS.has(noun) || noun.endsWith('ly') || noun.endsWith('ed')) return null;
  const head = phraseEndingAt(doc, ing - 1, lo);
  if (!head || SUBJECT_PRONOUNS.has(doc.lower[head.first]) || head.first === ing - 1 && !isCapitalised(doc.toks[ing - 1].text) && !(noun.endsWith('s') && noun.length > 3)) return null;
  return { first: head.first, last: p.last };
}

/** How many words a relative clause may put between "who"/"that" and the phrase before the cue. */
const RELATIVE_REACH = 6;
const OBJECT_WORDS = new Set(['him', 'her', 'them', 'us', 'me', 'it']);

/** "endorsed him", "backed the plan": a past tense first or an object pronoun last, not a noun phrase. */
function looksLikePredicate(doc: Doc, p: Range): boolean {
  const w = doc.lower[p.first];
  return OBJECT_WORDS.has(doc.lower[p.last]) || (w.length > 4 && w.endsWith('ed') && !isCapitalised(doc.toks[p.first].text));
}

/** A past tense before a noun phrase ("answered the phone", "took the call"). */
function isPastVerb(doc: Doc, i: number): boolean {
  const w = doc.lower[i];
  return !isCapitalised(doc.toks[i].text) && ((w.length > 4 && w.endsWith('ed')) || IRREGULAR_PASTS.has(w));
}
const IRREGULAR_PASTS = new Set(['took', 'made', 'gave', 'saw', 'met', 'ran', 'led', 'won', 'lost', 'left', 'held', 'kept', 'found', 'built', 'bought', 'sold', 'wrote', 'read']);

/** A name phrase from `lo` up to the first comma (before `k`), if the clause opens with one. */
function phraseEndingAtComma(doc: Doc, lo: number, k: number): Range | null {
  if (!isCapitalised(doc.toks[lo].text) || SENTENCE_ADVERBS.has(doc.lower[lo]) || PHRASE_STOPS.has(doc.lower[lo])) return null;
  let i = lo;
  while (i < k && i < lo + 8 && doc.toks[i].text !== ',') {
    const t = doc.toks[i].text;
    if (!(isCapitalised(t) || isPossessive(t) || t === '-' || t === '.' || DETERMINERS.has(doc.lower[i]))) return null;
    i++;
  }
  if (i >= k || doc.toks[i].text !== ',' || i === lo) return null;
  return { first: lo, last: i - 1 };
}
