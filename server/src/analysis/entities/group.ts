// Groups mentions into entities, one per real-world thing: a surname joins the full name
// ("Tokayev" → "Kassym-Jomart Tokayev"; the nearest one when several share it), an acronym
// its long form ("CSTO"), and names match case-insensitively (dateline "ALMATY" = "Almaty").
import type { Entity, EntityType, Mention } from '../types';
import { genderOfGivenName, type Gender } from '../names/given-name-gender';
import type { RawMention } from './rules';
import { PERSON, ORGANIZATION, LOCATION, MISC } from './labels';

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'on', '&', 'de', 'la', 'des', 'du']);

function words(s: string): string[] {
  return s.split(' ').filter((w) => w.length > 0);
}

/** "Collective Security Treaty Organization" → "CSTO". */
function initials(name: string): string {
  let out = '';
  for (const w of words(name)) {
    if (ACRONYM_SKIP.has(w.toLowerCase())) continue;
    for (const part of w.split('-')) if (part) out += part[0];
  }
  return out.toUpperCase();
}

function isAcronym(s: string): boolean {
  if (s.length < 2 || s.length > 8) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c >= 65 && c <= 90)) return false;
  }
  return true;
}

const TYPE_INDEX: Record<EntityType, number> = { PERSON, ORGANIZATION, LOCATION, MISC };

interface Group {
  type: EntityType;
  credit: boolean;
  members: RawMention[];
  /** The group its members went to (joinBracketedAliases), else null. */
  into: Group | null;
  /** Its place among the entities, once they are numbered. */
  n: number;
  /** A person's gender, from an honorific ("Mrs. Clinton") or, read only when asked (genderOf), a full name's known given name ("Bill Clinton"); null if unknown. */
  gender: Gender | null;
  /** The first full name of a person put in the group, whose given name genderOf reads; null once read or if none. */
  given: string | null;
}

/** The group's gender, reading its full name's given name the first time it is asked (most groups never are). */
function genderOf(g: Group): Gender | null {
  if (g.gender === null && g.given !== null) {
    g.gender = fullNameGender(g.given);
    g.given = null;
  }
  return g.gender;
}

/**
 * The gender an honorific right before a lone surname says ("Mrs. Clinton", "Ms Ardern", "Mr.
 * Clinton"), or null: a family's wife and husband are two people ("Bill Clinton" … "Mrs. Clinton").
 */
function honorificGender(text: string, at: number): Gender | null {
  if (at < 3 || text.charCodeAt(at - 1) !== 32) return null;
  let e = at - 1;
  if (text.charCodeAt(e - 1) === 46 /* . */) e--;
  let b = e;
  while (b > 0 && e - b < 5 && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  if (b > 0 && /[\p{L}\p{N}]/u.test(text[b - 1])) return null;
  const w = text.slice(b, e);
  return w === 'Mr' ? 'm' : w === 'Mrs' || w === 'Ms' || w === 'Miss' ? 'f' : null;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The gender a full name's first word says ("Hillary Clinton" → f), or null (an initial, an unknown name). */
function fullNameGender(name: string): Gender | null {
  const sp = name.indexOf(' ');
  return sp > 1 ? genderOfGivenName(name.slice(0, sp)) : null;
}

/** The candidates that may be the person an honorific names: of its gender if any is, else of no known gender. */
function ofGender(cands: Group[] | undefined, want: Gender): Group[] | undefined {
  if (!cands) return undefined;
  const same = cands.filter((g) => genderOf(g) === want);
  return same.length > 0 ? same : cands.filter((g) => genderOf(g) === null);
}

/** The group a mention ended in, from the one it was put in first. */
function finalGroup(g: Group): Group {
  while (g.into !== null) g = g.into;
  return g;
}

function lastWord(s: string): string {
  return s.slice(s.lastIndexOf(' ') + 1).toLowerCase();
}

function countWords(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

/** A family word right before a name ("her son Colin Lachlan", "survived by his wife, Ann Rees"). */
const RELATIVE_BEFORE = /\b(?:sons?|daughters?|husband|wife|brothers?|sisters?|father|mother|grandsons?|granddaughters?|grandchildren|nephews?|nieces?|cousins?|stepsons?|stepdaughters?|widow|widower|children|partner)(?:,| is| was)? $/i;

/** True when the group's first mention comes right after a family word: the subject's relative. */
function introducedAsRelative(text: string, g: Group): boolean {
  let first = Infinity;
  for (const m of g.members) if (m.start < first) first = m.start;
  return first !== Infinity && RELATIVE_BEFORE.test(text.slice(Math.max(0, first - 40), first));
}

/**
 * The person a lone surname refers to: the only one with that surname, or, when several
 * share it ("Bill Clinton", "Hillary Clinton"), the one mentioned most recently before it
 * (else the first one after it) — passing over a relative introduced by a family word ("her son
 * Colin Lachlan") for the person they are the relative of: in an obituary "Lachlan" is still the
 * deceased.
 */
function bySurname(cands: Group[] | undefined, at: number, text: string): Group | undefined {
  if (!cands || cands.length === 0) return undefined;
  if (cands.length === 1) return cands[0];
  let best: Group | undefined;
  let bestAt = -1;
  let subject: Group | undefined;
  let subjectAt = -1;
  let after: Group | undefined;
  let afterAt = Infinity;
  for (const g of cands) {
    const relative = text !== '' && introducedAsRelative(text, g);
    for (const m of g.members) {
      if (m.start < at && m.start > bestAt) { bestAt = m.start; best = g; }
      if (!relative && m.start < at && m.start > subjectAt) { subjectAt = m.start; subject = g; }
      if (m.start > at && m.start < afterAt) { afterAt = m.start; after = g; }
    }
  }
  return subject ?? best ?? after;
}

/**
 * The grouping key of a name: lower case; a person's middle initials left out ("Donald J.
 * Trump" = "Donald Trump"); a leading "the" left out ("The Lakeside Post" = "Lakeside Post"), and a final full stop
 * ("Acme Corp." = "Acme Corp", "U.S." = "U.S").
 */
const MIDDLE_INITIAL = / [a-z]\.? /;

function nameKey(type: EntityType, text: string): string {
  let lower = text.toLowerCase();
  if (lower.startsWith('the ') && type !== 'PERSON') lower = lower.slice(4);
  // "Acme Corp." mid-sentence = "Acme Corp" before the sentence's full stop, "U.S." = "U.S" (final-suffixes.ts).
  if (lower.endsWith('.')) lower = lower.slice(0, -1);
  if (type !== 'PERSON' || !MIDDLE_INITIAL.test(lower)) return lower;
  const w = words(lower);
  const kept = w.filter((x, i) => i === 0 || i === w.length - 1 || !/^[a-z]\.?$/.test(x));
  return kept.join(' ');
}

/** Legal suffixes a company's name may be written with or without ("Acme Mining Inc." = "Acme Mining"). */
const LEGAL_SUFFIXES = new Set(['inc.', 'corp.', 'ltd.', 'co.', 'inc', 'corp', 'corporation', 'ltd', 'limited', 'plc', 'llc', 'lp', 'llp', 'co', 'ag', 'sa', 'nv', 'se', 'asa', 'oyj', 'ab', 'gmbh', 'pty', 'bhd']);

/** A name key (nameKey: lower case, no final full stop) without its legal suffix and the comma before it, when it has two words left at least; else null. */
function withoutLegalSuffix(key: string): string | null {
  const sp = key.lastIndexOf(' ');
  // Legal suffixes are short: most names end in a longer word and need no look-up.
  if (sp < 0 || key.length - sp > 12 || !LEGAL_SUFFIXES.has(key.slice(sp + 1))) return null;
  let base = key.slice(0, sp);
  if (base.endsWith(',')) base = base.slice(0, -1);
  return base.indexOf(' ') > 0 ? base : null;
}

function firstWord(s: string): string {
  const sp = s.indexOf(' ');
  return (sp < 0 ? s : s.slice(0, sp)).toLowerCase();
}

/** The one group in the list, if there is exactly one. */
function only(list: Group[] | undefined): Group | undefined {
  return list && list.length === 1 ? list[0] : undefined;
}

function addTo(map: Map<string, Group[]>, key: string, g: Group): void {
  const list = map.get(key) ?? [];
  if (!list.includes(g)) list.push(g);
  map.set(key, list);
}

export function groupMentions(raw: RawMention[], text = ''): { entities: Entity[]; mentions: Mention[] } {
  const groups: Group[] = [];
  /** Groups by name key, one map per credit flag and type (no key string is built). */
  const byKey = Array.from({ length: 8 }, () => new Map<string, Group>());
  const keysOf = (type: EntityType, credit: boolean) => byKey[(credit ? 4 : 0) + TYPE_INDEX[type]];
  /** Full-name person groups by surname, and by the first word (family-name-first names: "Hua" of "Hua Chunying"). */
  const surnames = new Map<string, Group[]>();
  const firstNames = new Map<string, Group[]>();
  /** Multi-word organisations by first and last word ("Suncor" of "Suncor Energy", "Post" of "The Washington Post"). */
  const orgFirst = new Map<string, Group[]>();
  const orgLast = new Map<string, Group[]>();
  /** Lone surnames after an honorific, by gender and name ("f:clinton"), once no full name of that gender took them. */
  const byHonorific = new Map<string, Group>();

  // Longer names first, so that "Tokayev" finds "Kassym-Jomart Tokayev" wherever it comes.
  const nWords = raw.map((m) => countWords(m.text));
  /** The group each mention was put in, by its index in `raw` (no map keyed by mention objects). */
  const groupAt = new Array<Group>(raw.length);
  for (const i of longestFirst(nWords)) {
    const m = raw[i];
    const lower = nameKey(m.type, m.text);
    const multi = nWords[i] > 1;
    const keys = keysOf(m.type, m.credit);
    let g: Group | undefined;
    const want = m.type === 'PERSON' && !m.credit && !multi && text !== '' ? honorificGender(text, m.start) : null;
    if (m.type === 'PERSON' && !m.credit && !multi) g = bySurname(want ? ofGender(surnames.get(lower), want) : surnames.get(lower), m.start, text);
    if (!g && want) g = byHonorific.get(want + lower);
    if (!g) {
      g = keys.get(lower);
      // "Mrs. Clinton" is not the "Clinton" that went to "Bill Clinton".
      if (g && want && g.type === 'PERSON' && genderOf(g) !== null && genderOf(g) !== want) g = undefined;
    }
    // An agency credited in the byline and named in the story is one organisation ("The Canadian
    // Press" under the headline, "Canadian Press" in the text), credited (a credit is never a
    // newsmaker: the furniture's names stay out of the story's); credited people stay apart.
    if (!g && m.type === 'ORGANIZATION') {
      g = keysOf(m.type, !m.credit).get(lower);
      if (g && m.credit) g.credit = true;
    }
    // "Harbourline Energy" of "Harbourline Energy Inc.": a company without its legal suffix (round 19).
    if (!g && multi && m.type === 'ORGANIZATION') g = keys.get(`base:${lower}`);
    if (!g && !multi && !m.credit && m.type === 'PERSON') g = only(firstNames.get(lower));
    if (!g && !multi && !m.credit && m.type === 'ORGANIZATION' && !isAcronym(m.text)) g = only(orgFirst.get(lower)) ?? only(orgLast.get(lower));
    if (!g && m.type === 'ORGANIZATION' && isAcronym(m.text)) {
      g = keys.get(`initials:${m.text}`);
    }
    if (!g) {
      g = { type: m.type, credit: m.credit, members: [], into: null, n: -1, gender: null, given: null };
      groups.push(g);
    }
    g.members.push(m);
    groupAt[i] = g;
    if (!keys.has(lower)) keys.set(lower, g);
    if (want) {
      if (genderOf(g) === null) g.gender = want;
      if (!byHonorific.has(want + lower)) byHonorific.set(want + lower, g);
    }
    if (m.type === 'PERSON' && multi && !m.credit) {
      if (g.gender === null && g.given === null) g.given = m.text;
      addTo(surnames, lastWord(m.text), g);
      addTo(firstNames, firstWord(m.text), g);
    }
    // Round 24: "Washington, D.C." then "Washington" or "D.C.", "Portland, Oregon" then "Portland": the
    // town written with its region is the town alone later; the District's letters are the city itself
    // (a region's name alone, "Oregon", is another place).
    if (m.type === 'LOCATION' && multi) {
      const comma = lower.indexOf(', ');
      if (comma > 0) {
        const town = lower.slice(0, comma);
        if (!keys.has(town)) keys.set(town, g);
        const region = lower.slice(comma + 2);
        if (region === 'd.c' && !keys.has(region)) keys.set(region, g);
      }
    }
    if (m.type === 'ORGANIZATION' && multi) {
      const base = withoutLegalSuffix(lower);
      if (base !== null && !keys.has(`base:${base}`)) keys.set(`base:${base}`, g);
    }
    if (m.type === 'ORGANIZATION' && multi && !m.credit) {
      addTo(orgFirst, firstWord(lower), g);
      addTo(orgLast, lastWord(lower), g);
    }
    if (m.type === 'ORGANIZATION' && multi) {
      const ini = initials(m.text);
      if (ini.length >= 2 && !keys.has(`initials:${ini}`)) keys.set(`initials:${ini}`, g);
    }
  }

  joinBracketedAliases(raw, groupAt, groups, text);
  for (const g of groups) g.members.sort((a, b) => a.start - b.start);
  groups.sort((a, b) => a.members[0].start - b.members[0].start);
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  groups.forEach((g, n) => {
    g.n = n;
    const id = `e${n + 1}`;
    const aliases: string[] = [];
    for (const m of g.members) if (!aliases.includes(m.text)) aliases.push(m.text);
    const name = canonical(aliases);
    // The forms with a title ("President Nurlanov") come after the names as written.
    for (const m of g.members) {
      if (m.titled === undefined || text === '') continue;
      const titled = text.slice(m.titled, m.end).replace(/\s+/g, ' ');
      if (!aliases.includes(titled)) aliases.push(titled);
    }
    entities.push({
      id, type: g.type, name, aliases: [name, ...aliases.filter((a) => a !== name)],
      mentions: g.members.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      role: g.credit ? 'credit' : 'newsmaker',
    });
  });
  // In text order: the rules give the mentions nearly so (the sort then has little to do).
  for (let i = 0; i < raw.length; i++) {
    const m = raw[i];
    const n = finalGroup(groupAt[i]).n;
    mentions.push({ start: m.start, end: m.end, text: m.text, type: groups[n].type, entity: entities[n].id });
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { entities, mentions };
}

/**
 * Indices of the mentions by number of words, most first, in text order within the same number:
 * a counting sort (names have a few words), not a comparison sort of every mention.
 */
function longestFirst(nWords: number[]): number[] {
  let most = 0;
  for (const n of nWords) if (n > most) most = n;
  const starts = new Int32Array(most + 2);
  for (const n of nWords) starts[most - n + 1]++;
  for (let k = 1; k < starts.length; k++) starts[k] += starts[k - 1];
  const order = new Array<number>(nWords.length);
  for (let i = 0; i < nWords.length; i++) order[starts[most - nWords[i]]++] = i;
  return order;
}

/**
 * "Chevron (CVX.N)", "the Collective Security Treaty Organization (CSTO)": a one-word
 * organisation name in brackets right after an organisation is that organisation's other name.
 */
function joinBracketedAliases(raw: RawMention[], groupAt: Group[], groups: Group[], text: string): void {
  if (text === '' || text.indexOf('(') < 0) return;
  // Indices into `raw` in text order (a stable sort, as of the mentions themselves).
  const sorted = inTextOrder(raw) ? null : raw.map((_, i) => i).sort((a, b) => raw[a].start - raw[b].start);
  for (let k = 1; k < raw.length; k++) {
    const i = sorted === null ? k : sorted[k];
    const j = sorted === null ? k - 1 : sorted[k - 1];
    const m = raw[i];
    const p = raw[j];
    if (m.type !== 'ORGANIZATION' || p.type !== 'ORGANIZATION' || text.charCodeAt(m.end) !== 41 || m.text.includes(' ')) continue;
    const between = text.slice(p.end, m.start);
    if (between !== ' (' && between !== '(') continue;
    const from = finalGroup(groupAt[i]);
    const into = finalGroup(groupAt[j]);
    if (from === into || from.credit !== into.credit) continue;
    for (const x of from.members) into.members.push(x);
    from.members = [];
    from.into = into;
  }
  for (let i = groups.length - 1; i >= 0; i--) if (groups[i].members.length === 0) groups.splice(i, 1);
}

function inTextOrder(raw: RawMention[]): boolean {
  for (let i = 1; i < raw.length; i++) if (raw[i].start < raw[i - 1].start) return false;
  return true;
}

/** The fullest name: most words, then not all capitals, then longest. */
function canonical(aliases: string[]): string {
  let best = aliases[0];
  const score = (s: string) => countWords(s) * 1000 + (s === s.toUpperCase() && s.length > 5 ? 0 : 500) + s.length;
  for (const a of aliases) if (score(a) > score(best)) best = a;
  return best;
}
