// The speaker in a subject with asides, by token shapes (no parser):
//   "Karl Ames, the campaign's chief strategist, said"      → Karl Ames (a name, then a description)
//   "The company building the dam, Andes Hydro Group (AHG), said" → Andes Hydro Group (AHG)
//   "Lena Falk's aunt, Mia Ross, 70, said"                  → Mia Ross (a description, then a name)
//   "In Tampa, Dan Ortiz, now 81 and retired, said"         → Dan Ortiz (an opening adverbial skipped)
//   "“We will win,” Ann Cole, a delegate, said"             → Ann Cole (the quotation is not the subject)
// and the antecedent of a relative "who" ("Cruz, who says …" → Cruz).
import type { Doc, Range } from './phrases';
import { phraseEndingAt } from './phrases';
import {
  DETERMINERS, PHRASE_STOPS, SENTENCE_ADVERBS, TIME_WORDS, TITLES, isCapitalised, isLyAdverb, isPossessive, isWord,
} from './words';

/** How far left of the cue a subject with its asides may start. */
const MAX_SUBJECT_TOKENS = 32;
const SEPARATORS = new Set([',', '—', '–', '--']);
const QUOTE_TOKENS = new Set(['“', '”', '"', '‘', '’', "'", "''", '«', '»']);
/** Punctuation a quotation ends its speech with, right before the closing mark. */
const SPEECH_END = new Set([',', '.', '?', '!', '…']);
/** Small words inside a proper name ("Bank of Valdoria", "Ana de la Cruz"). */
const NAME_PARTICLES = new Set(['of', 'de', 'del', 'la', 'le', 'du', 'da', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'y', 'and', 'for', 'the']);
/** Words that link a head noun to what follows it ("a spokesman for the ministry"). */
const HEAD_LINKS = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'by', 'on']);
/** Prepositions that open an adverbial, besides those in PHRASE_STOPS. */
const PREPOSITIONS = new Set(['for', 'of', 'toward', 'towards', 'upon', 'across', 'along', 'around', 'behind', 'beyond', 'near', 'outside', 'inside', 'throughout', 'following', 'unlike', 'like', 'besides']);
/** Words after an opening participle ("Asked about", "Pressed on", "Reached by", "Asked whether"). */
const AFTER_OPENING_PARTICIPLE = new Set(['about', 'on', 'by', 'for', 'whether', 'if', 'in', 'at', 'over', 'with', 'to', 'after', 'during']);
/** Words that open an adverbial or a clause before the subject ("Last month, …", "Recalling that, …"). */
const INTRO_TIME = new Set(['last', 'this', 'next', 'earlier', 'later', 'on']);

interface Segment {
  first: number;
  last: number;
}

function isClosingSpeech(doc: Doc, i: number): boolean {
  if (!QUOTE_TOKENS.has(doc.toks[i].text) || i < 1) return false;
  // A doubled apostrophe (''…,'' in newspaper archives) is two tokens; the first follows the comma.
  const j = doc.toks[i].text === "'" && doc.toks[i - 1].text === "'" && doc.toks[i - 1].end === doc.toks[i].start && i > 1 ? i - 1 : i;
  return SPEECH_END.has(doc.toks[j - 1].text);
}

/**
 * The comma-separated segments of a subject that ends at separator `k` (the comma or dash
 * before the cue), left to right; null when no clear start is found within reach.
 */
function segmentsBefore(doc: Doc, k: number, lo: number): Segment[] | null {
  const seps: number[] = [k];
  let start = -1;
  let i = k - 1;
  for (; i >= lo && i > k - MAX_SUBJECT_TOKENS; i--) {
    const t = doc.toks[i].text;
    if (SEPARATORS.has(t)) {
      seps.push(i);
      continue;
    }
    if (isClosingSpeech(doc, i)) {
      start = i + 1;
      break;
    }
    if (isWord(t) || isPossessive(t) || QUOTE_TOKENS.has(t) || t === '.' || t === '-' || t === '&' || t === '(' || t === ')' || t === '/') continue;
    start = i + 1; // ";", ":", "?" …: the subject starts after it
    break;
  }
  if (start < 0) {
    if (i >= lo) return null; // out of reach: no clear start
    start = lo;
  }
  // Separators collected right to left; the one at `start - 1` (a closing quotation's comma) is not inside.
  const inner = seps.filter((s) => s >= start).sort((a, b) => a - b);
  const out: Segment[] = [];
  let from = start;
  for (const s of inner) {
    if (s > from) out.push({ first: from, last: s - 1 });
    from = s + 1;
  }
  return out;
}

/** An opening adverbial or clause: "Last month", "In Tampa", "Recalling that moment", "However". */
function isIntro(doc: Doc, s: Segment): boolean {
  const w = doc.lower[s.first];
  if (DETERMINERS.has(w)) return false;
  if (PHRASE_STOPS.has(w) || PREPOSITIONS.has(w) || SENTENCE_ADVERBS.has(w) || TIME_WORDS.has(w)) return true;
  if (INTRO_TIME.has(w) && s.last > s.first && TIME_WORDS.has(doc.lower[s.first + 1])) return true;
  if (isLyAdverb(doc.toks[s.first].text)) return true;
  // "Asked about the delay, the mayor's spokeswoman, Ann Lee, said": a participle and its preposition open the sentence, no subject.
  if (w.length > 4 && w.endsWith('ed') && s.first < s.last && AFTER_OPENING_PARTICIPLE.has(doc.lower[s.first + 1])) return true;
  return w.length > 5 && w.endsWith('ing') && !isCapitalised(doc.toks[s.first + (s.first < s.last ? 1 : 0)].text);
}

/** Words that make a segment a clause rather than a noun phrase. */
const CLAUSE_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'do', 'does', 'did', 'not', 'that', 'which', 'if', 'when', 'because', 'but', 'although', 'than', 'to',
]);
const OBJECTS = new Set(['it', 'him', 'her', 'them', 'us', 'me', 'himself', 'herself', 'itself', 'themselves']);
const MAX_SUBJECT_WORDS = 10;

/**
 * The segment as a noun phrase ("The company building the dam", "One of the farmers",
 * "Energy Minister Lucia Ferraz"), or null when it reads as a clause ("the plan will fail").
 */
function wholePhrase(doc: Doc, s: Segment): Range | null {
  let last = s.last;
  while (last > s.first && !isWord(doc.toks[last].text) && doc.toks[last].text !== ')') last--;
  const w0 = doc.lower[s.first];
  const t0 = doc.toks[s.first].text;
  if (!(DETERMINERS.has(w0) || isCapitalised(t0) || w0 === 'one') || PREPOSITIONS.has(w0) || PHRASE_STOPS.has(w0)) return null;
  if (last - s.first + 1 > MAX_SUBJECT_WORDS + 2) return null;
  for (let i = s.first; i <= last; i++) {
    const t = doc.toks[i].text;
    if (CLAUSE_WORDS.has(doc.lower[i]) || /^\d/.test(t) || isLyAdverb(t)) return null;
    // "Facebook created the tool": a past tense before its object reads as a clause.
    if (i > s.first && i < last && doc.lower[i].endsWith('ed') && !isCapitalised(t) && (DETERMINERS.has(doc.lower[i + 1]) || OBJECTS.has(doc.lower[i + 1]))) return null;
  }
  if (last === s.first && !isWord(t0)) return null;
  return { first: s.first, last };
}

/** A proper name: capitalised words, name particles and a bracketed short form, nothing else. */
function isProperName(doc: Doc, s: Segment): boolean {
  const first = doc.toks[s.first].text;
  if (!isCapitalised(first) || SENTENCE_ADVERBS.has(doc.lower[s.first]) || PHRASE_STOPS.has(doc.lower[s.first])) return false;
  if (DETERMINERS.has(doc.lower[s.first]) && !(s.first < s.last && isCapitalised(doc.toks[s.first + 1].text))) return false;
  if (s.last - s.first > 10) return false;
  let paren = false;
  for (let i = s.first; i <= s.last; i++) {
    const t = doc.toks[i].text;
    if (t === '(') paren = true;
    else if (t === ')') paren = false;
    else if (paren || t === '.' || t === '-' || t === '&' || isPossessive(t)) continue;
    else if (!isWord(t)) return false;
    else if (!isCapitalised(t) && !NAME_PARTICLES.has(doc.lower[i])) return false;
  }
  return true;
}

/**
 * A description rather than a name: its head (the last word before a link such as "of" or
 * "for") is a lower-case noun ("the company building the dam", "Lena Falk's aunt",
 * "a spokesman for the ministry"), not a capitalised name ("Energy Minister Lucia Ferraz").
 */
function isDescription(doc: Doc, r: Range): boolean {
  // "The Liberal MP for Edmonton Centre": after a determiner, a capitalised title is a head too.
  const led = DETERMINERS.has(doc.lower[r.first]);
  let end = r.last;
  for (let i = r.first + 1; i <= r.last; i++) {
    if (HEAD_LINKS.has(doc.lower[i]) && (!isCapitalised(doc.toks[i - 1].text) || (led && TITLES.has(doc.lower[i - 1])))) {
      end = i - 1;
      break;
    }
  }
  while (end > r.first && !isWord(doc.toks[end].text)) end--;
  const head = doc.toks[end].text;
  return isWord(head) && (!isCapitalised(head) || (led && TITLES.has(doc.lower[end]))) && !DETERMINERS.has(doc.lower[end]);
}

/**
 * The speaker of "SUBJECT, ASIDE, cue" where `k` is the separator right before the cue (and
 * its adverbs). Returns null when the tokens before `k` are not a subject with asides.
 */
export function speakerBeforeAside(doc: Doc, k: number, lo: number): Range | null {
  const segs = segmentsBefore(doc, k, lo);
  if (!segs || segs.length < 2) return null;
  const named = nameGivenAside(doc, segs) ?? relativeDescriptionThenName(doc, segs);
  if (named) return named;
  // "…, but the state's senator, Ann Cole, had …": a clause link starts the subject's clause;
  // "Yet Democratic economists, like …": a leading connective is not part of the subject.
  let s = 0;
  for (let i = segs.length - 2; i >= 0; i--) {
    if (CLAUSE_LINKS.has(doc.lower[segs[i].first])) {
      s = i;
      break;
    }
  }
  const w0 = doc.lower[segs[s].first];
  if (segs[s].last > segs[s].first && (SENTENCE_ADVERBS.has(w0) || CLAUSE_LINKS.has(w0))) segs[s] = { first: segs[s].first + 1, last: segs[s].last };
  // The subject is the first noun phrase: opening adverbials and a reported clause before it
  // ("Facebook built the tool to help, a spokeswoman, Ann White, said") are skipped.
  let subject: Range | null = null;
  for (let n = 0; s < segs.length - 1 && n < 4; n++, s++) {
    if (!isIntro(doc, segs[s]) && (subject = wholePhrase(doc, segs[s]))) break;
  }
  if (!subject || s >= segs.length - 1) return null; // no subject with an aside after it
  const next = segs[s + 1];
  // "a spokeswoman, Anna White," / "The company building the dam, Andes Hydro Group (AHG),":
  // the description and the name together (the name is who speaks; outlets mark either).
  if (isDescription(doc, subject)) {
    if (isProperName(doc, next) || isTitledName(doc, next)) {
      // "A spokeswoman for the Bureau of Alcohol, Tobacco, Firearms and Explosives, Lena Park,": the
      // name's own commas; the name of a person after them speaks.
      const last = segs[segs.length - 1];
      if (s + 2 < segs.length && personalName(doc, last) && segs.slice(s + 1).every((g) => isProperName(doc, g))) return { first: subject.first, last: last.last };
      return { first: subject.first, last: next.last };
    }
  }
  return subject;
}

/** Most lower-case role words before a name ("former public defender"). */
const MAX_ROLE_WORDS = 3;

/**
 * "public defender Owen Greaves", "the Rev. Tomasz Nowicki": role words or "the" and a title, then
 * a name of two capitalised words or more.
 */
function isTitledName(doc: Doc, s: Segment): boolean {
  let i = s.first;
  if (doc.lower[i] === 'the' && i < s.last && isCapitalised(doc.toks[i + 1].text)) i++;
  else {
    const from = i;
    while (i < s.last && i - from < MAX_ROLE_WORDS && isWord(doc.toks[i].text) && !isCapitalised(doc.toks[i].text) &&
      !PHRASE_STOPS.has(doc.lower[i]) && !DETERMINERS.has(doc.lower[i]) && !CLAUSE_WORDS.has(doc.lower[i]) && doc.lower[i] !== 'who' && !isLyAdverb(doc.toks[i].text)) i++;
    if (i === from) return false;
  }
  return personalName(doc, { first: i, last: s.last });
}

/** A proper name of two capitalised words or more ("Lena Park", "Rev. Tomasz Nowicki"). */
function personalName(doc: Doc, s: Segment): boolean {
  if (!isProperName(doc, s)) return false;
  let words = 0;
  for (let i = s.first; i <= s.last; i++) if (isWord(doc.toks[i].text) && isCapitalised(doc.toks[i].text)) words++;
  return words >= 2;
}

/** Nouns for the name a source gives ("who gave only her first name, Deb,"). */
const NAME_NOUNS = new Set(['name', 'surname']);

/**
 * "A woman who would give only her first name, Deb, said": the segment before the name ends in
 * "name", so the name is no aside to it; the one who speaks is the phrase before "who" (or the
 * name, when there is none). Null when the segments are not of that shape.
 */
function nameGivenAside(doc: Doc, segs: Segment[]): Range | null {
  const given = segs[segs.length - 2];
  const name = segs[segs.length - 1];
  if (!NAME_NOUNS.has(doc.lower[given.last]) || !isProperName(doc, name)) return null;
  for (let i = given.first + 1; i < given.last; i++) {
    if (doc.lower[i] === 'who' && wholePhrase(doc, { first: given.first, last: i - 1 })) return { first: given.first, last: i - 1 };
  }
  return segs.length === 2 ? name : null;
}

/**
 * "Gail Moreau, a nurse from Sudbury, who told MPs …": a name of two or more words, then a
 * description opening with a determiner between commas, then "who": the name. Null otherwise.
 */
export function nameBeforeDescribedWho(doc: Doc, who: number, lo: number): Range | null {
  if (who - 2 < lo || doc.toks[who - 1].text !== ',') return null;
  const desc = phraseEndingAt(doc, who - 2, lo);
  if (!desc || !DETERMINERS.has(doc.lower[desc.first]) || desc.first - 1 <= lo || doc.toks[desc.first - 1].text !== ',') return null;
  return nameBeforeWho(doc, desc.first - 1, lo);
}

/** Relative words that may follow the head of a description ("The company that built the dam"). */
const RELATIVE_WORDS = new Set(['that', 'which', 'who']);
/** How far into the description its relative word may come. */
const MAX_HEAD_WORDS = 4;

/**
 * "The company that built the dam, Huaxin Hydropower Group, said": the only segments are a
 * description opening with a determiner, its head followed by a relative clause, and a name.
 * The two together, as for "The company building the dam, X,". Null otherwise.
 */
function relativeDescriptionThenName(doc: Doc, segs: Segment[]): Range | null {
  if (segs.length !== 2) return null;
  const [desc, name] = segs;
  if (!DETERMINERS.has(doc.lower[desc.first]) || !isCapitalised(doc.toks[desc.first].text) || !isProperName(doc, name)) return null;
  for (let i = desc.first + 2; i <= desc.last && i <= desc.first + MAX_HEAD_WORDS; i++) {
    // ("The time frame in which X, Sen. Y, promised": a preposition before the relative is no head.)
    if (RELATIVE_WORDS.has(doc.lower[i])) {
      const head = doc.toks[i - 1].text;
      return isWord(head) && !isCapitalised(head) && !PHRASE_STOPS.has(doc.lower[i - 1]) && !PREPOSITIONS.has(doc.lower[i - 1]) ? { first: desc.first, last: name.last } : null;
    }
  }
  return null;
}

/** Words that start a new clause after a comma: the subject is after them. */
const CLAUSE_LINKS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'so', 'yet', 'as']);

/** "Cruz, who says …" / "experts who think …": the phrase a relative "who" stands for. */
export function antecedentOfWho(doc: Doc, who: number, lo: number): Range | null {
  if (who - 1 < lo) return null;
  if (doc.toks[who - 1].text === ',') return nameBeforeWho(doc, who - 1, lo) ?? speakerBeforeAside(doc, who - 1, lo) ?? phraseEndingAt(doc, who - 2, lo);
  const p = phraseEndingAt(doc, who - 1, lo);
  return p && !PHRASE_STOPS.has(doc.lower[p.last]) ? p : null;
}

/** An age between commas ("Amira Haddad, 41, who"): one or two digits. */
export function isAgeAt(doc: Doc, i: number): boolean {
  const t = doc.toks[i].text;
  return t.length <= 2 && t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57 && (t.length === 1 || (t.charCodeAt(1) >= 48 && t.charCodeAt(1) <= 57));
}

/**
 * "a second witness, carer Tomasz Wilk, who …", "one protester, Amira Haddad, 41, who …": a
 * name of two capitalised words or more right before the comma (an age between them skipped)
 * is whom "who" stands for, whatever description comes before it. `k` is the comma before "who".
 */
function nameBeforeWho(doc: Doc, k: number, lo: number): Range | null {
  let last = k - 1;
  if (last - 2 >= lo && isAgeAt(doc, last) && doc.toks[last - 1].text === ',') last -= 2;
  let first = last + 1;
  while (first - 1 >= lo && first > last - 5 && isCapitalised(doc.toks[first - 1].text) && isWord(doc.toks[first - 1].text) && !DETERMINERS.has(doc.lower[first - 1])) first--;
  // A sentence's first word may be anything capitalised ("Officials, who …" is no name).
  if (first === lo) first++;
  return last - first >= 1 ? { first, last } : null;
}
