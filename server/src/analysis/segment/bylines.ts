// Bylines and agency sign-offs: "By Greg Beacham, AP Sports Writer", "By Pat Graham" + "AP Sports Writer",
// "Marie Wells Parliamentary reporter", "Jane Doe, The Canadian Press", "Field Level Media",
// "-- The Associated Press", "==Kyodo", "With files from Reuters", "This report by The Canadian Press was first
// published …". The people named are credited staff, not newsmakers.
import type { Span } from '../types';

/** Words that make a line part a role or an outlet, not a name. Lower case. */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors',
  'columnist', 'staff', 'bureau', 'press', 'reuters', 'afp', 'bloomberg', 'contributor', 'journalist',
  'producer', 'critic', 'chief', 'senior', 'news', 'post', 'times', 'star', 'herald', 'globe', 'tribune',
  'journal', 'media', 'service', 'wire', 'desk', 'special', 'ap', 'cp', 'upi', 'dpa', 'efe', 'xinhua',
]);

/** Words that open a role before its role word ("Parliamentary reporter", "Senior Political Writer"). */
const ROLE_ADJECTIVES: ReadonlySet<string> = new Set([
  'parliamentary', 'political', 'senior', 'chief', 'staff', 'business', 'sports', 'health', 'science',
  'medical', 'foreign', 'national', 'legal', 'justice', 'courts', 'education', 'investigative', 'global',
  'economics', 'economic', 'energy', 'technology', 'transportation', 'arts', 'culture', 'food', 'travel',
  'opinion', 'contributing', 'special', 'associate', 'deputy', 'managing', 'investment', 'markets',
  'entertainment', 'music', 'film', 'books', 'environment', 'climate', 'china', 'europe', 'asia', 'africa',
  'washington', 'ottawa', 'london', 'u.s.', 'quebec', 'western', 'eastern', 'b.c.', 'alberta', 'feature',
]);

/** Small words allowed inside a role ("Special to The Globe and Mail", "Reporter for the Star"). */
const ROLE_GLUE: ReadonlySet<string> = new Set(['to', 'the', 'and', 'of', 'for', 'at', 'in', '&']);

/** Outlets that sign a story off at its end. Lower case, without leading dashes. */
const SIGN_OFFS: ReadonlySet<string> = new Set([
  'field level media', 'the associated press', 'associated press', 'the canadian press', 'canadian press',
  'reuters', 'afp', 'agence france-presse', 'bloomberg', 'bloomberg news', 'upi', 'dpa', 'cnn', 'cbc news',
  'ctv news', 'global news', 'postmedia news', 'the globe and mail', 'staff', 'staff and wire reports',
  'wire reports', 'from wire reports', 'news services', 'wire services', 'stats perform',
  'kyodo', 'kyodo news', 'xinhua', 'yonhap', 'pti', 'ians', 'ani', 'aap', 'pa', 'pa media', 'efe', 'ansa', 'tass',
]);

const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'da', 'del', 'der', 'la', 'le', 'bin', 'al']);

/** Words that open no person's name ("By The Numbers", "By This Time"). */
const NOT_NAME_START: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'all',
  'any', 'some', 'every', 'no', 'one', 'how', 'what', 'why', 'when', 'where', 'who',
]);

/** "al-Sayyad", "el-Amin", "bin-Talal": a lower-case article joined by a hyphen to a capitalised name. */
const JOINED_PARTICLE = /^(?:al|el|ad|ash|as|at|az|bin|ben|ibn|abu|ul)-\p{Lu}/u;

/** A person's name: two to four capitalised words (initials and particles allowed). */
function isName(s: string): boolean {
  const ws = s.split(' ');
  if (ws.length < 2 || ws.length > 5 || NOT_NAME_START.has(ws[0].toLowerCase())) return false;
  let caps = 0;
  for (const w of ws) {
    if (w.length === 0) return false;
    const c = w[0];
    if (c !== c.toUpperCase() || c === c.toLowerCase()) {
      if (JOINED_PARTICLE.test(w)) { caps++; continue; }
      if (!NAME_PARTICLES.has(w)) return false;
      continue;
    }
    if (ROLE_WORDS.has(w.toLowerCase())) return false;
    caps++;
  }
  return caps >= 2;
}

/** A line that is a person's name alone ("Martin Reid"), as some pages set a byline above its role. */
export function isNameLine(line: string): boolean {
  return line.length <= 40 && !/[,.:;!?"“”()]/.test(line.replace(/\b\p{Lu}\./gu, '')) && isName(line);
}

/** A role or outlet: role words, capitalised words and glue, with at least one role word. */
function isRole(s: string): boolean {
  const ws = s.split(' ').filter((w) => w.length > 0);
  if (ws.length === 0 || ws.length > 7) return false;
  let role = false;
  for (const w of ws) {
    const l = w.toLowerCase();
    if (ROLE_WORDS.has(l)) { role = true; continue; }
    if (ROLE_GLUE.has(l)) continue;
    const c = w[0];
    if (c === c.toLowerCase()) return false;
  }
  return role;
}

/** Splits a byline into parts at ", ", " and ", " | ", " · ", " • ", keeping the offsets. */
function parts(line: string, from: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = from;
  let i = from;
  while (i < line.length) {
    let sep = 0;
    if (line.startsWith(', ', i)) sep = 2;
    else if (line.startsWith(' and ', i)) sep = 5;
    else if (line.startsWith(' | ', i)) sep = 3;
    else if (line.startsWith(' & ', i)) sep = 3;
    else if (line.startsWith(' · ', i) || line.startsWith(' • ', i)) sep = 3;
    if (sep > 0) {
      out.push([s, i]);
      i += sep;
      s = i;
    } else i++;
  }
  out.push([s, line.length]);
  return out;
}

export interface Byline {
  /** Offsets of the names inside the line. */
  names: Array<[number, number]>;
}

/** What opens a byline: "By", and a blog's "Written by", "Words by", "Story by". */
const BY_OPENER = /^(?:By|Written by|Words by|Story by|Text by):? /i;

/**
 * "By Greg Beacham, AP Sports Writer", "By Jane Doe and John Roe", "Jane Doe, The Canadian Press",
 * "Marie Wells Parliamentary reporter". Null for anything else.
 */
export function readByline(whole: string): Byline | null {
  // "Jane Doe · CBC News · Posted: Dec 03, 2026 6:15 AM ET": web pages put the time after the
  // byline; the names and roles are read before it.
  const stamp = STAMP_AFTER_BYLINE.exec(whole);
  let line = stamp ? whole.slice(0, stamp.index) : whole;
  // "By Kayla Brooks kbrooks@riverbendtimes.com": the writer's address after the name, no separator.
  const address = line.lastIndexOf(' ');
  // (After a separator, "By Jane Doe | jdoe@example.com", the parts below read it.)
  if (address > 0 && BY_OPENER.test(line) && /\p{L}$/u.test(line.slice(0, address)) && isAddress(line.slice(address + 1))) line = line.slice(0, address);
  // Most lines are story: too long, ending as a sentence, or opening in lower case.
  if (line.length > 120 || line.length < 5 || '.!?:;"“”'.includes(line[line.length - 1])) return null;
  const c0 = line.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) return null;
  // A byline has no digits and few words.
  let spaces = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 48 && c <= 57) return null;
    if (c === 32 && ++spaces > 14) return null;
  }
  const by = BY_OPENER.exec(line);
  let from = by ? by[0].length : 0;
  // "By business reporter Kirsty Macallan", "By Europe correspondent Jan Ode": the role first.
  if (by) from += roleBeforeName(line.slice(from));
  // "By Field Level Media": an agency's byline credits no person.
  if (by && NEWS_AGENCIES.has(line.slice(from).trim().toLowerCase())) return { names: [] };
  const ps = parts(line, from);
  const names: Array<[number, number]> = [];
  let roleSeen = false;
  for (let k = 0; k < ps.length; k++) {
    const [a, b] = ps[k];
    const piece = line.slice(a, b).trim();
    if (piece.length === 0) return null;
    if (!roleSeen && isName(piece)) { names.push([a, a + piece.length]); continue; }
    // "By Jane Doe | jdoe@example.com", "… | @janedoe": the writer's address after the name.
    if (k > 0 && names.length > 0 && isAddress(piece)) continue;
    // "Marie Wells Parliamentary reporter": a name and a role with no comma between, the role
    // ending in a role noun in lower case (a Title Case headline has none).
    if (!roleSeen && k === ps.length - 1) {
      const name = nameBeforeRole(piece, by !== null);
      if (name > 0) {
        names.push([a, a + name]);
        roleSeen = true;
        continue;
      }
    }
    // After a comma: "Jane Doe, The Canadian Press", "By Greg Beacham, AP Sports Writer".
    if (k > 0 && names.length > 0 && isRole(piece) && (by !== null || endsInRoleNoun(piece))) { roleSeen = true; continue; }
    // "By Chinedu Okafor, Lagos", "By Jane Doe, BBC News, Nairobi": where the writer files from, last;
    // "By Dana Whitfield and Omar Reyes, CNN": the outlet's letters, last.
    if (by && k === ps.length - 1 && names.length > 0 && (FILED_FROM.test(piece) || OUTLET_LETTERS.test(piece))) continue;
    return null;
  }
  if (names.length === 0) return null;
  // Without "By", a role must say what the line is ("Jane Doe" alone could be anything).
  if (!by && !roleSeen) return null;
  return { names };
}

/** An outlet's capitals closing a byline after a comma ("CNN", "NPR", "RTÉ"). */
const OUTLET_LETTERS = /^\p{Lu}{2,6}$/u;

/** One capitalised word closing a byline: the place the writer files from. */
const FILED_FROM = /^(?:in )?\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u;

/** Role nouns that may open a byline before the name, in lower case ("By business reporter …"). */
const LEADING_ROLE_NOUNS: ReadonlySet<string> = new Set(['reporter', 'correspondent', 'editor', 'writer', 'journalist', 'columnist']);

/**
 * Length of a role written before the name after "By" ("business reporter ", "Europe
 * correspondent ", "chief political correspondent "), or 0: up to four words, role adjectives
 * and then a role noun in lower case.
 */
function roleBeforeName(rest: string): number {
  const ws = rest.split(' ');
  for (let k = 0; k < ws.length - 1 && k < 4; k++) {
    if (LEADING_ROLE_NOUNS.has(ws[k])) return k > 0 || ws.length > 2 ? ws.slice(0, k + 1).join(' ').length + 1 : 0;
    if (!ROLE_ADJECTIVES.has(ws[k].toLowerCase())) return 0;
  }
  return 0;
}

/** A publication time or a reading time after a separator, closing a web byline ("… | Dec 6, 2026 | 6 min read"). */
const STAMP_AFTER_BYLINE = / [·•|] (?:Posted|Published|Updated|Last [Uu]pdated|First published|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6} \d{4}|\d{1,2} min read)\b/;

/** An e-mail address or a social handle standing as a part of a byline. */
function isAddress(piece: string): boolean {
  if (piece.indexOf(' ') >= 0) return false;
  const at = piece.indexOf('@');
  return at === 0 ? piece.length > 1 : at > 0 && piece.indexOf('.', at) > at + 1;
}

/** Role nouns that close a role ("AP Sports Writer", "The Canadian Press", "Postmedia News"). */
const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors',
  'columnist', 'critic', 'producer', 'contributor', 'journalist', 'staff', 'press', 'bureau', 'reuters', 'afp',
  'bloomberg', 'ap', 'cp', 'upi', 'news', 'service', 'wire',
]);

export function endsInRoleNoun(role: string): boolean {
  const last = role.slice(role.lastIndexOf(' ') + 1).toLowerCase();
  return ROLE_NOUNS.has(last);
}

/**
 * Length of the name in "Name Role" with no comma ("Marie Wells Parliamentary reporter"), or 0.
 * Without "By" the role's last word must be a role noun in lower case.
 */
function nameBeforeRole(piece: string, by: boolean): number {
  const ws = piece.split(' ');
  if (ws.length < 3) return 0;
  const last = ws[ws.length - 1];
  if (!by && !(ROLE_NOUNS.has(last) && last === last.toLowerCase())) return 0;
  // Three name words unless the third starts the role or an agency ("By GRACE TALLEY Associated Press").
  const order = ROLE_ADJECTIVES.has(ws[2].toLowerCase()) || ROLE_WORDS.has(ws[2].toLowerCase()) || isNewsAgency(ws.slice(2).join(' ')) ? [2] : [3, 2];
  for (const n of order) {
    if (ws.length <= n) continue;
    const name = ws.slice(0, n).join(' ');
    if (isName(name) && isRole(ws.slice(n).join(' '))) return name.length;
  }
  return 0;
}

/** One to three capitalised words: the place after a role's comma ("BBC News, Shropshire"). */
const PLACE_WORDS = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;

/**
 * "AP Sports Writer", "The Associated Press", "Parliamentary reporter": a role on its own line; the
 * BBC's "BBC News, Shropshire" and "Business reporter, BBC News" add a place or an outlet after a comma.
 */
export function isRoleLine(line: string): boolean {
  if (line.length > 60) return false;
  if (isRole(line)) return true;
  const pieces = line.split(', ');
  return pieces.length <= 3 && pieces.some(isRole) && pieces.every((p) => isRole(p) || PLACE_WORDS.test(p));
}

/** True when the role line, or one of its comma-separated pieces, ends in a role noun ("reporter", "News"). */
export function roleLineEndsInRoleNoun(line: string): boolean {
  return line.split(', ').some((p) => isRole(p) && endsInRoleNoun(p));
}

/** "Field Level Media", "-- The Associated Press", "— The Canadian Press": an outlet signing off. */
export function isSignOff(line: string): boolean {
  if (line.length > 60) return false;
  let i = 0;
  while (i < line.length && (line[i] === '-' || line[i] === '—' || line[i] === '–' || line[i] === '=' || line[i] === ' ')) i++;
  let s = line.slice(i).toLowerCase();
  if (s.endsWith('.')) s = s.slice(0, -1);
  return SIGN_OFFS.has(s);
}

/** "With files from Jane Doe and Reuters", "(With inputs from PTI)", "- Additional reporting by Omar Haddad": an agency note with names in it. */
const WITH_FILES = /^[-—–]* ?(?:\(?With (?:files|reporting|assistance|additional reporting|inputs|agency inputs) from |Additional reporting by [^()]{1,120}$)/i;
/** "- with AAP", "(With Reuters)", "— with agencies": an agency's share of the story, under it. */
const WITH_AGENCY = /^(?:[-—–]+ ?[Ww]ith|\([Ww]ith) (?:AAP|AFP|AP|Reuters|PTI|ANI|IANS|dpa|Xinhua|Bloomberg|agencies|wires|wire services|[A-Z]{2,6})(?:,? and (?:AAP|AFP|AP|Reuters|agencies|[A-Z]{2,6}))?\)?\.?$/;
/** "This report by The Canadian Press was first published Dec. 7, 2020." */
const FIRST_PUBLISHED = /^This (?:report|story|article) by .{1,60} was first published\b.{0,60}$/;
/** "Associated Press writer Jane Doe in Boston contributed to this report." */
const CONTRIBUTED = /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$/;

/** "Contact Jane Doe at 555-0142.", "Reach the writer at jdoe@example.com": the writer's address under a story. */
const CONTACT = /^(?:Contact|Reach|Email|E-mail) (?:the (?:writer|reporter|author|newsroom)|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}) (?:at|on|via) \S{1,80}(?: or \S{1,80})?$/u;

/**
 * A wire's contact block: "To contact the reporter on this story:" over "Oscar Diaz in Washington
 * at odiaz@example.com" (an e-mail address makes the second line sure).
 */
/** A desk's credit line: "Editor: Li Ming", "Edited by Jane Roe", "Translated by Kenji Sato". */
const EDITOR_LINE = /^(?:Editors?:|Edited by|Editing by|Produced by|Translated by|Translation by|Graphics by|Photos by|Video by)[: ] ?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}(?:(?:, | and )\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}){0,3}\.?$/u;

const CONTACT_LABEL = /^To contact the (?:reporters?|editors?|authors?|writers?)(?: responsible for| on| of| for)? this (?:story|article|report):?$/;
const CONTACT_ADDRESS = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}(?: in \p{Lu}[\p{L}.'’ -]{1,40})? at [^\s@]{1,60}@[^\s@]{1,60}$/u;

/**
 * The writer's note under a story: "Jordan Pike covers transportation for the Valley Herald.
 * Reach him at 555-0142.", "Ana Cruz is a staff writer at The Ledger.", "… a national correspondent
 * for The Times, covering transportation."
 */
const STAFF_NOTE = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}) (?:covers [\p{L} ,&'’-]{3,80} for|writes about [\p{L} ,&'’-]{3,80} for|reports on [\p{L} ,&'’-]{3,80} for|is (?:a|an|the) (?:senior |staff |freelance |political |business |health |court |city |national |foreign |metro |investigative |climate |science |technology |sports |culture )?(?:reporter|writer|correspondent|columnist|editor) (?:for|at|with)) (?:the |The )?\p{Lu}[\p{L}.'’& -]{1,60}(?:, covering [^.]{1,120})?\.(?: (?:Reach|Contact|Email|E-mail|Follow) (?:him|her|them) (?:at|on|via) \S{1,80}(?: or \S{1,80})?)?$/u;

/** The end of the writer's name opening a staff note ("Jordan Pike covers …" → 11), or -1. */
export function staffNoteNameEnd(line: string): number {
  const note = line.length <= 240 ? STAFF_NOTE.exec(line) : null;
  return note ? note[1].length : -1;
}

export function isFilesNote(line: string): boolean {
  return line.length <= 240 && (WITH_FILES.test(line) || WITH_AGENCY.test(line) || FIRST_PUBLISHED.test(line) || CONTACT.test(line) || STAFF_NOTE.test(line)
    || CONTACT_LABEL.test(line) || CONTACT_ADDRESS.test(line) || EDITOR_LINE.test(line));
}

export function isContributedLine(line: string): boolean {
  return line.length <= 300 && line.indexOf('contributed') >= 0 && CONTRIBUTED.test(line);
}

/** Capitalised words of a credit note that open no name ("With files from …", "Contact Jane Doe at …"). */
const NOTE_WORDS: ReadonlySet<string> = new Set([
  'the', 'with', 'this', 'contact', 'reach', 'email', 'e-mail', 'editor', 'editors', 'edited', 'editing', 'produced', 'translated',
  'translation', 'graphics', 'photos', 'video',
]);

/**
 * People named in a credit note: runs of two to four capitalised words that are not an outlet,
 * a role, or a place after "in" ("Associated Press writer Jane Doe in Boston contributed …").
 */

export function creditNames(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const re = /\S+/g;
  re.lastIndex = start;
  const slice = text.slice(0, end);
  let run: Array<[number, number]> = [];
  let inPlace = false;
  const flush = () => {
    if (run.length >= 2 && run.length <= 4) {
      const s = run[0][0];
      const e = run[run.length - 1][1];
      out.push({ start: s, end: e, text: text.slice(s, e) });
    }
    run = [];
  };
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    let w = m[0];
    let cut = w.length;
    while (cut > 0 && ',.;:)'.includes(w[cut - 1])) cut--;
    const trail = cut < w.length;
    w = w.slice(0, cut);
    const e = m.index + cut;
    const c = w[0] ?? '';
    const capital = (c !== '' && c === c.toUpperCase() && c !== c.toLowerCase()) || (run.length > 0 && JOINED_PARTICLE.test(w));
    const lower = w.toLowerCase();
    // "in Boston", "in New York": a place, not a name.
    if (lower === 'in') { flush(); inPlace = true; continue; }
    if (inPlace && capital) continue;
    inPlace = false;
    // "CNN's Rita Moss contributed …": the outlet before the name is not part of it.
    if (capital && /['’]s$/.test(w)) { run = []; continue; }
    if (capital && !ROLE_WORDS.has(lower) && !NOTE_WORDS.has(lower)) {
      run.push([m.index, e]);
    } else {
      flush();
    }
    if (trail) flush();
  }
  flush();
  return out;
}

/** News agencies that sign stories, lower case ("By Field Level Media", "THE CANADIAN PRESS"). */
const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  'the canadian press', 'canadian press', 'the associated press', 'associated press', 'reuters', 'thomson reuters',
  'field level media', 'agence france-presse', 'afp', 'bloomberg news', 'bloomberg', 'the press association',
  'press association', 'pa media', 'dpa', 'xinhua', 'kyodo news', 'upi', 'cp', 'ap',
]);

/** A news agency's name, as written or in any case ("Bloomberg", "Field Level Media"). */
export function isNewsAgency(name: string): boolean {
  return NEWS_AGENCIES.has(name.toLowerCase());
}

/**
 * The news agencies named in a byline or credit note ("Associated Press" under the writer's name,
 * "By Field Level Media", "This report by The Canadian Press was first published …"): whole words,
 * the longest name first, "The" kept as written.
 */
export function agencyNames(text: string, start: number, end: number): Span[] {
  const words: Array<[number, number]> = [];
  const re = /\S+/g;
  const line = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    let e = m.index + m[0].length;
    while (e > m.index && ',.;:)'.includes(line[e - 1])) e--;
    let s = m.index;
    while (s < e && line[s] === '(') s++;
    if (e > s) words.push([s, e]);
  }
  const out: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const a = words[i][0];
      const b = words[i + n - 1][1];
      // The words must follow each other with one space, and the last end the word as written.
      const name = line.slice(a, b);
      if (!NEWS_AGENCIES.has(name.toLowerCase())) continue;
      const c = name.charCodeAt(0);
      if (c < 65 || c > 90) continue;
      out.push({ start: start + a, end: start + b, text: name });
      i += n - 1;
      break;
    }
  }
  return out;
}
