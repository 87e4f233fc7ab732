// Source phrases next to a cue, found by walking tokens (no parser): capitalised names,
// determiners, titles and possessives make a phrase; clause words and punctuation end it.
import type { Token } from '../types';
import { CUE_VERBS } from './lexicon';
import {
  BETWEEN_SOURCE_AND_CUE, DETERMINERS, PHRASE_STOPS, SENTENCE_ADVERBS, SUBJECT_PRONOUNS, TIME_WORDS,
  isCapitalised, isDocumentNoun, isLyAdverb, isPossessive, isWord,
} from './words';

export interface Doc {
  text: string;
  toks: Token[];
  /** Lower-case token texts, computed once. */
  lower: string[];
  /** First token of each sentence, by sentence index. */
  sentenceStart: number[];
  /** Word hashes and shape codes of the learned models, filled in on demand (learned/). */
  hashes?: Uint32Array;
  shapes?: Uint8Array;
}

/** Token range, inclusive. */
export interface Range {
  first: number;
  last: number;
}

const MAX_PHRASE = 12;
/** Words that link two parts of one name phrase ("director of the agency", "a poll by Gallup"). */
const LINKS = new Set(['of', 'for', 'by']);

/**
 * Skips leftwards over auxiliaries, adverbs and time phrases between a source and its cue
 * ("has also said", "on Tuesday said"). Returns the index of the last token before them.
 */
export function skipLeftToSource(doc: Doc, from: number, lo: number): number {
  let i = from;
  while (i >= lo) {
    const w = doc.lower[i];
    if (i === from && hasContracted(doc, i, lo)) {
      i--;
      continue;
    }
    if (i === from && wentOnTo(doc, i, lo)) {
      i -= 3;
      continue;
    }
    // "She has since said": "since" after an auxiliary is an adverb ("delays since officials said" is a clause).
    if (w === 'since' && i - 1 >= lo && (doc.lower[i - 1] === 'has' || doc.lower[i - 1] === 'have' || doc.lower[i - 1] === 'had')) {
      i -= 2;
      continue;
    }
    if (BETWEEN_SOURCE_AND_CUE.has(w) || isLyAdverb(doc.toks[i].text) || TIME_WORDS.has(w)) {
      i--;
      continue;
    }
    // "Farmers in particular warned", "The mayor at the time said".
    if ((w === 'particular' && i - 1 >= lo && doc.lower[i - 1] === 'in') ||
      (w === 'time' && i - 2 >= lo && doc.lower[i - 1] === 'the' && doc.lower[i - 2] === 'at')) {
      i -= w === 'time' ? 3 : 2;
      continue;
    }
    // "on Tuesday" / "last week" before the cue.
    if ((w === 'on' || w === 'last' || w === 'this') && i + 1 <= from && TIME_WORDS.has(doc.lower[i + 1])) {
      i--;
      continue;
    }
    break;
  }
  return i;
}

/** Pronouns whose "’s" before a past participle is "has" ("he’s said", "who’s argued"), not "is" ("it’s said"). */
const HAS_CONTRACTORS = new Set(['he', 'she', 'who']);

/**
 * "While she’s said the toll will go …": the token `i` is a "’s" between a person's pronoun and a
 * cue's past participle, so it is the perfect's "has" (no possessive, no passive).
 */
export function hasContracted(doc: Doc, i: number, lo: number): boolean {
  return i - 1 >= lo && i + 1 < doc.toks.length && isPossessive(doc.toks[i].text) && HAS_CONTRACTORS.has(doc.lower[i - 1]) &&
    CUE_VERBS.get(doc.lower[i + 1])?.pastParticiple === true;
}

/** Forms of "go" in "went on to say", "goes on to argue". */
const GO_FORMS = new Set(['went', 'goes', 'go', 'going', 'gone']);

/**
 * "She went on to say that …": the token `i` is the "to" of "went on to" before a cue, which is
 * the speaker's next words, not an infinitive of intent ("declined to say", "wants to argue").
 */
export function wentOnTo(doc: Doc, i: number, lo: number): boolean {
  return i - 2 >= lo && doc.lower[i] === 'to' && doc.lower[i - 1] === 'on' && GO_FORMS.has(doc.lower[i - 2]) && i + 1 < doc.toks.length &&
    CUE_VERBS.has(doc.lower[i + 1]);
}

const PLACE_LINKS = new Set(['by', 'in', 'at', 'from']);
/** Links a phrase may continue over leftwards before a determiner ("critics at the meeting"). */
const LEFT_LINKS = new Set(['of', 'by', 'for', 'with', 'at', 'in', 'from']);

/**
 * Whether the word at `i` can be the noun a place or time phrase hangs on ("critics at …",
 * "officials in …"), not a verb ("arrived at", "spoke in"): a plural or a role noun.
 */
function isNounBefore(doc: Doc, i: number): boolean {
  const w = doc.lower[i];
  if (w.endsWith('ed') || w.endsWith('ly')) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (DETERMINERS.has(doc.lower[k])) return true; // "the first meeting"
  if (w.endsWith('ing')) return false;
  return w.endsWith('s') || w.endsWith('er') || w.endsWith('or') || w.endsWith('ist') || w.endsWith('ian') || w.endsWith('ent') || w === 'people' || w === 'police' || w === 'staff';
}

/**
 * How many tokens ending at `i` link an unnamed source to what it knows ("with knowledge" before
 * "of", "close to", "briefed on"), with a noun before them; 0 otherwise.
 */
function unnamedSourceLink(doc: Doc, i: number, lo: number): number {
  const w = doc.lower[i];
  let n = 0;
  if (w === 'with' && doc.lower[i + 1] === 'knowledge' && doc.lower[i + 2] === 'of') n = 1;
  else if ((w === 'to' && doc.lower[i - 1] === 'close') || (w === 'on' && doc.lower[i - 1] === 'briefed')) n = 2;
  if (!n || i - n < lo) return 0;
  const noun = i - n;
  return isWord(doc.toks[noun].text) && !PHRASE_STOPS.has(doc.lower[noun]) && isNounBefore(doc, noun) ? n : 0;
}

/**
 * How many tokens from `i` link an unnamed source after its noun to what it knows ("familiar
 * with", "close to", "briefed on", "with knowledge of"), when a phrase follows; 0 otherwise.
 */
function unnamedLinkAt(doc: Doc, i: number, hi: number): number {
  const w = doc.lower[i];
  const next = i + 1 < hi ? doc.lower[i + 1] : '';
  let n = 0;
  if ((w === 'familiar' && next === 'with') || (w === 'close' && next === 'to') || (w === 'briefed' && next === 'on')) n = 2;
  else if (w === 'with' && next === 'knowledge' && i + 2 < hi && doc.lower[i + 2] === 'of') n = 3;
  return n && i + n < hi && isWord(doc.toks[i + n].text) ? n : 0;
}

/** Participles that say where a document was put before the public ("tabled", "filed"). */
const PLACING_PARTICIPLES = new Set(['tabled', 'filed', 'submitted', 'lodged', 'presented', 'published', 'posted', 'released', 'issued', 'entered']);
/** Prepositions that name the place after them ("in the House of Commons", "with the court", "to Parliament"). */
const PLACING_PREPOSITIONS = new Set(['in', 'with', 'to', 'before', 'at', 'on']);
/** Places a document is put before with no article ("filed in court", "submitted to council"). */
const PLACE_NOUNS = new Set(['court', 'council', 'parliament', 'congress', 'committee', 'legislature', 'cabinet', 'regulators']);

/**
 * "according to documents tabled in the House of Commons", "records filed with the court": after
 * a document and its placing participle, the preposition goes on to the place (1: the preposition
 * is taken; what follows is read as a link's object). 0 otherwise.
 */
function placedDocumentLinkAt(doc: Doc, i: number, first: number, hi: number): number {
  if (!PLACING_PREPOSITIONS.has(doc.lower[i]) || i - 2 < first || !PLACING_PARTICIPLES.has(doc.lower[i - 1]) || !isDocumentNoun(doc.lower[i - 2])) return 0;
  return i + 1 < hi && (isCapitalised(doc.toks[i + 1].text) || DETERMINERS.has(doc.lower[i + 1]) || PLACE_NOUNS.has(doc.lower[i + 1])) ? 1 : 0;
}

/** Prepositions after a participle that qualifies a source ("involved in", "quoted by", "assigned to"). */
const PARTICIPLE_LINKS = new Set(['in', 'on', 'by', 'with', 'to', 'at']);

/** A lower-case past participle in -ed that is no cue ("involved", "assigned"; not "said", "warned"). */
function qualifyingParticiple(doc: Doc, i: number): boolean {
  const w = doc.lower[i];
  return w.length > 5 && w.endsWith('ed') && isWord(doc.toks[i].text) && !isCapitalised(doc.toks[i].text) && !CUE_VERBS.has(w);
}

const CLAUSE_DASHES = new Set(['—', '–', '--']);

/** Whether the word at `i` opens the clause ("Officials in Kyiv said", "KYIV — Officials in …"): capitalised as a first word only. */
function opensClause(doc: Doc, i: number, lo: number): boolean {
  return i === lo || (i > lo && CLAUSE_DASHES.has(doc.toks[i - 1].text));
}

function hasAnd(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (doc.lower[i] === 'and') return true;
  return false;
}

/** A lower-case plural noun ("teachers", "officials"), not a verb in -s after a subject ("he says"). */
function pluralNoun(doc: Doc, i: number): boolean {
  const w = doc.lower[i];
  return isWord(doc.toks[i].text) && !isCapitalised(doc.toks[i].text) && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') &&
    !CUE_VERBS.has(w) && !PHRASE_STOPS.has(w) && !SUBJECT_PRONOUNS.has(doc.lower[i - 1] ?? '');
}

/** "residents’ group": an apostrophe glued to a plural noun. */
export function pluralPossessive(doc: Doc, i: number): boolean {
  const tok = doc.toks[i].text;
  if ((tok !== "'" && tok !== '’') || i === 0) return false;
  const prev = doc.toks[i - 1];
  return prev.end === doc.toks[i].start && prev.text.endsWith('s') && doc.text.charCodeAt(doc.toks[i].end) === 32;
}

function matchingOpenParen(doc: Doc, close: number, lo: number): number {
  for (let i = close - 1; i >= lo && i >= close - 8; i--) {
    if (doc.toks[i].text === '(') return i;
  }
  return -1;
}

/**
 * The noun phrase ending at token `k` (inclusive), not reaching before `lo`.
 * Returns null when token `k` cannot end a phrase.
 */
/** Small words inside an organisation's name ("Doctors Without Borders", "Mothers Against Drunk Driving"). */
const NAME_LINKS = new Set(['without', 'against', 'for', 'of', 'and']);

/** An abbreviation of a province or state ("B.C.", "Ont.", "Calif."): a capital, at most six characters, a closing stop. */
function isRegionAbbreviation(t: string): boolean {
  return t.length >= 3 && t.length <= 6 && t.endsWith('.') && /^\p{Lu}[\p{L}.]*\.$/u.test(t);
}

/**
 * Reading leftwards at the comma `i` inside a phrase: the first token of "Kelowna, B.C.," (the
 * comma after the abbreviation) or "Sudbury, Ont." (the comma before it), else -1.
 */
function placeBeforeAbbreviation(doc: Doc, i: number, lo: number): number {
  // The place opens a description after "the" or "a" ("In Douglas, Ariz., border officials say" is
  // an adverbial; "Virginia, Mr. Clarke said" a title, not a province).
  const described = (p: number) => p - 1 >= lo && (doc.lower[p - 1] === 'the' || doc.lower[p - 1] === 'a' || doc.lower[p - 1] === 'an') && isCapitalised(doc.toks[p].text);
  if (i - 4 >= lo && isRegionAbbreviation(doc.toks[i - 1].text) && doc.toks[i - 2].text === ',' && described(i - 3)) return i - 3;
  if (i - 2 >= lo && i + 2 < doc.toks.length && isRegionAbbreviation(doc.toks[i + 1].text) && doc.toks[i + 2].text === '-' && described(i - 1)) return i - 1;
  return -1;
}

export function phraseEndingAt(doc: Doc, k: number, lo: number): Range | null {
  if (k < lo) return null;
  const head = doc.lower[k];
  if (SUBJECT_PRONOUNS.has(head)) return { first: k, last: k };
  let first = -1;
  let i = k;
  let taken = 0;
  while (i >= lo && taken < MAX_PHRASE) {
    const tok = doc.toks[i].text;
    const w = doc.lower[i];
    if (tok === ')') {
      // "Chevron (CVX.N) said": a bracket right before the cue belongs to the name before it.
      const open = i === k ? matchingOpenParen(doc, i, lo) : -1;
      if (open < 0) break;
      first = open;
      i = open - 1;
      taken++;
      continue;
    }
    if (isPossessive(tok) || tok === '&' || tok === '-' || pluralPossessive(doc, i)) {
      first = i;
      i--;
      taken++;
      continue;
    }
    // "voters in Alabama, Georgia and Virginia": a list of names.
    if (tok === ',' && first >= 0 && i > lo && isCapitalised(doc.toks[i - 1].text) && isCapitalised(doc.toks[i + 1].text) && hasAnd(doc, i, k)) {
      first = i;
      i--;
      taken++;
      continue;
    }
    // "The Kelowna, B.C., native", "the Sudbury, Ont.-born singer": a place and its province's
    // abbreviation inside a description.
    if (tok === ',' && first >= 0) {
      const place = placeBeforeAbbreviation(doc, i, lo);
      if (place >= 0) {
        first = place;
        taken += i - place;
        i = place - 1;
        continue;
      }
    }
    // "Lorraine M. Dubois": the full stop of a middle initial stays inside the name.
    if (tok === '.' && first >= 0 && isInitialStop(doc, i)) {
      first = i;
      i--;
      taken++;
      continue;
    }
    if (!isWord(tok)) break;
    if (DETERMINERS.has(w)) {
      first = i;
      // "a survey by the institute", "the head of the agency", "people familiar with the
      // matter": the phrase goes on leftwards.
      const link = i - 1 >= lo ? doc.lower[i - 1] : '';
      if (LEFT_LINKS.has(link) && i - 2 >= lo && isWord(doc.toks[i - 2].text) && !PHRASE_STOPS.has(doc.lower[i - 2]) &&
        (!PLACE_LINKS.has(link) || isNounBefore(doc, i - 2))) {
        i -= 2;
        taken += 2;
        continue;
      }
      // "two aides involved in the talks", "officials quoted by the agency": a past participle
      // after a plural or role noun qualifies it, so the phrase goes on over both.
      if (PARTICIPLE_LINKS.has(link) && i - 3 >= lo && qualifyingParticiple(doc, i - 2) && isWord(doc.toks[i - 3].text) &&
        !isCapitalised(doc.toks[i - 3].text) && !PHRASE_STOPS.has(doc.lower[i - 3]) && isNounBefore(doc, i - 3)) {
        i -= 2;
        taken += 2;
        continue;
      }
      // "a source close to the delegation", "an official briefed on the talks".
      const unnamedLink = i - 1 > lo ? unnamedSourceLink(doc, i - 1, lo) : 0;
      if (unnamedLink) {
        i -= 1 + unnamedLink;
        taken += 1 + unnamedLink;
        continue;
      }
      break;
    }
    // "a poll by Gallup", "officials in Iowa", "researchers at Harvard": a place or a maker.
    if (PLACE_LINKS.has(w) && first >= 0 && i > lo && (isCapitalised(doc.toks[i + 1].text) || /^\d/.test(doc.toks[i + 1].text)) &&
      (!isCapitalised(doc.toks[i - 1].text) || opensClause(doc, i - 1, lo)) && isWord(doc.toks[i - 1].text) && !PHRASE_STOPS.has(doc.lower[i - 1]) &&
      isNounBefore(doc, i - 1)) {
      first = i;
      i--;
      taken++;
      continue;
    }
    // "sources with knowledge of the talks", "a source close to the delegation": an unnamed source.
    const unnamed = first >= 0 && i > lo ? unnamedSourceLink(doc, i, lo) : 0;
    if (unnamed) {
      first = i - unnamed + 1;
      i -= unnamed;
      taken += unnamed;
      continue;
    }
    // "Doctors Without Borders", "Mothers Against Drunk Driving": a capitalised small word between
    // capitalised words inside a name (not at the clause's start).
    // (One word before it, so a title-case headline does not run on.)
    if (NAME_LINKS.has(w) && first >= 0 && i > lo && isCapitalised(tok) && isCapitalised(doc.toks[i + 1].text) &&
      isCapitalised(doc.toks[i - 1].text) && isWord(doc.toks[i - 1].text) && doc.toks[i - 1].sentence === doc.toks[i].sentence &&
      !PHRASE_STOPS.has(doc.lower[i - 1]) && (i - 2 < lo || !isCapitalised(doc.toks[i - 2].text) || !isWord(doc.toks[i - 2].text))) {
      first = i;
      i--;
      taken++;
      continue;
    }
    if (PHRASE_STOPS.has(w)) {
      // "Smith and Jones said": "and" between two names; "teachers and union officials told": between two plural nouns.
      if (w === 'and' && first >= 0 && i > lo && ((isCapitalised(doc.toks[i - 1].text) && isCapitalised(doc.toks[i + 1].text)) ||
        (pluralNoun(doc, i - 1) && pluralNoun(doc, k)))) {
        first = i;
        i--;
        taken++;
        continue;
      }
      break;
    }
    if (w === 'one' && first >= 0) {
      first = i; // "one campaign source said"
      break;
    }
    if (isLyAdverb(tok) || SUBJECT_PRONOUNS.has(w)) break;
    // "Song said Democratic candidate Ann Lee had said …": another cue ends the phrase.
    if (i < k && !isCapitalised(tok) && isFiniteCue(w)) break;
    if (isCapitalised(tok) && SENTENCE_ADVERBS.has(w)) break;
    first = i;
    i--;
    taken++;
  }
  if (first < 0) return null;
  // A phrase does not start with a linking word ("of", "for").
  while (first < k && (doc.lower[first] === 'of' || doc.lower[first] === 'for' || doc.lower[first] === 'and')) first++;
  if (!isWord(doc.toks[k].text) && doc.toks[k].text !== ')') return null;
  return { first, last: k };
}


/** A full stop glued to a lone capital and followed by a capitalised word: the initial in "Janet L. Yellen". */
function isInitialStop(doc: Doc, i: number): boolean {
  if (i === 0 || i + 1 >= doc.toks.length) return false;
  const prev = doc.toks[i - 1];
  return prev.text.length === 1 && prev.end === doc.toks[i].start && prev.text >= 'A' && prev.text <= 'Z' && isCapitalised(doc.toks[i + 1].text);
}

/** Past and present forms of speech verbs ("said", "says"), which no source phrase contains. */
function isFiniteCue(w: string): boolean {
  const e = CUE_VERBS.get(w);
  return e !== undefined && !e.participle && (e.lemma === 'say' || e.lemma === 'tell' || e.lemma === 'add' || e.lemma === 'write' || e.lemma === 'note');
}


/**
 * The source phrase right of a cue ("…,” said Deputy Foreign Minister Alexander Grushko."),
 * within (cue, hi).
 */
export function sourceRightOf(doc: Doc, cue: number, hi: number): Range | null {
  let i = cue + 1;
  // "said Tuesday", "said on Friday".
  while (i < hi && (TIME_WORDS.has(doc.lower[i]) || (doc.lower[i] === 'on' && i + 1 < hi && TIME_WORDS.has(doc.lower[i + 1])))) i++;
  if (i >= hi) return null;
  const w0 = doc.lower[i];
  if (SUBJECT_PRONOUNS.has(w0) && w0 !== 'one') return { first: i, last: i };
  // "said of the plan", "wrote for the paper": a phrase opening on a link is what or where, never who.
  if (LINKS.has(w0)) return null;
  const first = i;
  let last = -1;
  let taken = 0;
  let linkEnd = -1;
  while (i < hi && taken < MAX_PHRASE) {
    const tok = doc.toks[i].text;
    const w = doc.lower[i];
    if (tok === '(') {
      let j = i + 1;
      while (j < hi && j < i + 8 && doc.toks[j].text !== ')') j++;
      if (j >= hi || doc.toks[j].text !== ')') break;
      last = j;
      i = j + 1;
      taken++;
      continue;
    }
    if (isPossessive(tok) || tok === '&' || tok === '-' || (tok === '.' && last === i - 1 && i + 1 < hi && isInitialStop(doc, i))) {
      i++;
      continue;
    }
    if (!isWord(tok)) break;
    // "said a person familiar with the matter", "said two people briefed on the talks": the link
    // of an unnamed source goes on to what it knows.
    const known = last === i - 1 && last >= first ? unnamedLinkAt(doc, i, hi) || placedDocumentLinkAt(doc, i, first, hi) : 0;
    if (known) {
      i += known;
      linkEnd = i;
      taken += known;
      continue;
    }
    // A determiner starts a new phrase, except after a link ("results of the exit polls"); "most"
    // after a determiner or a possessive is an adverb ("its most recent filing").
    if (DETERMINERS.has(w) && i !== first && !LINKS.has(doc.lower[i - 1]) && i !== linkEnd &&
      !(w === 'most' && (DETERMINERS.has(doc.lower[i - 1]) || isPossessive(doc.toks[i - 1].text)))) break;
    if (PHRASE_STOPS.has(w) && !LINKS.has(w)) break;
    // "according to two sources familiar with the talks who were not authorized …": a relative
    // clause describes the source; its "who" is no part of the name.
    if (w === 'who') break;
    // "documents seen by reporters": a link goes on to a name, a determiner or a plural noun.
    if (LINKS.has(w) && !(i + 1 < hi && (isCapitalised(doc.toks[i + 1].text) || DETERMINERS.has(doc.lower[i + 1]) ||
      (doc.lower[i + 1].length > 3 && doc.lower[i + 1].endsWith('s') && isWord(doc.toks[i + 1].text))))) break;
    if (isLyAdverb(tok) || TIME_WORDS.has(w)) break;
    last = i;
    i++;
    taken++;
  }
  if (last < first) return null;
  while (last > first && (LINKS.has(doc.lower[last]) || DETERMINERS.has(doc.lower[last]))) last--;
  return { first, last };
}
