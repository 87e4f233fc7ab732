// Numbers that name rather than count: telephone numbers ("0800 555 111", "(555) 123-4567",
// "+44 20 7946 0958"), the number to call ("call 101", "dial 999"), reference numbers
// ("quoting log 1732") and house numbers ("200 N. Main St."). They are no figures: a
// fact-checker has nothing to check in them.
import type { TokenView } from './token-view';

/** Verbs after which a lone number is one to call. */
const CALL_VERBS: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', 'dial', 'dials', 'dialled', 'dialed', 'dialling', 'dialing', 'ring', 'rang',
  'phone', 'phoned', 'text', 'texted', 'tel', 'tel.', 'telephone',
]);
/** Lower-case words that may follow the number to call ("call 101 or …", "dialled 999 after …"). */
const AFTER_CALL: ReadonlySet<string> = new Set([
  'or', 'and', 'quoting', 'for', 'if', 'to', 'on', 'from', 'after', 'when', 'as', 'at', 'in', 'immediately', 'anonymously', 'free',
]);
/** Nouns before a reference number ("log 1732", "incident 4410", "badge 212", "passcode 4821930"). */
const REFERENCE_NOUNS: ReadonlySet<string> = new Set([
  'log', 'reference', 'ref', 'ref.', 'incident', 'crime', 'badge', 'docket', 'serial', 'passcode', 'pin', 'id',
  // Places numbered on a road or in a station: "between exits 46 and 57A", "gate 12", "platform 9".
  'exit', 'exits', 'gate', 'platform', 'junction', 'berth',
]);

/** Words that end a street's name, lower case without a full stop. */
const STREET_WORDS: ReadonlySet<string> = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr',
  'terrace', 'crescent', 'highway', 'hwy', 'parkway', 'pkwy',
]);

const DIGITS = /^\d+$/;

const YEAR_BEFORE: ReadonlySet<string> = new Set(['in', 'since', 'by', 'until', 'from', 'during', 'before', 'after', 'through', 'of']);

/** "In 2021 Main Street …": a year, not a house number. */
function yearAfterPreposition(raw: string, prev: string): boolean {
  return raw.length === 4 && YEAR_BEFORE.has(prev) && Number(raw) >= 1800 && Number(raw) <= 2100;
}

/** True when capitalised words after token i end in a street word ("200 N. Main St.", "12 Moor Lane"). */
function houseNumber(v: TokenView, i: number, end: number): boolean {
  for (let k = i + 1; k < end && k <= i + 5; k++) {
    // "N." is read as "N" and "."
    if (v.raw(k) === '.' && v.adjacent(k - 1, k)) continue;
    if (!v.capitalized(k)) return false;
    const w = v.lower(k);
    const bare = w.endsWith('.') ? w.slice(0, -1) : w;
    if (k > i + 1 && STREET_WORDS.has(bare)) {
      // "Nancy 0 Paris St Germain 0" (a saint), "220 Barry Lane 73 77 70" (a golfer in a results line).
      const next = k + 1 < end ? k + 1 : -1;
      if (next >= 0 && (v.digitStart(next) || ((bare === 'st' || bare === 'dr') && v.capitalized(next)))) return false;
      return true;
    }
  }
  return false;
}

/** "555-123-4567", "1-800-555-0199"; a local "123-4567" only after an area code in brackets. */
const HYPHENED_PHONE = /^(?:\d-)?\d{3}-\d{3}-\d{4}$/;
const LOCAL_PHONE = /^\d{3}-\d{4}$/;
/** A group of an international number: "1", "42", "212-859-1761", "3311812-4". */
const DIAL_GROUP = /^\d{1,8}(?:-\d{1,8}){0,3}$/;

/** Index of the last token of a telephone, reference or house number starting at digit token i, or -1. */
export function identifierEnd(v: TokenView, i: number, first: number, end: number): number {
  const raw = v.raw(i);
  const prev = i > first ? v.lower(i - 1) : '';
  if (HYPHENED_PHONE.test(raw)) return i;
  // "(555) 123-4567"
  if (prev === '(' && raw.length === 3 && DIGITS.test(raw) && v.raw(i + 1) === ')' && i + 2 < end && LOCAL_PHONE.test(v.raw(i + 2))) return i + 2;
  // After a "+": "+33 1 42 21 53 81", "+1 212-859-1761", "+358 - 0 - 680 50 245", "+6613377", "+65-8703086".
  if (prev === '+' && v.adjacent(i - 1, i) && DIAL_GROUP.test(raw)) {
    if (!DIGITS.test(raw)) return raw.replace(/-/g, '').length >= 7 ? i : -1;
    let k = i;
    while (k + 1 < end && !v.adjacent(k, k + 1) && (DIAL_GROUP.test(v.raw(k + 1)) || (v.raw(k + 1) === '-' && DIAL_GROUP.test(v.raw(k + 2))))) k++;
    if (k > i || raw.length >= 6) return k;
  }
  // Groups after a leading 0: "0800 555 111", "020 7946 0958".
  if (DIGITS.test(raw) && raw.length >= 3 && raw.length <= 5 && raw[0] === '0') {
    let k = i;
    while (k + 1 < end && DIGITS.test(v.raw(k + 1)) && v.raw(k + 1).length >= 2 && v.raw(k + 1).length <= 4 && !v.adjacent(k, k + 1)) k++;
    if (k > i) return k;
  }
  if (!DIGITS.test(raw)) return -1;
  if (REFERENCE_NOUNS.has(prev)) return i;
  if (raw.length > 5) return -1;
  if (raw !== '0' && houseNumber(v, i, end) && !yearAfterPreposition(raw, prev)) return i;
  if (CALL_VERBS.has(prev)) {
    const next = i + 1 < end ? v.raw(i + 1) : '';
    const word = next.length > 1 && next[0] !== next[0].toUpperCase();
    if (!word || AFTER_CALL.has(next)) return i;
  }
  return -1;
}
