// Figures written as one hyphenated token: "81-year-old" (AGE), "30-year" and "nine-day"
// (DURATION), "10-km" (QUANTITY), "25-basis-point" (PERCENT), "two-thirds" (FRACTION), "fourth-largest" (ORDINAL),
// "mid-March", "mid-2019", "end-2027" and "July-September" (DATE), "2,500-strong" and "three-member"
// (CARDINAL), "30m-long" (QUANTITY), "mid-40s" (an AGE after "her", degrees after "highs").
// Pure numbers ("twenty-five") and ranges ("10-15") are left to the number phrase.
import {
  CURRENCY_WORDS, DENOMINATORS, MEASURE_PREFIXES, MEASURE_UNITS, MONTH_ABBREVIATIONS, MONTHS, MULTIPLIERS, ORDINALS, PART_OF_PERIOD, POSSESSIVE_PRONOUNS, SMALL_NUMBERS,
  TIME_UNITS,
} from './lexicon';
import { yearAt } from './dates';
import { type Match, hyphenParts, match } from './match';
import { wordNumber } from './number-phrase';
import { parseNumeral, scaled } from './numerals';
import type { TokenView } from './token-view';
import { moneyOfWord, temperatureBefore } from './units';

const isLowerWord = (s: string): boolean => {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c >= 97 && c <= 122)) return false;
  }
  return true;
};

/** The leading number of a compound and how many parts it takes ("twenty-five-year-old" → 25, 2). */
function leadingNumber(parts: string[]): { value: number; used: number; spelled: boolean } | null {
  const n = parseNumeral(parts[0]);
  if (n) return n.form === 'plain' && n.unit === '' ? { value: n.value, used: 1, spelled: false } : null;
  if (parts.length >= 2) {
    const two = wordNumber(`${parts[0]}-${parts[1]}`);
    if (two !== undefined) return { value: two, used: 2, spelled: true };
  }
  const one = SMALL_NUMBERS.get(parts[0]);
  return one !== undefined ? { value: one, used: 1, spelled: true } : null;
}

/** Words after "3-point" that make it a kind of shot ("3-point range", "a 3-point play"). */
const SHOT_WORDS: ReadonlySet<string> = new Set(['range', 'line', 'shot', 'shots', 'shooting', 'shooter', 'attempt', 'attempts', 'arc', 'play', 'plays', 'percentage', 'basket', 'baskets', 'field']);

/** Words after "one-day", "five-day" that name a cricket format. */
const CRICKET_FORMATS: ReadonlySet<string> = new Set(['international', 'internationals', 'series', 'cup', 'test', 'tests', 'format', 'squad', 'side', 'cricket', 'game', 'games', 'match', 'matches']);

const isMonth = (w: string): boolean => MONTHS.has(w) || MONTH_ABBREVIATIONS.has(w);

/** Words after "first-", "second-" that make a fixed phrase: "first-degree", "second-hand", "first-rate", "second-guess". */
const FIXED_ORDINAL_PHRASES: ReadonlySet<string> = new Set(['degree', 'hand', 'rate', 'guess', 'guessed', 'guessing', 'class', 'person', 'string']);

/** A rate's moves after "a quarter-point" ("cut", "rise"): a chess player's "half-point lead" is none. */
const RATE_MOVES: ReadonlySet<string> = new Set(['cut', 'cuts', 'rise', 'rises', 'increase', 'increases', 'hike', 'hikes', 'reduction', 'move', 'moves', 'raise', 'drop', 'fall', 'easing', 'tightening']);

/** Words after a length that say which of a thing's sizes it is ("30m-long", "5cm-thick"). */
const DIMENSIONS: ReadonlySet<string> = new Set(['long', 'high', 'tall', 'wide', 'deep', 'thick', 'thin', 'broad']);

export function matchCompound(v: TokenView, i: number): Match | null {
  const raw = v.raw(i);
  const lower = v.lower(i);
  const parts = hyphenParts(lower);
  if (!parts || parts.some((p) => p.length === 0)) return null;
  const rawParts = hyphenParts(raw)!;

  // "the July-September quarter", "Jan-March": a span of months.
  if (parts.length === 2 && isMonth(parts[0]) && isMonth(parts[1]) && parts[0] !== parts[1]) {
    // "January-June 1996": the year is the span's.
    const last = yearAt(v, i + 1, v.tokens.length) !== null ? i + 1 : i;
    return { ...match(i, last, 'DATE', null), range: true };
  }

  if (PART_OF_PERIOD.has(parts[0]) && parts.length === 2) {
    if (MONTHS.has(parts[1])) return match(i, i, 'DATE', null);
    const n = parseNumeral(parts[1]);
    if (n && n.form === 'plain' && n.intDigits === 4 && !n.grouped) return match(i, i, 'DATE', n.value);
    if (n && n.form === 'decade' && parts[0] === 'mid') {
      // "in her mid-40s" is an age, "highs in the mid-20s" degrees, "the mid-1990s" a decade.
      if (n.value < 130 && i > 0 && POSSESSIVE_PRONOUNS.has(v.lower(i - 1))) return match(i, i, 'AGE', null, null, true);
      return n.value < 130 && temperatureBefore(v, i, 0) ? match(i, i, 'QUANTITY', null, 'degree', true) : match(i, i, 'DATE', null);
    }
    return null;
  }

  const ordinal = ORDINALS.get(parts[0]) ?? ordinalNumeral(parts[0]);
  if (ordinal !== undefined && parts.length === 2 && isLowerWord(rawParts[1])) {
    // "second-quarter profit", "first-half sales", "21st-century": parts of the calendar.
    if (parts[1] === 'century' || parts[1] === 'quarter' || parts[1] === 'half') return match(i, i, 'DATE', null);
    // "first-degree murder", "second-hand flats", "a first-rate side": fixed phrases, not figures.
    if (FIXED_ORDINAL_PHRASES.has(parts[1])) return null;
    if (!DENOMINATORS.has(parts[1])) return match(i, i, 'ORDINAL', ordinal);
  }

  // "decades-long" (vague), "year-long" (one year)
  const spanUnit = TIME_UNITS.get(parts[0]);
  if (spanUnit !== undefined && parts.length === 2 && parts[1] === 'long') {
    const plural = parts[0] !== spanUnit;
    return match(i, i, 'DURATION', plural ? null : 1, spanUnit, plural);
  }

  // "a 30m-long wall", "a 5.6mm-thick phone": a measure glued to the number, then what it measures.
  if (parts.length === 2 && DIMENSIONS.has(parts[1])) {
    const n = parseNumeral(rawParts[0]);
    if (n && n.unit !== '') return match(i, i, 'QUANTITY', n.value, n.unit);
    if (n && n.multiplier === 1e6 && rawParts[0].endsWith('m')) return match(i, i, 'QUANTITY', n.value / 1e6, 'meter');
  }

  // "a quarter-point cut", "a half-point rise": a rate's move in percentage points.
  if (parts.length === 2 && parts[1] === 'point' && (parts[0] === 'quarter' || parts[0] === 'half')
    && RATE_MOVES.has(i + 1 < v.tokens.length ? v.lower(i + 1) : '')) return match(i, i, 'PERCENT', parts[0] === 'quarter' ? 0.25 : 0.5, 'percentage point');

  const lead = leadingNumber(parts);
  if (!lead) return null;
  // "6-foot-3": a height in feet and inches, kept in feet (6.25).
  if (parts.length === lead.used + 2 && (parts[lead.used] === 'foot' || parts[lead.used] === 'feet')) {
    const inches = parseNumeral(parts[lead.used + 1]) ?? undefined;
    const n = inches?.value ?? SMALL_NUMBERS.get(parts[lead.used + 1]);
    if (n !== undefined && n < 12 && (!inches || (inches.form === 'plain' && !inches.grouped))) return match(i, i, 'QUANTITY', lead.value + n / 12, 'foot');
  }
  // "25-to-34-year-olds", "three-to-five-day": a range in one word, the far end carrying the unit.
  if (parts[lead.used] === 'to') {
    const far = leadingNumber(parts.slice(lead.used + 1));
    if (!far || far.value <= lead.value) return null;
    const tail = unitOfTail(parts.slice(lead.used + 1 + far.used));
    return tail ? { ...match(i, i, tail.kind, null, tail.unit), range: true } : null;
  }
  let rest = parts.slice(lead.used);
  if (rest.length === 0 || !rest.every((p, k) => isLowerWord(rawParts[lead.used + k]))) return null;
  // "$600-million" and "six-and-a-half" are numbers, read with what follows them.
  if (rest.length === 1 && MULTIPLIERS.has(rest[0])) return null;
  let value = lead.value;
  if (rest.length >= 3 && rest[0] === 'and' && rest[1] === 'a' && rest[2] === 'half') {
    if (rest.length === 3) return null;
    value += 0.5;
    rest = rest.slice(3);
  }
  // "five 3-pointers", "from 3-point range": basketball's kinds of shot, not counts.
  if (rest[0] === 'pointer' || rest[0] === 'pointers' || (rest.length === 1 && rest[0] === 'point' && SHOT_WORDS.has(i + 1 < v.tokens.length ? v.lower(i + 1) : ''))) return null;
  // "three-on-one", "two-for-one", "a two-way race": how many face how many, not a count.
  if (rest[0] === 'on' || rest[0] === 'for' || (rest.length === 1 && rest[0] === 'way')) return null;
  const head = rest[0];

  const time = TIME_UNITS.get(head);
  // "a one-day international", "the five-day Test": a cricket format, not a duration.
  if (time === 'day' && rest.length === 1 && CRICKET_FORMATS.has(i + 1 < v.tokens.length ? v.lower(i + 1) : '')) return null;
  if (time !== undefined) {
    // "81-year-old", "20-year-olds", "30-year", "nine-day", "year-long" ("a 10-year-long war").
    const tail = unitOfTail(rest.length === 2 && rest[1] === 'long' ? rest.slice(0, 1) : rest);
    return tail ? match(i, i, tail.kind, value, tail.unit) : null;
  }
  // "a 25-basis-point cut", "a half-percentage-point rise"
  if (rest.length === 2 && rest[1] === 'point' && (head === 'basis' || head === 'percentage')) {
    return match(i, i, 'PERCENT', value, `${head} point`);
  }
  // "a 2-million-tonne harvest": a multiplier, then the measure.
  const multiplier = MULTIPLIERS.get(head);
  if (rest.length === 2 && multiplier !== undefined && multiplier >= 1e3) {
    const measure = MEASURE_UNITS.get(rest[1]);
    if (measure !== undefined) return match(i, i, 'QUANTITY', scaled(value, multiplier), measure);
  }
  // "a 120,000-sq-ft tower", "a 40-square-mile park"
  if (rest.length === 2 && MEASURE_PREFIXES.has(head)) {
    const measure = MEASURE_UNITS.get(rest[1]);
    if (measure !== undefined) return match(i, i, 'QUANTITY', value, `${head === 'sq' ? 'square' : head === 'cu' ? 'cubic' : head} ${measure}`);
  }
  if (rest.length === 1) {
    const measure = MEASURE_UNITS.get(head);
    if (measure !== undefined) return match(i, i, 'QUANTITY', value, measure);
    if (head === 'percent' || head === 'pct') return match(i, i, 'PERCENT', value, '%');
    const denominator = DENOMINATORS.get(head);
    if (denominator !== undefined && lead.spelled && value <= 10) {
      return match(i, i, 'FRACTION', value / denominator);
    }
    // "a 250-pound linebacker" is a weight; "a 10-pound note" is money.
    if (head === 'pound') {
      const next = i + 1 < v.tokens.length ? v.lower(i + 1) : '';
      if (next === 'note' || next === 'notes' || next === 'coin' || next === 'coins' || next === 'fine') return match(i, i, 'MONEY', value, 'GBP');
      return match(i, i, 'QUANTITY', value, 'pound');
    }
    if (head === 'magnitude' && value < 11) return match(i, i, 'QUANTITY', value, 'magnitude');
    // "a 2,500-dollar fine", "a 50-euro note", "a 1-yen move", "a 50-cent coin"
    const code = head === 'real' || head === 'sterling' ? undefined : CURRENCY_WORDS.get(head);
    if (code !== undefined) {
      const money = moneyOfWord(v, head, code);
      return match(i, i, 'MONEY', scaled(value, money.scale), money.unit);
    }
    if (head === 'plus') return { ...match(i, i, 'CARDINAL', value), bound: 'min' };
    // Golf: "a 5-under 67", "at 2-over": strokes against par.
    if (head === 'under' || head === 'over') return match(i, i, 'CARDINAL', value, `${head} par`);
    if (head === 'odd') return match(i, i, 'CARDINAL', value, null, true);
  }
  // "one-off", "one-sided": idioms, not counts.
  if (lead.spelled && value === 1) return null;
  return match(i, i, 'CARDINAL', value);
}

/** The kind and unit a compound's words after its number give: "year-olds" an age, "day" a duration, "km" a length. */
function unitOfTail(rest: readonly string[]): { kind: 'AGE' | 'DURATION' | 'QUANTITY' | 'PERCENT'; unit: string | null } | null {
  const time = rest.length > 0 ? TIME_UNITS.get(rest[0]) : undefined;
  if (time !== undefined && rest.length === 2 && (rest[1] === 'old' || rest[1] === 'olds')) return { kind: 'AGE', unit: time === 'year' ? null : time };
  if (time !== undefined && rest.length === 1) return { kind: 'DURATION', unit: time };
  if (rest.length !== 1) return null;
  if (rest[0] === 'percent') return { kind: 'PERCENT', unit: '%' };
  const measure = MEASURE_UNITS.get(rest[0]);
  return measure === undefined ? null : { kind: 'QUANTITY', unit: measure };
}

function ordinalNumeral(s: string): number | undefined {
  const n = parseNumeral(s);
  return n && n.form === 'ordinal' ? n.value : undefined;
}
