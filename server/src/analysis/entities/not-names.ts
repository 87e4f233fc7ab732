// Capitalised words that are never names on their own: the currency of an amount ("C$1.1 billion",
// "Rs 2,935 crore", "Rs 1,250-crore", "GH¢15.2"), holidays ("Christmas"; CoNLL-2003
// leaves "Easter" untagged), the pronoun "I" and its contractions ("I’m", "I've"), whatever
// quote mark they are written with, and molecules ("messenger RNA"). A longer name with a holiday in
// it is MISC.
import { CENT_SIGN_PREFIXES, CURRENCY_CODES, DOLLAR_PREFIXES, LETTER_CURRENCIES } from '../currencies';
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { hashLower } from './hash';
import { CAP1, CAPS, DIGIT, MIXED } from './lexicon';
import type { TokenSpan } from './spans';
import { WordSet } from './word-set';
import { MISC } from './labels';

const NEVER = [
  'christmas', 'xmas', 'easter', 'thanksgiving', 'hanukkah', 'chanukah', 'ramadan', 'diwali', 'passover', 'lent',
  'advent', 'halloween', 'pentecost', 'epiphany', 'i',
];
/** Molecules written in capitals ("messenger RNA", "DNA tests"), never names (round 12). */
const MOLECULES = ['dna', 'rna', 'mrna'];
const PRONOUNS = ['i', 'we', 'you', 'he', 'she', 'it', 'they', 'that', 'there', 'here', 'what', 'who', 'let'];
const VERBS = ['m', 's', 're', 've', 'll', 'd'];
/** Lower-case hashes of the words above and of every contraction ("i’m", "we're"), both quote marks. */
const NEVER_HASHES: ReadonlySet<number> = new Set([
  ...NEVER.map(hashLower),
  ...MOLECULES.map(hashLower),
  ...PRONOUNS.flatMap((p) => VERBS.flatMap((v) => [hashLower(`${p}'${v}`), hashLower(`${p}’${v}`)])),
]);

export function isNeverAName(text: string): boolean {
  return NEVER_HASHES.has(hashLower(text));
}

const HOLIDAY_HASHES = new WordSet(NEVER.filter((w) => w !== 'i').map(hashLower));
const DAY_HASHES = new WordSet([
  'eve', 'day', 'morning', 'night', 'weekend', 'week', 'season', 'holiday', 'holidays', 'break',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
].map(hashLower));

/**
 * Drops single-token spans that are never names; a longer name with a holiday in it ("Christmas
 * Eve", "Easter Monday") is MISC, as CoNLL-2003 types "Labor Day" and "Independence Day".
 */
/** Plurals of common nouns' abbreviations, written with a lower-case "s" ("three TDs", "two RBIs",
 *  "CEOs"): never names ("TDS" in capitals may be a company's). */
const ABBREVIATION_PLURALS = new WordSet(['tds', 'rbis', 'hrs', 'ceos', 'cfos', 'ipos', 'etfs', 'suvs', 'atms', 'ngos', 'dvds', 'cds', 'pcs', 'evs', 'uavs', 'mps', 'meps', 'msps', 'mlas', 'mpps'].map(hashLower));

/** Common nouns' abbreviations in capitals, never names alone: "AI chips", "the AI race", "GDP grew"
 *  (round 17; "Ai" of "Ai Weiwei" is written otherwise, and "Stability AI" is a longer name). */
const COMMON_ABBREVIATIONS = new WordSet(['ai', 'gdp',
  // Round 21: "a Q&A with readers", "R&D spending", "M&A advice" (not "AT&T", "S&P", "P&G": names).
  'q&a', 'r&d', 'm&a', 'p&l',
  // Round 23: a member's title by its letters ("the new MP for Ashcombe", "an MEP"), a title, never a body.
  'mp', 'mep', 'msp', 'mla', 'mpp'].map(hashLower));
/** Earnings measures, in any case ("adjusted Ebitda", "EBITDA margin"): never names (round 19). */
const MEASURES = new WordSet(['ebitda', 'ebit', 'ebitdar', 'ebitdax'].map(hashLower));

/** The dollar sign, a token of its own ("C$1.1 billion" is "C", "$", "1.1"). */
const DOLLAR = hashLower('$');
/** Currency letters written apart before an amount ("Rs 2,935 crore", "USD 40 million", "SFr 2 million"). */
const CURRENCY_LETTERS = new WordSet([...LETTER_CURRENCIES.keys(), ...CURRENCY_CODES.keys()].map(hashLower));

const US_DOTTED = hashLower('u.s.');
/** Letters of a dollar ("C$", "US$", "NZ$"). */
const DOLLAR_LETTERS = new WordSet([...DOLLAR_PREFIXES.keys()].map(hashLower));

/**
 * A span that is the currency of the amount after it: "C$", "US$", "Rs" before a number are no
 * names. A name read with the dollar after it ("the Treasury $374 billion") loses the sign.
 */
function isCurrencyBeforeAmount(ctx: DocContext, seg: Segmentation, s: TokenSpan): boolean {
  if (ctx.lower[s.to - 1] === DOLLAR) {
    const rest = s.to - 1 - s.from;
    if (rest > 1 || (rest === 1 && !DOLLAR_LETTERS.has(ctx.lower[s.from]))) {
      s.to--;
      return false;
    }
    return true;
  }
  // Round 21: "S$15.6 billion" read whole, the amount with its dollar: no name.
  const len = s.to - s.from;
  if ((len === 2 || (len === 3 && DOLLAR_LETTERS.has(ctx.lower[s.from]))) && ctx.cap[s.to - 1] === DIGIT && ctx.lower[s.to - 2] === DOLLAR) return true;
  // "Mex$ 2 billion" read as "Mex" before the sign: the dollar's letters ("U.S. $2" keeps its place,
  // as CoNLL-2003 types it).
  if (len === 1 && s.to < ctx.n && ctx.lower[s.to] === DOLLAR && ctx.lower[s.from] !== US_DOTTED && DOLLAR_LETTERS.has(ctx.lower[s.from])) return true;
  // Round 23: "GH¢15.2 billion", "GH₵ 3 million": the cedi's letters before its cent sign.
  if (len === 1 && s.to < ctx.n && isCentSign(seg.tokens[s.to].text) && CENT_SIGN_PREFIXES.has(seg.tokens[s.from].text)) return true;
  if (s.to >= ctx.n || !startsAmount(ctx, seg, s.to)) {
    // "Rs 1,412.40 on the BSE" read as one name: its first token is the currency.
    return s.to - s.from > 1 && s.from + 1 < ctx.n && startsAmount(ctx, seg, s.from + 1) && CURRENCY_LETTERS.has(ctx.lower[s.from]);
  }
  return s.to - s.from === 1 && CURRENCY_LETTERS.has(ctx.lower[s.from]);
}

function isCentSign(t: string): boolean {
  return t === '¢' || t === '₵';
}

/** A number, or a word starting with one ("1,250-crore", "500m"): the amount after a currency (round 23). */
function startsAmount(ctx: DocContext, seg: Segmentation, k: number): boolean {
  if (ctx.cap[k] === DIGIT) return true;
  const c = seg.tokens[k].text.charCodeAt(0);
  return ctx.cap[k] === MIXED && c >= 48 && c <= 57;
}

function isNever(ctx: DocContext, k: number): boolean {
  return NEVER_HASHES.has(ctx.lower[k]) || (ctx.cap[k] !== CAPS && ctx.cap[k] !== CAP1 && ABBREVIATION_PLURALS.has(ctx.lower[k])) ||
    (ctx.cap[k] === CAPS && COMMON_ABBREVIATIONS.has(ctx.lower[k])) || MEASURES.has(ctx.lower[k]);
}

/** Time zones written after a clock time ("6 p.m. ET", "1400 GMT"): never a person, body or place (round 19). */
const TIME_ZONES = new WordSet([
  'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'akst', 'hst', 'ast', 'adt', 'nst', 'ndt',
  'gmt', 'bst', 'utc', 'cet', 'cest', 'eet', 'eest', 'wet', 'aest', 'aedt', 'acst', 'awst', 'nzst', 'nzdt', 'jst', 'kst', 'hkt', 'sgt', 'ist',
].map(hashLower));
/** Words of a clock time right before a time zone. */
const CLOCK_WORDS = new WordSet(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'noon', 'midnight', 'hours', 'hrs'].map(hashLower));
/** What may follow a time zone in the same span: a day ("ET Sunday"), never a name. */
const WEEKDAYS = new WordSet(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight', 'tomorrow'].map(hashLower));

/**
 * A span starting with a time zone in capitals right after a clock time: the zone and any day after
 * it are cut off (nothing left: no name). MISC is left alone (CoNLL-2003 types "GMT" MISC).
 */
function cutTimeZone(ctx: DocContext, s: TokenSpan): void {
  const k = s.from;
  if (s.type === MISC || ctx.cap[k] !== CAPS || k === 0 || !TIME_ZONES.has(ctx.lower[k])) return;
  if (!(ctx.cap[k - 1] === DIGIT || CLOCK_WORDS.has(ctx.lower[k - 1]))) return;
  let f = k + 1;
  while (f < s.to && WEEKDAYS.has(ctx.lower[f])) f++;
  s.from = f < s.to ? f : s.to;
  if (s.from === s.to) s.to = s.from = k;
}

/** Round 27: a statistic's letter before a comparison ("P<0.001", "P = 0.02", "n = 412"): no name. */
function isTestLetter(seg: Segmentation, k: number): boolean {
  const t = seg.tokens[k].text;
  if (t.length !== 1 || k + 2 >= seg.tokens.length) return false;
  const op = seg.tokens[k + 1].text;
  return (op === '<' || op === '=' || op === '>' || op === '≤' || op === '≥') && /^[0-9.]/.test(seg.tokens[k + 2].text);
}

export function dropNeverNames(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (const s of spans) {
    // Cheapest first: only a span starting with a word in capitals can start with a time zone.
    if (ctx.cap[s.from] === CAPS) {
      cutTimeZone(ctx, s);
      if (s.to === s.from) { drop = true; continue; }
    }
    if (isCurrencyBeforeAmount(ctx, seg, s)) {
      s.to = s.from;
      drop = true;
    } else if (s.to - s.from === 1) {
      if (isNever(ctx, s.from)) drop = true;
      else if (isTestLetter(seg, s.from)) { s.to = s.from; drop = true; }
    } else if (s.type !== MISC && DAY_HASHES.has(ctx.lower[s.to - 1])) {
      // "Christmas Eve", "Easter Monday"; not "Easter Island".
      for (let k = s.from; k < s.to - 1; k++) if (HOLIDAY_HASHES.has(ctx.lower[k])) s.type = MISC;
    }
  }
  return drop ? spans.filter((s) => s.to > s.from && !(s.to - s.from === 1 && isNever(ctx, s.from))) : spans;
}
