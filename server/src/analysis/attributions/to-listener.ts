// "admitted to police that …", "said to reporters that …": a listener after "to" between a verb of
// speech and "that" (issue 11, round 25). What was said starts at "that", not at "to".
import type { Doc } from './phrases';
import { CUE_VERBS } from './lexicon';
import { OBJECT_PRONOUNS, isCapitalised, isWord } from './words';

/** How many words a listener after "to" may take ("to members of the committee"). */
const LISTENER_REACH = 6;
/**
 * Nouns for those one speaks to ("to police", "to the committee", "to reporters"): a listener ends in
 * one of them, or is a name ("to Reuters"); "adds to the drama that …", "confessed to the killings
 * that …" name no listener (the "that" opens a relative clause).
 */
const LISTENER_NOUNS = new Set([
  'police', 'staff', 'parliament', 'council', 'congress', 'media', 'court', 'management', 'reporters', 'journalists',
  'investigators', 'detectives', 'officers', 'friends', 'colleagues', 'members', 'officials', 'supporters', 'voters',
  'lawmakers', 'senators', 'jurors', 'jury', 'committee', 'judge', 'board', 'panel', 'crowd', 'audience', 'students',
  'parents', 'residents', 'employees', 'workers', 'analysts', 'investors', 'shareholders', 'delegates', 'mps', 'house',
  'senate', 'commission', 'inquiry', 'family', 'families', 'followers', 'viewers', 'listeners', 'readers', 'neighbours',
  'neighbors', 'prosecutors', 'doctors', 'nurses', 'teachers', 'customers', 'clients', 'fans', 'teammates', 'players',
]);
/** Words a listener never holds (a verb or a clause link: "said to be the one that …"). */
const NOT_LISTENER = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'and', 'or', 'but', 'who', 'which']);

/**
 * The "that" after "to <listener>" at `j` (the listener ending in a listener noun, an object
 * pronoun or a name), or -1. An infinitive ("agreed to pay", "said to be") opens no listener.
 */
export function toListenerThenThat(doc: Doc, j: number, hi: number, lemma: string): number {
  // ("adds to the cost that …": "add to" is to increase.)
  if (lemma === 'add' || j + 2 >= hi || doc.lower[j] !== 'to') return -1;
  for (let k = j + 1; k < hi && k <= j + LISTENER_REACH; k++) {
    const t = doc.lower[k];
    if (t === 'that') return k > j + 1 && (LISTENER_NOUNS.has(doc.lower[k - 1]) || OBJECT_PRONOUNS.has(doc.lower[k - 1]) || isCapitalised(doc.toks[k - 1].text)) ? k : -1;
    if (!isWord(doc.toks[k].text) || NOT_LISTENER.has(t) || CUE_VERBS.has(t)) return -1;
  }
  return -1;
}
