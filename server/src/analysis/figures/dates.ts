// Dates and times that start with a word: "Friday morning", "Jan 7", "March 3, 2024",
// "last year", "early 2019", "yesterday", "noon", "this morning".
// A date has no value unless it is a bare year ("early 2019" → 2019).
import {
  CALENDAR_UNITS, DATE_MODIFIERS, DATE_WORDS, DAY_PARTS, DEICTICS, MONTH_ABBREVIATIONS, MONTHS,
  SEASONS, TIME_WORDS, WEEKDAYS, YEAR_PREPOSITIONS,
} from './lexicon';
import { type Match, hyphenParts, match } from './match';
import { parseNumeral } from './numerals';
import type { TokenView } from './token-view';

/** A four-digit year written plainly ("2019"), or null. */
export function yearAt(v: TokenView, i: number, end: number): number | null {
  if (i >= end || !v.digitStart(i)) return null;
  const w = v.raw(i);
  if (w.length !== 4) return null;
  const n = parseNumeral(w);
  if (!n || n.form !== 'plain' || n.unit !== '' || n.value < 1000 || n.value > 2100) return null;
  return n.value;
}

/** A day of the month ("7", "21st"), or null. */
function dayAt(v: TokenView, i: number, end: number): number | null {
  if (i >= end || !v.digitStart(i) || v.raw(i).length > 4) return null;
  const n = parseNumeral(v.lower(i));
  if (!n || n.grouped || n.decimal || n.multiplier !== 1 || n.unit !== '' || (n.form !== 'plain' && n.form !== 'ordinal')) return null;
  return n.value >= 1 && n.value <= 31 && n.intDigits <= 2 ? n.value : null;
}

const DAY_JOINERS: ReadonlySet<string> = new Set(['to', '–', '-', 'and', 'through']);

/** Two days of the month as one token ("16-19"). */
function dayRangeAt(v: TokenView, i: number, end: number): boolean {
  if (i >= end || !v.digitStart(i)) return false;
  const parts = hyphenParts(v.raw(i));
  if (!parts || parts.length !== 2) return false;
  const a = parseNumeral(parts[0]);
  const b = parseNumeral(parts[1]);
  return !!a && !!b && a.form === 'plain' && b.form === 'plain' && a.intDigits <= 2 && b.intDigits <= 2
    && a.value >= 1 && b.value <= 31 && a.value < b.value;
}

/** True when token i opens its sentence (quote marks and brackets aside). */
function isSentenceStart(v: TokenView, i: number): boolean {
  for (let k = i - 1; k >= 0 && v.tokens[k].sentence === v.tokens[i].sentence; k--) {
    const c = v.raw(k);
    if (c !== '"' && c !== '“' && c !== '‘' && c !== "'" && c !== '(' && c !== '[') return false;
  }
  return true;
}

/** The month named by token i: full names anywhere, abbreviations only as `abbrev`. */
function monthAt(v: TokenView, i: number): { month: number; abbrev: boolean } | null {
  if (!v.capitalized(i)) return null;
  const w = v.lower(i);
  const full = MONTHS.get(w);
  if (full !== undefined) return { month: full, abbrev: false };
  const short = MONTH_ABBREVIATIONS.get(w);
  return short !== undefined ? { month: short, abbrev: true } : null;
}

/** "March", "Jan 7", "March 3, 2024", "January 2019", "May 5". */
function monthDate(v: TokenView, i: number, end: number, first: number): Match | null {
  const m = monthAt(v, i);
  if (!m) return null;
  let last = i;
  // "September 16-19"
  if (dayRangeAt(v, i + 1, end)) return match(first, i + 1, 'DATE', null);
  const day = dayAt(v, i + 1, end);
  if (day !== null) {
    last = i + 1;
    // "Sept. 19 to 22", "March 3 – 5": one span of days.
    if (last + 2 < end && DAY_JOINERS.has(v.lower(last + 1)) && (dayAt(v, last + 2, end) ?? 0) > day) last += 2;
    // "March 3, 2024"
    if (last + 2 < end && v.lower(last + 1) === ',' && yearAt(v, last + 2, end) !== null) last += 2;
    else if (yearAt(v, last + 1, end) !== null) last += 1;
    return match(first, last, 'DATE', null);
  }
  if (yearAt(v, i + 1, end) !== null) return match(first, i + 1, 'DATE', null);
  if (m.abbrev) return null;
  // "by September, 2028": some house styles set the year off with a comma.
  if (i + 2 < end && v.lower(i + 1) === ',' && yearAt(v, i + 2, end) !== null) return match(first, i + 2, 'DATE', null);
  // A bare month: "May" and "March" are also words, so they need a date-like word before them.
  if (m.month === 5 || m.month === 3) {
    if (first === i && (i === 0 || !YEAR_PREPOSITIONS.has(v.lower(i - 1)) || v.lower(i - 1) === ',')) return null;
  }
  return match(first, last, 'DATE', null);
}

/** "Friday", "Friday morning", "Friday, Jan. 7". */
function weekday(v: TokenView, i: number, end: number, first: number): Match | null {
  if (!WEEKDAYS.has(v.lower(i)) || !v.capitalized(i)) return null;
  // "the Sunday Times": a weekday after "the" and before a capital is a name.
  if (first === i && i > 0 && v.lower(i - 1) === 'the' && i + 1 < end && v.capitalized(i + 1)) return null;
  let last = i;
  if (last + 1 < end && DAY_PARTS.has(v.lower(last + 1))) last++;
  else if (last + 2 < end && v.lower(last + 1) === ',') {
    const md = monthDate(v, last + 2, end, first);
    if (md && md.last > last + 2) return md;
  }
  return match(first, last, 'DATE', null);
}

/** "last year", "next week", "this morning", "last night", "past decade", "last Friday". */
function deictic(v: TokenView, i: number, end: number, first: number): Match | null {
  if (!DEICTICS.has(v.lower(i)) || i + 1 >= end) return null;
  const w = v.lower(i + 1);
  if (CALENDAR_UNITS.has(w) || SEASONS.has(w)) return match(first, i + 1, 'DATE', null);
  if (DAY_PARTS.has(w) && w !== 'overnight') {
    // "this morning" and "last night" are times; "past night" is not idiomatic.
    return v.lower(i) === 'past' ? null : match(first, i + 1, 'TIME', null);
  }
  if (WEEKDAYS.has(w) && v.capitalized(i + 1)) return match(first, i + 1, 'DATE', null);
  const month = monthAt(v, i + 1);
  if (month && !month.abbrev) return match(first, i + 1, 'DATE', null);
  return null;
}

/** Dates and times that begin with a word at token i. */
export function matchWordDate(v: TokenView, i: number, end: number): Match | null {
  const w = v.lower(i);
  // "USA Today" is a newspaper and "CBS This Morning" a programme, not dates.
  if ((DATE_WORDS.has(w) || TIME_WORDS.has(w) || DEICTICS.has(w)) && i > 0 && v.capitalized(i) && v.capitalized(i - 1) && v.tokens[i - 1].sentence === v.tokens[i].sentence
    && !isSentenceStart(v, i)) return null;
  if (DATE_WORDS.has(w)) return match(i, i, 'DATE', null);
  if (TIME_WORDS.has(w)) return match(i, i, 'TIME', null);
  if (DATE_MODIFIERS.has(w) && i + 1 < end) {
    // "early 2019", "late March", "earlier this year", "late Friday".
    const year = yearAt(v, i + 1, end);
    if (year !== null && (w === 'early' || w === 'late' || w === 'mid')) return match(i, i + 1, 'DATE', year);
    const inner = monthDate(v, i + 1, end, i) ?? weekday(v, i + 1, end, i) ?? deictic(v, i + 1, end, i);
    if (inner) return inner;
    return null;
  }
  if (SEASONS.has(w) && yearAt(v, i + 1, end) !== null) return match(i, i + 1, 'DATE', null);
  if (isQuarterName(v.raw(i))) {
    if (yearAt(v, i + 1, end) !== null) return match(i, i + 1, 'DATE', null);
    // "in Q3", "Q3 profit": the quarter of the story's year ("Audi Q3" is a car).
    const before = i > 0 && v.tokens[i - 1].sentence === v.tokens[i].sentence ? v.lower(i - 1) : '';
    const after = i + 1 < end ? v.lower(i + 1) : '';
    return PERIOD_BEFORE.has(before) || PERIOD_RESULTS.has(after) ? match(i, i, 'DATE', null) : null;
  }
  if (isFiscalYear(v.raw(i))) return match(i, i, 'DATE', null);
  return monthDate(v, i, end, i) ?? weekday(v, i, end, i) ?? deictic(v, i, end, i);
}

/** Words before a lone quarter that make it a period ("in Q3", "for H1"). */
const PERIOD_BEFORE: ReadonlySet<string> = new Set(['in', 'for', 'during', 'since', 'until', 'by', 'through', 'of']);
/** Words after a lone quarter that make it a period ("Q3 profit", "H1 results"). */
const PERIOD_RESULTS: ReadonlySet<string> = new Set([
  'profit', 'profits', 'loss', 'losses', 'results', 'earnings', 'revenue', 'revenues', 'sales', 'growth', 'gdp',
  'output', 'deliveries', 'shipments', 'margin', 'margins', 'guidance', 'forecast', 'update',
]);

/** "Q1" … "Q4", "H1", "H2": a quarter or half of the year, taken with its year ("Q3 2023", "H1 2026"). */
export function isQuarterName(raw: string): boolean {
  return raw.length === 2 && ((raw[0] === 'Q' && raw[1] >= '1' && raw[1] <= '4') || (raw[0] === 'H' && (raw[1] === '1' || raw[1] === '2')));
}

/** "FY2025", "FY25", "FY2025-26", "FY26-28": a company's or a government's fiscal year(s). */
const FISCAL_YEAR = /^FY(?:\d{2}|\d{4})(?:[-–\/](?:\d{2}|\d{4}))?$/;

export function isFiscalYear(raw: string): boolean {
  return raw.length >= 4 && raw.length <= 11 && raw.charCodeAt(0) === 70 /* F */ && FISCAL_YEAR.test(raw);
}

/** "2027/28", "2025/2026": a fiscal year or a season, the second year the one after the first. */
function splitYear(parts: string[]): boolean {
  const [a, b] = parts;
  if (a.length !== 4 || (b.length !== 2 && b.length !== 4) || !/^\d+$/.test(a) || !/^\d+$/.test(b)) return false;
  const first = Number(a);
  if (first < 1900 || first > 2100) return false;
  return b.length === 4 ? Number(b) === first + 1 : Number(b) === (first + 1) % 100;
}

/** "2022-01-07", "7/1/2022", "1/7/22": a date written in digits, one token. */
export function matchNumericDate(v: TokenView, i: number): Match | null {
  const raw = v.raw(i);
  let sep = '';
  for (let k = 0; k < raw.length; k++) {
    const c = raw[k];
    if (c === '-' || c === '/' || c === '.') { sep = c; break; }
  }
  if (sep === '' || sep === '.') return null;
  const parts = raw.split(sep);
  if (parts.length === 2 && sep === '/') return splitYear(parts) ? match(i, i, 'DATE', null) : null;
  if (parts.length !== 3) return null;
  const nums: number[] = [];
  for (const p of parts) {
    if (p.length === 0 || p.length > 4) return null;
    const n = parseNumeral(p);
    if (!n || n.form !== 'plain' || n.grouped || n.decimal) return null;
    nums.push(n.value);
  }
  const iso = parts[0].length === 4 && nums[1] >= 1 && nums[1] <= 12 && nums[2] >= 1 && nums[2] <= 31;
  const slashed = sep === '/' && (parts[2].length === 4 || parts[2].length === 2) && nums[0] >= 1 && nums[0] <= 31
    && nums[1] >= 1 && nums[1] <= 31 && (nums[0] <= 12 || nums[1] <= 12);
  return iso || slashed ? match(i, i, 'DATE', null) : null;
}
