// "The statement of claim, filed Monday, names the city. It says …", "The researchers followed
// 4,200 adults. They found …": a pronoun that opens its sentence, with no unnamed speaker before
// it to stand for, stands for the subject of the sentence before when that subject is a document
// or a body ("it") or a group of people or documents ("they"). Only the first words of that
// sentence are read: the subject is a determiner, up to three modifiers and its head noun.
import { isDocumentNoun } from './words';

/** Words that open a subject phrase a pronoun can stand for. */
const OPENERS = new Set(['the', 'this', 'these', 'those', 'its', 'their']);
/** How many words of modifiers may come between the determiner and the head. */
const MAX_MODIFIERS = 3;
/** How far into the sentence its subject is read. */
const SUBJECT_CHARS = 90;
/** Groups of people "they" stands for ("The researchers", "The plaintiffs", "Its authors"). */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'researchers', 'scientists', 'authors', 'investigators', 'officials', 'analysts', 'economists', 'doctors', 'experts',
  'inspectors', 'auditors', 'engineers', 'prosecutors', 'lawyers', 'plaintiffs', 'applicants', 'petitioners', 'organizers',
  'organisers', 'residents', 'critics', 'protesters', 'activists', 'advocates', 'students', 'parents', 'teachers', 'nurses',
  'farmers', 'workers', 'landowners', 'tenants', 'owners', 'members', 'volunteers', 'survivors', 'families', 'regulators',
  'officers', 'police', 'firefighters', 'scholars', 'historians', 'epidemiologists', 'physicians', 'surveyors', 'pollsters',
]);
/** Finite verbs right after a subject that the "-ed"/"-s" test misses ("The researchers found …"). */
const VERBS_AFTER_SUBJECT = new Set([
  'found', 'said', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must',
  'did', 'does', 'also', 'gave', 'took', 'made', 'drew', 'came', 'put', 'ran', 'saw', 'kept', 'met', 'spent', 'sought', 'began',
  'now', 'then', 'first', 'still', 'only',
]);
/** Links and conjunctions that end a subject's modifiers. */
const LINKS = new Set(['of', 'for', 'at', 'by', 'in', 'on', 'with', 'from', 'to', 'and', 'or', 'that', 'who', 'which']);
/** Singular nouns in -s that are no plural ("analysis", "census"). */
const SINGULAR_IN_S = new Set(['analysis', 'census', 'status', 'thesis', 'basis', 'synopsis', 'prognosis', 'diagnosis']);

const WORD_AT = /[\p{L}\d][\p{L}\d'’-]*|,/gu;

/**
 * The subject phrase at the start of the sentence [start, end) that `pronoun` ("it" or "they") can
 * stand for, as offsets, else null. `isBody` says whether a singular noun is a body that speaks
 * ("ministry", "city").
 */
export function subjectAntecedent(
  text: string, start: number, end: number, pronoun: string, isBody: (noun: string) => boolean,
): { start: number; end: number } | null {
  const head = text.slice(start, Math.min(end, start + SUBJECT_CHARS));
  const words: Array<{ w: string; at: number; end: number }> = [];
  WORD_AT.lastIndex = 0;
  for (let m = WORD_AT.exec(head); m !== null && words.length < MAX_MODIFIERS + 5; m = WORD_AT.exec(head)) {
    words.push({ w: m[0].toLowerCase(), at: start + m.index, end: start + m.index + m[0].length });
  }
  // The sentence opens on its determiner (no quotation, no opening phrase).
  if (words.length < 3 || words[0].at !== start || !OPENERS.has(words[0].w)) return null;
  for (let k = 1; k <= MAX_MODIFIERS + 1 && k < words.length - 1; k++) {
    const w = words[k].w;
    if (w === ',') return null;
    if (!isHead(w, pronoun, isBody)) {
      // A modifier is no verb or link ("The minister announced new records" has no document subject).
      if (VERBS_AFTER_SUBJECT.has(w) || LINKS.has(w) || (w.endsWith('ed') && /^\p{Ll}/u.test(text[words[k].at]))) return null;
      continue;
    }
    let last = k;
    // "The statement of claim": one lower-case noun after "of" belongs to the head.
    if (words[k + 1].w === 'of' && k + 3 < words.length && !OPENERS.has(words[k + 2].w) && /^\p{Ll}/u.test(text[words[k + 2].at])) last = k + 2;
    const next = words[last + 1].w;
    // The head ends the subject when a comma or the sentence's verb follows it ("The report card" is no report).
    if (next === ',' || VERBS_AFTER_SUBJECT.has(next) || (/^\p{Ll}/u.test(text[words[last + 1].at]) && /(?:ed|s)$/.test(next))) {
      return { start, end: words[last].end };
    }
    return null;
  }
  return null;
}

function isHead(w: string, pronoun: string, isBody: (noun: string) => boolean): boolean {
  const plural = w.endsWith('s') && !SINGULAR_IN_S.has(w);
  if (pronoun === 'they') return GROUP_NOUNS.has(w) || (plural && isDocumentNoun(w)) || w === 'data';
  return pronoun === 'it' && !plural && (isDocumentNoun(w) || isBody(w));
}
