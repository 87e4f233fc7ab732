// The gender of a given name ("Hillary" → f), from the census-derived lists in given-names.ts.
// Shared by the attribution stage (he/she) and the segmenter (an all-capitals name before a
// dash is a byline, not a dateline).
import { FEMALE_NAMES, MALE_NAMES } from './given-names';

export type Gender = 'f' | 'm';

let givenNames: Map<string, Gender> | null = null;

function names(): Map<string, Gender> {
  if (givenNames) return givenNames;
  givenNames = new Map();
  for (const n of FEMALE_NAMES.split(/\s+/)) if (n) givenNames.set(n, 'f');
  for (const n of MALE_NAMES.split(/\s+/)) if (n) givenNames.set(n, 'm');
  return givenNames;
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
  answers.set(name, g);
  return g;
}

const answers = new Map<string, Gender | null>();

/** "Karl", "Anthony": a given name of the lists (either gender, any case; unaccented as written). */
export function isListedGivenName(name: string): boolean {
  return names().has(name.toLowerCase());
}

function lookUp(name: string): Gender | null {
  const lower = name.toLowerCase();
  const known = names().get(lower);
  if (known) return known;
  const plain = /[\u00c0-\u024f]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
  const hyphen = plain.indexOf('-');
  return names().get(plain) ?? (hyphen > 1 ? names().get(plain.slice(0, hyphen)) ?? null : null);
}
