// The gender of a given name ("Hillary" → f), from the census-derived lists in given-names.ts.
// Shared by the attribution stage (he/she) and the segmenter (an all-capitals name before a
// dash is a byline, not a dateline).
import { FEMALE_NAMES, MALE_NAMES } from './given-names';

export type Gender = 'f' | 'm';

// The lists are read where they are, by binary search over their sorted words: building a Map of
// the 9,257 names cost ~3 ms of a CLI call on one sentence (issue 15, figure 3), for a handful
// of lookups, each answered once (`answers` below).
const names = {
  get(lower: string): Gender | undefined {
    // Male last in the old table, so male first here (the lists share no name: test/unit/given-name-lists.test.ts).
    if (inSortedWords(MALE_NAMES, lower)) return 'm';
    return inSortedWords(FEMALE_NAMES, lower) ? 'f' : undefined;
  },
  has(lower: string): boolean {
    return inSortedWords(MALE_NAMES, lower) || inSortedWords(FEMALE_NAMES, lower);
  },
};

/**
 * Whether `word` is one of the words of `list`, words in code-unit order separated by spaces and
 * line breaks: a binary search over the text, ~13 steps for 6,500 words, with no table to build.
 */
export function inSortedWords(list: string, word: string): boolean {
  // The words starting in [lo, hi) are still in question; lo is 0 or just after a word.
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let start = mid;
    while (start > lo && list.charCodeAt(start - 1) > 32) start--;
    if (list.charCodeAt(start) <= 32) {
      // mid is between words: the next word starting before hi, if any.
      while (start < hi && list.charCodeAt(start) <= 32) start++;
      if (start >= hi) { hi = mid; continue; }
    }
    let end = start + 1;
    while (end < list.length && list.charCodeAt(end) > 32) end++;
    const here = list.slice(start, end);
    if (here === word) return true;
    if (here < word) lo = end;
    else hi = start;
  }
  return false;
}

/**
 * The gender of a given name ("Hillary" → f), or null when unknown or used for both. The lists
 * are unaccented, so "Geneviève" is read as "genevieve"; a compound French name takes its first
 * part ("Jean-François" → m, "Marie-Claude" → f).
 */
export function genderOfGivenName(name: string): Gender | null {
  // The same names come back at every keystroke (the attribution and entity stages ask for each
  // person's): answered once each, in a table that is emptied when it grows large.
  const seen = answers.get(name);
  if (seen !== undefined) return seen;
  if (answers.size >= 4096) answers.clear();
  const g = lookUp(name);
  answers.set(ownCopy(name), g);
  return g;
}

/**
 * The name as a string of its own. A name cut from a long text may be a slice that keeps the
 * whole text alive (V8 slices strings of 13 characters and more): kept as a table key, it held
 * 250,000-character pieces of a 10 MB article to the end of the run (issue 15, figure 5).
 */
function ownCopy(name: string): string {
  return name.length < 13 ? name : (JSON.parse(JSON.stringify(name)) as string);
}

const answers = new Map<string, Gender | null>();

/** "Karl", "Anthony": a given name of the lists (either gender, any case; unaccented as written). */
export function isListedGivenName(name: string): boolean {
  return names.has(name.toLowerCase());
}

function lookUp(name: string): Gender | null {
  const lower = name.toLowerCase();
  const known = names.get(lower);
  if (known) return known;
  const plain = /[\u00c0-\u024f]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
  const hyphen = plain.indexOf('-');
  return names.get(plain) ?? (hyphen > 1 ? names.get(plain.slice(0, hyphen)) ?? null : null);
}
