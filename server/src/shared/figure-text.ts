// How a figure's value reads, the same in the hover card, the memo, the CSV and the CLI's text:
// years without a thousands separator ("2016", never "2,016"), fractions as fractions ("≈ 1/3"
// for "about a third"), large round amounts in words ("4.5 billion USD"), other numbers grouped
// with at most four decimals (an exchange rate is written to four: "1.3742"). Only the text is
// rounded, to hide floating-point tails: the stored value stays exact.
import type { Figure } from '../analysis/types';

/** What the formatter reads of a figure (a sidecar's claim figure has no qualifiers, and any kind a newer version wrote). */
export interface FigureValue {
  kind: Figure['kind'] | (string & {});
  value: number | null;
  unit: string | null;
  approx?: boolean;
  bound?: Figure['bound'];
}

// The first Intl.NumberFormat of a process costs about 10 ms (ICU's data is set up), a tenth of a
// CLI call on one sentence: the formats are made on first need, and whole numbers, most figures,
// are grouped without them (the same text: figure-text-lazy.test.ts compares the two).
let grouped: Intl.NumberFormat | null = null;
let small: Intl.NumberFormat | null = null;

/** "1,234,567.125": grouped, at most four decimals. */
function groupedText(v: number): string {
  if (Number.isSafeInteger(v) && !Object.is(v, -0)) return groupDigits(v);
  grouped ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
  return grouped.format(v);
}

/** A safe integer with a comma every three digits, as en-US writes it. */
export function groupDigits(v: number): string {
  const digits = String(Math.abs(v));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return v < 0 ? `-${out}` : out;
}

/** At most four significant digits (numbers below 1: "72.77 cents" is 0.7277 USD). */
function smallText(v: number): string {
  if (Object.is(v, 0)) return '0';
  small ??= new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });
  return small.format(v);
}
const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
/** Denominators tried for a fraction: what a reporter writes ("a third", "three-quarters", "one in eight"). */
const MAX_DENOMINATOR = 12;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** `value` as n/d with a small d, or null. "1 1/2" for one and a half. */
function commonFraction(value: number): string | null {
  const whole = Math.trunc(value);
  const part = Math.abs(value - whole);
  if (part < 1e-9) return null;
  for (let d = 2; d <= MAX_DENOMINATOR; d++) {
    const n = Math.round(part * d);
    if (n === 0 || n === d || Math.abs(part - n / d) > 1e-6) continue;
    const g = gcd(n, d);
    const frac = `${n / g}/${d / g}`;
    return whole === 0 ? `${value < 0 ? '-' : ''}${frac}` : `${whole} ${frac}`;
  }
  return null;
}

function ordinal(n: number): string {
  const tens = Math.abs(n) % 100;
  const ones = Math.abs(n) % 10;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ones === 1 ? 'st' : ones === 2 ? 'nd' : ones === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** 4.5e9 → "4.5 billion"; null unless the amount is round at that scale (two decimals at most). */
function inWords(value: number): string | null {
  for (const [scale, word] of SCALES) {
    if (Math.abs(value) < scale) continue;
    const scaled = value / scale;
    if (Math.abs(scaled * 100 - Math.round(scaled * 100)) > 1e-6) return null;
    return `${groupedText(scaled)} ${word}`;
  }
  return null;
}

/** The number alone, as a reader would write it. */
export function figureNumber(f: Pick<FigureValue, 'kind' | 'value'>): string {
  const v = f.value;
  if (v === null || !Number.isFinite(v)) return '';
  // Years and other calendar numbers are never grouped.
  if (f.kind === 'DATE' || f.kind === 'TIME') return Number.isInteger(v) ? String(v) : groupedText(v).replace(/,/g, '');
  if (f.kind === 'ORDINAL' && Number.isInteger(v)) return ordinal(v);
  if (f.kind === 'FRACTION') {
    const frac = commonFraction(v);
    if (frac) return frac;
  }
  const words = inWords(v);
  if (words) return words;
  return Math.abs(v) < 1 ? smallText(v) : groupedText(v);
}

/** The engine's units of time and measure (singular in the contract) as read after a number other than 1. */
const PLURAL_UNIT: ReadonlyMap<string, string> = new Map([
  ...['second', 'minute', 'hour', 'day', 'night', 'week', 'fortnight', 'month', 'year', 'decade'].map((u) => [u, `${u}s`] as const),
  ['century', 'centuries'], ['millennium', 'millennia'],
  ...['meter', 'liter', 'mile', 'yard', 'acre', 'hectare', 'gallon', 'ounce', 'pound', 'ton', 'tonne', 'barrel', 'knot', 'degree',
    'calorie', 'byte', 'crown', 'dinar', 'peso', 'percentage point', 'basis point'].map((u) => [u, `${u}s`] as const),
  ['foot', 'feet'], ['inch', 'inches'], ['barrel per day', 'barrels per day'],
]);

/** A unit in the plural: "square foot" → "square feet", "barrel per day" → "barrels per day". */
function pluralUnit(unit: string): string {
  const whole = PLURAL_UNIT.get(unit);
  if (whole !== undefined) return whole;
  // A measure after "square" or "cubic" takes the plural of its last word.
  const sp = unit.indexOf(' ');
  if (sp < 0) return unit;
  const head = unit.slice(0, sp);
  if (head !== 'square' && head !== 'cubic') return unit;
  const last = unit.slice(sp + 1);
  return `${head} ${PLURAL_UNIT.get(last) ?? last}`;
}

/** The number with its unit: "40%", "1,250 workers", "4.5 billion USD", "≥ 90 days" (not "90 day"). */
export function figureAmount(f: FigureValue): string {
  const n = figureNumber(f);
  if (!n) return '';
  if (!f.unit) return n;
  if (f.unit === '%') return `${n}%`;
  // An earthquake's scale reads before its number: "magnitude 6.4".
  if (f.unit === 'magnitude') return `magnitude ${n}`;
  const unit = f.value !== 1 ? pluralUnit(f.unit) : f.unit;
  return `${n} ${unit}`;
}

/** The value as read, qualified: "≥ 20,000", "≈ 1/3", "≤ 90 days"; '' when the figure states no single number. */
export function figureValueText(f: FigureValue): string {
  const amount = figureAmount(f);
  if (!amount) return '';
  const sign = f.bound === 'min' ? '≥ ' : f.bound === 'max' ? '≤ ' : f.approx ? '≈ ' : '';
  return sign + amount;
}

/** A figure as one list item: its words, its kind, and its value where that reads differently ("a third [FRACTION: 1/3]"). */
export function figureWithValue(f: FigureValue & { text: string }): string {
  if (!f.kind) return f.text;
  const v = figureValueText(f);
  return `${f.text} [${f.kind}${v && v !== f.text ? `: ${v}` : ''}]`;
}
