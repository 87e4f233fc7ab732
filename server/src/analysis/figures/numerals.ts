// Reading one token as a number: "2,500", "4.5", "300m", "$600-million", "21st", "1990s", "3pm", "10:30".
// Hand-written scanners (no regular expressions) so a long run of digits stays linear.
import { MEASURE_UNITS, MULTIPLIERS, NUMERAL_SUFFIXES } from './lexicon';

export type NumeralForm = 'plain' | 'ordinal' | 'decade' | 'clock';

export interface Numeral {
  value: number;
  form: NumeralForm;
  /** Written with thousands separators ("2,500"). */
  grouped: boolean;
  /** Written with a decimal point. */
  decimal: boolean;
  /** Digits before the decimal point, separators left out. */
  intDigits: number;
  /** A multiplier glued on ("300m"), 1 when there is none. */
  multiplier: number;
  /** For a clock form: "am", "pm" or "" (24-hour "10:30"). */
  meridiem: string;
  /** A unit of measure glued on ("10km", "30C"), or "". */
  unit: string;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * A number times a multiplier or a unit's factor, without binary noise: "4.1 million" is
 * 4100000, not 4099999.9999999995. Twelve significant digits is more than any figure in news.
 */
export function scaled(value: number, factor: number): number {
  return Number((value * factor).toPrecision(12));
}

/** Parses a token that is a number, or returns null (codes like "L4N2" or "737-800"). */
export function parseNumeral(s: string): Numeral | null {
  const n = s.length;
  if (n === 0 || !isDigit(s.charCodeAt(0))) return null;
  let i = 0;
  let intDigits = 0;
  let grouped = false;
  let intPart = 0;
  let run = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      intPart = intPart * 10 + (c - 48);
      intDigits++;
      run++;
      i++;
    } else if (c === 44 /* , */ && i + 3 < n && run > 0 && run <= 3 && isDigit(s.charCodeAt(i + 1))
      && isDigit(s.charCodeAt(i + 2)) && isDigit(s.charCodeAt(i + 3)) && !isDigit(s.charCodeAt(i + 4))) {
      grouped = true;
      run = 0;
      i++;
    } else if (c === 44 /* , */ && i + 3 < n && run > 0 && run <= 2 && isDigit(s.charCodeAt(i + 1)) && isDigit(s.charCodeAt(i + 2))
      && s.charCodeAt(i + 3) === 44 && (intDigits === run || run === 2)) {
      // India's grouping in lakhs and crores: "1,04,312", "12,34,56,789" (twos, then three at the end).
      grouped = true;
      run = 0;
      i++;
    } else break;
  }
  if (i < n && s.charCodeAt(i) === 58 /* : */) return parseClock(s, intPart, intDigits, i);
  let value = intPart;
  let decimal = false;
  if (i + 1 < n && s.charCodeAt(i) === 46 /* . */ && isDigit(s.charCodeAt(i + 1))) {
    decimal = true;
    i++;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    value = Number(s.slice(0, i).replace(/,/g, ''));
  }
  const base: Numeral = {
    value, form: 'plain', grouped, decimal, intDigits, multiplier: 1, meridiem: '', unit: '',
  };
  if (i === n) return base;
  // "$3.49/gallon", "N1,095/litre": a price per unit, the number read and the rate left in the token.
  if (s.charCodeAt(i) === 47 /* / */ && RATE_DENOMINATORS.has(s.slice(i + 1).toLowerCase())) return base;
  const rest = s.slice(i).toLowerCase();
  // "300m", "4.5bn", "2million", and the Canadian papers' "$600-million", "$3.3-billion".
  const mult = NUMERAL_SUFFIXES.get(rest)
    ?? (rest.length > 4 ? MULTIPLIERS.get(rest.charCodeAt(0) === 45 /* - */ ? rest.slice(1) : rest) : undefined);
  if (mult !== undefined) return { ...base, value: scaled(value, mult), multiplier: mult };
  const raw = s.slice(i);
  // "2½", "6⅓": a whole number and a fraction in one sign.
  const vulgar = decimal || grouped ? undefined : VULGAR_FRACTIONS.get(raw);
  if (vulgar !== undefined) return { ...base, value: value + vulgar, decimal: true };
  if (raw === 'C' || raw === 'F') return { ...base, unit: raw === 'C' ? '°C' : '°F' };
  // "8.4pc", "3pct": the British papers' and the wires' per cent, written against the number.
  if (raw === 'pc' || raw === 'pct') return { ...base, unit: '%' };
  if (PERCENTAGE_POINT_SUFFIXES.has(raw)) return { ...base, unit: 'percentage point' };
  // "fell 6bp", "25bps": basis points written against the number.
  if (raw === 'bp' || raw === 'bps') return { ...base, unit: 'basis point' };
  // "2.4in": the British papers' inches, written against the number.
  if (raw === 'in') return { ...base, unit: 'inch' };
  const unit = rest === 'm' ? undefined : BIT_RATES.get(raw) ?? MEASURE_UNITS.get(rest);
  // "10km", "256GB", "120Hz": a short unit in its own case ("5M" is no unit).
  if (unit !== undefined && (rest.length > 2 || raw === rest || raw === unit)) return { ...base, unit };
  // "10.45pm": the British papers' clock, a dot between hours and minutes.
  if (decimal && !grouped && MERIDIEMS.has(rest)) return dottedClock(s, intPart, intDigits, rest);
  // "0.084s", "9.58s": seconds of a race, a decimal with an "s" against it (a decade has none).
  if (decimal && !grouped && rest === 's') return { ...base, unit: 'second' };
  if (decimal || grouped) return null;
  if (rest === 'st' || rest === 'nd' || rest === 'rd' || rest === 'th') return { ...base, form: 'ordinal' };
  if (rest === 's' && (intDigits === 4 || intDigits === 2) && intPart % 10 === 0) return { ...base, form: 'decade' };
  if ((rest === 'am' || rest === 'pm' || rest === 'a.m' || rest === 'p.m') && intPart >= 1 && intPart <= 12) {
    return { ...base, form: 'clock', meridiem: rest[0] === 'a' ? 'am' : 'pm' };
  }
  return null;
}

/** Percentage points written against the number ("0.3ppt", "2pp", "0.5%pt"). */
const PERCENTAGE_POINT_SUFFIXES: ReadonlySet<string> = new Set(['ppt', 'ppts', 'pp', '%pt', '%pts', '%-pt', '%-pts']);

/** Speeds in bits, which only the case tells from bytes ("120Gb/s" against "614GB/s"). */
const BIT_RATES: ReadonlyMap<string, string> = new Map([['Kb/s', 'kbit/s'], ['Mb/s', 'Mbit/s'], ['Gb/s', 'Gbit/s'], ['Tb/s', 'Tbit/s']]);

/** What a price is per, written after a slash against the number ("3.49/gallon"). */
const RATE_DENOMINATORS: ReadonlySet<string> = new Set([
  'litre', 'liter', 'l', 'gallon', 'gal', 'kg', 'kilo', 'kilogram', 'lb', 'pound', 'tonne', 'ton', 't', 'barrel', 'bbl', 'oz', 'ounce',
  'mwh', 'kwh', 'gj', 'mmbtu', 'sqft', 'm2', 'sqm', 'hour', 'hr', 'day', 'night', 'week', 'month', 'mo', 'year', 'yr',
  'share', 'person', 'head', 'unit', 'bag', 'dozen',
]);

/** Unicode's fraction signs, written against a whole number ("2½"). */
const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8],
]);

const MERIDIEMS: ReadonlySet<string> = new Set(['am', 'pm', 'a.m', 'p.m']);

/** "10.45pm", "9.30 a.m.": hours, a dot and two digits of minutes, then the half of the day. */
export function dottedClock(s: string, hours: number, hourDigits: number, meridiem: string): Numeral | null {
  const dot = s.indexOf('.');
  if (hourDigits > 2 || hours < 1 || hours > 12 || dot < 0 || !isDigit(s.charCodeAt(dot + 1)) || !isDigit(s.charCodeAt(dot + 2)) || isDigit(s.charCodeAt(dot + 3))) return null;
  const minutes = (s.charCodeAt(dot + 1) - 48) * 10 + (s.charCodeAt(dot + 2) - 48);
  if (minutes > 59) return null;
  return {
    value: hours + minutes / 60, form: 'clock', grouped: false, decimal: false, intDigits: hourDigits,
    multiplier: 1, meridiem: meridiem[0] === 'a' ? 'am' : 'pm', unit: '',
  };
}

/** "10:30", "9:05pm": hours and minutes. */
function parseClock(s: string, hours: number, hourDigits: number, colon: number): Numeral | null {
  if (hourDigits < 1 || hourDigits > 2 || hours > 24) return null;
  const n = s.length;
  if (colon + 3 > n || !isDigit(s.charCodeAt(colon + 1)) || !isDigit(s.charCodeAt(colon + 2))) return null;
  const minutes = (s.charCodeAt(colon + 1) - 48) * 10 + (s.charCodeAt(colon + 2) - 48);
  if (minutes > 59) return null;
  const rest = s.slice(colon + 3).toLowerCase();
  let meridiem = '';
  if (rest === 'am' || rest === 'a.m') meridiem = 'am';
  else if (rest === 'pm' || rest === 'p.m') meridiem = 'pm';
  else if (rest !== '') return null;
  return {
    value: hours + minutes / 60, form: 'clock', grouped: false, decimal: false, intDigits: hourDigits,
    multiplier: 1, meridiem, unit: '',
  };
}
