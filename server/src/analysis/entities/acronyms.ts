// An acronym the article defines: "the International Energy Agency (IEA)", "Alternative for
// Germany (AfD)", "the Reserve Bank of India (RBI)". A short word of capitals in brackets right
// after an organisation's name is that organisation's short name, in the brackets and wherever the
// article uses it again ("SAIL", "WHO" and "RBI", which the tagger misses or reads as MISC), a
// type the votes keep (sure). A ticker ("(TLR.AX)") has a dot and is not one.
import type { Segmentation } from '../types';
import { ORG_HEADS } from './org-words';
import { rawMention, type RawMention } from './raw-mention';

/** Three to eight letters (a hyphen inside: "ZCCM-IH"), starting and ending with a capital; two
 *  letters in brackets are as often a club's tag in a table ("Mladost (BJ)") or a product's. */
const ACRONYM = /^\p{Lu}[\p{L}-]{1,6}\p{Lu}$/u;
const UPPER = /\p{Lu}/gu;

/** Month abbreviations in capitals: a contract month in a prices table ("LONG GILT (SEP)"). */
const MONTHS = new Set(['JAN', 'FEB', 'MAR', 'APR', 'JUN', 'JUL', 'AUG', 'SEP', 'SEPT', 'OCT', 'NOV', 'DEC']);
/** Last words of a body's name: the spelled name must end in one (not "Bovine Spongiform
 *  Encephalopathy (BSE)" or "Comprehensive Test Ban Treaty (CTBT)", MISC in CoNLL-2003). */
const BODY_ENDS = new Set([...ORG_HEADS, 'union', 'alliance', 'front', 'movement', 'coalition', 'congress', 'centre', 'center', 'centers', 'centres']);

function isAcronym(word: string): boolean {
  if (!ACRONYM.test(word) || MONTHS.has(word)) return false;
  return (word.match(UPPER)?.length ?? 0) * 2 > word.replace(/-/g, '').length;
}

const CAPITAL = /^\p{Lu}/u;
const JOINERS = new Set(['of', 'for', 'and', 'the', '&', 'de']);

/**
 * "Christian Democratic Union (CDU)" read as MISC "Christian" + MISC "Democratic Union": the
 * capitalised words right before the brackets whose initials spell the acronym are one name, an
 * organisation's. The first token of that name, or -1.
 */
function spelledBy(seg: Segmentation, open: number, acronym: string): number {
  const toks = seg.tokens;
  const letters = acronym.replace(/-/g, '').toUpperCase();
  let n = letters.length;
  let k = open - 1;
  while (k >= 0 && n > 0) {
    const t = toks[k].text;
    if (CAPITAL.test(t) && /^[\p{L}'’-]+$/u.test(t)) {
      if (t[0].toUpperCase() !== letters[n - 1] || (k === open - 1 && !BODY_ENDS.has(t.toLowerCase()))) return -1;
      n--;
      if (n === 0) return k;
    } else if (!JOINERS.has(t) || k === open - 1) return -1;
    k--;
  }
  return -1;
}

/** The initials of the organisations of three to six capitalised words (joiners skipped:
 *  "Bank of New York" → "BNY"), when any. */
function initialsOfOrganisations(mentions: RawMention[]): Set<string> | null {
  let out: Set<string> | null = null;
  for (const m of mentions) {
    if (m.credit || m.type !== 'ORGANIZATION' || m.text.length < 12) continue;
    const letters = initialsOf(m.text);
    if (letters) (out ??= new Set()).add(letters);
  }
  return out;
}

/** The capitals that start the words of a name written as capital + lower case ("Delaware Valley
 *  Regional Transit Authority" → "DVRTA"), joiners skipped; null for any other word or length. */
function initialsOf(text: string): string | null {
  let letters = '';
  for (let i = 0; i < text.length;) {
    let j = text.indexOf(' ', i);
    if (j < 0) j = text.length;
    if (j - i > 3 || !JOINERS.has(text.slice(i, j))) {
      const c = text.charCodeAt(i);
      if (c < 65 || c > 90 || j - i < 2 || letters.length === 6) return null;
      for (let k = i + 1; k < j; k++) {
        const d = text.charCodeAt(k);
        // Lower case (any script), a hyphen or an apostrophe after the capital: "O'Neill", "Rhône-Alpes".
        if (d < 128 ? !(d >= 97 && d <= 122) && d !== 45 && d !== 39 : d === 8217 ? false : String.fromCharCode(d).toLowerCase() !== String.fromCharCode(d)) return null;
      }
      letters += text[i];
    }
    i = j + 1;
  }
  return letters.length >= 3 ? letters : null;
}

const LOWER = /\p{Ll}/u;

/** True when a word next to token i has a lower-case letter (running text, not a line of capitals). */
function inLowerCaseLine(toks: Segmentation['tokens'], i: number): boolean {
  return (i > 0 && LOWER.test(toks[i - 1].text)) || (i + 1 < toks.length && LOWER.test(toks[i + 1].text));
}

/** Where each organisation ends → where the longest one ending there starts. */
function organisationStarts(mentions: RawMention[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of mentions) {
    if (m.credit || m.type !== 'ORGANIZATION') continue;
    const at = out.get(m.end);
    if (at === undefined || m.start < at) out.set(m.end, m.start);
  }
  return out;
}

/** Longest mention looked back for, in UTF-16 units. */
const LONGEST = 300;

/** True when a mention overlaps [a, b) and reaches past it (`mentions` sorted by start). */
function crosses(mentions: RawMention[], a: number, b: number): boolean {
  let lo = 0, hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < a - LONGEST) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < mentions.length && mentions[k].start < b; k++) {
    const m = mentions[k];
    if (!m.credit && a < m.end && (m.start < a || m.end > b)) return true;
  }
  return false;
}

/** Case classes of lexicon.ts (features.ts `cap`, one per token): punctuation, and words of capitals only. */
const PUNCT = 0, CAPS = 5;
const LOWER_LETTER = /\p{Ll}/u;

/** `cap`: the tokens' case classes (features.ts), so that most tokens are passed over without reading their text. */
export function definedAcronyms(seg: Segmentation, mentions: RawMention[], skip: (token: number) => boolean, cap: Uint8Array): RawMention[] {
  const toks = seg.tokens;
  // Where organisations end: made at the first bracketed acronym (most articles have none).
  let ends: Map<number, number> | null = null;
  const defined = new Set<string>();
  const spelled: Array<[number, number]> = [];
  for (let i = 1; i + 2 < toks.length; i++) {
    if (cap[i] !== PUNCT || toks[i].text !== '(' || toks[i + 2].text !== ')' || !isAcronym(toks[i + 1].text) || skip(i + 1)) continue;
    // A name in capitals ("LONG GILT (SEP)", a table or a headline) defines nothing.
    if (!/\p{Ll}/u.test(toks[i - 1].text)) continue;
    ends ??= organisationStarts(mentions);
    const orgStart = ends.get(toks[i - 1].end);
    if (orgStart !== undefined) {
      defined.add(toks[i + 1].text);
      // Round 16: "Cybersecurity and Infrastructure Security Agency (CISA)" read as "Infrastructure
      // Security Agency": the words the acronym spells before the organisation are its name too.
      const from = spelledBy(seg, i, toks[i + 1].text);
      const a = from >= 0 ? toks[from].start : 0, b = toks[i - 1].end;
      if (from >= 0 && a < orgStart && !crosses(mentions, a, b)) spelled.push([a, b]);
    } else {
      const from = spelledBy(seg, i, toks[i + 1].text);
      const a = from >= 0 ? toks[from].start : 0, b = toks[i - 1].end;
      // A name reaching past the spelled words keeps its own reading.
      if (from >= 0 && !crosses(mentions, a, b)) {
        defined.add(toks[i + 1].text);
        spelled.push([a, b]);
      }
    }
  }
  // "the Delaware Valley Regional Transit Authority" … "the DVRTA strike": an organisation named in
  // full, three words or more, is also named by its initials where the article never bracketed them.
  let initialled = initialsOfOrganisations(mentions);
  if (initialled) {
    // An acronym also bracketed is read as the brackets define it.
    for (const a of defined) initialled.delete(a);
    for (const a of initialled) defined.add(a);
    if (initialled.size === 0) initialled = null;
  }
  if (defined.size === 0) return mentions;
  if (spelled.length) {
    const inside = (m: RawMention) => spelled.some(([a, b]) => m.start >= a && m.end <= b);
    mentions = mentions.filter((m) => m.credit || !inside(m))
      .concat(spelled.map(([a, b]) => rawMention(a, b, seg.text.slice(a, b), 'ORGANIZATION', false, true)))
      .sort((a, b) => a.start - b.start || b.end - a.end);
  }
  const named = new Set<number>();
  const out = mentions.map((m) => {
    if (m.credit || !defined.has(m.text)) return m;
    named.add(m.start);
    return m.type === 'ORGANIZATION' && m.sure ? m : { ...m, type: 'ORGANIZATION' as const, sure: true };
  });
  // Untagged uses: a token that spells the acronym and sits in no mention.
  const covered = new Uint8Array(toks.length);
  let k = 0;
  for (const m of mentions) {
    while (k < toks.length && toks[k].end <= m.start) k++;
    for (let j = k; j < toks.length && toks[j].start < m.end; j++) covered[j] = 1;
  }
  let added = false;
  // Acronyms of capitals only (most): a token of another case class is passed over unread.
  let capitalsOnly = true;
  for (const a of defined) if (LOWER_LETTER.test(a)) capitalsOnly = false;
  for (let i = 0; i < toks.length; i++) {
    if (capitalsOnly && cap[i] !== CAPS) continue;
    const t = toks[i];
    // An acronym starts with a capital: most tokens are skipped on their first letter, unhashed.
    const c = t.text.charCodeAt(0);
    if (c < 65 || (c > 90 && c < 128)) continue;
    if (covered[i] || !defined.has(t.text) || named.has(t.start) || skip(i)) continue;
    // In a line of capitals ("THE DAY …") a word of capitals is not a name's initials.
    if (initialled?.has(t.text) && !inLowerCaseLine(toks, i)) continue;
    out.push(rawMention(t.start, t.end, t.text, 'ORGANIZATION', false, true));
    added = true;
  }
  return added ? out.sort((a, b) => a.start - b.start || b.end - a.end) : out;
}
