// Hyphenated compounds whose name part is an adjective: "Russian-led", "Soviet-era",
// "ex-Soviet", "pro-Western". The name part alone is MISC (CoNLL-2003 and seed conventions).

const SUFFIXES = new Set([
  'led', 'era', 'based', 'backed', 'born', 'made', 'owned', 'run', 'style', 'controlled', 'dominated',
  'sponsored', 'speaking', 'funded', 'allied', 'brokered', 'bound', 'built', 'trained', 'inspired',
  'linked', 'held', 'leaning', 'friendly', 'supported', 'listed', 'registered', 'headquartered',
]);
const PREFIXES = new Set(['ex', 'post', 'pre', 'anti', 'pro', 'non', 'pan', 'neo', 'former']);
const NOT_NAMES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'the', 'a', 'an',
]);

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
}

/** The [start, end) offsets of the name part inside the token text, or null. */
export function compoundNamePart(word: string): [number, number] | null {
  const dash = word.indexOf('-');
  if (dash <= 0 || dash === word.length - 1) return null;
  const last = word.lastIndexOf('-');
  // "Russian-led", "U.S.-backed": name then one lower-case suffix.
  const suffix = word.slice(last + 1);
  if (SUFFIXES.has(suffix) && isUpper(word.charCodeAt(0))) {
    const name = word.slice(0, last);
    if (!NOT_NAMES.has(name.toLowerCase())) return [0, last];
  }
  // "ex-Soviet", "anti-Western": one lower-case prefix then the name.
  const prefix = word.slice(0, dash);
  if (PREFIXES.has(prefix) && isUpper(word.charCodeAt(dash + 1))) {
    const name = word.slice(dash + 1);
    if (!NOT_NAMES.has(name.toLowerCase()) && name.indexOf('-') < 0) return [dash + 1, word.length];
  }
  return null;
}
