// One cue in its sentence → one draft attribution. The word orders handled:
//   quote first     “…,” Tokayev said. / “…,” said Grushko. / Moscow was “…,” said X (partial)
//   content first   The president will address …, his administration said.
//   source first    The Interior Ministry said that … / X told reporters: “…”
//   according to    According to X, … / …, according to X.
import type { CueEntry } from './lexicon';
import { CUE_VERBS } from './lexicon';
import type { Doc, Range } from './phrases';
import { hasContracted, phraseEndingAt, wentOnTo, pluralPossessive, skipLeftToSource, sourceRightOf } from './phrases';
import { isMadeByParticiple, sourceLeftOf } from './subject';
import { documentOpening } from './document-opening';
import { quotedAsSaying } from './quoted-as';
import { draftedObject, modifierBeforeNoun } from './things-not-words';
import { issuerOfMessage } from './issued-document';
import { subjectOverObject } from './object-participle';
import { antecedentOfWho, nameBeforeDescribedWho } from './appositives';
import { coordinatedSubject, sceneSubject, speakerForMuteSubject } from './participle-subject';
import { isDocumentNoun, isFiniteVerb } from './words';
import type { Quote } from './quotes';
import type { Draft } from './draft';
import { SPEECH_NOUNS } from './nouns';
import {
  ADVERBIAL_PREPOSITIONS, BE_FORMS, DETERMINERS, OBJECT_PRONOUNS, PHRASE_STOPS, SENTENCE_ADVERBS, SUBJECT_PRONOUNS,
  CARDINALS, TIME_WORDS, TITLES, isCapitalised, isLyAdverb, isPossessive, isWord,
} from './words';
import type { Clause, QuoteIndex } from './context';
import { FINAL_PUNCT, MAX_CONTENT_TOKENS, countWords, isOpenMarkToken, lastContentToken, opensSentence } from './context';
import { CONTACT_FINITE, contentAfterParenthetical, contentEndToken, onlyTime, quotesIn, rightContent, rightIsEmpty } from './content';


/** Verbs of plain speech: "said by telephone" is not a passive. */
const SPEECH_CORE = new Set(['say', 'tell', 'add', 'write', 'note', 'explain', 'ask']);

const CLAUSE_PUNCT = new Set([',', '—', '–', '--', ';']);

/** The source after the cue when it closes the clause ("…, said the ministry."), else null. */
function invertedSource(doc: Doc, cue: number, c: Clause): Range | null {
  const src = sourceRightOf(doc, cue, c.hi);
  if (!src) return null;
  // "…, says political scientist X in Almaty.": where the speaker is closes the sentence.
  const after = placeTailEnd(doc, src.last + 1, c.hi);
  if (after >= c.hi) return src;
  const t = doc.toks[after].text;
  return FINAL_PUNCT.has(t) || t === ',' || t === '—' || t === '–' ? src : null;
}

const TITLE_LEADS = new Set(['on', 'in', 'at', 'from', 'of', 'the', 'to', 'with', 'during']);

/**
 * A short quotation in title case after "on", "the" or a possessive (on CBS's “Face the
 * Nation”): a programme or book title, not speech.
 */
function isTitleCase(doc: Doc, q: Quote): boolean {
  if (q.words > 5) return false;
  let b = q.open - 1;
  while (b > 0 && doc.text[b] === ' ') b--;
  let a = b;
  while (a > 0 && a > b - 20 && doc.text[a - 1] !== ' ' && doc.text[a - 1] !== '\n') a--;
  const lead = doc.text.slice(a, b + 1);
  if (!(TITLE_LEADS.has(lead.toLowerCase()) || /['’]s$/.test(lead))) return false;
  const words = doc.text.slice(q.start, q.end).split(/\s+/).filter((w) => /\p{L}/u.test(w));
  let caps = 0;
  for (const w of words) if (/^[\p{Lu}\d]/u.test(w)) caps++;
  return words.length > 0 && caps >= words.length - (words.length > 2 ? 1 : 0);
}

/** Whether the object of a stance verb at `t` (tokens j…end) holds a "that" clause or a quotation. */
function clauseOrQuote(doc: Doc, t: number, j: number, end: number, quotes: QuoteIndex): boolean {
  // "agreed that …", "pointed out that …" (not "rejected his claim that …": that clause is the claim's).
  if (doc.lower[t + 1] === 'that' || (j === t + 2 && doc.lower[t + 2] === 'that')) return true;
  for (let i = j; i <= end; i++) if (quotes.byOpen.get(doc.toks[i].start)) return true;
  return false;
}

/** Cues that own a quotation right after them inside another's object ("what she described as «…»", "what he called “…”"). */
const INNER_QUOTE_CUES = new Set(['described', 'describes', 'called', 'calls', 'termed', 'dubbed', 'labelled', 'labeled', 'branded']);

/**
 * Whether the object of a verdict at `t` (tokens j…end) has no "that" after the verb and every
 * quotation in it follows an inner cue ("described as", "called") within two words.
 */
function quotesOwnedInside(doc: Doc, t: number, j: number, end: number, quotes: QuoteIndex): boolean {
  if (doc.lower[t + 1] === 'that') return false;
  let any = false;
  for (let i = j; i <= end; i++) {
    if (!quotes.byOpen.get(doc.toks[i].start)) continue;
    any = true;
    let owned = false;
    for (let k = i - 1; k >= j && k >= i - 2; k--) if (INNER_QUOTE_CUES.has(doc.lower[k])) owned = true;
    if (!owned) return false;
  }
  return any;
}

const DASHES = new Set(['-', '—', '–']);

/**
 * "ticked through the code of conduct: “Civility …,” he said", "praised his brother - “faith that
 * …,” he said": a quotation after a colon or a lone dash stands alone; the narration before it is
 * no part of what was said (PolNeAR train's four fifths: 44 of 56 such contents are the quotation
 * only). A dash that closes a pair opened earlier in the sentence is an aside's end, not that.
 */
function introducedByMark(doc: Doc, from: number, q: Quote): boolean {
  let k = from;
  while (k + 1 < doc.toks.length && doc.toks[k + 1].start < q.open) k++;
  if (k <= from) return false;
  const mark = doc.toks[k].text;
  if (mark === ':') return true;
  // (A glued hyphen, "well-known", is no dash.)
  if (!DASHES.has(mark) || doc.toks[k - 1].end === doc.toks[k].start) return false;
  for (let i = from; i < k; i++) if (DASHES.has(doc.toks[i].text) || doc.toks[i].text === '--') return false;
  return true;
}

/** Verbs that put their speaker after them when the content comes first ("…, said Ann Lee."). */
const INVERTING = new Set(['say', 'add', 'note', 'write', 'explain', 'recall', 'reply', 'respond', 'continue', 'conclude', 'insist', 'argue', 'warn']);

/**
 * A short name phrase after the cue that ends the sentence or is followed by an appositive
 * ("…, said Ann Lee." / "…, said Ann Lee, a professor at …").
 */
function closingSource(doc: Doc, cue: number, c: Clause): Range | null {
  const src = sourceRightOf(doc, cue, c.hi);
  if (!src || src.last - src.first > 6) return null;
  const w = doc.lower[src.first];
  const name = isCapitalised(doc.toks[src.first].text);
  if (!(name || DETERMINERS.has(w) || SUBJECT_PRONOUNS.has(w))) return null;
  const next = placeTailEnd(doc, src.last + 1, c.hi);
  if (next >= c.hi || FINAL_PUNCT.has(doc.toks[next].text)) return src;
  if (doc.toks[next].text !== ',' || next + 1 >= c.hi) return null;
  // "…, said the company's chief executive, John J. Ferriola.": a role, then the name that closes the sentence.
  if (!name && DETERMINERS.has(w) && nameClosesSentence(doc, next + 1, c.hi)) return src;
  const after = doc.lower[next + 1];
  return name && (DETERMINERS.has(after) || after === 'who' || isPossessive(doc.toks[next + 2]?.text ?? '') ||
    (!isCapitalised(doc.toks[next + 1].text) && isWord(doc.toks[next + 1].text) && !CUE_VERBS_LIKE.has(after))) ? src : null;
}

/**
 * Whether a source read left of the cue opens the sentence and an apposition follows it before the
 * comma at the cue ("Jensen's campaign manager, Tom Brody, said", "Tom Brody, her campaign manager,
 * said"): a subject with its apposition, nothing said before the cue.
 */
function appositionFromStart(doc: Doc, src: Range, c: Clause, cue: number): boolean {
  if (src.first !== c.lo) return false;
  const comma = skipLeftToSource(doc, cue - 1, c.lo);
  for (let i = src.first + 1; i < comma; i++) if (doc.toks[i].text === ',') return true;
  return false;
}

/** Prepositions of where a speaker is or works ("X in Almaty", "X at Halden University"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from']);
/** How many tokens a closing place or name may have ("in Almaty, Kazakhstan", "John J. Ferriola"). */
const MAX_CLOSING_NAME = 7;

/**
 * The token after a place phrase at `k` that closes its sentence ("in Almaty.", "at Halden
 * University, Ont."), or `k` itself when there is none.
 */
function placeTailEnd(doc: Doc, k: number, hi: number): number {
  if (k + 1 >= hi || !PLACE_PREPOSITIONS.has(doc.lower[k]) || !isCapitalised(doc.toks[k + 1].text)) return k;
  const end = capitalisedRunEnd(doc, k + 1, hi);
  return end >= hi || FINAL_PUNCT.has(doc.toks[end].text) || doc.toks[end].text === ',' ? end : k;
}

/** The token after capitalised words, initials and commas between them, from `k` (at most MAX_CLOSING_NAME tokens). */
function capitalisedRunEnd(doc: Doc, k: number, hi: number): number {
  let i = k;
  while (i < hi && i < k + MAX_CLOSING_NAME) {
    const tok = doc.toks[i].text;
    if (isCapitalised(tok) || isPossessive(tok) || tok === '-') i++;
    else if (tok === '.' && i + 1 < hi && isCapitalised(doc.toks[i + 1].text) && i > k) i++;
    else if (tok === ',' && i + 1 < hi && isCapitalised(doc.toks[i + 1].text) && i > k) i++;
    else break;
  }
  return i;
}

/** Whether capitalised words from `k` run to the end of the sentence ("…, John J. Ferriola."). */
function nameClosesSentence(doc: Doc, k: number, hi: number): boolean {
  if (k >= hi || !isCapitalised(doc.toks[k].text)) return false;
  const end = capitalisedRunEnd(doc, k, hi);
  return end > k + 1 && (end >= hi || FINAL_PUNCT.has(doc.toks[end].text));
}

/** Words after "said Ann Lee," that continue the sentence rather than describe her. */
const CUE_VERBS_LIKE = new Set(['and', 'but', 'adding', 'saying', 'noting', 'according', 'while', 'as', 'because', 'though', 'although', 'which']);

/** A quote whose closing mark is right before token `b` (past commas). */
function quoteClosingAt(doc: Doc, b: number, floor: number, quotes: QuoteIndex): Quote | undefined {
  let i = b;
  while (i >= floor && (doc.toks[i].text === ',' || doc.toks[i].text === '—')) i--;
  if (i < floor) return undefined;
  // ''…'wrong track.''' : a nested quotation's mark may follow the closing one.
  return quotes.byClose.get(doc.toks[i].end) ?? (i - 1 >= floor && (doc.toks[i].text === "'" || doc.toks[i].text === '’') ? quotes.byClose.get(doc.toks[i - 1].end) : undefined);
}

/**
 * First token index of the sentence holding the first token at or after `pos`, searching
 * back from `t` (the opening mark itself may have been put at the end of the sentence before).
 */
function sentenceStartBefore(doc: Doc, t: number, pos: number): number {
  let i = t;
  while (i > 0 && doc.toks[i - 1].start >= pos) i--;
  return doc.sentenceStart[doc.toks[i].sentence];
}

/**
 * The clause subject for a participle or coordinated cue ("Rubio defended himself, arguing
 * that …"), past a leading adverbial ("In New Hampshire, Trump went after Bush, calling …").
 */
export function subjectOf(doc: Doc, c: Clause, before: number): Range | null {
  let lo = c.lo;
  // "But the court of appeals overruled … and said": a conjunction opening the clause.
  while (lo < before && LEADING_CONJUNCTIONS.has(doc.lower[lo]) && lo + 1 < before) lo += doc.toks[lo + 1].text === ',' ? 2 : 1;
  const w0 = doc.lower[lo];
  // An opening adverbial up to its comma: "When …,", "On Sunday morning,", "Walking to the car,".
  if (PHRASE_STOPS.has(w0) || SENTENCE_ADVERBS.has(w0) || TIME_WORDS.has(w0) || OPENING_PREPOSITIONS.has(w0) || timeAgoOpening(doc, lo, before) ||
    (w0.length > 4 && w0.endsWith('ing') && isCapitalised(doc.toks[lo].text))) {
    let k = lo + 1;
    while (k < before && k < lo + 12 && doc.toks[k].text !== ',') k++;
    if (k >= before || doc.toks[k].text !== ',') return null;
    lo = k + 1;
  }
  if (lo >= before) return null;
  const w = doc.lower[lo];
  if (SUBJECT_PRONOUNS.has(w)) return { first: lo, last: lo };
  let i = lo;
  // "More than 60 tenants …", "Fewer than a dozen residents …": a count opens the noun phrase.
  // "Hundreds of tenants …": a number in words and "of" lead it the same way.
  const count = ((w === 'more' || w === 'fewer' || w === 'less') && doc.lower[lo + 1] === 'than' && lo + 2 < before) ||
    (CARDINALS.has(w) && doc.lower[lo + 1] === 'of' && lo + 2 < before);
  if (count) i = lo + 2;
  else if (DETERMINERS.has(w)) i++;
  let last = -1;
  let possessed = false;
  while (i < before && i < lo + 8) {
    const tok = doc.toks[i].text;
    // "Sen. Rand Dale (R-Ky.)": a bracketed party and state after the name.
    if (tok === '(' && last === i - 1) {
      let k = i + 1;
      while (k < before && k < i + 8 && doc.toks[k].text !== ')') k++;
      if (k >= before || doc.toks[k].text !== ')') break;
      last = k;
      i = k + 1;
      continue;
    }
    // "Supporters' group the Harbour Line": a plural possessive leads the phrase as a determiner does.
    if (last === i - 1 && pluralPossessive(doc, i)) possessed = true;
    if (isCapitalised(tok) || isPossessive(tok) || tok === '-' || (tok === '.' && last === i - 1) || (possessed && last === i - 1 && pluralPossessive(doc, i))) last = i;
    else if (DETERMINERS.has(doc.lower[i]) && i > lo + 1 && last === i - 1 && !isCapitalised(doc.toks[i - 1].text) && !SUBJECT_LINKS.has(doc.lower[i - 1]) &&
      i + 1 < before && !isCapitalised(doc.toks[i + 1].text)) {
      // "The lender cut its outlook, citing …": a determiner after a lower-case word that no link
      // is starts an object; the word before it is the verb, so the subject ends before that.
      // ("Supporters' group the Harbour Line": a name after the determiner is in apposition.)
      last = i - 2;
      break;
    } else if ((count || possessed || DETERMINERS.has(doc.lower[lo])) && isNounLike(doc, i)) {
      // "The company announced …", "The regional government released …": common nouns after
      // the determiner, up to the verb.
      last = i;
    } else break;
    i++;
  }
  return last >= lo ? { first: lo, last } : null;
}

const LEADING_CONJUNCTIONS = new Set(['and', 'but', 'yet', 'so', 'however']);
/** Prepositions that open an adverbial before the subject besides those of PHRASE_STOPS ("For months, …"). */
const OPENING_PREPOSITIONS = new Set(['for', 'throughout', 'following', 'ahead', 'across', 'inside', 'outside']);
/** Words that end a time phrase opening the sentence ("Hours later,", "Two days earlier,", "A week ago,"). */
const TIME_AGO = new Set(['later', 'earlier', 'ago', 'afterward', 'afterwards']);
/** Longest "Hours later," phrase, in tokens before the comma. */
const MAX_TIME_AGO = 4;

/** "Hours later, Mr. Abara returned the favour, telling …": a short time phrase up to a comma opens the clause. */
function timeAgoOpening(doc: Doc, lo: number, before: number): boolean {
  for (let k = lo + 1; k < before && k <= lo + MAX_TIME_AGO; k++) {
    if (doc.toks[k].text === ',') return TIME_AGO.has(doc.lower[k - 1]);
    if (!isWord(doc.toks[k].text)) return false;
  }
  return false;
}
/** Words before a determiner inside a subject ("The head of the agency", "a spokesman for the firm"). */
const SUBJECT_LINKS = new Set(['of', 'for']);

/** A word that can sit inside a noun phrase before its verb: not a clause word, a cue or a past tense. */
function isNounLike(doc: Doc, i: number): boolean {
  const w = doc.lower[i];
  if (!isWord(doc.toks[i].text) || PHRASE_STOPS.has(w) || CUE_VERBS.has(w) || BE_FORMS.has(w)) return false;
  return !(w.endsWith('ed') && (w.length > 4 || SHORT_PAST.has(w)));
}

/**
 * The speaker of a participle after a comma ("Trump went after Bush, calling him …"): a later
 * clause's subject, the previous cue's source in this sentence, or the clause's subject.
 */
function participleSubject(doc: Doc, c: Clause, t: number, previous: Draft | null): Range | null {
  const same = previous !== null && previous.cue !== null && doc.toks[previous.cue.first].sentence === doc.toks[t].sentence;
  const later = coordinatedSubject(doc, same ? previous!.cue!.last : c.lo, t);
  if (later) return later;
  if (same) return previous!.source;
  const source = subjectOf(doc, c, t);
  if (!source) return null;
  const scene = sceneSubject(doc, source, t);
  return scene === undefined ? source : scene;
}

/** Past tenses of four letters ("The nurse sued the state, claiming …"). */
const SHORT_PAST = new Set(['sued', 'used', 'owed', 'eyed', 'vied', 'tied', 'lied', 'died']);

function draft(
  source: Range | null, cue: Range, contentStart: number, contentEnd: number, quote: Quote | null, anchor: number,
): Draft {
  // Every field present from the start (learned, verb), so drafts keep one shape.
  return { source, sourceSpan: null, cue, cueSpan: null, contentStart, contentEnd, quote, continuation: false, anchor, learned: false, verb: false };
}

/** The head word of a phrase: the last word before "of", "by" or "for" ("a survey by …"). */
function headOf(doc: Doc, r: Range): number {
  for (let i = r.first + 1; i <= r.last; i++) {
    const w = doc.lower[i];
    if (w === 'of' || w === 'by' || w === 'for' || isMadeByParticiple(w)) return i - 1;
  }
  return r.last;
}

const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'should', 'must', "'ll", '’ll', 'wo', 'ca']);

const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);

const CALLED_OBJECTS = new Set(['him', 'her', 'them', 'it', 'this', 'that', 'me', 'us', 'himself', 'herself', 'themselves']);
/** Words after "called him/it" that make it a telephone call, a summons or a cancellation, not a name. */
const CALL_PARTICLES = new Set([
  'early', 'late', 'back', 'off', 'out', 'in', 'up', 'down', 'over', 'again', 'home', 'away', 'first', 'twice', 'once', 'repeatedly',
  'at', 'on', 'from', 'after', 'before', 'during', 'to', 'last', 'this', 'yesterday', 'today', 'tonight', 'tomorrow', 'and', 'or', 'but', 'when', 'while',
]);

/** Whether the word at `k` (after "called" and its object) ends the naming reading. */
function notCalledName(doc: Doc, k: number): boolean {
  const t = doc.toks[k].text;
  return CALL_PARTICLES.has(doc.lower[k]) || TIME_WORDS.has(doc.lower[k]) || isLyAdverb(t) || t === '.' || t === ',' || t === ';';
}

const SUBORDINATORS = new Set(['as', 'after', 'while', 'although', 'though', 'when', 'since', 'because', 'if', 'before', 'once', 'until', 'whereas', 'even']);

/** Whether the clause holding the cue is a fronted subordinate clause ("After X said …, …"). */
function isFronted(doc: Doc, c: Clause, sourceStart: number): boolean {
  for (let i = c.lo; i < sourceStart && i <= c.lo + 2; i++) {
    if (SUBORDINATORS.has(doc.lower[i])) return i === c.lo || (i === c.lo + 1 && (doc.lower[c.lo] === 'but' || doc.lower[c.lo] === 'and' || doc.lower[c.lo] === 'even'));
  }
  return false;
}



const RELATIVES = new Set(['which', 'that', 'what', 'whom', 'who']);

/** Prepositions a noun phrase follows but a clause subject does not ("despite image worries"). */
const NOUN_PREPOSITIONS = new Set([
  'despite', 'amid', 'amidst', 'over', 'about', 'of', 'among', 'with', 'without', 'against', 'between', 'into', 'onto',
  'upon', 'under', 'toward', 'towards', 'via', 'per', 'regarding', 'concerning', 'including', 'excluding', 'like', 'unlike',
  'during', 'throughout', 'beyond', 'behind', 'inside', 'outside', 'near', 'across', 'along', 'around', 'by', 'from', 'in', 'on', 'at', 'for',
]);

/**
 * "Despite image worries, …" / "amid reports of …": a cue word right after a preposition and
 * its noun phrase is itself a noun, not a verb with a subject.
 */
function afterPreposition(doc: Doc, t: number, c: Clause): boolean {
  let i = t - 1;
  if (i < c.lo || entry_isParticiple(doc.lower[t])) return false;
  const opens = (k: number) => STRONG_PREPOSITIONS.has(doc.lower[k]) ||
    (NOUN_PREPOSITIONS.has(doc.lower[k]) && (k === c.lo || doc.toks[k - 1].text === ','));
  if (opens(i)) return true;
  // one or two lower-case modifiers between ("despite image worries", "amid new security fears")
  for (let n = 0; n < 2 && i > c.lo && isWord(doc.toks[i].text) && !isCapitalised(doc.toks[i].text) && !PHRASE_STOPS.has(doc.lower[i]) && !DETERMINERS.has(doc.lower[i]); n++) {
    i--;
    if (opens(i)) return true;
  }
  return false;
}

/** Adjectives that go with a note, a report or a statement, not with a speaker before a verb. */
const NOUN_MODIFIERS = new Set([
  'separate', 'new', 'recent', 'latest', 'earlier', 'brief', 'short', 'written', 'internal', 'annual', 'quarterly', 'monthly',
  'weekly', 'final', 'preliminary', 'lengthy', 'detailed', 'confidential', 'joint', 'private', 'previous', 'research', 'client',
]);

/** Words before a numeral "one" besides prepositions and determiners ("to one suspect", "only one report"). */
const ONE_BEFORE = new Set(['to', 'only', 'just', 'than', 'least']);

/** Prepositions that hardly ever follow a subject noun ("despite", "amid"). */
const STRONG_PREPOSITIONS = new Set(['despite', 'amid', 'amidst', 'regarding', 'concerning', 'including', 'excluding', 'toward', 'towards', 'without']);

function entry_isParticiple(w: string): boolean {
  return w.endsWith('ing');
}

/** Quantifiers that stand alone as a plural subject ("Many fear …", "But few believe …"): a base form after them is a verb. */
const PLURAL_QUANTIFIERS = new Set(['many', 'several', 'few', 'both']);
/** Quantifiers that also take a mass noun ("some fear", "most concern"): only a verb that is no noun follows them as one. */
const MASS_QUANTIFIERS = new Set(['some', 'most', 'all']);
const VERB_ONLY = new Set([
  'say', 'believe', 'think', 'argue', 'insist', 'contend', 'agree', 'predict', 'maintain', 'expect', 'feel', 'know', 'suggest',
  'warn', 'complain', 'wonder', 'speculate', 'acknowledge', 'admit', 'assert', 'allege', 'reckon', 'suppose', 'assume', 'worry',
]);
/** Words after which a quantifier opens its clause as the subject. */
const CLAUSE_LINKS = new Set([',', 'but', 'and', 'yet', 'though', 'although', 'while', 'because', 'so', 'since', 'as']);

/** "Most believe that …", "But few believe …", "Many fear …": a quantifier opening its clause is the cue's subject. */
function quantifierSubject(doc: Doc, t: number, entry: CueEntry, c: Clause): boolean {
  const q = doc.lower[t - 1];
  const w = doc.lower[t];
  if (w !== entry.lemma || !(PLURAL_QUANTIFIERS.has(q) || (MASS_QUANTIFIERS.has(q) && VERB_ONLY.has(w)))) return false;
  return t - 1 === c.lo || CLAUSE_LINKS.has(doc.lower[t - 2]);
}

/** Auxiliaries and adverbs between a relative "which" and its cue ("which has also said"). */
const WHICH_AUXILIARIES = new Set(['has', 'had', 'have', 'also', 'later', 'earlier', 'previously']);

/** ", which said …": the relative pronoun after a comma, up to two auxiliaries or adverbs before the cue; else null. */
function relativeWhich(doc: Doc, t: number, lo: number): Range | null {
  let k = t - 1;
  while (k > lo && t - k <= 2 && WHICH_AUXILIARIES.has(doc.lower[k])) k--;
  return k - 1 >= lo && doc.lower[k] === 'which' && doc.toks[k - 1].text === ',' ? { first: k, last: k } : null;
}

/** Whether the cue verb at `t` is used as a noun, passive or infinitive, i.e. not a cue. */
/** Words that compare a figure with a forecast ("above forecasts", "beat estimates", "topping expectations"). */
const COMPARING = new Set([
  'above', 'below', 'beyond', 'than', 'beat', 'beats', 'beating', 'missed', 'misses', 'missing', 'topped', 'tops', 'topping',
  'exceeded', 'exceeds', 'exceeding', 'lagged', 'lagging', 'trailed', 'trailing', 'matched', 'matching',
]);

/** Whether the clause ends, or a comma or a full stop follows, right after token `t`. */
function clauseEndsAfter(doc: Doc, t: number, c: Clause): boolean {
  if (t + 1 >= c.hi) return true;
  const next = doc.toks[t + 1].text;
  return next === ',' || next === '.' || next === ';' || next === ')';
}

function notACue(doc: Doc, t: number, entry: CueEntry, c: Clause): boolean {
  if (t === c.lo) return false;
  const prev = doc.lower[t - 1];
  if (DETERMINERS.has(prev) && quantifierSubject(doc, t, entry, c)) return false;
  if (DETERMINERS.has(prev) || (isPossessive(doc.toks[t - 1].text) && !hasContracted(doc, t - 1, c.lo))) return true;
  // "the owners' claims": a plural owner's apostrophe before the word makes it a noun.
  if (pluralPossessive(doc, t - 1)) return true;
  // "In a separate note, …", "the latest report", "an earlier statement": a modifier of a noun
  // between the determiner and the word makes it the noun.
  if (t - 2 >= c.lo && NOUN_MODIFIERS.has(prev) && DETERMINERS.has(doc.lower[t - 2])) return true;
  // "tied the fires to one suspect": "one" after a preposition or determiner is a numeral.
  if (prev === 'one' && t - 2 >= c.lo && (NOUN_PREPOSITIONS.has(doc.lower[t - 2]) || DETERMINERS.has(doc.lower[t - 2]) || ONE_BEFORE.has(doc.lower[t - 2]))) return true;
  if (prev === '<' || prev === '/') return true; // markup such as <tweet …>
  // "A briefing note prepared by …", "an expert report": a verb's base form cannot follow a
  // singular subject, so after "a"/"an" and one or two words it is the noun.
  if (doc.lower[t] === entry.lemma && afterSingularArticle(doc, t, c.lo)) return true;
  // "the benchmark 10-year note dropped …": a word holding a figure ("10-year", "2-page") modifies a noun.
  if (doc.lower[t] === entry.lemma && prev.includes('-') && /\d/.test(prev)) return true;
  // "…, tops forecasts", "raises estimates for 2027": an "-s" form right after another verb's "-s"
  // form, with nothing said after it, is a plural noun, its object ("a spate of protests demands
  // that …", "polls taken over two weeks shows X leading" keep theirs: a clause follows).
  if (doc.lower[t] !== entry.lemma && doc.lower[t].endsWith('s') && thirdPersonVerbLike(doc, t - 1) && nothingSaidAfter(doc, t, c)) return true;
  // "…, above forecasts.", "beating estimates.": an "-s" form after a word of comparison, ending
  // its clause, is the plural noun compared with ("greeted with chants of “…”" keeps its cue).
  if (doc.lower[t] !== entry.lemma && doc.lower[t].endsWith('s') && COMPARING.has(prev) && clauseEndsAfter(doc, t, c)) return true;
  if (prev === 'to' && !entry.participle && !wentOnTo(doc, t - 1, c.lo)) return true; // "declined to say"
  if (entry.pastParticiple) {
    // "the measures called for by the rules": a participle before "by" is passive.
    const next = t + 1 < c.hi ? doc.lower[t + 1] : '';
    if (!SPEECH_CORE.has(entry.lemma) && (next === 'by' || ((next === 'for' || next === 'on') && t + 2 < c.hi && doc.lower[t + 2] === 'by'))) return true;
    // ("he’s said": the "’s" is "has".)
    if (hasContracted(doc, t - 1, c.lo)) return false;
    const k = skipLeftToSource(doc, t - 1, c.lo);
    for (let i = t - 1; i > k && i >= c.lo; i--) if (BE_FORMS.has(doc.lower[i])) return true;
    if (t - 1 >= c.lo && BE_FORMS.has(prev)) return true;
    if (k >= c.lo && BE_FORMS.has(doc.lower[k])) return true;
  }
  return false;
}

/**
 * A lower-case word in "-s" (not "-ss", "-us", "-is", "-'s") right before an "-s" cue: read as a
 * verb, since a plural subject does not take a singular verb; a subject in "-s" is capitalised
 * when it opens the sentence, so "Officials says" never arises.
 */
function thirdPersonVerbLike(doc: Doc, k: number): boolean {
  const t = doc.toks[k].text;
  if (t.length < 4 || !/^[a-z]+s$/.test(t) || /(ss|us|is|ws)$/.test(t)) return false;
  return k === 0 || !DETERMINERS.has(doc.lower[k - 1]);
}

/** Prepositions after a plural noun object ("raises forecasts for 2027", "misses estimates on weak sales"). */
const OBJECT_TAIL = new Set(['for', 'on', 'of', 'in', 'from', 'by', 'as', 'amid', 'after', 'despite']);

/** Whether the clause ends, or a comma or a preposition follows, right after token `t`. */
function nothingSaidAfter(doc: Doc, t: number, c: Clause): boolean {
  if (t + 1 >= c.hi) return true;
  const next = doc.toks[t + 1].text;
  return !isWord(next) ? next !== '“' && next !== '"' && next !== '‘' && next !== ':' : OBJECT_TAIL.has(doc.lower[t + 1]);
}

/** What one pleads to in court. */
const CHARGE_NOUNS = new Set(['count', 'counts', 'charge', 'charges', 'offence', 'offences', 'offense', 'offenses']);

/** Whether a charge noun follows the cue after at most "to", a determiner and a number ("admitted to two counts of …"). */
function chargeAfter(doc: Doc, t: number, c: Clause): boolean {
  for (let k = t + 1; k < c.hi && k <= t + 4; k++) {
    const w = doc.lower[k];
    if (CHARGE_NOUNS.has(w)) return true;
    if (!(w === 'to' || w === 'all' || w === 'both' || DETERMINERS.has(w) || CARDINALS.has(w) || /^\d+$/.test(w))) return false;
  }
  return false;
}

/** Determiners that open a contact clause's subject ("a position his aides say …"). */
const CONTACT_SUBJECT_OPENERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many', 'most', 'several', 'both']);

/**
 * The subject inside "a measure Republicans", "a change student groups", "a decision board chair
 * Linda Feschuk": after the article and its noun, from the first name or determiner, else the last
 * one or two words; the phrase itself when it opens with no article.
 */
function contactSubject(doc: Doc, r: Range): Range {
  const a = doc.lower[r.first];
  if (r.last - r.first < 2 || (a !== 'a' && a !== 'an' && a !== 'the')) return r;
  for (let i = r.first + 2; i <= r.last; i++) {
    if (isCapitalised(doc.toks[i].text) || CONTACT_SUBJECT_OPENERS.has(doc.lower[i])) return { first: i, last: r.last };
  }
  return { first: r.last - r.first >= 3 ? r.last - 1 : r.last, last: r.last };
}

/** Adverbs that stand for a stance, not its words ("argued otherwise", "thought differently"). */
const STANCE_ADVERBS = new Set(['otherwise', 'differently', 'likewise', 'similarly', 'alike', 'back']);

/** Articles of a singular noun phrase; and words that let a base form follow one ("a senator will say"). */
const SINGULAR_ARTICLES = new Set(['a', 'an', 'another', 'each', 'every']);
const BASE_FORM_LICENSERS = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'should', 'must', 'to', 'did', 'does', 'do', 'not', 'and', 'or', 'who', 'that', 'which', 'also']);

/**
 * Whether "a"/"an" stands one or two plain words before token `t`, the word before `t` no plural
 * or name that could be a new subject ("a measure Republicans say will …", "a plan officials say …").
 */
function afterSingularArticle(doc: Doc, t: number, lo: number): boolean {
  const before = doc.toks[t - 1].text;
  if (before.endsWith('s') || isCapitalised(before)) return false;
  for (let i = t - 1; i >= lo && i >= t - 3; i--) {
    const w = doc.lower[i];
    if (i < t - 1 && SINGULAR_ARTICLES.has(w)) return true;
    if (!isWord(doc.toks[i].text) || BASE_FORM_LICENSERS.has(w)) return false;
  }
  return false;
}

/** What a source asks for when it is not to be named: "asked not to be named", "asked to remain anonymous". */
const UNNAMED = new Set(['named', 'identified', 'quoted']);
/** How far after "asked that" the word "name" may come ("asked that only his first name …"). */
const NAME_REQUEST_REACH = 6;
const ANONYMOUS = new Set(['anonymous', 'unnamed', 'unidentified']);

/**
 * "an MP, who asked not to be named so they could speak freely": the reporter's note on an unnamed
 * source, not words reported (PolNeAR marks none; "requested anonymity", which it marks, is left alone).
 */
function anonymityRequest(doc: Doc, t: number, entry: CueEntry, c: Clause): boolean {
  if (entry.lemma !== 'ask' || t + 3 >= c.hi) return false;
  const a = doc.lower[t + 1];
  const b = doc.lower[t + 2];
  const d = doc.lower[t + 3];
  if (a === 'not' && b === 'to' && d === 'be') return t + 4 < c.hi && UNNAMED.has(doc.lower[t + 4]);
  if (a === 'to' && (b === 'remain' || b === 'stay')) return ANONYMOUS.has(d);
  // "asked that her name not be used"
  if (a === 'that' && (b === 'his' || b === 'her' || b === 'their' || b === 'its') && d === 'name') return true;
  // "asked that only his first name, Raj, be used"
  if (a !== 'that') return false;
  for (let k = t + 2; k < c.hi && k <= t + NAME_REQUEST_REACH; k++) if (doc.lower[k] === 'name' || doc.lower[k] === 'surname') return true;
  return false;
}

/**
 * "…, a senior official told The Canadian Press." / "…, she told reporters on Tuesday.": after
 * "told" and its listener the clause ends, so the content is before the cue.
 */
function listenerEndsClause(doc: Doc, t: number, c: Clause, quotes: QuoteIndex): boolean {
  let j = t + 1;
  if (j >= c.hi || isOpenMarkToken(doc, j, quotes)) return false;
  if (OBJECT_PRONOUNS.has(doc.lower[j])) j++;
  else if (isCapitalised(doc.toks[j].text)) {
    // "The Canadian Press", "The Globe and Mail", "CBC's Power & Politics"
    while (j < c.hi && j < t + 7 && (isCapitalised(doc.toks[j].text) || isPossessive(doc.toks[j].text) ||
      ((doc.lower[j] === 'and' || doc.lower[j] === 'of' || doc.toks[j].text === '&') && j + 1 < c.hi && isCapitalised(doc.toks[j + 1].text)))) j++;
  } else if (DETERMINERS.has(doc.lower[j])) {
    j++;
    while (j < c.hi && j < t + 5 && isWord(doc.toks[j].text) && !PHRASE_STOPS.has(doc.lower[j]) && !ADVERBIAL_PREPOSITIONS.has(doc.lower[j]) && !LISTENER_TAIL.has(doc.lower[j])) j++;
  } else j = pastBareListenerWords(doc, j, c.hi);
  if (j === t + 1) return false;
  // Then the sentence ends, maybe after a short time or place ("on Thursday", "in Ottawa",
  // "in a memo on Wednesday").
  if (j < c.hi && LISTENER_TAIL.has(doc.lower[j])) {
    const stop = Math.min(c.hi, j + 8);
    j++;
    // ("during Tuesday’s conference call": an owner's mark inside the tail.)
    while (j < stop && (isWord(doc.toks[j].text) || isPossessive(doc.toks[j].text)) && (!PHRASE_STOPS.has(doc.lower[j]) || LISTENER_TAIL.has(doc.lower[j]))) j++;
  }
  return j >= c.hi || FINAL_PUNCT.has(doc.toks[j].text);
}

/** Nouns for a body of listeners that are no plural in -s ("told staff in a memo"). */
const BARE_LISTENER_BODIES = new Set(['staff', 'police', 'parliament', 'council', 'media', 'personnel']);
const MAX_BARE_LISTENER = 3;

/**
 * "told employees in a memo", "told union members at a rally": up to three lower-case words
 * ending in a plural or a body noun. Returns the token after them, or `j` when there are none.
 */
function pastBareListenerWords(doc: Doc, j: number, hi: number): number {
  let m = j;
  while (m < hi && m < j + MAX_BARE_LISTENER && isWord(doc.toks[m].text) && !isCapitalised(doc.toks[m].text) &&
    !PHRASE_STOPS.has(doc.lower[m]) && !LISTENER_TAIL.has(doc.lower[m]) && !SUBJECT_PRONOUNS.has(doc.lower[m])) m++;
  if (m === j) return j;
  const head = doc.lower[m - 1];
  return BARE_LISTENER_BODIES.has(head) || (head.length > 3 && head.endsWith('s') && !head.endsWith('ss')) ? m : j;
}

/** Words that open a short time or place after the listener ("told CBC on Thursday."). */
const LISTENER_TAIL = new Set([
  'on', 'in', 'at', 'during', 'this', 'last', 'late', 'early', 'earlier', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'before', 'after', 'by', 'from', 'via',
]);

/**
 * The answer for a cue verb the rules read as reporting no words ("praised the bylaw",
 * "announced the closings"): final, so the learned second opinion does not add it back.
 */
export const NOT_SPEECH: Draft[] = [];

/**
 * Verdicts on a thing ("praised the ruling", "condemned the attack"): none is among the GGT quote
 * verbs; with a plain object they report no words (a speech-only reading; PolNeAR counts them).
 */
const VERDICTS = new Set(['praise', 'applaud', 'blast', 'mock', 'defend', 'condemn', 'denounce', 'decry']);

/** Longest adverbial piece before a source ("In an essay in Time magazine in December"). */
const MAX_ADVERBIAL_PIECE = 12;
/** Participles that open a reporter's question before the answer's speaker ("Asked about …,"). */
const QUESTION_OPENERS = new Set(['asked', 'pressed', 'questioned']);
/** Words that close a time phrase ("Minutes later", "Two years ago"). */
const TIME_CLOSERS = new Set(['later', 'ago', 'earlier', 'before', 'after', 'afterward', 'afterwards']);

/**
 * Whether tokens [from, end] are an adverbial with no verb: opened by a preposition or a sentence
 * adverb ("In an essay in December", "Still"), or a time ("Less than 30 minutes later", "Just last week").
 */
function adverbialPiece(doc: Doc, from: number, end: number): boolean {
  // "Asked what he wanted, Adelson said, “…”", "When pressed, she said, “…”": the reporter's question.
  const w0 = doc.lower[from];
  if (QUESTION_OPENERS.has(w0) || (from < end && (w0 === 'when' || w0 === 'if') && QUESTION_OPENERS.has(doc.lower[from + 1]))) return true;
  if (end - from >= MAX_ADVERBIAL_PIECE) return false;
  for (let k = from; k <= end; k++) {
    const t = doc.toks[k].text;
    if (isFiniteVerb(doc, k) || CUE_VERBS.has(doc.lower[k]) || t === '“' || t === '"' || t === '‘') return false;
  }
  const first = doc.lower[from];
  const last = doc.lower[end];
  return (ADVERBIAL_PREPOSITIONS.has(first) && first !== 'to') || SENTENCE_ADVERBS.has(first) || TIME_CLOSERS.has(last) || TIME_WORDS.has(last);
}

/** Things one writes: as the object of "wrote" they are the act's, not the words'. */
const WRITTEN_THINGS = new Set([
  'letter', 'letters', 'book', 'books', 'column', 'columns', 'op-ed', 'essay', 'essays', 'piece', 'memo', 'memos', 'dissertation',
  'song', 'songs', 'note', 'notes', 'post', 'posts', 'email', 'emails', 'e-mail', 'message', 'messages', 'report', 'article', 'articles',
  'editorial', 'blog', 'bill', 'bills', 'law', 'laws', 'legislation', 'rule', 'rules', 'novel', 'novels', 'speech', 'script', 'check', 'cheque',
  'reports', 'paper', 'papers', 'poem', 'poems', 'story', 'stories', 'code', 'cheques', 'checks', 'tickets', 'policy', 'policies',
  'contract', 'contracts', 'homework', 'lyrics', 'scripts', 'speeches', 'editorials',
]);
const MAX_WRITTEN_OBJECT = 5;

/** Whether "that" follows within a few words of `j` (a time or a place before a reported clause). */
function thatSoon(doc: Doc, j: number, hi: number): boolean {
  for (let k = j + 1; k < hi && k <= j + 4; k++) if (doc.lower[k] === 'that') return true;
  return false;
}

/** Words before a figure that keep an object counted ("more than 240", "nearly 90"). */
const BEFORE_FIGURE = new Set(['more', 'fewer', 'less', 'than', 'over', 'about', 'nearly', 'almost', 'roughly', 'around']);

/**
 * Whether "wrote" at `t` takes a written thing as its object ("wrote the letter", "wrote a dozen new
 * songs"), or a counted one ("wrote more than 240 cheques": words reported are not counted out;
 * PolNeAR train has no cue of "wrote" before a figure).
 */
function writesAThing(doc: Doc, t: number, c: Clause, quotes: QuoteIndex): boolean {
  let j = t + 1;
  while (j < c.hi && j <= t + 3 && BEFORE_FIGURE.has(doc.lower[j])) j++;
  // ("wrote 10 days ago that …": a time before what was said.)
  if (j < c.hi && (/^\d/.test(doc.toks[j].text) || (j > t + 1 && NUMBER_WORDS.has(doc.lower[j]))) && !thatSoon(doc, j, c.hi)) return true;
  if (j >= c.hi || !(DETERMINERS.has(doc.lower[j]) || isPossessive(doc.toks[j].text) || NUMBER_WORDS.has(doc.lower[j]))) return false;
  for (let k = j + 1; k < c.hi && k <= j + MAX_WRITTEN_OBJECT; k++) {
    if (WRITTEN_THINGS.has(doc.lower[k])) return true;
    if (doc.lower[k] === 'that' || !isWord(doc.toks[k].text) || isOpenMarkToken(doc, k, quotes)) return false;
  }
  return false;
}

const POSTING = new Set(['post', 'posted', 'posts', 'posting', 'shared', 'shares', 'tweeted', 'uploaded', 'published']);
const PICTURES = new Set([
  'photo', 'photos', 'photograph', 'picture', 'pictures', 'image', 'images', 'video', 'videos', 'clip', 'clips', 'selfie',
  'screenshot', 'screenshots', 'map', 'chart', 'graphic', 'meme', 'gif', 'link', 'livestream',
]);

/**
 * What a firm, a team or a player "posts" that is a result, not words ("posted a third-quarter
 * net profit", "posted an overwhelming victory", "posted a 2.85 ERA").
 */
const RESULTS = new Set([
  'profit', 'profits', 'loss', 'losses', 'revenue', 'revenues', 'earnings', 'income', 'sales', 'gain', 'gains', 'growth',
  'decline', 'declines', 'drop', 'rise', 'increase', 'deficit', 'surplus', 'return', 'returns', 'margin', 'margins',
  'victory', 'victories', 'win', 'wins', 'record', 'era', 'average', 'score', 'scores', 'shutout', 'best', 'result', 'results',
  'streak', 'rebound', 'surge', 'slump', 'jump', 'emoji', 'emojis', 'hearts',
]);

/**
 * "posted a photo …", "shared two videos": the object is a picture or a clip; "posted a net
 * profit", "posted a 2.85 ERA": a result or a statistic (a figure in the object), not words.
 */
function postsAPicture(doc: Doc, t: number, c: Clause): boolean {
  // A result is the verb's object: "posted a …", "posted its …", "posted 3 …" (not "posted this year that …").
  const next = t + 1 < c.hi ? doc.toks[t + 1].text : '';
  const posting = doc.lower[t].startsWith('post') && (doc.lower[t + 1] === 'a' || doc.lower[t + 1] === 'an' || isPossessive(next) || OWNER_WORDS.has(doc.lower[t + 1]) || /^[\d$€£]/.test(next));
  for (let k = t + 1; k < c.hi && k <= t + 5; k++) {
    if (PICTURES.has(doc.lower[k])) return true;
    if (posting && (RESULTS.has(doc.lower[k]) || /^[\d$€£]/.test(doc.toks[k].text))) return true;
    if (SPEECH_NOUNS.has(doc.lower[k]) || !isWord(doc.toks[k].text) || doc.lower[k] === 'that') return false;
  }
  return false;
}

const OWNER_WORDS = new Set(['its', 'his', 'her', 'their']);

const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'several', 'many', 'dozens', 'hundreds']);

/** Verbs whose plain object is news of an act ("announced the closings"), whose clause is speech ("announced it would …"). */
const OBJECT_OR_CLAUSE = new Set(['announce']);
/** Words that show a clause (a subject and its verb) near the start of a content. */
const CLAUSE_VERBS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'plans', 'planned', 'intends', 'intended', 'expects', 'expected', 'did', 'does', "'ll", '’ll', "'s", '’s', "'d", '’d']);
const CLAUSE_REACH = 8;

/**
 * Whether the content starting at offset `start` after the cue at `t` is a clause: "that", a
 * colon or quotation before it, a subject pronoun first, or an auxiliary within a few words.
 */
function clauseAt(doc: Doc, t: number, start: number, c: Clause): boolean {
  let j = t + 1;
  while (j < c.hi && doc.toks[j].start < start) {
    if (doc.lower[j] === 'that' || doc.toks[j].text === ':') return true;
    j++;
  }
  if (j >= c.hi) return false;
  if (SUBJECT_PRONOUNS.has(doc.lower[j]) || doc.lower[j] === 'that') return true;
  for (let k = j + 1; k < c.hi && k <= j + CLAUSE_REACH; k++) {
    const w = doc.lower[k];
    if (CLAUSE_VERBS.has(w)) return true;
    if (!isWord(doc.toks[k].text) && !isPossessive(doc.toks[k].text)) return false;
  }
  return false;
}

const REMEMBERED = new Set(['him', 'her', 'them']);
/** How many capitalised words a person remembered "as" may have ("remembered Anselm Vogt as"). */
const MAX_REMEMBERED_NAME = 4;

/** "remembered him as …", "remembers Ann Cole as …": a person, then "as". */
function rememberedAs(doc: Doc, t: number, c: Clause): boolean {
  let k = t + 1;
  if (k < c.hi && REMEMBERED.has(doc.lower[k])) k++;
  else while (k < c.hi && k <= t + MAX_REMEMBERED_NAME && isCapitalised(doc.toks[k].text) && isWord(doc.toks[k].text)) k++;
  return k > t + 1 && k + 1 < c.hi && doc.lower[k] === 'as';
}

/** How many words a relative clause may hold before its quotation ("who calls himself"). */
const MAX_RELATIVE_LEAD = 8;

/**
 * The phrase a relative "who" stands for when quotation `q` ends the clause it opens after a
 * comma ("X, who calls himself “…,” told …"), else null.
 */
function antecedentBeforeQuotedAside(doc: Doc, q: Quote, c: Clause): Range | null {
  let k = c.lo;
  while (k < c.hi && doc.toks[k].start < q.open) k++;
  for (let i = k - 1; i > c.lo && i >= k - MAX_RELATIVE_LEAD; i--) {
    if (doc.lower[i] === 'who') {
      if (doc.toks[i - 1].text !== ',') return null;
      const named = nameBeforeDescribedWho(doc, i, c.lo);
      const ante = named ?? antecedentOfWho(doc, i, c.lo);
      return ante && !SUBJECT_PRONOUNS.has(doc.lower[ante.first]) ? ante : null;
    }
    if (!isWord(doc.toks[i].text)) return null;
  }
  return null;
}

/** Verbs that report speech only with "back" after them ("shot back that …"). */
const BACK_ONLY = new Set(['shoot', 'fire', 'hit']);

/** The attribution a cue verb at token `t` introduces, or null. */
export function frameForVerb(
  doc: Doc, t: number, entry: CueEntry, c: Clause, quotes: QuoteIndex, previous: Draft | null, learned = false,
): Draft | Draft[] | null {
  const anchor = doc.toks[t].start;
  if (entry.evidential) return evidential(doc, t, c, quotes);
  // "The agency quoted X as saying …": the one quoted speaks.
  const quoted = entry.participle ? quotedAsSaying(doc, t, c) : null;
  if (quoted) {
    const rc = rightContent(doc, t, entry, c, quotes);
    return rc ? draft(quoted.source, quoted.cue, rc.start, rc.end, rc.quote, anchor) : null;
  }
  if (!learned && (notACue(doc, t, entry, c) || describesNoun(doc, t, c))) return null;
  // "proposed a $4.1-billion budget", "Average asking prices rose": a document put forward, a
  // modifier of a noun; no words reported.
  if (!learned && (draftedObject(doc, t, entry, c) || modifierBeforeNoun(doc, t, entry, c, quotes))) return NOT_SPEECH;
  // "would not say whether …", "does not say how large …": what was not said.
  if (notSaidWhether(doc, t, c)) return learned ? null : NOT_SPEECH;
  // "shot back that …", "fired back", "hit back": a retort; "shot the man", "fired him" report nothing.
  if (BACK_ONLY.has(entry.lemma) && (t + 1 >= c.hi || doc.lower[t + 1] !== 'back')) return null;
  if (!learned && afterPreposition(doc, t, c)) return null;
  if (!learned && anonymityRequest(doc, t, entry, c)) return NOT_SPEECH;
  // "Drivers told to slow down …", "owners, urged to stay home, …": a passive instruction; the
  // subject is told, it tells nothing (the active verb has its listener first: "told drivers to …").
  if (entry.tell && t + 1 < c.hi && doc.lower[t + 1] === 'to' && t + 2 < c.hi && isWord(doc.toks[t + 2].text) && doc.lower[t + 2] !== 'the') return learned ? null : NOT_SPEECH;
  // "admitted 14 counts of fraud", "admits a charge of theft": a plea in court, not words reported.
  if (entry.lemma === 'admit' && chargeAfter(doc, t, c)) return learned ? null : NOT_SPEECH;
  // "Parents argued otherwise.": an adverb alone reports no words.
  if (t + 1 < c.hi && STANCE_ADVERBS.has(doc.lower[t + 1]) && (t + 2 >= c.hi || !isWord(doc.toks[t + 2].text))) return learned ? null : NOT_SPEECH;
  // "Haldane, asked whether Garrity had called him, said …": the one asked does not ask.
  if (entry.lemma === 'ask' && doc.lower[t] === 'asked') {
    const passive = askedAfterSubject(doc, t, c);
    if (passive !== undefined) return passive;
  }
  const cue: Range = { first: t, last: t };
  // A participle after a comma (", adding that …") has the clause's subject as its source.
  const afterComma = t > c.lo && doc.toks[skipLeftToSource(doc, t - 1, c.lo)]?.text === ',';
  let srcL = entry.participle && afterComma ? null : sourceLeftOf(doc, t, c.lo);
  // "the Halden Group, which said …": a relative "which" after a comma speaks, as "who" does (index.ts reads its antecedent).
  if (!srcL && !entry.participle) srcL = relativeWhich(doc, t, c.lo);
  // "X issued a statement saying …": X speaks, not the statement.
  const issuer = entry.participle && !afterComma && t > c.lo ? issuerOfMessage(doc, t, c.lo) : null;
  if (issuer) srcL = issuer;
  // "… incurred a wave of boos upon saying …": nor the object of another verb.
  else if (entry.participle && !afterComma && srcL) srcL = subjectOverObject(doc, srcL, c.lo) ?? srcL;
  // "…, faster than expected, said Ann Lee.": a name closing the sentence after the cue beats
  // a guess before a comma (not after "told", where the name is the listener).
  // (Not after a subject in apposition, "Jensen's campaign manager, Tom Brody, said the campaign
  // stood by …": a role and a name are who speaks, not what was said.)
  if (srcL && afterComma && INVERTING.has(entry.lemma) && !appositionFromStart(doc, srcL, c, t) && closingSource(doc, t, c)) srcL = null;
  // "a measure Republicans say will raise costs": the cue's subject follows the noun its clause describes.
  const contact = srcL !== null && !entry.participle && t + 1 < c.hi && CONTACT_FINITE.has(doc.lower[t + 1]);
  if (contact) srcL = contactSubject(doc, srcL!);
  let before = srcL ? srcL.first - 1 : skipLeftToSource(doc, t - 1, c.lo);

  // After "told" the name is the listener, not an inverted speaker.
  // Nor after a participle: ", alleging fraud." names no speaker after it.
  const inverted = srcL || entry.tell || entry.participle ? null : invertedSource(doc, t, c);
  const rightEmpty = inverted !== null || rightIsEmpty(doc, t, c, quotes) || (entry.tell && !entry.participle && listenerEndsClause(doc, t, c, quotes));

  // 1. Right after a quotation: “…,” Tokayev said / “…,” said Grushko.
  // A quotation ending in a full stop ends the splitter's sentence: “… missing.” Trump said.
  const floor = rightEmpty && c.lo > 0 && doc.toks[c.lo - 1].start >= c.paragraphStart ? c.lo - 1 : c.lo;
  let q = before >= floor ? quoteClosingAt(doc, before, floor, quotes) : undefined;
  // "Fisher Dave Corkum, who calls himself “the last man on the wharf,” told council …": a
  // quotation closing a relative clause is the aside's; the phrase "who" stands for speaks, and
  // the content follows the cue.
  if (q && !srcL && !rightEmpty) {
    const ante = antecedentBeforeQuotedAside(doc, q, c);
    if (ante) {
      srcL = ante;
      before = ante.first - 1;
      q = undefined;
    }
  }
  // A participle's speaker is never after it ("“…,” saying Ontario has …": Ontario is the content's).
  const after = srcL || entry.participle ? null : sourceRightOf(doc, t, c.hi);
  // A quoted title before the source ("On CBS's “Face the Nation,” Lee said that …") is not
  // the content when a clause follows the cue.
  const titleQuote = q && srcL && !rightEmpty && isTitleCase(doc, q) && rightContent(doc, t, entry, c, quotes);
  if (q && !titleQuote && (rightEmpty || srcL || after || !rightContent(doc, t, entry, c, quotes))) {
    const source = srcL ?? inverted ?? after;
    // A quotation opened mid-sentence is a partial quote: the content starts with the sentence.
    let openTok = sentenceStartBefore(doc, before, q.start);
    if (openTok >= c.lo && c.from > openTok) openTok = Math.min(contentStartFrom(doc, c, before), before);
    if (doc.toks[openTok].start < q.open && doc.toks[openTok].start >= c.paragraphStart && !opensSentence(doc.text, q) && !introducedByMark(doc, openTok, q)) {
      let hasWords = false;
      for (let i = openTok; i < doc.toks.length && doc.toks[i].start < q.open && !hasWords; i++) hasWords = isWord(doc.toks[i].text);
      if (hasWords) return draft(source, cue, doc.toks[openTok].start, q.close, null, anchor);
    }
    return draft(source, cue, q.start, q.end, q, anchor);
  }

  // Naming verbs take only a quotation as content: called it “a disgrace”.
  if (entry.quoteOnly) {
    // ", calling him “a total stiff”", ", chanting “…”": a participle after a comma names through the clause's subject.
    const namer = srcL ?? (entry.participle && afterComma ? participleSubject(doc, c, t, previous) : null);
    // "remembered him as a patient coach": a tribute; the description after "as" is what was said.
    if (entry.lemma === 'remember' && rememberedAs(doc, t, c)) return frameForVerb(doc, t, { ...entry, quoteOnly: false, as: true }, c, quotes, previous, learned);
    // "calls herself “The Lioness”": a name one goes by, not speech.
    if (t + 1 < c.hi && REFLEXIVES.has(doc.lower[t + 1])) return null;
    // "a program called Sandy Hook Promise", "a website called “…”": after an indefinite noun that
    // is no person, "called" gives a name.
    if (entry.lemma === 'call' && srcL && (doc.lower[srcL.first] === 'a' || doc.lower[srcL.first] === 'an') && !TITLES.has(doc.lower[srcL.last])) return null;
    // "Lindgren, who calls the rink “…”", "what he calls the “rigged” process": a habitual name, not words reported.
    if (doc.lower[t] === 'calls' && t > c.lo && (doc.lower[t - 1] === 'who' || (t - 1 > c.lo && doc.lower[t - 2] === 'what' && SUBJECT_PRONOUNS.has(doc.lower[t - 1])))) return null;
    // "called for a special prosecutor", "called on Congress to act": a demand (before any
    // quotation in it: "called for taxing so-called “pass through” income").
    if (entry.lemma === 'call' && t + 2 < c.hi && (doc.lower[t + 1] === 'for' || doc.lower[t + 1] === 'on')) {
      const endTok = contentEndToken(doc, t + 2, c, quotes);
      if (endTok >= t + 2) {
        return draft(namer ?? (previous && previous.cue && doc.toks[previous.cue.first].sentence === doc.toks[t].sentence ? previous.source : subjectOf(doc, c, t)),
          { first: t, last: t + 1 }, doc.toks[t + 2].start, doc.toks[endTok].end, null, anchor);
      }
    }
    for (let k = t + 1; k < c.hi && k <= t + 7; k++) {
      const oq = isOpenMarkToken(doc, k, quotes);
      if (oq && k === t + 1) return draft(namer, cue, oq.start, oq.end, oq, anchor);
      // "called him “a con artist”": the object and the quotation make a partial quote.
      if (oq) return draft(namer, cue, doc.toks[t + 1].start, namedThrough(doc, k, oq, c, quotes), null, anchor);
      if (!isWord(doc.toks[k].text) && !isPossessive(doc.toks[k].text)) break;
    }
    // "They called him a political opportunist": an object and what it was called.
    const o = t + 1 < c.hi ? doc.lower[t + 1] : '';
    // "called them early", "called it off", "called him back": a particle or an adverb after the
    // object is no name given to it.
    if (entry.lemma === 'call' && t + 2 < c.hi && CALLED_OBJECTS.has(o) && notCalledName(doc, t + 2)) return null;
    if (entry.lemma === 'call' && namer && o && (CALLED_OBJECTS.has(o) || (isCapitalised(doc.toks[t + 1].text) && !quotes.byOpen.get(doc.toks[t + 1].start)))) {
      const endTok = contentEndToken(doc, t + 1, c, quotes, false, false, false, t);
      if (endTok >= t + 2) return draft(namer, cue, doc.toks[t + 1].start, doc.toks[endTok].end, null, anchor);
    }
    return null;
  }

  // "cited reports that …", "agreed that …", "criticized it as “reckless”": a stance is reported
  // speech only with a clause or a quotation; "endorsed Cruz" reports no words.
  if (entry.clauseObject) {
    let j = t + 1;
    if (j < c.hi && (doc.lower[j] === 'with' || doc.lower[j] === 'that' || doc.lower[j] === 'to' || doc.lower[j] === 'out' || (doc.lower[j] === 'back' && BACK_ONLY.has(entry.lemma)))) j++;
    if (j >= c.hi || (!isWord(doc.toks[j].text) && !isOpenMarkToken(doc, j, quotes))) return null;
    const endTok = contentEndToken(doc, j, c, quotes, false, true, false, t);
    // "conceded shortly before midnight": a time is no object of speech.
    if (endTok < j || onlyTime(doc, j, endTok)) return null;
    // Speech-only reading: "praised the bylaw" is a verdict on a thing, not words reported;
    // "praised it as “overdue”" keeps its quotation. Acts with a proposition in their object
    // ("criticized the plan", "cited the audit") stay, as PolNeAR counts them. (The learned
    // second opinion reads its own cues' objects through this branch: not vetoed.)
    if (!clauseOrQuote(doc, t, j, endTok, quotes)) {
      if (!entry.act) return null;
      if (!learned && VERDICTS.has(entry.lemma)) return NOT_SPEECH;
    } else if (!learned && VERDICTS.has(entry.lemma) && quotesOwnedInside(doc, t, j, endTok, quotes)) {
      // "denounced what she described as « electoral » manoeuvres": the quotation is the inner
      // cue's; the verdict itself reports no words.
      return NOT_SPEECH;
    }
    let source = srcL;
    // ("… said the plan was dead but rejected calls for …": the speaker's second verb, as after "and".)
    if (!source && (entry.participle || (before >= c.lo && (doc.toks[before].text === ',' || doc.lower[before] === 'and' || doc.lower[before] === 'but')))) {
      const later = entry.participle ? coordinatedSubject(doc, Math.max(c.lo, previous && previous.cue ? previous.cue.last : c.lo), t) : null;
      source = later ?? (previous && previous.cue && doc.toks[previous.cue.first].sentence === doc.toks[t].sentence ? previous.source : subjectOf(doc, c, t));
      if (source && entry.participle) source = speakerForMuteSubject(doc, source, t) ?? source;
    }
    // A quotation opened inside the content ends with its closing mark.
    let end = doc.toks[endTok].end;
    for (const oq of quotesIn(quotes, doc.toks[j].start, end)) if (oq.close > end) end = oq.close;
    return draft(source, cue, doc.toks[j].start, end, null, anchor);
  }

  // 2. Content first: "…, his administration said." / "…, said the ministry."
  //    A parenthetical cue ("In the end, he said, voters …") reports what follows it.
  if (rightEmpty) {
    let commaTok = -1;
    const source = srcL ?? inverted;
    if (source && before >= c.lo && CLAUSE_PUNCT.has(doc.toks[before].text)) commaTok = before;
    const rest = source ? contentAfterParenthetical(doc, t, source, c, quotes) : null;
    // The content before the cue starts with the sentence, or after the previous cue in it.
    const from = contentStartFrom(doc, c, commaTok);
    const prefixWords = commaTok > from ? countWords(doc, from, commaTok, 4) : 0;
    if (rest) {
      const out: Draft[] = [draft(source, cue, rest.start, rest.end, rest.quote, anchor)];
      if (prefixWords >= 1) out.unshift(draft(source, cue, doc.toks[from].start, doc.toks[lastContentToken(doc, from, commaTok)].end, null, anchor));
      return out;
    }
    if (commaTok > from) {
      const endTok = lastContentToken(doc, from, commaTok);
      if (endTok >= from) {
        let end = doc.toks[endTok].end;
        const closing = quotes.byClose.get(doc.toks[commaTok - 1]?.end ?? -1);
        if (closing) end = closing.close;
        const start = doc.toks[from].start;
        const whole = quotes.byOpen.get(start);
        if (whole && whole.close >= end) return draft(source, cue, whole.start, whole.end, whole, anchor);
        return draft(source, cue, start, end, null, anchor);
      }
    }
    return null;
  }

  // "wrote the letter to …", "wrote a dozen new songs": writing a thing, not words reported
  // ("wrote that …", "wrote in a letter that …", "wrote an op-ed urging …" keep theirs).
  if (!learned && entry.lemma === 'write' && writesAThing(doc, t, c, quotes)) return NOT_SPEECH;
  // "posted a photo of an empty bus stop": a picture shared, not words (the learned cue model's too).
  if (POSTING.has(doc.lower[t]) && postsAPicture(doc, t, c)) return NOT_SPEECH;

  // 3. Source first, content after the cue.
  // ("a decision the chair said was made …": a contact clause is a relative clause without its "which".)
  const relative = srcL !== null && srcL.first > c.lo && (RELATIVES.has(doc.lower[srcL.first - 1]) || (contact && srcL.first - 2 >= c.lo && isWord(doc.toks[srcL.first - 1].text)));
  // "A Harbour Institute poll out this week shows …": the document heads the clause's opening phrase.
  // A document source read in full keeps its reading; one that stopped inside the opening takes the
  // opening ("Documents tabled Monday show …": the reading back stopped at the time).
  const readIsDocument = srcL !== null && isDocumentNoun(doc.lower[headOf(doc, srcL)]);
  let opening = entry.doc && (!readIsDocument || srcL!.first === c.lo) ? documentOpening(doc, c, t) : null;
  if (opening && readIsDocument && !(opening.first === srcL!.first && opening.last > srcL!.last)) opening = null;
  if (opening) srcL = opening;
  const documentSource = srcL !== null && (opening !== null || isDocumentNoun(doc.lower[headOf(doc, srcL)]) || itAfterDocument(doc, srcL, c));
  const fronted = isFronted(doc, c, srcL ? srcL.first : t);
  // "will announce the results": speech still to come reports something only with a clause.
  const modal = t > c.lo && MODALS.has(doc.lower[skipLeftToSource(doc, t - 1, c.lo) + 1] ?? '') ? { ...entry, needsClause: true } : entry;
  // "Moreau, who says …, wrote": the cue sits in a relative clause set off by commas.
  const whoAside = srcL !== null && (doc.lower[srcL.first] === 'who' || doc.lower[srcL.first] === 'which') && srcL.first > c.lo && doc.toks[srcL.first - 1].text === ',';
  const rc = rightContent(doc, t, modal, c, quotes, relative, documentSource, fronted, whoAside);
  if (!rc) return null;
  if (!learned && OBJECT_OR_CLAUSE.has(entry.lemma) && !rc.quote && !clauseAt(doc, t, rc.start, c)) return NOT_SPEECH;
  // "The judge found the lawyer had …" is a finding; "It found the bone had been buried" (a dog) is not:
  // without "that", only a document or a body that judges finds.
  if (entry.lemma === 'find' && !documentSource && !rc.quote && !(srcL && finderIn(doc, srcL)) && !thatBefore(doc, t, rc.start)) return null;
  let source = srcL;
  const linked = before >= c.lo && (doc.toks[before].text === ',' || doc.lower[before] === 'and' || doc.lower[before] === 'but');
  // "…, but Vasko disagreed, saying …": a later clause's subject speaks.
  if (!source && entry.participle) source = coordinatedSubject(doc, previous && previous.cue && doc.toks[previous.cue.first].sentence === doc.toks[t].sentence ? previous.cue.last : c.lo, t);
  if (!source && (entry.participle || linked)) {
    if (previous && previous.cue && doc.toks[previous.cue.first].sentence === doc.toks[t].sentence) {
      return { ...draft(previous.source, cue, rc.start, rc.end, rc.quote, anchor), sourceSpan: previous.sourceSpan };
    }
    source = subjectOf(doc, c, t);
    if (source && entry.participle) source = speakerForMuteSubject(doc, source, t) ?? source;
  }
  if (!source && !entry.participle && before >= c.lo) {
    // A bare noun phrase directly before the cue ("Officials say …").
    source = phraseEndingAt(doc, before, c.lo);
  }
  // "The province would not step in, he said, “at this stage.”": a cue set off by commas
  // inside the sentence reports the words before it as well as the quotation after it.
  if (rc.quote && srcL && before >= c.lo && doc.toks[before].text === ',' && t + 1 < c.hi && doc.toks[t + 1].text === ',') {
    const from = contentStartFrom(doc, c, before);
    if (from < before && countWords(doc, from, before, 2) >= 2) {
      const endTok = lastContentToken(doc, from, before);
      // ("Less than 30 minutes later, Trump wrote, “…”", "In an essay in December, he wrote, “…”": a time
      // or an adverbial before the speaker is the narrator's.)
      if (endTok >= from && !adverbialPiece(doc, from, endTok)) return [draft(source, cue, doc.toks[from].start, doc.toks[endTok].end, null, anchor), draft(source, cue, rc.start, rc.end, rc.quote, anchor)];
    }
  }
  return draft(source, cue, rc.start, rc.end, rc.quote, anchor);
}

/**
 * End of "called him “a con artist” who …", "called him a “liar,” a “bully” and …": the name given
 * goes on over a relative clause or a list of further names (PolNeAR marks the whole).
 */
function namedThrough(doc: Doc, open: number, oq: Quote, c: Clause, quotes: QuoteIndex): number {
  let k = open;
  while (k < c.hi && doc.toks[k].end < oq.close) k++;
  if (k + 1 >= c.hi || FINAL_PUNCT.has(doc.toks[k + 1].text)) return oq.close;
  // (Tight: "… in a post on X", "… on Tuesday" is where and when, not more of the name.)
  const endTok = contentEndToken(doc, open, c, quotes, false, true);
  if (endTok <= k) return oq.close;
  let end = doc.toks[endTok].end;
  // Only a list of names or a relative clause about the one named goes on ("a “bully” and a
  // “narcissist”", "a “liar” who is …"); "“a mess” in a post on X" ends with the quotation.
  const more = quotesIn(quotes, oq.close, end);
  if (!more.length && !RELATIVES.has(doc.lower[k + 1])) return oq.close;
  for (const q of more) if (q.close > end) end = q.close;
  return end;
}

/**
 * "The plan seemed to falter" / "Trump is expected to speak": PolNeAR counts evidentials as
 * attributions without a source, split in two: the subject and the "to" clause.
 */
function evidential(doc: Doc, t: number, c: Clause, quotes: QuoteIndex): Draft[] | null {
  if (t + 1 >= c.hi || doc.lower[t + 1] !== 'to') return null;
  const first = t > c.lo && BE_FORMS.has(doc.lower[t - 1]) ? t - 1 : t;
  const cue: Range = { first, last: t };
  const anchor = doc.toks[t].start;
  const endTok = contentEndToken(doc, t + 1, c, quotes);
  if (endTok <= t + 1) return null;
  const out: Draft[] = [draft(null, cue, doc.toks[t + 1].start, doc.toks[endTok].end, null, anchor)];
  const subj = phraseEndingAt(doc, skipLeftToSource(doc, first - 1, c.lo), c.lo);
  if (subj) out.unshift(draft(null, cue, doc.toks[subj.first].start, doc.toks[subj.last].end, null, anchor));
  return out;
}

const LEADING_LINKS = new Set(['and', 'but', 'or', 'while', 'whereas']);
/** How far into the sentence before "It found" its document subject's head may be ("A coroner's report"). */
const DOCUMENT_HEAD_REACH = 4;

/**
 * "A coroner's report … blamed worn brakes. It found the company had skipped …": "It" after a
 * sentence of the same paragraph opening with a document speaks as the document does.
 */
function itAfterDocument(doc: Doc, src: Range, c: Clause): boolean {
  if (src.first !== src.last || doc.lower[src.first] !== 'it') return false;
  const s = doc.toks[c.lo].sentence;
  if (s < 1) return false;
  const lo = doc.sentenceStart[s - 1];
  if (doc.toks[lo].start < c.paragraphStart || !DETERMINERS.has(doc.lower[lo])) return false;
  for (let i = lo + 1; i < c.lo && i <= lo + DOCUMENT_HEAD_REACH; i++) {
    if (isDocumentNoun(doc.lower[i])) return true;
    if (doc.lower[i] === 'of' || doc.lower[i] === 'by' || doc.lower[i] === 'from') return false;
  }
  return false;
}



/**
 * First token of a content that ends before token `to` and is read leftwards: the clause's
 * floor (sentence start or past the previous cue), past punctuation and a linking word, and
 * never more than MAX_CONTENT_TOKENS before `to`.
 */
export function contentStartFrom(doc: Doc, c: Clause, to: number): number {
  let i = Math.max(c.from, to - MAX_CONTENT_TOKENS, c.lo);
  if (i === c.lo) return i;
  while (i < to && (!isWord(doc.toks[i].text) || LEADING_LINKS.has(doc.lower[i])) && !quotesOpenAt(doc, i)) i++;
  return Math.min(i, to);
}

function quotesOpenAt(doc: Doc, i: number): boolean {
  const ch = doc.text[doc.toks[i].start];
  return ch === '“' || ch === '"' || ch === '‘' || ch === '«';
}

/** "(When) asked whether …, X said …": the question is attributed, its asker unnamed. */
export function frameForAsked(doc: Doc, t: number, c: Clause): Draft | null {
  const prev = t > c.lo ? doc.lower[t - 1] : '';
  if (!(t === c.lo || ((prev === 'when' || prev === 'if' || prev === 'once') && t - 1 <= c.lo + 1))) return null;
  let j = t + 1;
  let source: Range | null = null;
  if (doc.lower[j] === 'by') {
    source = sourceRightOf(doc, j, c.hi);
    if (!source) return null;
    j = source.last + 1;
  } else if (ADVERBIAL_PREPOSITIONS.has(doc.lower[j]) && doc.lower[j] !== 'to') {
    let k = j + 1;
    while (k < c.hi && k < j + 6 && isWord(doc.toks[k].text) && !QUESTION_WORDS.has(doc.lower[k])) k++;
    if (!QUESTION_WORDS.has(doc.lower[k])) return null;
    j = k;
  }
  if (doc.lower[j] === 'about') j++;
  let comma = j;
  while (comma < c.hi && doc.toks[comma].text !== ',') comma++;
  if (comma >= c.hi || comma <= j) return null;
  const cue: Range = { first: t, last: t };
  return draft(source, cue, doc.toks[j].start, doc.toks[lastContentToken(doc, j, comma)].end, null, doc.toks[t].start);
}

/**
 * "X, asked about the vote, said …": "asked" right after the subject's comma (no other comma
 * before it in the clause, so no apposition "X, the mayor, asked …") and before a question is
 * passive: a reporter's question, not X's words (PolNeAR marks 2 of 5 such in train's four
 * fifths, with no source; a speech-only reading none), so no attribution; undefined when this is
 * no such "asked".
 */
function askedAfterSubject(doc: Doc, t: number, c: Clause): typeof NOT_SPEECH | undefined {
  if (t - 2 < c.lo || doc.toks[t - 1].text !== ',' || t + 1 >= c.hi || !QUESTION_WORDS.has(doc.lower[t + 1])) return undefined;
  for (let i = c.lo; i < t - 1; i++) if (doc.toks[i].text === ',') return undefined;
  return NOT_SPEECH;
}

const QUESTION_WORDS = new Set(['if', 'whether', 'what', 'who', 'why', 'how', 'when', 'where', 'which', 'about', 'to']);

/** Two-word connectives that open a sentence and report nothing ("In addition, according to …"). */
/** Words that open a comment on the sentence after "according to X," rather than its own clause. */
const NOT_A_CLAUSE = new Set([
  'which', 'who', 'whose', 'where', 'when', 'while', 'whereas', 'and', 'but', 'as', 'although', 'though', 'because', 'up', 'down',
  'compared', 'or', 'including', 'a', 'an',
]);
/** Articles that open a description of the source after "according to X," ("a pollster who …"; "the" also opens clauses: "the rise …"). */
const DESCRIPTION_OPENERS = new Set(['a', 'an']);
/** Words before the verb that show it belongs to a relative clause ("a pollster who conducted …"). */
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whose', 'whom']);
/** How far after the comma the clause's verb may come ("the landlord made", "the rise in costs will"). */
const CLAUSE_VERB_REACH = 6;

/** Whether a clause of its own opens at `k`: no relative or link first, a finite verb within a few words. */
function clauseFollowsAside(doc: Doc, k: number, hi: number): boolean {
  if (k >= hi || NOT_A_CLAUSE.has(doc.lower[k])) return false;
  for (let v = k; v < hi && v < k + CLAUSE_VERB_REACH; v++) {
    if (isFiniteVerb(doc, v)) return true;
    if (RELATIVE_WORDS.has(doc.lower[v]) || (!isWord(doc.toks[v].text) && !isPossessive(doc.toks[v].text) && doc.toks[v].text !== '-')) return false;
  }
  return false;
}

export const CONNECTIVES = new Set(['in addition', 'for example', 'for instance', 'in fact', 'by contrast', 'in contrast', 'of course', 'in particular', 'in turn', 'as well', 'at least', 'in short']);

/** "According to X, …" / "…, according to X." */
export function frameForAccordingTo(doc: Doc, t: number, c: Clause, quotes: QuoteIndex): Draft | Draft[] | null {
  const cue: Range = { first: t, last: t + 1 };
  const source = sourceRightOf(doc, t + 1, c.hi);
  if (!source) return null;
  const anchor = doc.toks[t].start;
  // Content follows "According to X," when little of the sentence comes before it.
  const from = contentStartFrom(doc, { ...c, from: c.nestFrom }, t);
  const wordsBefore = countWords(doc, from, t, 6);
  let comma = source.last + 1;
  while (comma < c.hi && comma < source.last + 25 && doc.toks[comma].text !== ',') comma++;
  const wordsAfter = countWords(doc, comma + 1, c.hi, 7);
  const hasComma = comma < c.hi && doc.toks[comma].text === ',';
  // "Among the reasons for the delay, according to X, was a shortage …", "But the next day, according
  // to Y, the landlord made new demands": set off by commas before a clause of its own (its verb
  // soon after the comma), the cue reports what follows it whatever the length of what precedes.
  const setOff = t - 1 > from && CLAUSE_PUNCT.has(doc.toks[t - 1].text);
  const clauseAfter = hasComma && wordsAfter >= 3 && setOff && clauseFollowsAside(doc, comma + 1, c.hi);
  // ("Support fell, according to Ann Poole, a pollster who ran the survey": a description of the
  // source after its comma, not a clause.)
  const described = comma + 1 < c.hi && DESCRIPTION_OPENERS.has(doc.lower[comma + 1]) && !clauseAfter;
  if (hasComma && wordsAfter >= 3 && (wordsBefore === 0 || clauseAfter || (wordsBefore < 6 && wordsAfter > wordsBefore && !described))) {
    const j = comma;
    // The rest of the sentence, nested attributions and all ("According to the report, X said …").
    const endTok = lastContentToken(doc, j + 1, Math.min(c.hi, j + 1 + MAX_CONTENT_TOKENS));
    if (endTok <= j) return null;
    const start = doc.toks[j + 1].start;
    const q = quotes.byOpen.get(start);
    const rest = q && q.close >= doc.toks[endTok].end ? draft(source, cue, q.start, q.end, q, anchor) : draft(source, cue, start, doc.toks[endTok].end, null, anchor);
    // "Over the long term, according to the budget office, the rise …": set off by commas, the cue
    // reports the words before it too (PolNeAR marks both), if they are more than a connective
    // ("In addition, according to …").
    // ("Donations, according to the campaign, have doubled": a lone subject too, not a lone "Now,".)
    const lone = wordsBefore === 1 && clauseAfter && !SENTENCE_ADVERBS.has(doc.lower[from]) && !TIME_WORDS.has(doc.lower[from]);
    if ((wordsBefore >= 2 || lone) && setOff && !(wordsBefore === 2 && CONNECTIVES.has(`${doc.lower[from]} ${doc.lower[from + 1]}`))) {
      const preEnd = lastContentToken(doc, from, t - 1);
      if (preEnd >= from) return [draft(source, cue, doc.toks[from].start, doc.toks[preEnd].end, null, anchor), rest];
    }
    return rest;
  }
  const endTok = lastContentToken(doc, from, t);
  if (endTok < from) return null;
  // Content before "according to" in this sentence, from its start (or the previous cue), or from
  // the nearest colon or open bracket before the cue (what the source is cited for).
  const start = sourcedPartStart(doc, from, t, quotes);
  return draft(source, cue, doc.toks[start].start, doc.toks[endTok].end, null, anchor);
}

/**
 * Where the words "according to" is cited for start, from `from` up to the cue at `t`: after the
 * last colon ("… to financial firms: London was the capital in 2015, according to one index") or
 * an opening bracket still open ("(the actual number is closer to 15 per cent, according to X)"),
 * when at least two words follow it; else `from`. A colon inside a quotation (a title) or after a
 * verb of speech ("said: …", whose words are all the cited part) is none.
 */
function sourcedPartStart(doc: Doc, from: number, t: number, quotes: QuoteIndex): number {
  let closed = false;
  for (let k = t - 1; k > from; k--) {
    const tok = doc.toks[k].text;
    if (tok === ')') closed = true;
    const colon = tok === ':' && !CUE_VERBS.has(doc.lower[k - 1]) && !quotesIn(quotes, doc.toks[from].start, doc.toks[t].start).some((q) => q.start < doc.toks[k].start && doc.toks[k].start < q.end);
    if (!(colon || (tok === '(' && !closed))) continue;
    return countWords(doc, k + 1, t, 2) >= 2 ? k + 1 : from;
  }
  return from;
}


/**
 * Cue verbs whose object without a clause or quotation is no speech ("conceded defeat", "conceded
 * two goals", "declared a state of emergency").
 */
const CLAUSE_ONLY = new Set(['concede', 'declare']);

/** The entry of a cue word the lexicon lacks: a speech act whose content follows it. */
function genericEntry(w: string): CueEntry {
  return {
    lemma: w, tell: false, needsClause: false, belief: false, doc: false, as: false, quoteOnly: false, clauseObject: false,
    act: false, toClause: false, evidential: false, participle: w.endsWith('ing'), pastParticiple: w.endsWith('ed'), bareClause: false,
  };
}

/**
 * The attribution of a word the cue model takes for a cue where the rules found none: the
 * lexicon's frame without its sense checks, else the rest of the clause after the word.
 */
export function frameForLearned(doc: Doc, t: number, c: Clause, quotes: QuoteIndex, previous: Draft | null): Draft | Draft[] | null {
  const w = doc.lower[t];
  // "the deals announced in Tokyo were …": a participle describing the noun before it.
  if (describesNoun(doc, t, c)) return null;
  const base = CUE_VERBS.get(w) ?? genericEntry(w);
  // "conceded defeat", "has not conceded a goal": a verb whose plain object is a thing reports speech only with a clause.
  const clauseOnly = CLAUSE_ONLY.has(base.lemma);
  const plain: CueEntry = { ...base, needsClause: clauseOnly, quoteOnly: false, toClause: false, evidential: false, clauseObject: false, act: false };
  const d = frameForVerb(doc, t, plain, c, quotes, previous, true) ?? (clauseOnly ? null : frameForVerb(doc, t, { ...plain, clauseObject: true, act: true }, c, quotes, previous, true));
  // Speech has a speaker: a cue the rules did not take is kept only with a source.
  // ("rules the province announced this week": a time alone is no content.)
  const list = (Array.isArray(d) ? d : d ? [d] : []).filter((one) => (one.source !== null || one.sourceSpan !== null) && !timeOnlyContent(doc, t, one, c));
  for (const one of list) one.learned = true;
  if (list.length) return list;
  if (d || clauseOnly) return null;
  // No frame: the source left of the cue, the content left to the content model.
  if (t + 1 >= c.hi) return null;
  const afterComma = t > c.lo && doc.toks[skipLeftToSource(doc, t - 1, c.lo)]?.text === ',';
  const source = afterComma && base.participle ? subjectOf(doc, c, t) : sourceLeftOf(doc, t, c.lo);
  if (!source) return null;
  const at = doc.toks[t + 1].start;
  return { ...draft(source, { first: t, last: t }, at, at, null, doc.toks[t].start), learned: true };
}

/** Finite verbs that can follow a noun phrase described by a participle ("the deals announced in Tokyo were …"). */
const PHRASE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'remain', 'remains', 'remained']);
const HAVE_FORMS = new Set(['has', 'have', 'had']);
/** How many words an adverbial after such a participle may hold ("in Seoul last week"). */
const DESCRIBED_REACH = 6;

/**
 * "the deals announced in Tokyo were letters of intent", "the figures reported were wrong": an
 * "-ed" form after a lower-case noun, then at most a short adverbial and a finite verb, describes
 * the noun (a reduced relative clause); it reports nothing.
 */
function describesNoun(doc: Doc, t: number, c: Clause): boolean {
  if (t <= c.lo || !doc.lower[t].endsWith('ed')) return false;
  const prev = doc.toks[t - 1].text;
  if (!isWord(prev) || isCapitalised(prev) || SUBJECT_PRONOUNS.has(doc.lower[t - 1]) || DETERMINERS.has(doc.lower[t - 1]) ||
    isLyAdverb(prev) || BE_FORMS.has(doc.lower[t - 1]) || PHRASE_VERBS.has(doc.lower[t - 1]) || SENTENCE_ADVERBS.has(doc.lower[t - 1])) return false;
  // The noun has its determiner ("the deals", "the new rules"): "Multiple outlets reported …" is a subject.
  if (!(t - 2 >= c.lo && DETERMINERS.has(doc.lower[t - 2])) && !(t - 3 >= c.lo && DETERMINERS.has(doc.lower[t - 3]) && isWord(doc.toks[t - 2].text))) return false;
  let k = t + 1;
  // An adverbial first: without one, "a measure officials claimed would raise costs" is a contact clause.
  if (k >= c.hi || !ADVERBIAL_PREPOSITIONS.has(doc.lower[k]) || doc.lower[k] === 'to') return false;
  k++;
  // (A determiner after the adverbial's first word opens a clause's subject: "reported on Wednesday the Secret Service had".)
  while (k < c.hi && k <= t + DESCRIBED_REACH && isWord(doc.toks[k].text) && !PHRASE_VERBS.has(doc.lower[k]) && doc.lower[k] !== 'that') {
    if (k > t + 2 && DETERMINERS.has(doc.lower[k])) return false;
    // "A video posted on TikTok claims that …": the clause's own verb of speech after the adverbial.
    if (k > t + 2 && finiteCueForm(doc, k)) return true;
    k++;
  }
  return k < c.hi && (BE_FORMS.has(doc.lower[k]) || HAVE_FORMS.has(doc.lower[k]));
}

/** A lower-case cue verb in "-s" or "said" ("claims", "says", "shows"), not a plural noun after a determiner. */
function finiteCueForm(doc: Doc, k: number): boolean {
  const w = doc.lower[k];
  if (!(w === 'said' || (w.endsWith('s') && !w.endsWith('ss'))) || isCapitalised(doc.toks[k].text)) return false;
  const e = CUE_VERBS.get(w);
  return e !== undefined && e.lemma !== w && !e.participle && !DETERMINERS.has(doc.lower[k - 1]);
}

/** Whether a draft's content right of the cue at `t` is a time alone ("announced this week"). */
export function timeOnlyContent(doc: Doc, t: number, d: Draft, c: Clause): boolean {
  if (d.quote || d.contentStart < doc.toks[t].end) return false;
  let s = t + 1;
  while (s < c.hi && doc.toks[s].start < d.contentStart) s++;
  // (onlyTime takes at most seven tokens: a longer content is no time alone, and is not walked.)
  let e = s;
  while (e + 1 < c.hi && doc.toks[e + 1].end <= d.contentEnd) if (++e - s > 6) return false;
  return s < c.hi && doc.toks[e].end <= d.contentEnd && onlyTime(doc, s, e);
}

const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);
/** Words that open an indirect question: what was asked or left unsaid, not words reported. */
const WH_WORDS = new Set(['whether', 'if', 'how', 'what', 'when', 'where', 'who', 'why', 'which']);

/**
 * "would not say whether she had been briefed", "did not tell reporters when …", "does not say how
 * large the grant will be": a negated cue before an indirect question reports no words.
 */
function notSaidWhether(doc: Doc, t: number, c: Clause): boolean {
  if (t <= c.lo) return false;
  const prev = doc.lower[t - 1];
  const negated = NEGATIONS.has(prev) || prev.endsWith("n't") || prev.endsWith('n’t');
  if (!negated) return false;
  // Past one listener word ("tell reporters", "tell him").
  for (let k = t + 1; k < c.hi && k <= t + 2; k++) {
    if (WH_WORDS.has(doc.lower[k])) return true;
    if (!isWord(doc.toks[k].text)) return false;
  }
  return false;
}

/** Who finds with authority: a finding without "that" ("The judge found the lawyer had …") is theirs. */
const FINDERS = new Set([
  'judge', 'justice', 'court', 'jury', 'panel', 'tribunal', 'inquiry', 'inquest', 'coroner', 'investigators', 'researchers', 'scientists',
  'auditor', 'auditors', 'arbitrator', 'commission', 'committee', 'regulator', 'watchdog', 'ombudsman', 'board', 'review', 'probe', 'investigation',
]);

/** Whether the source names a body that judges ("an arbitration panel in 2001", "the judge"). */
function finderIn(doc: Doc, r: Range): boolean {
  for (let i = r.first; i <= r.last; i++) if (FINDERS.has(doc.lower[i])) return true;
  return false;
}

/** Whether "that" stands between the cue at `t` and the content starting at `start`. */
function thatBefore(doc: Doc, t: number, start: number): boolean {
  for (let k = t + 1; k < doc.toks.length && doc.toks[k].start < start; k++) if (doc.lower[k] === 'that') return true;
  return false;
}
