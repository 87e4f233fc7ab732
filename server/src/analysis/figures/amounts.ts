// Figures that start with a number or a currency sign, read with what follows them:
// "$4.5 billion", "5 percent", "300 km", "24 hours a day", "three years ago", "45 years old",
// "10 a.m.", "7 January 2022", "10 to 15", "2019", "1990s", "21st".
// Ranges ("10 to 15", "between 10 and 15", "10-15") get value null: there is no single number.
import type { FigureKind } from '../types';
import { matchCompound } from './compounds';
import { yearAt } from './dates';
import {
  AGO_WORDS, CENT_SIGN_PREFIXES, CLOCK_SUFFIXES, COUNTED_NOUNS, CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, LETTER_CURRENCIES, POUND_PREFIXES,
  MONTHS, MONTH_ABBREVIATIONS, MOVEMENT_VERBS, MULTIPLIERS, ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE,
  PERSON_NOUNS, POSSESSIVE_PRONOUNS, TIME_UNITS, VERBS_IN_S, WEEKDAYS, YEAR_PREPOSITIONS,
} from './lexicon';
import { type Match, hyphenParts, match } from './match';
import { type NumberPhrase, parseNumberPhrase } from './number-phrase';
import { dottedClock, parseNumeral, scaled } from './numerals';
import { isQualifierStart } from './qualifiers';
import { aboutCricket } from './scores';
import type { TokenView } from './token-view';
import { temperatureBefore, temperatureWord, type UnitTail, unitAt, unitInMultiplier } from './units';

export interface AmountContext {
  /** Index of the sentence's first token. */
  sentenceFirst: number;
  /** The sentence is in a headline, where Title Case is no sign of a name. */
  headline: boolean;
  /** A "between" qualifier precedes: the range is joined by "and". */
  between: boolean;
  /** End offsets of PERSON mentions, for "Name, 45,". */
  personEnds: ReadonlySet<number>;
}

/** Singular time units that make a rate after a duration ("24 hours a day"). */
const RATE_UNITS: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

/** A currency written before the number: "$", "US$", "C$", "€", "USD", "Rs", "SFr". */
function currencyPrefix(v: TokenView, i: number, end: number): { unit: string; next: number } | null {
  const w = v.raw(i);
  const sym = CURRENCY_SYMBOLS.get(w);
  // A bare "$" is the article's dollar: the Canadian one in Canadian copy.
  if (sym !== undefined) return { unit: w === '$' ? v.facts.dollar() : sym, next: i + 1 };
  if (i + 1 < end && v.raw(i + 1) === '$' && v.adjacent(i, i + 1)) {
    const code = DOLLAR_PREFIXES.get(v.lower(i));
    if (code !== undefined) return { unit: code, next: i + 2 };
  }
  // "E£2 billion": the Egyptian pound.
  if (i + 1 < end && v.raw(i + 1) === '£' && v.adjacent(i, i + 1)) {
    const code = POUND_PREFIXES.get(w);
    if (code !== undefined) return { unit: code, next: i + 2 };
  }
  // "GH¢15.2", "GH₵ 3 million"
  if (i + 2 < end && (v.raw(i + 1) === '¢' || v.raw(i + 1) === '₵') && v.adjacent(i, i + 1)) {
    const cedi = CENT_SIGN_PREFIXES.get(w);
    if (cedi !== undefined) return { unit: cedi, next: i + 2 };
  }
  const code = CURRENCY_CODES.get(w) ?? LETTER_CURRENCIES.get(w);
  // "Rs 5,000" is the article's rupee: Pakistan's in Pakistani copy.
  if (code !== undefined && i + 1 < end && v.digitStart(i + 1)) return { unit: code === 'INR' && !CURRENCY_CODES.has(w) ? v.facts.rupee() : code, next: i + 1 };
  return null;
}

/** Money after a currency sign, with multipliers ("$4.5 billion", "$300m", "$10 to $15 million"). */
function moneyAfterPrefix(v: TokenView, i: number, end: number, ctx: AmountContext): Match | null {
  const pre = currencyPrefix(v, i, end);
  if (!pre || pre.next >= end || !v.digitStart(pre.next)) return null;
  const p = parseNumberPhrase(v, pre.next, end);
  if (!p) return moneyTrillions(v, i, pre.next, pre.unit) ?? moneyCompound(v, i, pre.next, pre.unit);
  if (p.numeral && p.numeral.form !== 'plain') return null;
  let last = p.last;
  let value = p.value;
  // "$300 m": a lone "m" after money is a million.
  if (p.first === p.last && last + 1 < end && v.raw(last + 1) === 'm' && value !== null) {
    value *= 1e6;
    last++;
  }
  let m = match(i, last, 'MONEY', value, pre.unit);
  const range = movedBy(v, i, ctx) && CURRENCY_SYMBOLS.has(v.raw(m.last + 2)) ? null : rangeAfter(v, m.last, end, ctx, true, i);
  if (range) m = { ...m, last: range.last, value: null, approx: range.approx, range: true };
  // "$5 million USD" repeats the code.
  if (m.last + 1 < end && v.raw(m.last + 1) === pre.unit) m.last++;
  if (p.range) m = { ...m, value: null, range: true };
  return m;
}

/**
 * Money glued to a word by a hyphen after its sign: "a £85m-rated striker", "a $50,000-a-year
 * job", "its $2bn-plus budget". The amount is the number; the words describe it.
 */
/** "$2.9T": trillions in a capital T, read only after a currency sign ("a 3T scanner" is a magnet's teslas). */
function moneyTrillions(v: TokenView, i: number, k: number, unit: string): Match | null {
  const raw = v.raw(k);
  if (raw.length < 2 || raw[raw.length - 1] !== 'T') return null;
  const n = parseNumeral(raw.slice(0, -1));
  return n && n.form === 'plain' && n.unit === '' && n.multiplier === 1 ? match(i, k, 'MONEY', scaled(n.value, 1e12), unit) : null;
}

function moneyCompound(v: TokenView, i: number, k: number, unit: string): Match | null {
  const parts = hyphenParts(v.raw(k));
  if (!parts || parts.length < 2 || !parts.slice(1).every((w) => /^[a-z]+$/.test(w))) return null;
  const n = parseNumeral(parts[0]);
  if (!n || n.form !== 'plain' || n.unit !== '') return null;
  // "$4.2-million-a-year": the multiplier is part of the amount.
  let value = n.value;
  const multiplier = MULTIPLIERS.get(parts[1]);
  if (multiplier !== undefined) value = scaled(value, multiplier);
  // "a $20-plus trillion budget": the multiplier comes after.
  let last = k;
  const after = k + 1 < v.tokens.length ? MULTIPLIERS.get(v.lower(k + 1)) : undefined;
  if (multiplier === undefined && after !== undefined && after >= 1000) { value = scaled(value, after); last = k + 1; }
  const m = match(i, last, 'MONEY', value, unit);
  // "$2bn-plus": at least that.
  if (parts[parts.length - 1] === 'plus') m.bound = 'min';
  return m;
}

/** Words of a qualifier that may stand between "by" and the money ("shrank by about $140 billion"). */
const QUALIFIER_WORDS: ReadonlySet<string> = new Set([
  'about', 'around', 'roughly', 'nearly', 'almost', 'some', 'approximately', 'just', 'more', 'less', 'than', 'over', 'under', 'an', 'estimated',
]);

/**
 * True when a verb of movement or "by" comes before the figure at `first`, past a qualifier ("fell
 * $1.12", "was cut by $1.50", "will go up by £4", "shrank by about $140 billion"): "$1.12 to
 * $72.05" after it is the change and the new level.
 */
function movedBy(v: TokenView, first: number, ctx: AmountContext): boolean {
  let k = first - 1;
  for (let n = 0; n < 3 && k > ctx.sentenceFirst && QUALIFIER_WORDS.has(v.lower(k)); n++) k--;
  if (k >= ctx.sentenceFirst && v.lower(k) === 'by') return true;
  return k >= ctx.sentenceFirst && MOVEMENT_VERBS.has(v.lower(k));
}

/** Imperial lengths, written out or short, glued to the number or apart ("6ft", "2.4 in"). */
const IMPERIAL_LENGTHS = /(?:^|\d)(?:ft|feet|foot|in|inch|inches|yd|yards?|miles?)$/;

/**
 * True when "1.8m" at token i is metres, not millions: beside an imperial length it converts
 * ("6ft (1.8m)", "1.8m (6ft)"), or a dimension follows it ("1.8m tall", "a 30m-long wall"); `millions`
 * is the number read as millions.
 */
function gluedMetres(v: TokenView, i: number, end: number, millions: number): boolean {
  const raw = v.raw(i);
  if (raw.length < 2 || raw[raw.length - 1] !== 'm') return false;
  const next = i + 1 < end ? v.lower(i + 1) : '';
  if (next === 'tall' || next === 'high' || next === 'long' || next === 'wide' || next === 'deep') return true;
  // "300m above sea level", "ground above 300m", "at altitudes over 2,000m": a height.
  if (next === 'above' && i + 2 < end && (v.lower(i + 2) === 'sea' || v.lower(i + 2) === 'ground')) return true;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (HEIGHT_NOUNS.has(v.lower(k))) return true;
  // "River levels peaked at 5.6m", "the sea rose to 2.1m on Monday": a water height, nothing counted after it.
  if (!COUNTED_AFTER.test(next)) for (let k = i - 1; k >= 0 && k >= i - 5; k--) if (WATER_NOUNS.has(v.lower(k))) return true;
  if (RACE_EVENTS.has(next)) return true;
  if (!COUNTED_AFTER.test(next)) {
    // "led until the last 100m", "in the final 200m": the end of a race.
    if (i > 0 && RACE_STRETCHES.has(v.lower(i - 1))) return true;
    // "over 2000m", "beyond 1,600m": thousands of millions are written in billions, so these are metres.
    if (millions >= 1e9 && !raw.includes('.')) return true;
  }
  // "Walsh cleared 2.31m", "she threw 64.5m": a jump's height or a throw's length.
  if (i > 0 && FIELD_EVENT_VERBS.has(v.lower(i - 1))) return true;
  if (i >= 2 && v.raw(i - 1) === '(' && IMPERIAL_LENGTHS.test(v.lower(i - 2))) return true;
  if (next === '(' && i + 2 < end) {
    const inside = v.lower(i + 2);
    if (IMPERIAL_LENGTHS.test(inside) || (i + 3 < end && v.digitStart(i + 2) && IMPERIAL_LENGTHS.test(v.lower(i + 3)))) return true;
  }
  return false;
}

/** Verbs of the jumps and throws, before their mark in metres. */
const FIELD_EVENT_VERBS: ReadonlySet<string> = new Set(['cleared', 'clears', 'jumped', 'leapt', 'leaped', 'vaulted', 'threw', 'hurled']);

/** Water whose height is news: rivers in flood, tides, waves, snow. */
const WATER_NOUNS: ReadonlySet<string> = new Set([
  'river', 'rivers', 'sea', 'seas', 'water', 'waters', 'tide', 'tides', 'wave', 'waves', 'swell', 'surge',
  'flood', 'floods', 'floodwater', 'floodwaters', 'snow', 'snowfall', 'lake', 'reservoir',
]);

/** A word after "2.1m" that may be what the millions count ("2.1m homes"): a lower-case word other than a preposition. */
const COUNTED_AFTER = /^(?!(?:on|in|at|by|and|or|above|below|from|to|after|before|since|during|when|while|last|this|overnight)$)[a-z]/;

/** Nouns after "8K", "4K" that make it a picture's resolution. */
const PICTURE_NOUNS: ReadonlySet<string> = new Set([
  'video', 'videos', 'resolution', 'display', 'displays', 'screen', 'screens', 'tv', 'tvs', 'television', 'televisions',
  'camera', 'cameras', 'footage', 'streaming', 'monitor', 'monitors', 'hdr', 'uhd', 'oled', 'projector', 'recording',
]);

/** Nouns of height a few words before "300m" ("high ground above 300m", "an altitude of 4,000m"). */
const HEIGHT_NOUNS: ReadonlySet<string> = new Set(['ground', 'altitude', 'altitudes', 'elevation', 'elevations', 'summit', 'depth', 'depths']);

/** Words before "100m" that make it the end of a race ("the last 100m"). */
const RACE_STRETCHES: ReadonlySet<string> = new Set(['last', 'final', 'closing', 'opening']);

/** Races and events named by their distance ("the 100m final", "the 400m hurdles"). */
const RACE_EVENTS: ReadonlySet<string> = new Set([
  'sprint', 'hurdles', 'freestyle', 'butterfly', 'backstroke', 'breaststroke', 'medley', 'relay', 'dash', 'steeplechase',
  'race', 'races', 'final', 'finals', 'heat', 'heats', 'semi-final', 'semifinal', 'title', 'champion', 'specialist',
]);

/** The far end of a range after a number ending at `last`: "to 15", "– 15", "or 15", "and 15". */
function rangeAfter(
  v: TokenView, last: number, end: number, ctx: AmountContext, money: boolean, first: number,
): { last: number; high: NumberPhrase; approx: boolean } | null {
  const c = last + 1;
  if (c + 1 >= end) return null;
  const w = v.lower(c);
  const joiner = ctx.between ? w === 'and' : (w === 'to' || w === '–' || w === '-' || w === 'or');
  if (!joiner) return null;
  // "19,874.15 -12.60": a dash set apart from the number before and against a number written with
  // decimals or thousands after it is the sign of a change (a market table); "10 -20" stays a range.
  if ((w === '-' || w === '–') && !v.adjacent(last, c) && v.adjacent(c, c + 1) && /[.,]/.test(v.raw(c + 1))) return null;
  // "from 10 to 15" reads as a change, not a range.
  if (!ctx.between && w === 'to' && first > 0 && v.lower(first - 1) === 'from') return null;
  let k = c + 1;
  if (money && CURRENCY_SYMBOLS.has(v.raw(k))) k++;
  if (k >= end) return null;
  const high = parseNumberPhrase(v, k, end);
  if (!high || high.value === null || high.vague || (high.numeral && high.numeral.form !== 'plain')) return null;
  // "up $9.4 million or 19.3%": money then its change in per cent, no range.
  if (money && unitAt(v, high.last + 1, end)?.kind === 'PERCENT') return null;
  return { last: high.last, high, approx: w === 'or' };
}

/** Stock indexes named with a number ("S&P 500", "FTSE 250", "Russell 2000"), lower case. */
const INDEX_NAMES: ReadonlySet<string> = new Set([
  's&p', 'ftse', 'nikkei', 'cac', 'dax', 'asx', 'russell', 'stoxx', 'tsx', 'nifty', 'ibex', 'aex', 'omx', 'msci', 'top-40',
]);

/** True when a plain number right after a capitalised word is part of a name ("Boeing 737"). */
function nameNumber(v: TokenView, p: NumberPhrase, ctx: AmountContext): boolean {
  const i = p.first;
  // "S&P 500", "FTSE 100", "Nikkei 225": a stock index's name, in a table line too.
  if (i > ctx.sentenceFirst && INDEX_NAMES.has(v.lower(i - 1)) && p.first === p.last && p.numeral && !p.numeral.grouped && !p.numeral.decimal) return true;
  if (modelNumber(v, p, ctx)) return true;
  // "Week 14 results", "Stage 3 of the Tour": a numbered part, at a sentence's start and in headlines too.
  if (i - 1 >= ctx.sentenceFirst && v.capitalized(i - 1) && NUMBERED_PARTS.has(v.lower(i - 1)) && p.first === p.last && p.numeral && !p.numeral.grouped && !p.numeral.decimal) return true;
  if (ctx.headline || i <= ctx.sentenceFirst || !p.numeral || p.numeral.grouped || p.numeral.decimal) return false;
  if (p.last !== p.first || p.numeral.multiplier !== 1) return false;
  const prev = i - 1;
  // A capital at the start of the sentence or on a qualifier ("Between 10 and 15") says nothing.
  if (prev <= ctx.sentenceFirst || !v.capitalized(prev) || isQualifierStart(v.lower(prev))) return false;
  const w = v.lower(prev);
  if (MONTHS.has(w) || MONTH_ABBREVIATIONS.has(w) || WEEKDAYS.has(w) || CURRENCY_CODES.has(v.raw(prev))) return false;
  // "U.S. 10 percent", "Brent 50 cents": an abbreviation before, or a unit after, is no name.
  if (w.endsWith('.') || unitAt(v, p.last + 1, v.tokens.length) !== null) return false;
  return !partOfWhole(v, p.last, v.tokens.length);
}

/** Words between "of" and the whole ("181 of the 400", "12 of their 15"). */
const WHOLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'all']);

/** "gave the Alliance 181 of the 400 seats", "won 12 of their 15 games": a count out of a number after it. */
function partOfWhole(v: TokenView, last: number, end: number): boolean {
  let k = last + 1;
  if (k >= end || v.lower(k) !== 'of') return false;
  k++;
  if (k < end && WHOLE_DETERMINERS.has(v.lower(k))) k++;
  const whole = k < end ? parseNumeral(v.raw(k)) : null;
  // "Article 33 of the 1951 Convention": a year after "of" names the text, it counts nothing.
  return whole !== null && whole.form === 'plain' && !(whole.intDigits === 4 && !whole.grouped && whole.value >= 1800 && whole.value <= 2100);
}

/** Words that number a part of a season, a race or a text ("Week 14", "Round 3", "on day two", "at hole 12"). */
const NUMBERED_PARTS: ReadonlySet<string> = new Set([
  'week', 'round', 'stage', 'matchday', 'gameweek', 'game', 'leg', 'heat', 'phase', 'chapter', 'section', 'episode', 'season', 'day', 'level', 'grade', 'part',
  'hole', 'lap',
]);

/** What may follow a numbered part ("on day two,", "round nine of", "stage six."). */
const AFTER_NUMBERED_PART: ReadonlySet<string> = new Set([
  '.', ',', ';', ':', ')', '?', '!', '—', '–', 'of', 'at', 'on', 'in', 'and', 'when', 'after', 'before', 'with', 'as', 'for', 'is', 'was', 'will',
]);

const CAMEL_CASE = /^\p{Ll}+\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;

/**
 * A product's model, in a headline too: the "9" of "737 MAX 9" (a number, an all-caps word and
 * a number), "iPhone 16 Pro" (after a word in camel case).
 */
function modelNumber(v: TokenView, p: NumberPhrase, ctx: AmountContext): boolean {
  const i = p.first;
  if (p.last !== i || !p.numeral || p.numeral.grouped || p.numeral.decimal || p.numeral.multiplier !== 1) return false;
  const end = v.tokens.length;
  if (i > ctx.sentenceFirst && CAMEL_CASE.test(v.raw(i - 1))) return true;
  const capsWord = (k: number): boolean => ALL_CAPS.test(v.raw(k)) && !CURRENCY_CODES.has(v.raw(k)) && unitAt(v, k, end) === null;
  // Only the number after the word: "65 MAX 9s" counts 65 of them, and "some 737 MAX 9 jets" cannot be told from it.
  return i - 2 >= ctx.sentenceFirst && capsWord(i - 1) && v.digitStart(i - 2) && parseNumeral(v.raw(i - 2)) !== null;
}

/**
 * A capitalised number word after a word, inside a sentence, is a name ("Ground Zero", "Formula
 * One", "environmental group Zero"); after punctuation it may open a clause ("said: Three died").
 */
function spelledName(v: TokenView, p: NumberPhrase, ctx: AmountContext): boolean {
  const i = p.first;
  if (ctx.headline || i <= ctx.sentenceFirst || !v.capitalized(i)) return false;
  if (v.capitalized(i - 1)) return true;
  const before = v.raw(i - 1);
  return before.length > 1 && /^\p{Ll}+$/u.test(before);
}

/** "Name, 45," and "Name (45)": an age in apposition. */
function appositiveAge(v: TokenView, p: NumberPhrase, end: number, ctx: AmountContext): boolean {
  const n = p.numeral;
  if (!n || n.form !== 'plain' || n.grouped || n.decimal || p.first !== p.last || n.value < 1 || n.value > 120) return false;
  const i = p.first;
  if (i - 2 < ctx.sentenceFirst) return false;
  const before = v.raw(i - 1);
  const after = i + 1 < end ? v.raw(i + 1) : '.';
  // Bracketed small numbers after names are tallies in results ("Joubert (3)"), not ages.
  if (before === '(') {
    if (after !== ')' || n.value < 16) return false;
    // "Elin Berg (66) and Park Ji-won (67) were tied at 10 under": golfers' rounds, not ages.
    if (n.value >= 55 && n.value <= 90 && golfScoring(v, ctx.sentenceFirst, end)) return false;
  }
  else if (before === ',') { if (after !== ',' && after !== '.' && after !== ';') return false; }
  else return false;
  const named = i - 2;
  if (PERSON_NOUNS.has(v.lower(named))) return true;
  if (after === ',' && describedPerson(v, named, ctx.sentenceFirst)) return true;
  return ctx.personEnds.has(v.tokens[named].end) || (v.capitalized(named) && !MONTHS.has(v.lower(named)) && !MONTH_ABBREVIATIONS.has(v.lower(named)));
}

/** Words that open a noun phrase naming someone ("the driver", "their manager", "an unnamed teacher"). */
const PERSON_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'whose']);

/**
 * "The driver, 34, was arrested", "their manager, 51, has": a lower-case noun after a
 * determiner (and at most one word between), with the number closed by a comma, is someone's age.
 */
function describedPerson(v: TokenView, named: number, sentenceFirst: number): boolean {
  if (!/^\p{Ll}+$/u.test(v.raw(named))) return false;
  for (let k = named - 1; k >= sentenceFirst && k >= named - 2; k--) {
    if (PERSON_DETERMINERS.has(v.lower(k))) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(v.raw(k))) return false;
  }
  return false;
}

/** Words of golf scoring; a number before "under" or "over" ("at 10 under") is one too. */
const GOLF_WORDS: ReadonlySet<string> = new Set(['par', 'birdie', 'birdies', 'bogey', 'bogeys', 'eagle', 'eagles', 'under-par', 'over-par']);
const GOLF_TO_PAR = /^\d{1,2}-(?:under|over)$/;

/** True when the sentence scores golf rounds against par. */
function golfScoring(v: TokenView, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const w = v.lower(k);
    if (GOLF_WORDS.has(w) || GOLF_TO_PAR.test(w)) return true;
    if ((w === 'under' || w === 'over') && k > first && v.digitStart(k - 1) && (k + 1 >= end || !v.capitalized(k + 1) && v.raw(k + 1).length <= 1)) return true;
  }
  return false;
}

const DYING: ReadonlySet<string> = new Set(['die', 'dies', 'died', 'dead', 'dying']);
const HE_SHE: ReadonlySet<string> = new Set(['he', 'she']);
const BE_NOW: ReadonlySet<string> = new Set(['was', 'is']);

/** An obituary's age: "dies at 91", "died at 91 on Monday", "She was 91.", "Tom Waits is 77." (a person's age said alone). */
function obituaryAge(v: TokenView, p: NumberPhrase, end: number, ctx: AmountContext): boolean {
  const n = p.numeral;
  if (!n || n.form !== 'plain' || n.grouped || n.decimal || p.first !== p.last || n.value < 1 || n.value > 120) return false;
  const i = p.first;
  if (i - 2 < ctx.sentenceFirst) return false;
  if (v.lower(i - 1) === 'at' && DYING.has(v.lower(i - 2))) return true;
  const after = i + 1 < end ? v.raw(i + 1) : '.';
  // "She was 91.", "Singer Tom Waits is 77.": a person's age said alone.
  return (after === '.' || after === ';') && BE_NOW.has(v.lower(i - 1))
    && (HE_SHE.has(v.lower(i - 2)) || ctx.personEnds.has(v.tokens[i - 2].end));
}

/** What a bare four-digit number is: a year unless it visibly counts things. */
/** Words before a year written with its century left off ("in '71", "the class of ’94", "'08 and '09"). */
const CLIPPED_YEAR_BEFORE: ReadonlySet<string> = new Set([...YEAR_PREPOSITIONS, 'or']);

/**
 * "called to the bar in '71": two digits after an opening apostrophe, the year they stand for
 * (up to '30 this century, else the last), or null. A quoted "'71'" is no year.
 */
function clippedYear(v: TokenView, p: NumberPhrase, end: number, ctx: AmountContext): number | null {
  const n = p.numeral;
  const mark = p.first - 1;
  if (!n || p.first !== p.last || n.intDigits !== 2 || n.decimal || mark - 1 < ctx.sentenceFirst) return null;
  const apostrophe = v.raw(mark);
  if ((apostrophe !== "'" && apostrophe !== '’') || !v.adjacent(mark, p.first) || v.adjacent(mark - 1, mark)) return null;
  if (!CLIPPED_YEAR_BEFORE.has(v.lower(mark - 1))) return null;
  if (p.last + 1 < end && v.adjacent(p.last, p.last + 1) && (v.raw(p.last + 1) === "'" || v.raw(p.last + 1) === '’')) return null;
  return n.value <= 30 ? 2000 + n.value : 1900 + n.value;
}

function isYear(v: TokenView, p: NumberPhrase, end: number, ctx: AmountContext): boolean {
  if (p.first !== p.last || yearAt(v, p.first, end) === null) return false;
  const prev = p.first > ctx.sentenceFirst ? v.lower(p.first - 1) : '';
  if (YEAR_PREPOSITIONS.has(prev)) return true;
  const next = p.last + 1 < end ? v.lower(p.last + 1) : '';
  return !COUNTED_NOUNS.has(next);
}

/** "a day", "per year", "an hour" after token `last`; not "a year ago" ("3.2 months a year ago" is a level then, not a rate). */
function rateAfter(v: TokenView, last: number, end: number): boolean {
  const next = last + 1 < end ? v.lower(last + 1) : '';
  if (next !== 'a' && next !== 'per' && next !== 'an') return false;
  return last + 2 < end && RATE_UNITS.has(v.lower(last + 2)) && !(last + 3 < end && AGO_WORDS.has(v.lower(last + 3)));
}

function timeUnitTail(v: TokenView, p: NumberPhrase, first: number, unitLast: number, unit: string, end: number): Match {
  const value = p.value;
  let last = unitLast;
  const next = last + 1 < end ? v.lower(last + 1) : '';
  if (AGO_WORDS.has(next)) return match(first, last + 1, 'DATE', null, null, p.vague);
  if (next === 'old' && unit !== 'night') return match(first, last + 1, 'AGE', value, unit === 'year' ? null : unit);
  if (next === 'of' && last + 2 < end && v.lower(last + 2) === 'age') return match(first, last + 2, 'AGE', value);
  // "24 hours a day", "five days a week"
  if (rateAfter(v, last, end)) last += 2;
  // "two days or weeks"
  else if (next === 'or' && last + 2 < end && TIME_UNITS.has(v.lower(last + 2))) {
    return match(first, last + 2, 'DURATION', null, unit, true);
  }
  return match(first, last, 'DURATION', value, unit, p.vague);
}

/** Words around "1:56" that make it the length of a clip, not a time of day. */
const MEDIA_WORDS: ReadonlySet<string> = new Set([
  'video', 'videos', 'clip', 'clips', 'footage', 'watch', 'duration', 'runtime', 'length', 'trailer', 'podcast',
  'playing', 'play',
]);

/** "The video, 1:56, shows …", "a 2:14 clip": the length of a clip is no figure. */
function mediaLength(v: TokenView, i: number, end: number, ctx: AmountContext): boolean {
  if (i + 1 < end && MEDIA_WORDS.has(v.lower(i + 1))) return true;
  for (let k = i - 1; k >= ctx.sentenceFirst && k >= i - 4; k--) if (MEDIA_WORDS.has(v.lower(k))) return true;
  return false;
}

/** A clock time: "10 a.m.", "1030 GMT", "10:30", "9pm". */
function clock(v: TokenView, p: NumberPhrase, first: number, end: number): Match | null {
  const n = p.numeral;
  if (!n || p.first !== p.last) return null;
  const next = p.last + 1 < end ? v.lower(p.last + 1) : '';
  const suffix = CLOCK_SUFFIXES.has(next) ? p.last + 1 : -1;
  if (n.form === 'clock') return match(first, suffix > 0 ? suffix : p.last, 'TIME', null);
  // "1700 local time", "0800 hours": a 24-hour clock (a duration of hours has no leading zero).
  if (suffix < 0 && n.form === 'plain' && !n.grouped && !n.decimal && n.intDigits === 4 && n.value % 100 < 60 && n.value < 2400) {
    if (next === 'local' && p.last + 2 < end && v.lower(p.last + 2) === 'time') return match(first, p.last + 2, 'TIME', null);
    if (next === 'hours' && v.raw(p.first)[0] === '0') return match(first, p.last + 1, 'TIME', null);
  }
  // "10.45 pm": a dotted clock with the half of the day apart.
  if (suffix > 0 && n.decimal && (next.startsWith('a') || next.startsWith('p')) && next !== 'et' && next !== 'pt'
    && dottedClock(v.raw(p.first), Math.trunc(n.value), n.intDigits, next) !== null) return match(first, suffix, 'TIME', null);
  // "12.31 GMT", "09.15 BST": a live page's 24-hour clock, a dot between hours and minutes, then its zone in capitals.
  if (suffix > 0 && n.decimal && TIME_ZONE.test(v.raw(suffix)) && DOTTED_24_HOUR.test(v.raw(p.first)) && n.value < 24) {
    return match(first, suffix, 'TIME', null);
  }
  if (suffix < 0 || n.form !== 'plain' || n.grouped || n.decimal) return null;
  const meridiem = next.startsWith('a') || next.startsWith('p');
  if (meridiem && next !== 'et' && (n.value < 1 || n.value > 12 || n.intDigits > 2)) return null;
  if (!meridiem && !(n.intDigits >= 3 && n.intDigits <= 4 && n.value % 100 < 60 && n.value < 2400) && next !== "o'clock" && next !== 'o’clock') return null;
  // Time zones are written in capitals ("GMT"); "et" or "pt" in lower case are words.
  if (!meridiem && next !== "o'clock" && next !== 'o’clock' && v.raw(p.last + 1) === next) return null;
  return match(first, p.last + 1, 'TIME', null);
}

/** A time zone as the wires write it: capitals, not "AM" or "PM". */
const TIME_ZONE = /^(?!AM$|PM$)[A-Z]{2,4}$/;

/** Hours and minutes with a dot between: "12.31", "09.15". */
const DOTTED_24_HOUR = /^\d{1,2}\.[0-5]\d$/;

/** The last token of "7-9 December (2026)" when days low..high are followed by a month at token k, or -1. */
function dayRangeMonth(v: TokenView, low: number | null, high: number | null, k: number, end: number): number {
  if (low === null || high === null || low < 1 || high > 31 || low >= high || k >= end || !v.capitalized(k)) return -1;
  const w = v.lower(k);
  if (!MONTHS.has(w) && !MONTH_ABBREVIATIONS.has(w)) return -1;
  return yearAt(v, k + 1, end) !== null ? k + 1 : k;
}

/** A day number before a month: "7 January", "7 Jan 2022". */
function dayMonth(v: TokenView, p: NumberPhrase, first: number, end: number): Match | null {
  const n = p.numeral;
  if (!n || p.first !== p.last || n.grouped || n.decimal || n.value < 1 || n.value > 31 || n.intDigits > 2) return null;
  const k = p.last + 1;
  if (k >= end || !v.capitalized(k)) return null;
  const w = v.lower(k);
  if (!MONTHS.has(w) && !MONTH_ABBREVIATIONS.has(w)) return null;
  const last = yearAt(v, k + 1, end) !== null ? k + 1 : k;
  return match(first, last, 'DATE', null);
}

/** Kinds for a number with nothing after it. */
function bare(v: TokenView, p: NumberPhrase, end: number, ctx: AmountContext): Match | null {
  const n = p.numeral;
  if (n && n.form === 'ordinal') {
    const next = p.last + 1 < end ? v.lower(p.last + 1) : '';
    if (next === 'century' || next === 'quarter' || next === 'half') return match(p.first, p.last + 1, 'DATE', null);
    // "1st July", "the 5th of December (2026)": a day of a month.
    if (n.value >= 1 && n.value <= 31) {
      const month = next === 'of' ? p.last + 2 : p.last + 1;
      if (month < end && v.capitalized(month) && (MONTHS.has(v.lower(month)) || MONTH_ABBREVIATIONS.has(v.lower(month)))) {
        return match(p.first, yearAt(v, month + 1, end) !== null ? month + 1 : month, 'DATE', null);
      }
    }
    return match(p.first, p.last, 'ORDINAL', n.value);
  }
  if (n && n.form === 'decade') {
    const prev = p.first > ctx.sentenceFirst ? v.lower(p.first - 1) : '';
    if (POSSESSIVE_PRONOUNS.has(prev) && n.value < 130) return match(p.first, p.last, 'AGE', null, null, true);
    // "highs in the 80s": degrees, not a decade.
    if (n.value < 130 && temperatureBefore(v, p.first, ctx.sentenceFirst)) return match(p.first, p.last, 'QUANTITY', null, 'degree', true);
    return match(p.first, p.last, 'DATE', null);
  }
  if (p.range) {
    const days = dayRangeMonth(v, p.range[0], p.range[1], p.last + 1, end);
    if (days >= 0) return { ...match(p.first, days, 'DATE', null), range: true };
    // "2-5cm": a unit glued to the far end is the range's.
    const raw = v.raw(p.last);
    const dash = raw.search(/[-–]/);
    const glued = p.first === p.last && dash > 0 ? parseNumeral(raw.slice(dash + 1))?.unit : '';
    if (glued) return { ...match(p.first, p.last, kindOfGluedUnit(glued), null, glued), range: true };
    const years = n !== null && n.intDigits === 4 && p.range[0] >= 1000 && p.range[1] <= 2100;
    const kind: FigureKind = years ? 'DATE' : 'CARDINAL';
    return { ...match(p.first, p.last, kind, null), range: true };
  }
  const clipped = clippedYear(v, p, end, ctx);
  if (clipped !== null) return match(p.first - 1, p.last, 'DATE', clipped);
  if (isYear(v, p, end, ctx)) return match(p.first, p.last, 'DATE', p.value);
  if (appositiveAge(v, p, end, ctx) || obituaryAge(v, p, end, ctx)) return match(p.first, p.last, 'AGE', p.value);
  // "one" is often a pronoun ("no one", "one another").
  if (p.words && p.first === p.last && v.lower(p.first) === 'one') {
    const prev = p.first > ctx.sentenceFirst ? v.lower(p.first - 1) : '';
    const next = p.last + 1 < end ? v.lower(p.last + 1) : '';
    if (ONE_PRONOUN_BEFORE.has(prev) || ONE_PRONOUN_AFTER.has(next) || next === '’s' || next === "'s") return null;
  }
  const par = strokesAgainstPar(v, p, end, ctx);
  if (par) return par;
  const noun = countedNoun(v, p.last + 1, end);
  // "on day two", "in round 3 of", "at hole 12,": a numbered part, not a count, when the phrase ends
  // there ("the day three people died", "the final day 137 ahead" count).
  if (noun === null && p.first === p.last && p.value !== null && p.first > ctx.sentenceFirst && NUMBERED_PARTS.has(v.lower(p.first - 1))
    && (p.last + 1 >= end || AFTER_NUMBERED_PART.has(v.lower(p.last + 1)))) return null;
  return rate(v, p, noun, end) ?? match(p.first, p.last, 'CARDINAL', p.value, noun, p.vague);
}

/**
 * Golf's "tied for second at 10 under", "the cut fell at 1 over par,": strokes against par, written
 * apart ("7-under" is read as a compound). The phrase ends there, after "at", "to" or a verb of standing.
 */
function strokesAgainstPar(v: TokenView, p: NumberPhrase, end: number, ctx: AmountContext): Match | null {
  const k = p.last + 1;
  if (p.value === null || p.value > 30 || k >= end || p.first <= ctx.sentenceFirst) return null;
  const side = v.lower(k);
  if ((side !== 'under' && side !== 'over') || !PAR_BEFORE.has(v.lower(p.first - 1))) return null;
  const last = k + 1 < end && v.lower(k + 1) === 'par' ? k + 1 : k;
  if (last + 1 < end && !PAR_AFTER.has(v.lower(last + 1))) return null;
  return match(p.first, last, 'CARDINAL', p.value, `${side} par`);
}

/** Words before golf's "10 under" ("at 10 under", "to 3 over", "finished 2 under"). */
const PAR_BEFORE: ReadonlySet<string> = new Set(['at', 'to', 'finished', 'stood', 'stands', 'sits', 'reached', 'was', 'is', 'were', 'are', 'shot']);

/** What may follow golf's "10 under": the clause's end or what says when ("after", "through", "for the week"). */
const PAR_AFTER: ReadonlySet<string> = new Set([',', '.', ';', ':', ')', 'after', 'through', 'for', 'and', 'with', 'on', 'heading', 'going', 'overall', 'total']);

/**
 * "41.7 cases per 100,000 people", "6.9 per 100,000": a count per a population is a rate; the
 * figure runs to the population and its unit says what is counted per how many.
 */
function rate(v: TokenView, p: NumberPhrase, noun: string | null, end: number): Match | null {
  const k = p.last + (noun ? 2 : 1);
  if (p.vague || p.value === null || k + 1 >= end || v.lower(k) !== 'per' || !v.digitStart(k + 1)) return null;
  const per = parseNumberPhrase(v, k + 1, end);
  if (!per || per.value === null || per.value < 10 || per.numeral?.form !== 'plain' || per.numeral.unit !== '') return null;
  let last = per.last;
  const who = countedNoun(v, last + 1, end);
  if (who) last++;
  const base = v.text.slice(v.tokens[per.first].start, v.tokens[per.last].end);
  return match(p.first, last, 'CARDINAL', p.value, `${noun ? `${noun} ` : ''}per ${base}${who ? ` ${who}` : ''}`);
}

/**
 * "1.2 trillion won", "50,000 won": the Korean currency, read only after a large amount ("won" is
 * more often the verb: "the team 2 won" is rare, "a 5,000 won fine" is not).
 */
function wonAfter(v: TokenView, q: NumberPhrase, end: number): UnitTail | null {
  const k = q.last + 1;
  if (k >= end || v.lower(k) !== 'won' || q.value === null || q.value < 1000) return null;
  return { kind: 'MONEY', unit: 'KRW', last: k, scale: 1 };
}

/** The plural noun a count is about ("70 planes" → "planes"), for information only. */
function countedNoun(v: TokenView, k: number, end: number): string | null {
  if (k >= end) return null;
  const w = v.raw(k);
  if (COUNTED_NOUNS.has(w)) return w;
  if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss') || VERBS_IN_S.has(w)) return null;
  for (let c = 0; c < w.length; c++) {
    const code = w.charCodeAt(c);
    if (code < 97 || code > 122) return null;
  }
  return w;
}

export function matchAmount(v: TokenView, i: number, end: number, ctx: AmountContext): Match | null {
  const w = v.lower(i);
  // "a margin of error of plus or minus 3.8 percentage points": the margin, not a negative number.
  if (w === 'plus' && i + 3 < end && v.lower(i + 1) === 'or' && v.lower(i + 2) === 'minus' && v.digitStart(i + 3)) {
    const m = unsigned(v, i + 3, end, ctx);
    return m && (m.kind === 'PERCENT' || m.kind === 'CARDINAL' || m.kind === 'QUANTITY') ? { ...m, first: i } : null;
  }
  // "a magnitude 6.4 earthquake", "magnitude-7.1": the Richter-style scale has no unit word after the number.
  if (w === 'magnitude' && i + 1 < end && v.digitStart(i + 1)) {
    const p = parseNumberPhrase(v, i + 1, end);
    if (p && p.value !== null && p.value < 11 && p.first === p.last) return match(i, p.last, 'QUANTITY', p.value, 'magnitude');
    return null;
  }
  // "18- to 20-year-olds", "3- to 5-day trips": the near end's unit is left to the far end's.
  if (v.digitStart(i) && i + 3 < end && v.raw(i + 1) === '-' && v.lower(i + 2) === 'to') {
    const near = parseNumeral(v.raw(i));
    const far = matchCompound(v, i + 3);
    if (near && near.form === 'plain' && near.unit === '' && far && far.value !== null && far.value > near.value && SUSPENDED_KINDS.has(far.kind)) {
      return { ...match(i, i + 3, far.kind, null, far.unit), range: true };
    }
  }
  // "minus 20 degrees": the sign is part of the figure.
  if (w === 'minus' && i + 1 < end && v.digitStart(i + 1)) {
    const m = unsigned(v, i + 1, end, ctx);
    if (!m || (m.kind !== 'QUANTITY' && m.kind !== 'CARDINAL' && m.kind !== 'PERCENT')) return null;
    return { ...m, first: i, value: m.value === null ? null : -m.value };
  }
  const m = unsigned(v, i, end, ctx);
  return m && (degreesAroundZero(v, m, end, ctx) ?? feetAndInches(v, m, end, ctx) ?? m);
}

/** "5 below zero", "temperatures fell below zero": degrees either side of freezing, or null. */
function degreesAroundZero(v: TokenView, m: Match, end: number, ctx: AmountContext): Match | null {
  if (m.kind !== 'CARDINAL' || m.value === null) return null;
  if (m.last + 2 < end && v.lower(m.last + 2) === 'zero') {
    const side = v.lower(m.last + 1);
    if (side === 'below' || side === 'above') return match(m.first, m.last + 2, 'QUANTITY', side === 'below' ? -m.value : m.value, 'degree', m.approx);
  }
  if (m.value === 0 && v.lower(m.first) === 'zero' && temperatureBefore(v, m.first, ctx.sentenceFirst)) return { ...m, kind: 'QUANTITY', unit: 'degree' };
  return null;
}

/** "6ft 2in", "5 feet 7 inches": one height, kept in feet (as "6-foot-2" is), or null. */
function feetAndInches(v: TokenView, m: Match, end: number, ctx: AmountContext): Match | null {
  if (m.kind !== 'QUANTITY' || m.unit !== 'foot' || m.value === null || m.last + 1 >= end || !v.digitStart(m.last + 1)) return null;
  const inches = unsigned(v, m.last + 1, end, ctx);
  if (!inches || inches.unit !== 'inch' || inches.value === null || inches.value >= 12) return null;
  return match(m.first, inches.last, 'QUANTITY', scaled(m.value + inches.value / 12, 1), 'foot', m.approx);
}

/** The kinds a suspended hyphen's far end gives both ends ("18- to 20-year-olds"). */
const SUSPENDED_KINDS: ReadonlySet<FigureKind> = new Set(['AGE', 'DURATION', 'QUANTITY', 'PERCENT']);

/** The kind of a figure whose unit is glued to its number ("4.8%", "0.3ppt", "9.58s", "10km"). */
function kindOfGluedUnit(unit: string): FigureKind {
  if (unit === '%' || unit === 'percentage point' || unit === 'basis point') return 'PERCENT';
  return unit === 'second' ? 'DURATION' : 'QUANTITY';
}

/** "1:27.097" (a lap), "2:05:33" (a marathon): minutes and seconds with a fraction, or hours, minutes and seconds. */
const RACE_TIME = /^(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?:\.(\d{1,3}))?$/;

/** A race time, its value in seconds; a plain "10:30" is a time of day and left to the clock. */
function raceTime(v: TokenView, i: number): Match | null {
  const raw = v.raw(i);
  if (raw.length < 6 || raw.length > 12) return null;
  const m = RACE_TIME.exec(raw);
  if (!m || (m[3] === undefined && m[4] === undefined)) return null;
  const seconds = m[3] === undefined
    ? Number(m[1]) * 60 + Number(`${m[2]}.${m[4]}`)
    : Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(`${m[3]}${m[4] === undefined ? '' : `.${m[4]}`}`);
  return match(i, i, 'DURATION', seconds, 'second');
}

/** "Adjusted EBITDA(1)": a footnote's number in brackets against a word, no figure. */
function footnoteMark(v: TokenView, i: number, end: number): boolean {
  if (i < 2 || i + 1 >= end || v.raw(i - 1) !== '(' || v.raw(i + 1) !== ')' || !v.adjacent(i - 2, i - 1)) return false;
  const word = v.raw(i - 2);
  return /^\p{L}/u.test(word) && v.raw(i).length <= 2;
}

/** "80c", "30c", "189.9c": a number of one to three digits (a tenth or two after it) with a lower-case "c" against it. */
const GLUED_LOWER_C = /^\d{1,3}(?:\.\d{1,2})?c$/;

/**
 * The "c" glued to a number, read from its sentence: degrees Celsius beside a word of temperature
 * ("highs of 30c"), else cents beside euros, dollars or cents ("rise by 80c to €14.50": the euro's
 * cents after "€", the article's dollar's after "$" or "cents"); a price in cents with a decimal or
 * three digits ("peaked at 214.9c", fuel by the litre) is cents alone; else nothing.
 */
function gluedLowerC(v: TokenView, i: number, end: number, ctx: AmountContext): Match | null {
  const raw = v.raw(i);
  if (!GLUED_LOWER_C.test(raw)) return null;
  const value = Number(raw.slice(0, -1));
  let unit = '';
  for (let k = ctx.sentenceFirst; k < end; k++) {
    const w = v.raw(k);
    if (temperatureWord(v.lower(k)) && value <= 60) return match(i, i, 'QUANTITY', value, '°C');
    if (w === '€') unit = 'EUR';
    else if ((w === '$' || w === 'cents') && unit === '') unit = v.facts.dollar();
  }
  if (unit === '' && (value >= 100 || raw.includes('.'))) unit = v.facts.dollar();
  return unit === '' || value === 0 ? null : match(i, i, 'MONEY', scaled(value, 0.01), unit);
}

/** Adjectives between a count and its unit of time ("241 consecutive days", "five straight weeks", "two more years"). */
const RUN_ADJECTIVES: ReadonlySet<string> = new Set(['consecutive', 'straight', 'successive', 'more', 'additional', 'extra', 'full']);

function timeAfterAdjective(v: TokenView, k: number, end: number): UnitTail | null {
  if (k + 1 >= end || !RUN_ADJECTIVES.has(v.lower(k))) return null;
  const unit = TIME_UNITS.get(v.lower(k + 1));
  return unit === undefined ? null : { kind: 'TIME', unit, last: k + 1, scale: 1 };
}

/** "46p", "3.2p": pence written against the number. */
const GLUED_PENCE = /^\d{1,3}(?:\.\d{1,2})?p$/;
/** A picture's lines ("720p"; four digits, "1080p", never match), not pence. */
const VIDEO_LINES: ReadonlySet<number> = new Set([144, 240, 360, 480, 576, 720]);

/** Pence glued to the number, in copy with British money or places in it ("46p of every pound"). */
function gluedPence(v: TokenView, i: number): Match | null {
  const raw = v.raw(i);
  // "12-1 / 2p": a fraction's end in old market copy, not two pence.
  if (!GLUED_PENCE.test(raw) || (i > 0 && v.raw(i - 1) === '/')) return null;
  const value = Number(raw.slice(0, -1));
  if (VIDEO_LINES.has(value) || !v.facts.hasSterling()) return null;
  return match(i, i, 'MONEY', scaled(value, 0.01), 'GBP');
}

/** A figure whose multiplier is hyphenated to "plus" ("$2 billion-plus") is at least that much. */
function unsigned(v: TokenView, i: number, end: number, ctx: AmountContext): Match | null {
  const m = unsignedFigure(v, i, end, ctx);
  if (m && m.bound === null && m.last > m.first && v.lower(m.last).endsWith('-plus')) return { ...m, bound: 'min' };
  return m;
}

function unsignedFigure(v: TokenView, i: number, end: number, ctx: AmountContext): Match | null {
  const money = moneyAfterPrefix(v, i, end, ctx);
  if (money) return money;
  const race = raceTime(v, i);
  if (race) return race;
  const glued = gluedPence(v, i) ?? gluedLowerC(v, i, end, ctx);
  if (glued) return glued;
  if (footnoteMark(v, i, end)) return null;
  const p = parseNumberPhrase(v, i, end);
  if (!p) return null;
  if (v.digitStart(i) ? nameNumber(v, p, ctx) : spelledName(v, p, ctx)) return null;
  if (p.numeral && p.numeral.multiplier === 1e6 && gluedMetres(v, i, end, p.numeral.value)) return match(i, i, 'QUANTITY', p.numeral.value / 1e6, 'meter');
  // "Gill 64 (71b, 6x4)": the balls a batter faced, in a sentence about cricket, not billions.
  if (p.numeral && p.numeral.multiplier === 1e9 && v.raw(i).endsWith('b') && aboutCricket(v, ctx.sentenceFirst, end)) return match(i, i, 'CARDINAL', p.numeral.value / 1e9, 'balls');
  // "8K video", "a 4K screen": a picture's resolution, not eight thousand.
  if (p.numeral && p.numeral.multiplier === 1e3 && v.raw(i).endsWith('K') && i + 1 < end && PICTURE_NOUNS.has(v.lower(i + 1))) return null;
  // "the 400 block of North Fifth Street": an address, not a count.
  if (p.first === p.last && p.last + 2 < end && v.lower(p.last + 1) === 'block' && v.lower(p.last + 2) === 'of') return null;
  if (p.numeral && p.numeral.unit !== '') {
    return match(p.first, p.last, kindOfGluedUnit(p.numeral.unit), p.value, p.numeral.unit);
  }
  if (p.numeral && p.numeral.form === 'clock' && p.numeral.meridiem === '' && mediaLength(v, i, end, ctx)) return null;
  const time = clock(v, p, i, end);
  if (time) return time;
  if (p.numeral && p.numeral.form !== 'plain') return bare(v, p, end, ctx);
  const date = dayMonth(v, p, i, end);
  if (date) return date;

  // "millions of dollars"
  if (p.vague && p.last + 2 < end && v.lower(p.last + 1) === 'of') {
    const money = unitAt(v, p.last + 2, end);
    if (money && money.kind === 'MONEY') return match(p.first, money.last, 'MONEY', null, money.unit, true);
  }
  // "between 2% and 3%": both ends carry the unit (a bare "2.5% to 3.5%" may be a change and a level).
  if (ctx.between && !p.vague) {
    const own = unitAt(v, p.last + 1, end);
    const range = own && (own.kind === 'PERCENT' || own.kind === 'QUANTITY') ? rangeAfter(v, own.last, end, ctx, false, i) : null;
    const far = range ? unitAt(v, range.last + 1, end) : null;
    if (own && far && far.unit === own.unit) return { ...match(p.first, far.last, own.kind, null, own.unit), range: true };
  }
  // A range shares the unit written after its far end ("10 to 15 percent").
  let q = p;
  let approx = p.vague;
  let ranged = p.range !== null;
  const range = p.vague ? null : rangeAfter(v, p.last, end, ctx, false, i);
  if (range) {
    q = { ...range.high, first: p.first };
    ranged = true;
    approx = approx || range.approx;
  }
  const tail = unitAt(v, q.last + 1, end) ?? wonAfter(v, q, end) ?? timeAfterAdjective(v, q.last + 1, end) ?? unitInMultiplier(v, q.last);
  if (!tail) {
    if (!range) return bare(v, p, end, ctx);
    // "7–9 December": days of a month.
    const days = dayRangeMonth(v, p.value, range.high.value, q.last + 1, end);
    if (days >= 0) return { ...match(p.first, days, 'DATE', null), range: true };
    // "2-5cm", "10 to 15%": the unit glued to the far end is the range's.
    const glued = range.high.numeral?.unit;
    if (glued) return { ...match(p.first, q.last, kindOfGluedUnit(glued), null, glued, approx), range: true };
    const kind: FigureKind = yearAt(v, p.first, end) !== null && yearAt(v, range.high.first, end) !== null ? 'DATE' : 'CARDINAL';
    return { ...match(p.first, q.last, kind, null, null, approx), range: true };
  }
  const value = ranged || q.value === null ? null : scaled(q.value, tail.scale);
  // "one day he would return" is an idiom, not a duration.
  if (tail.kind === 'TIME' && p.words && p.first === p.last && v.lower(i) === 'one' && tail.unit === 'day' && tail.last === q.last + 1
    && !(tail.last + 1 < end && AGO_WORDS.has(v.lower(tail.last + 1)))) return null;
  if (tail.kind === 'TIME') {
    return { ...timeUnitTail(v, { ...q, value, vague: approx }, p.first, tail.last, tail.unit, end), range: ranged };
  }
  const m: Match = { ...match(p.first, tail.last, tail.kind, value, tail.unit, approx), range: ranged };
  if (tail.kind === 'QUANTITY') {
    // "1 million barrels per day"
    const next = m.last + 1 < end ? v.lower(m.last + 1) : '';
    if (rateAfter(v, m.last, end)) {
      m.last += 2;
      m.unit = `${m.unit} per ${v.lower(m.last)}`;
    }
    // "10 micrograms per cubic metre", "40 miles per gallon"
    else if (next === 'per' && m.last + 2 < end) {
      const denominator = unitAt(v, m.last + 2, end);
      if (denominator && denominator.kind === 'QUANTITY') {
        m.unit = `${m.unit} per ${denominator.unit}`;
        m.last = denominator.last;
      }
    }
  }
  return m;
}
