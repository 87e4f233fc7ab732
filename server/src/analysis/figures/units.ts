// What follows a number: a percent sign, a currency, a unit of measure or of time.
import {
  CURRENCY_ADJECTIVES, CURRENCY_CODES, CURRENCY_WORDS, MEASURE_PREFIXES, MEASURE_UNITS,
  MULTIPLIERS, PERCENT_WORDS, TIME_UNITS,
} from './lexicon';
import { hyphenParts } from './match';
import { poundIsMoney } from './pounds';
import type { TokenView } from './token-view';

export interface UnitTail {
  kind: 'PERCENT' | 'MONEY' | 'QUANTITY' | 'TIME';
  unit: string;
  /** Index of the last token of the unit. */
  last: number;
  /** Factor applied to the number ("50 cents" → 0.5 USD). */
  scale: number;
}

/** Units of one or two letters that are only units when written in lower case ("5 m"). */
const CASE_SENSITIVE_UNITS: ReadonlySet<string> = new Set(['m', 'g', 'ha', 'ft', 'cm', 'mm', 'kg', 'km', 'mg']);

const PARTS_PER: Readonly<Record<string, string>> = { million: 'ppm', billion: 'ppb', trillion: 'ppt' };

const POWER_TO_ENERGY: Readonly<Record<string, string>> = { W: 'Wh', kW: 'kWh', MW: 'MWh', GW: 'GWh', TW: 'TWh' };

/** The measure hyphenated to a number's multiplier: "a 1.1 million-barrel draw" counts barrels. */
export function unitInMultiplier(v: TokenView, k: number): UnitTail | null {
  const parts = hyphenParts(v.lower(k));
  if (!parts || parts.length !== 2 || (MULTIPLIERS.get(parts[0]) ?? 0) < 1e3) return null;
  const measure = MEASURE_UNITS.get(parts[1]);
  return measure === undefined || CASE_SENSITIVE_UNITS.has(parts[1]) ? null : { kind: 'QUANTITY', unit: measure, last: k, scale: 1 };
}

/** The unit starting at token k, or null. */
export function unitAt(v: TokenView, k: number, end: number): UnitTail | null {
  if (k >= end) return null;
  const w = v.lower(k);
  // "0.5%pt", "2% pts": percentage points.
  if (w === '%' && k + 1 < end && (v.lower(k + 1) === 'pt' || v.lower(k + 1) === 'pts')) return { kind: 'PERCENT', unit: 'percentage point', last: k + 1, scale: 1 };
  if (PERCENT_WORDS.has(w)) {
    if (w === 'percentage') {
      const n = k + 1 < end ? v.lower(k + 1) : '';
      if (n === 'point' || n === 'points') return { kind: 'PERCENT', unit: 'percentage point', last: k + 1, scale: 1 };
      return null;
    }
    return { kind: 'PERCENT', unit: '%', last: k, scale: 1 };
  }
  if (w === 'per' && k + 1 < end && v.lower(k + 1) === 'cent') return { kind: 'PERCENT', unit: '%', last: k + 1, scale: 1 };
  if (w === 'basis' && k + 1 < end && (v.lower(k + 1) === 'points' || v.lower(k + 1) === 'point')) {
    return { kind: 'PERCENT', unit: 'basis point', last: k + 1, scale: 1 };
  }
  if (w === 'bps' || w === 'bp') return { kind: 'PERCENT', unit: 'basis point', last: k, scale: 1 };
  if ((w === 'ppt' || w === 'ppts' || w === 'pp') && v.raw(k) === w) return { kind: 'PERCENT', unit: 'percentage point', last: k, scale: 1 };
  // "424 parts per million": a concentration.
  if (w === 'parts' && k + 2 < end && v.lower(k + 1) === 'per') {
    const per = PARTS_PER[v.lower(k + 2)];
    if (per !== undefined) return { kind: 'QUANTITY', unit: per, last: k + 2, scale: 1 };
  }
  const money = currencyAt(v, k, end);
  if (money) return money;
  const temperature = temperatureAt(v, k, end);
  if (temperature) return temperature;
  const time = TIME_UNITS.get(w);
  if (time !== undefined) return { kind: 'TIME', unit: time, last: k, scale: 1 };
  let u = k;
  if (MEASURE_PREFIXES.has(w) && k + 1 < end) u = k + 1;
  const lw = v.lower(u);
  const measure = MEASURE_UNITS.get(lw);
  if (measure === undefined) return null;
  if (CASE_SENSITIVE_UNITS.has(lw) && v.raw(u) !== lw) return null;
  let unit = u > k ? `${w === 'sq' ? 'square' : w === 'cu' ? 'cubic' : w} ${measure}` : measure;
  let last = u;
  // "27 terawatt hours": a power unit and "hours" are energy.
  if (POWER_TO_ENERGY[measure] !== undefined && u === k && last + 1 < end && (v.lower(last + 1) === 'hours' || v.lower(last + 1) === 'hour')) {
    return { kind: 'QUANTITY', unit: POWER_TO_ENERGY[measure], last: last + 1, scale: 1 };
  }
  // "20 degrees Celsius"
  if (measure === 'degree' && last + 1 < end) {
    const scale = v.lower(last + 1);
    if (scale === 'celsius' || scale === 'fahrenheit' || scale === 'c' || scale === 'f') {
      unit = scale.startsWith('c') ? '°C' : '°F';
      last++;
    }
  }
  return { kind: 'QUANTITY', unit, last, scale: 1 };
}

/** What may follow a scale letter standing alone: the end of a clause or a lower-case word. */
const AFTER_SCALE = '.,;:)!?”"\'';

/**
 * "32.5°C", "5 °F", a degree sign alone, and Canadian Press's "minus 40 C": a capital C or F
 * standing alone after a number on the same line is the scale when the clause ends or a
 * lower-case word follows ("the 158 F / A-18", "17\nC. Lewis" are not temperatures).
 */
function temperatureAt(v: TokenView, k: number, end: number): UnitTail | null {
  const raw = v.raw(k);
  if (raw === '°') {
    const scale = k + 1 < end && v.adjacent(k, k + 1) ? v.raw(k + 1) : '';
    if (scale === 'C' || scale === 'F') return { kind: 'QUANTITY', unit: `°${scale}`, last: k + 1, scale: 1 };
    return { kind: 'QUANTITY', unit: 'degree', last: k, scale: 1 };
  }
  if ((raw !== 'C' && raw !== 'F') || k === 0 || v.text.slice(v.tokens[k - 1].end, v.tokens[k].start) !== ' ') return null;
  if (k + 1 < end) {
    const next = v.raw(k + 1);
    const c = next.charCodeAt(0);
    if (!AFTER_SCALE.includes(next[0]) && !(c >= 97 && c <= 122)) return null;
  }
  return { kind: 'QUANTITY', unit: `°${raw}`, last: k, scale: 1 };
}

/** "dollars", "U.S. dollars", "Hong Kong dollars", "euros", "USD", "pounds sterling", "cents". */
function currencyAt(v: TokenView, k: number, end: number): UnitTail | null {
  const raw = v.raw(k);
  const iso = CURRENCY_CODES.get(raw);
  if (iso !== undefined) return { kind: 'MONEY', unit: iso, last: k, scale: 1 };
  let adjective = '';
  let u = k;
  // Up to two adjective words ("Hong Kong"), only when a currency word follows.
  while (u < end && u < k + 2 && CURRENCY_ADJECTIVES.has(v.lower(u)) && v.capitalized(u)) {
    adjective = CURRENCY_ADJECTIVES.get(v.lower(u)) ?? '';
    u++;
  }
  if (u >= end) return null;
  const word = v.lower(u);
  const code = CURRENCY_WORDS.get(word);
  if (code === undefined) return null;
  if (word === 'sterling' && u === k) return { kind: 'MONEY', unit: 'GBP', last: u, scale: 1 };
  let last = u;
  if (word === 'pounds' || word === 'pound') {
    if (u === k && !poundIsMoney(v, u, end)) return { kind: 'QUANTITY', unit: 'pound', last: u, scale: 1 };
    if (u + 1 < end && v.lower(u + 1) === 'sterling') last++;
  }
  return { kind: 'MONEY', last, ...moneyOfWord(v, word, code, adjective) };
}

/**
 * The currency and scale of a currency word ("dollars", "cents", "rupees", "pesos"), its adjective
 * ("Hong Kong") first; a bare one is the article's own (DocFacts: the Canadian dollar in Canadian
 * copy, Pakistan's rupee in Pakistani copy, the Philippine peso in Philippine copy).
 */
export function moneyOfWord(v: TokenView, word: string, code: string, adjective = ''): { unit: string; scale: number } {
  if (code === 'peso' && !adjective && v.facts.writesLetterMoney('PHP')) return { unit: 'PHP', scale: 1 };
  if (code === 'cent') return { unit: adjective || v.facts.dollar(), scale: 0.01 };
  if (code === 'penny') return { unit: 'GBP', scale: 0.01 };
  if (code === 'INR') return { unit: adjective || v.facts.rupee(), scale: 1 };
  if (code === 'paisa') return { unit: v.facts.rupee(), scale: 0.01 };
  const dollar = word === 'dollar' || word === 'dollars';
  return { unit: dollar ? adjective || v.facts.dollar() : code, scale: 1 };
}

/** Words that make a decade after them a temperature ("highs in the mid-20s", "temperatures in the 90s"). */
const TEMPERATURE_WORDS: ReadonlySet<string> = new Set([
  'highs', 'lows', 'temperature', 'temperatures', 'readings', 'thermometer', 'thermometers', 'mercury',
  'chill', 'chills', 'windchill', 'windchills',
]);

export function temperatureWord(lower: string): boolean {
  return TEMPERATURE_WORDS.has(lower) || lower === 'degrees' || lower === 'celsius' || lower === 'heat' || lower === 'heatwave';
}

/** True when a temperature word comes up to six tokens before token i, within its sentence ("Temperatures hovered in the low 20s"). */
export function temperatureBefore(v: TokenView, i: number, sentenceFirst: number): boolean {
  for (let k = i - 1; k >= sentenceFirst && k >= i - 6; k--) if (TEMPERATURE_WORDS.has(v.lower(k))) return true;
  return false;
}
