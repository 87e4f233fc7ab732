// Credit lines at the end of wire copy: "Reporting by …; Editing by …", "Associated Press writer
// Jane Doe in Boston contributed to this report." The names in them are credited staff.
import type { CreditLine, Span } from '../types';
import { creditNames, isContributedLine } from './bylines';

const CREDIT_START = /^\(?(?:Additional )?(?:Reporting|Writing|Editing|Written|Edited|Compiled|Research|Graphics?|Production) (?:by|for)\b/i;
// A role word may follow "Additional" in lower case ("Additional reporting by …").
const CREDIT_ROLE = /\b(?:(?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ww]ritten|[Ee]dited|[Cc]ompiled|[Rr]esearch|[Gg]raphics?|[Pp]roduction) (?:by|for)|and|in [A-Z][a-z]+)\b|[,;()]/g;

export function isCreditLine(line: string): boolean {
  const l = line.trim();
  return CREDIT_START.test(l) || isContributedLine(l);
}

/** The credit line and the names in it. */
export function readCreditLine(text: string, start: number, end: number): CreditLine {
  const line = text.slice(start, end);
  if (!CREDIT_START.test(line.trim())) return { start, end, text: line, names: creditNames(text, start, end) };
  const names: Span[] = [];
  let last = 0;
  const pushName = (from: number, to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const name = raw.trim();
    // Capitalised words; a later one may be "al-Sayyad", "el-Amin" (an article joined to the name).
    if (/^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}|(?:al|el|ad|ash|as|at|az|bin|ben|ibn|abu|ul)-\p{Lu})[\p{L}'’.-]*){0,3}$/u.test(name)) {
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
