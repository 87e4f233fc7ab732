// The gender a text gives a person, for matching "he" and "she": an honorific or a gendered
// role word next to a mention ("Mrs. Cole", "spokeswoman Ann Cole", "Cole, the chairwoman"),
// else the given name ("Hillary" → female). Unknown when nothing says.
import type { Gender } from '../names/given-name-gender';

import { genderOfGivenName as censusGender } from '../names/given-name-gender';

export type { Gender } from '../names/given-name-gender';

/**
 * Short and familiar forms of given names, and names of public figures, that the census lists
 * leave without a gender and that are not shared ("Bernie", "Barack", "Mitt"; not "Chris",
 * "Jordan", "Andrea", which are).
 */
const FAMILIAR: ReadonlyMap<string, Gender> = new Map([
  ...['bernie', 'barack', 'newt', 'mitt', 'reince', 'beto', 'rahm', 'rudy', 'bobby', 'tommy', 'eddie', 'freddie', 'charlie',
    'ronnie', 'willie', 'mickey', 'donnie', 'lonnie', 'corey', 'cory', 'buzz', 'scooter', 'hakeem', 'bibi'].map((n) => [n, 'm'] as const),
  ...['kellyanne', 'huma', 'ivanka', 'tulsi', 'ilhan', 'kyrsten', 'gabby', 'priya', 'hillary'].map((n) => [n, 'f'] as const),
]);

/** The gender of a given name: the census lists, else the familiar forms above. */
export function genderOfGivenName(name: string): Gender | null {
  return censusGender(name) ?? (name.length >= 3 && name.length <= 9 ? FAMILIAR.get(name.toLowerCase()) ?? null : null);
}

const FEMALE_WORDS = new Set([
  'mrs', 'ms', 'miss', 'madam', 'madame', 'mme', 'dame', 'lady', 'sister', 'mother', 'queen', 'princess', 'duchess',
  'countess', 'baroness', 'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'businesswoman', 'actress',
  'congresswomen', 'wife', 'widow', 'daughter', 'grandmother', 'aunt', 'niece', 'girlfriend', 'stepmother',
  'stepdaughter', 'granddaughter', 'sportswoman', 'assemblywoman', 'alderwoman', 'anchorwoman', 'woman', 'girl',
]);
const MALE_WORDS = new Set([
  'mr', 'sir', 'lord', 'king', 'prince', 'duke', 'count', 'baron', 'brother', 'father', 'spokesman', 'chairman',
  'congressman', 'councilman', 'businessman', 'husband', 'widower', 'son', 'grandfather', 'uncle', 'nephew',
  'boyfriend', 'stepfather', 'stepson', 'grandson', 'monsignor', 'sportsman', 'assemblyman', 'alderman', 'anchorman', 'man', 'boy', 'actor',
]);

/** The gender a word gives the person it titles or describes ("Mrs.", "spokesman"), or null. */
export function genderOfWord(word: string): Gender | null {
  if (word.length < 2 || word.length > 14) return null;
  let w = word.toLowerCase();
  if (w.endsWith('.')) w = w.slice(0, -1);
  if (FEMALE_WORDS.has(w)) return 'f';
  if (MALE_WORDS.has(w)) return 'm';
  return null;
}

/** The pronoun's gender: "she"/"her" → f, "he"/"him" → m, else null. */
export function genderOfPronoun(word: string): Gender | null {
  const w = word.toLowerCase();
  if (w === 'she' || w === 'her') return 'f';
  if (w === 'he' || w === 'him') return 'm';
  return null;
}
