// The document a clause opens with, when words after its head stand between it and a cue that
// documents use ("A Harbour Institute poll out this week shows …", "A new survey from Dunmore
// College found …", "Records from the 2019 campaign show …"): the phrase read back from the cue
// ends in those words ("this week", "the 2019 campaign"), so its head is no document.
import type { Doc, Range } from './phrases';
import type { Clause } from './context';
import { FINITE, isDocumentNoun, isWord } from './words';

/** Words that open what follows a document's head noun (a time, its author, its subject, a bracket). */
const POST_MODIFIERS = new Set([
  'out', 'in', 'from', 'on', 'of', 'by', 'for', 'at', 'released', 'conducted', 'published', 'taken', 'commissioned', 'issued', 'obtained', '(',
  // Where it was put before the public or who saw it ("Documents tabled in the House of Commons show …", "Records filed with the court show …").
  'tabled', 'filed', 'submitted', 'presented', 'posted', 'prepared', 'provided', 'leaked', 'seen', 'shared', 'made', 'sent',
]);
/** How far into the clause the head may be, and how long the whole phrase before the cue. */
const MAX_HEAD_AT = 6;
const MAX_PHRASE = 16;
/** Words that end a noun phrase read forwards: a clause of its own or a list. */
const PHRASE_BREAKS = new Set(['that', 'who', 'which', 'whose', 'and', 'or', 'but', ',', ';', ':', '—', '–', '"', '“', '”']);

/** Words that link the clause to the one before, no part of its subject. */
const LINKING = new Set(['yet', 'but', 'and', 'still', 'meanwhile', 'now', 'also', 'so']);

/** The phrase from the clause's start to the cue when a document heads it, else null. */
export function documentOpening(doc: Doc, c: Clause, cue: number): Range | null {
  let i = c.lo;
  // "Yet a new poll …", "- One poll …": a linking word or a list's dash before the phrase.
  while (i < cue && (!isWord(doc.toks[i].text) || LINKING.has(doc.lower[i]))) i++;
  if (cue - i > MAX_PHRASE || cue - i < 3) return null;
  let head = -1;
  for (let k = i; k < cue && k <= i + MAX_HEAD_AT; k++) {
    const w = doc.lower[k];
    if (PHRASE_BREAKS.has(w) || FINITE.has(w)) return null;
    if (isDocumentNoun(w) && k + 1 < cue && POST_MODIFIERS.has(doc.lower[k + 1])) {
      head = k;
      break;
    }
  }
  if (head < 0) return null;
  for (let k = head + 1; k < cue; k++) {
    const w = doc.lower[k];
    if (PHRASE_BREAKS.has(w) || FINITE.has(w)) return null;
  }
  return { first: i, last: cue - 1 };
}
