// A results list writes a player's seeding or entry onto the name ("3-Karolina Vesela",
// "Q-Daryna Kovalchuk", "WC-Tom Hale": third seed, qualifier, wild card), and a Reuters headline
// its update number onto the first word ("UPDATE 1-Royal Navy frigate …"). The tokenizer keeps the
// hyphenated word whole, so the name would start with the prefix; it starts after it.

/** Letters of an entry written before a player's name: qualifier, wild card, lucky loser, protected ranking, special exempt, alternate. */
const ENTRIES = new Set(['Q', 'WC', 'LL', 'PR', 'SE', 'ALT']);

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;

/**
 * How many characters of the name's first token are a seeding or update prefix: "3-" of
 * "3-Karolina", "Q-" of "Q-Daryna" (people only), "1-" of "1-Royal" after "UPDATE". 0 if none.
 * The rest must read as a name word (a capital, then a lower-case letter: not "4-H", "7-Eleven" is
 * not a person's name nor after "UPDATE").
 */
export function seedPrefixLength(first: string, person: boolean, afterUpdate: boolean): number {
  const dash = first.indexOf('-');
  if (dash < 1 || dash > 3 || dash + 2 >= first.length) return 0;
  if (!isUpper(first.charCodeAt(dash + 1)) || !isLower(first.charCodeAt(dash + 2))) return 0;
  const c0 = first.charCodeAt(0);
  if (isDigit(c0)) {
    if (!person && !afterUpdate) return 0;
    for (let i = 1; i < dash; i++) if (!isDigit(first.charCodeAt(i))) return 0;
    return dash + 1;
  }
  return person && ENTRIES.has(first.slice(0, dash)) ? dash + 1 : 0;
}
