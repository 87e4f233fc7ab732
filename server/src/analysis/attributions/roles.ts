// The roles the article gives its people and organisations, so that "the minister" or "the
// company" can be resolved to whoever was introduced as such:
//   before the name     "Foreign Minister Clara Vance", "Valdoria's energy minister Lucia Ferraz"
//   after the name      "Clara Vance, the foreign minister," / "Andes Hydro Group, the builder,"
//   a description first "The company building the dam, Andes Hydro Group (AHG), said"
// A role is a head noun and the words before it ("prime minister": head "minister", modifier "prime").
import { Key, ownCopy } from '../memo';
import type { PlacedMemo } from './placed-memo';
import type { Mention } from '../types';
import { TITLES } from './words';

/** Nouns an organisation is referred back to by ("the company said"). */
/** Nouns for a business by what it makes or does ("the packaged-food maker", "the grocer"). */
export const MAKERS = [
  'maker', 'carmaker', 'drugmaker', 'chipmaker', 'steelmaker', 'grocer', 'supplier', 'processor', 'distributor', 'publisher',
  'broadcaster', 'brewer', 'railway', 'railroad', 'refiner', 'exporter', 'importer', 'chain', 'conglomerate', 'telecom',
];

export const ORGANIZATION_ROLES = new Set([
  ...MAKERS,
  'company', 'firm', 'group', 'agency', 'ministry', 'department', 'party', 'union', 'bank', 'court', 'council',
  'committee', 'commission', 'authority', 'organisation', 'organization', 'government', 'carrier', 'airline',
  'insurer', 'lender', 'retailer', 'manufacturer', 'developer', 'operator', 'utility', 'regulator', 'builder',
  'campaign', 'coalition', 'alliance', 'association', 'foundation', 'institute', 'university', 'network', 'club',
  'team', 'charity', 'board', 'office', 'police', 'army', 'military', 'prosecutors', 'automaker', 'producer', 'miner',
]);

/**
 * Modifiers that make a different office of the same head noun: the prime minister is not
 * "the minister", the vice president not "the president".
 */
export const OFFICE_CHANGING = new Set([
  'prime', 'vice', 'deputy', 'assistant', 'associate', 'former', 'ex', 'lieutenant', 'junior', 'shadow', 'acting',
  'interim', 'outgoing', 'incoming', 'attorney', 'surgeon', 'auditor', 'inspector', 'under',
]);

export interface Role {
  /** Head noun, lower case ("minister"). */
  head: string;
  /** Lower-case words before the head within the role ("prime"). */
  modifiers: string[];
  entity: string;
  /** Offset of the mention the role was read at. */
  start: number;
}

const WORD = /[\p{L}][\p{L}'’.-]*/gu;
const POSSESSIVE_END = /['’]s$/;

/**
 * Short titles before a name and the office they stand for, so that "Coun. Deborah Nyman" is
 * "the councillor" and "Sen. Ray Cole" "the senator" (wire and Canadian house abbreviations).
 */
const SHORT_TITLES = new Map([
  ['coun', 'councillor'], ['cllr', 'councillor'], ['sen', 'senator'], ['gov', 'governor'], ['rep', 'representative'],
  ['prof', 'professor'], ['supt', 'superintendent'], ['det', 'detective'], ['capt', 'captain'], ['cmdr', 'commander'],
  ['gen', 'general'], ['atty', 'attorney'], ['amb', 'ambassador'],
]);

/** A role word as its office: "coun." → "councillor", "minister" → "minister". */
function office(w: string): string {
  return SHORT_TITLES.get(w.endsWith('.') ? w.slice(0, -1) : w) ?? w;
}

function isRoleHead(w: string, type: Mention['type']): boolean {
  return type === 'PERSON' ? TITLES.has(office(w)) : type === 'ORGANIZATION' && ORGANIZATION_ROLES.has(w);
}

/** Words that end the modifiers of a role reading leftwards. */
const NOT_MODIFIERS = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'and', 'or', 'with', 'of', 'to', 'by', 'for', 'in', 'on', 'at',
  'said', 'says', 'told', 'met', 'as', 'from', 'that', 'who', 'when', 'after', 'before', 'while', 'than',
]);

/**
 * Where the clause ending `s` starts: after the last comma, semicolon, line break or sentence
 * end (a full stop after a word of four letters or more, so "Sen." and "U.S." do not cut).
 */
function clauseStart(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const ch = s[i];
    if (ch === ',' || ch === ';' || ch === '\n') return i + 1;
    if ((ch === '.' || ch === '!' || ch === '?') && i + 1 < s.length && s[i + 1] === ' ' && i >= 4 && isLetters(s, i - 4, i) && !shortTitleBefore(s, i)) return i + 1;
  }
  return 0;
}

/** Whether the word ending at `dot` is a short title ("Coun." of "Coun. Deborah Nyman"). */
function shortTitleBefore(s: string, dot: number): boolean {
  let b = dot;
  while (b > 0 && b > dot - 6 && s[b - 1] !== ' ' && s[b - 1] !== '\n') b--;
  return SHORT_TITLES.has(s.slice(b, dot).toLowerCase());
}

function isLetters(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = s[i];
    if (ch.toLowerCase() === ch.toUpperCase()) return false;
  }
  return true;
}

/**
 * Whether the word before `pos` is a role ("Minister Clara Vance"), or the word before that
 * when the nearer one is a short form ("President Dr. Ada Lind").
 */
function roleWordBefore(text: string, pos: number, type: Mention['type']): boolean {
  let e = pos;
  for (let n = 0; n < 2; n++) {
    while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
    let b = e;
    while (b > 0 && b > e - 16 && text.charCodeAt(b - 1) !== 32 && text.charCodeAt(b - 1) !== 10 && text.charCodeAt(b - 1) !== 44) b--;
    if (b === e || e - b > 15) return false;
    const end = text.charCodeAt(e - 1) === 46 ? e - 1 : e;
    if (end - b >= 3 && isRoleHead(text.slice(b, end).toLowerCase(), type)) return true;
    if (end - b > 4) return false;
    e = b;
  }
  return false;
}

/** Lower-case words of `s`, possessive owners and determiners dropped at the start. */
function words(s: string): string[] {
  return (s.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** A role at the end of `words` ("… foreign minister"), as head and up to three modifiers. */
function roleAtEnd(ws: string[], type: Mention['type']): { head: string; modifiers: string[] } | null {
  for (let i = ws.length - 1; i >= 0 && i >= ws.length - 2; i--) {
    if (!isRoleHead(ws[i], type)) continue;
    const modifiers: string[] = [];
    for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
      const w = ws[j];
      if (NOT_MODIFIERS.has(w) || POSSESSIVE_END.test(w)) break;
      modifiers.unshift(w);
    }
    return { head: type === 'PERSON' ? office(ws[i]) : ws[i], modifiers };
  }
  return null;
}

/** A role reading of a mention: the head noun and the words before it. */
export interface RoleReading {
  head: string;
  modifiers: string[];
}

/** Every role the text gives a person or organisation mention, in text order. */
export function findRoles(text: string, mentions: Mention[], memo?: RolesMemo): Role[] {
  const out: Role[] = [];
  if (memo) {
    lineByLine(text, mentions, memo, (m, readings) => {
      for (const r of readings) out.push({ head: r.head, modifiers: r.modifiers, entity: m.entity, start: m.start });
    });
    return out;
  }
  for (const m of mentions) {
    if (m.type !== 'PERSON' && m.type !== 'ORGANIZATION') continue;
    for (const r of rolesOf(text, m)) out.push({ head: r.head, modifiers: r.modifiers, entity: m.entity, start: m.start });
  }
  return out;
}

/**
 * Per line of the text that has mentions: their role readings, kept between analyses of a
 * changing text (the incremental analyser: findRoles took ~0.8 ms of a keystroke on a 10k-word
 * article). What rolesOf reads of a mention lies between the line break before it (read, never
 * passed) and 80 characters past its end; so what a line's readings are kept with is the text
 * from that line break (or the text's start) to 80 characters past the line's last-ending
 * mention (or the text's end), and each mention's offsets in it and type. Looked up by place
 * (placed-memo.ts), the text compared character by character.
 */
export type RolesMemo = PlacedMemo<KeptRoles>;

interface KeptRoles {
  /** The mentions' count, offsets from the text's start and types. */
  key: Int32Array;
  /** The text read (a copy). */
  text: string;
  readings: RoleReading[][];
}

/** How far past a mention's end rolesOf reads (the apposition after the name). */
const AFTER = 80;
const rolesKeys = new Key();
const TYPE_CODES: Record<Mention['type'], number> = { PERSON: 1, ORGANIZATION: 2, LOCATION: 3, MISC: 4 };

function lineByLine(text: string, mentions: Mention[], memo: RolesMemo, each: (m: Mention, readings: RoleReading[]) => void): void {
  // The lines first (their count places a line after an edit): per line, its first and end
  // mention indices and the text read, [from, to).
  const lines: number[] = [];
  let i = 0;
  while (i < mentions.length) {
    const m0 = mentions[i];
    if (m0.type !== 'PERSON' && m0.type !== 'ORGANIZATION') {
      i++;
      continue;
    }
    // The mentions starting on m0's line (sorted by start, as the resolver keeps them).
    const from = Math.max(0, text.lastIndexOf('\n', m0.start - 1));
    let lineEnd = text.indexOf('\n', m0.start);
    if (lineEnd < 0) lineEnd = text.length;
    // (A mention starting at a line break, which the entity stage never makes, is a line of its own.)
    if (lineEnd <= m0.start) lineEnd = m0.start + 1;
    const first = i;
    let to = 0;
    for (; i < mentions.length && mentions[i].start < lineEnd && mentions[i].start >= m0.start; i++) {
      const m = mentions[i];
      if (m.type === 'PERSON' || m.type === 'ORGANIZATION') to = Math.max(to, Math.min(text.length, m.end + AFTER));
    }
    lines.push(first, i, from, to);
  }
  const count = lines.length / 4;
  const group: Mention[] = [];
  for (let g = 0; g < count; g++) {
    const from = lines[4 * g + 2];
    const to = lines[4 * g + 3];
    group.length = 0;
    for (let k = lines[4 * g]; k < lines[4 * g + 1]; k++) {
      const m = mentions[k];
      if (m.type === 'PERSON' || m.type === 'ORGANIZATION') group.push(m);
    }
    const key = rolesKeys.reset();
    key.put(group.length);
    for (const m of group) {
      key.put(m.start - from);
      key.put(m.end - from);
      key.put(TYPE_CODES[m.type]);
    }
    let kept = sameRoles(memo.candidate(g, count, 0), key, text, from, to);
    kept ??= sameRoles(memo.candidate(g, count, 1), key, text, from, to);
    if (kept === undefined) {
      const numbers = key.copy();
      const own = ownCopy(text.slice(from, to));
      kept = { key: numbers, text: own, readings: group.map((m) => rolesOf(own, { start: m.start - from, end: m.end - from, type: m.type })) };
    }
    memo.keep(g, kept);
    for (let k = 0; k < group.length; k++) each(group[k], kept.readings[k]);
  }
  memo.renew(count);
}

/** `kept` if it was read from the same text with the same mentions. */
function sameRoles(kept: KeptRoles | undefined, key: Key, text: string, from: number, to: number): KeptRoles | undefined {
  if (kept === undefined || kept.text.length !== to - from || !key.equals(kept.key)) return undefined;
  const own = kept.text;
  for (let k = 0; k < own.length; k++) if (own.charCodeAt(k) !== text.charCodeAt(from + k)) return undefined;
  return kept;
}

/** The role readings of one person or organisation mention, in the order findRoles gives them. */
function rolesOf(text: string, m: { start: number; end: number; type: Mention['type'] }): RoleReading[] {
  const out: RoleReading[] = [];
  const add = (r: RoleReading | null) => {
    if (r) out.push(r);
  };
  // A title the entity stage kept inside the name: "District Judge Helen Marchetti".
  if (m.type === 'PERSON') add(titleInside(text.slice(m.start, m.end)));
  // Before the name, in the same clause: "Foreign Minister Clara Vance" (checked cheaply first:
  // one of the two words before the name is a role).
  if (roleWordBefore(text, m.start, m.type)) {
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const titleWords = words(before.slice(clauseStart(before))).slice(-4);
    add(titleWords.length > 0 ? roleAtEnd(titleWords, m.type) : null);
  }
  // A description before the name and a comma: "The company building the dam, Andes Hydro Group",
  // also past a short title before the name ("said the chair, Kenyan diplomat Joseph Otieno").
  const b = commaBefore(text, m.start);
  if (b > 0) {
    const before = text.slice(Math.max(0, b - 60), b);
    const desc = before.slice(clauseStart(before));
    const ws = fromDeterminer(words(desc));
    if (ws.length > 0 && ws.length <= 8 && (ws[0] === 'the' || ws[0] === 'a' || ws[0] === 'an' || POSSESSIVE_END.test(ws[0]))) {
      for (let i = 1; i < ws.length; i++) {
        if (!isRoleHead(ws[i], m.type)) continue;
        add(roleAtEnd(ws.slice(0, i + 1), m.type));
        break;
      }
    }
  }
  // After the name and a copula: "Marisol Reyes, 41, was the Crown's first witness", "Ann Lee is the
  // company's chief executive" (the sentence says what the person is; a later "the witness" is her).
  if (m.type === 'PERSON') add(copularRole(text.slice(m.end, m.end + AFTER)));
  // After the name: "Clara Vance, the foreign minister," / "Vance, Valdoria's foreign minister,".
  const next = text[m.end] === ' ' ? text[m.end + 1] : text[m.end];
  if (next !== ',' && next !== '(') return out;
  const after = text.slice(m.end, m.end + 80);
  // A comma that closes a quotation ("… beat Ann Cole,” the governor said") opens no apposition.
  const ap = /^\s*(?:\([^)]{1,12}\)\s*)?,(?![”"'’])\s*([^,.;:()\n]{1,70})/.exec(after);
  if (ap) {
    const ws = words(ap[1]);
    if (ws.length > 0 && (ws[0] === 'the' || ws[0] === 'a' || ws[0] === 'an' || ws[0] === 'its' || POSSESSIVE_END.test(ws[0]))) {
      // The head is the last role word before a link ("the minister of energy", "a spokesman for …").
      let end = ws.length;
      for (let i = 1; i < ws.length; i++) {
        if (ws[i] === 'of' || ws[i] === 'for' || ws[i] === 'at' || ws[i] === 'in' || ws[i] === 'who' || ws[i] === 'which') {
          end = i;
          break;
        }
      }
      add(roleAtEnd(ws.slice(0, end), m.type));
    }
  }
  return out;
}

/** "was the Crown's first witness": a copula, then a definite role phrase up to a link or a clause mark. */
const COPULA_ROLE = /^(?:\s*,\s*\d{1,3}\s*,)?\s+(?:is|was)\s+((?:the|[\p{Lu}][\p{L}.-]*['’]s)\s[^,.;:()\n]{1,60})/u;

/** Words that end a copula's role phrase ("the chief executive of …", "the witness who …"). */
const COPULA_LINKS = new Set(['of', 'for', 'at', 'in', 'who', 'to', 'and', 'or', 'with', 'on', 'from']);

/** The role a copula after a person's name gives them ("…, 41, was the Crown's first witness"), if any. */
function copularRole(after: string): RoleReading | null {
  const cm = COPULA_ROLE.exec(after);
  if (!cm) return null;
  const ws = words(cm[1]);
  let end = ws.length;
  for (let i = 1; i < ws.length; i++) {
    if (COPULA_LINKS.has(ws[i])) {
      end = i;
      break;
    }
  }
  // The last role word before it, or before a participle after one ("the chief financial officer",
  // "the first witness called by the defence"); "was the mayor's choice" names none (an owner's
  // role is not the person's).
  let head = -1;
  for (let i = 1; i < end; i++) {
    if (isRoleHead(ws[i], 'PERSON')) head = i;
    else if (head > 0 && ws[i].endsWith('ed')) break;
  }
  return head > 0 ? roleAtEnd(ws.slice(0, head + 1), 'PERSON') : null;
}

/**
 * The offset just past the comma before a name, directly or across up to three words of a title
 * ("…, Kenyan diplomat Joseph Otieno", "…, retired judge Olu Bakare"), or -1.
 */
function commaBefore(text: string, start: number): number {
  let b = start;
  for (let n = 0; n <= 3; n++) {
    while (b > 0 && text[b - 1] === ' ') b--;
    if (b > 0 && text[b - 1] === ',') return b - 1;
    let w = b;
    while (w > 0 && w > b - 20 && isNameChar(text, w - 1)) w--;
    if (w === b || (w > 0 && text[w - 1] !== ' ') || NOT_MODIFIERS.has(text.slice(w, b).toLowerCase())) return -1;
    b = w;
  }
  return -1;
}

/** A letter, an apostrophe or a hyphen (/[\p{L}'’-]/u), without the regular expression for ASCII (read for every mention). */
function isNameChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45;
  return /[\p{L}'’-]/u.test(text[i]);
}

/** Words from the first determiner or owner on ("said the chair" → "the chair"), or all of them. */
function fromDeterminer(ws: string[]): string[] {
  for (let i = 0; i < ws.length; i++) {
    if (ws[i] === 'the' || ws[i] === 'a' || ws[i] === 'an' || POSSESSIVE_END.test(ws[i])) return i === 0 ? ws : ws.slice(i);
  }
  return ws;
}

/** A title word inside a person's name span, before a capitalised name ("County District Judge Helen Marchetti"). */
function titleInside(name: string): { head: string; modifiers: string[] } | null {
  const ws = name.split(/\s+/);
  for (let i = ws.length - 2; i >= 0; i--) {
    const w = office(ws[i].toLowerCase());
    if (w.length >= 3 && TITLES.has(w) && /^\p{Lu}/u.test(ws[i + 1])) {
      return { head: w, modifiers: ws.slice(Math.max(0, i - 2), i).map((x) => x.toLowerCase()) };
    }
  }
  return null;
}
