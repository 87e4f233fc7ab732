// Wire-copy furniture: datelines, credit lines and boilerplate (banners, "read more" links,
// story codes, footers). Patterns are anchored and free of nested quantifiers.
import type { Boilerplate, BoilerplateKind, CreditLine, Dateline, Span } from '../types';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?';
// "ALMATY, Jan 7 (Reuters) –", "WASHINGTON (AP) —", "NEW YORK, March 3, 2024 (Reuters) -"
export const DATELINE = new RegExp(
  `^([A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,3})(?:, ([A-Z][a-zA-Z.]*(?: [A-Z][a-zA-Z.]*){0,2}))?` +
    `(?:, (${MONTH} \\d{1,2}(?:, \\d{4})?))?` +
    ` ?(?:\\(([A-Za-z][A-Za-z .&-]{0,30})\\))? ?[-–—]{1,2} ?`,
);

export function findDateline(text: string, start: number, end: number): Dateline | null {
  const m = DATELINE.exec(text.slice(start, Math.min(end, start + 160)));
  if (!m) return null;
  // Needs at least a date or an agency, otherwise "HEADLINE - text" would match.
  if (!m[3] && !m[4]) return null;
  const span = (group: number): Span | null => {
    const g = m[group];
    if (!g) return null;
    const at = start + m[0].indexOf(g, group === 1 ? 0 : m[1].length);
    return { start: at, end: at + g.length, text: g };
  };
  const lead = m[0].trimEnd();
  return { start, end: start + lead.length, text: lead, place: span(1), date: span(3), agency: span(4) };
}

const CREDIT_START = /^\(?(?:Additional )?(?:Reporting|Writing|Editing|Written|Edited|Compiled|Research|Graphics?|Production) (?:by|for)\b/i;
const CREDIT_ROLE = /\b(?:(?:Additional )?(?:Reporting|Writing|Editing|Written|Edited|Compiled|Research|Graphics?|Production) (?:by|for)|and|in [A-Z][a-z]+)\b|[,;()]/g;

export function isCreditLine(line: string): boolean {
  return CREDIT_START.test(line.trim());
}

/** The credit line and the names in it. */
export function readCreditLine(text: string, start: number, end: number): CreditLine {
  const line = text.slice(start, end);
  const names: Span[] = [];
  let last = 0;
  const pushName = (from: number, to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const name = raw.trim();
    if (/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u.test(name)) {
      names.push({ start: start + from + lead, end: start + from + lead + name.length, text: name });
    }
  };
  CREDIT_ROLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CREDIT_ROLE.exec(line)) !== null) {
    pushName(last, m.index);
    last = m.index + m[0].length;
  }
  pushName(last, line.length);
  return { start, end, text: line, names };
}

interface BoilerplateRule {
  kind: BoilerplateKind;
  /** Matches a whole paragraph (line). */
  line?: RegExp;
  /** Matches a tail at the end of a paragraph. */
  tail?: RegExp;
}

const RULES: BoilerplateRule[] = [
  { kind: 'signup', line: /^(?:Sign up|Subscribe|Register)(?: now)?\b.{0,120}$/i },
  { kind: 'signup', line: /^(?:Get|Receive) (?:our|the) .{0,60}(?:newsletter|briefing).{0,60}$/i },
  { kind: 'footer', line: /^Our Standards:.{0,100}$/ },
  { kind: 'footer', line: /^(?:©|Copyright\b).{0,120}$/i },
  { kind: 'footer', line: /^All rights reserved\.?$/i },
  { kind: 'comments', line: /^(?:Leave a Comment|Comments?|Show comments|\d+ Comments?)$/i },
  { kind: 'share', line: /^(?:Share(?: this(?: article| story)?)?|Share on (?:Facebook|Twitter|X)|Print|Email)$/i },
  { kind: 'advert', line: /^(?:Advertisement|ADVERTISEMENT|Sponsored|Story continues below(?: advertisement)?)$/ },
  { kind: 'read-more', line: /^(?:READ MORE|Read more|Related|RELATED|See also)\b:?.{0,160}$/ },
  { kind: 'read-more', line: /^(?:Read|See|Click here (?:to|for)) (?:the )?(?:rest|full (?:story|article|report|text))\b.{0,40}$/i },
  { kind: 'read-more', line: /^(?:Click|Tap) here\b.{0,100}$/i },
  { kind: 'read-more', tail: /\s(?:read more|Read more|READ MORE)$/ },
  // Story codes such as "L4N2TM22L": 8-12 capitals and digits, at least two of each.
  { kind: 'story-code', tail: /\s([A-Z0-9]{8,12})$/ },
];

function isStoryCode(code: string): boolean {
  const digits = code.replace(/[^0-9]/g, '').length;
  return digits >= 2 && code.length - digits >= 2;
}

/** Boilerplate found in one paragraph line [start, end). */
export function findBoilerplate(text: string, start: number, end: number): Boilerplate[] {
  const line = text.slice(start, end);
  const trimmed = line.trim();
  if (trimmed.length === 0) return [];
  const lead = line.indexOf(trimmed);
  for (const rule of RULES) {
    if (rule.line && rule.line.test(trimmed)) {
      return [{ start: start + lead, end: start + lead + trimmed.length, text: trimmed, kind: rule.kind }];
    }
  }
  const out: Boilerplate[] = [];
  let tailEnd = lead + trimmed.length;
  // Most lines end in neither "more" nor a capital or digit: no tail rule can match them.
  const last = trimmed.charCodeAt(trimmed.length - 1);
  const capitalOrDigit = (last >= 65 && last <= 90) || (last >= 48 && last <= 57);
  if (!capitalOrDigit && !/more$/i.test(trimmed.slice(-4))) return out;
  for (let pass = 0; pass < 2; pass++) {
    const body = line.slice(0, tailEnd);
    for (const rule of RULES) {
      if (!rule.tail) continue;
      const m = rule.tail.exec(body);
      if (!m) continue;
      const piece = m[1] ?? m[0].trim();
      if (rule.kind === 'story-code' && !isStoryCode(piece)) continue;
      const s = start + m.index + m[0].indexOf(piece);
      out.push({ start: s, end: s + piece.length, text: piece, kind: rule.kind });
      tailEnd = m.index;
      break;
    }
  }
  return out;
}
