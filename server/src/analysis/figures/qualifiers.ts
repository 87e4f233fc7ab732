// Qualifiers around a number: "more than 70" (a lower bound), "about 100" (approximate),
// "between 10 and 15" (a range), "10 or more".
import type { Figure } from '../types';
import { opensGluedMoney } from './glued-money';
import { CURRENCY_SYMBOLS } from './lexicon';
import type { TokenView } from './token-view';

export interface Qualifier {
  /** Index of the first token after the qualifier. */
  next: number;
  approx: boolean;
  bound: Figure['bound'];
  /** "between": the figure must be a range joined by "and". */
  between: boolean;
}

interface Phrase {
  words: string[];
  approx: boolean;
  bound: Figure['bound'];
  between?: boolean;
}

const PHRASES: Phrase[] = [
  { words: ['more', 'than'], approx: false, bound: 'min' },
  { words: ['over'], approx: false, bound: 'min' },
  { words: ['above'], approx: false, bound: 'min' },
  { words: ['at', 'least'], approx: false, bound: 'min' },
  { words: ['greater', 'than'], approx: false, bound: 'min' },
  { words: ['upwards', 'of'], approx: false, bound: 'min' },
  { words: ['in', 'excess', 'of'], approx: false, bound: 'min' },
  { words: ['no', 'fewer', 'than'], approx: false, bound: 'min' },
  { words: ['no', 'less', 'than'], approx: false, bound: 'min' },
  { words: ['not', 'less', 'than'], approx: false, bound: 'min' },
  { words: ['just', 'over'], approx: true, bound: 'min' },
  { words: ['just', 'above'], approx: true, bound: 'min' },
  { words: ['just', 'under'], approx: true, bound: 'max' },
  { words: ['just', 'below'], approx: true, bound: 'max' },
  { words: ['less', 'than'], approx: false, bound: 'max' },
  { words: ['fewer', 'than'], approx: false, bound: 'max' },
  { words: ['under'], approx: false, bound: 'max' },
  { words: ['below'], approx: false, bound: 'max' },
  { words: ['up', 'to'], approx: false, bound: 'max' },
  { words: ['at', 'most'], approx: false, bound: 'max' },
  { words: ['no', 'more', 'than'], approx: false, bound: 'max' },
  { words: ['not', 'more', 'than'], approx: false, bound: 'max' },
  { words: ['as', 'many', 'as'], approx: false, bound: 'max' },
  { words: ['as', 'much', 'as'], approx: false, bound: 'max' },
  { words: ['nearly'], approx: true, bound: 'max' },
  { words: ['almost'], approx: true, bound: 'max' },
  { words: ['about'], approx: true, bound: null },
  { words: ['around'], approx: true, bound: null },
  { words: ['roughly'], approx: true, bound: null },
  { words: ['approximately'], approx: true, bound: null },
  { words: ['approx.'], approx: true, bound: null },
  { words: ['some'], approx: true, bound: null },
  { words: ['an', 'estimated'], approx: true, bound: null },
  { words: ['estimated'], approx: true, bound: null },
  { words: ['close', 'to'], approx: true, bound: null },
  { words: ['circa'], approx: true, bound: null },
  { words: ['ca.'], approx: true, bound: null },
  { words: ['~'], approx: true, bound: null },
  { words: ['between'], approx: false, bound: null, between: true },
];

/** Phrases by their first word, longest first, so "just over" wins over a bare "just". */
const BY_FIRST: ReadonlyMap<string, Phrase[]> = (() => {
  const map = new Map<string, Phrase[]>();
  for (const p of PHRASES) {
    const list = map.get(p.words[0]) ?? [];
    list.push(p);
    map.set(p.words[0], list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

export function isQualifierStart(lower: string): boolean {
  return BY_FIRST.has(lower);
}

/**
 * Verbs whose "over" is a particle ("hand over", "turn over", "sign over"); not "take", whose
 * "taken over 300 wickets" is more than 300.
 */
const OVER_PARTICLE_VERBS: ReadonlySet<string> = new Set([
  'hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning', 'sign', 'signs', 'signed', 'signing',
]);

const TAKE_VERBS: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taken', 'taking']);

/** Verbs that put a thing under snow, water or rubble ("buried under", "submerged under"). */
const BURYING_VERBS: ReadonlySet<string> = new Set(['bury', 'buries', 'buried', 'burying', 'submerged', 'blanketed', 'blankets', 'blanketing']);

/** True when a burying verb comes up to four tokens before token i. */
function buriedBefore(v: TokenView, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (BURYING_VERBS.has(v.lower(k))) return true;
  return false;
}

/** The qualifier starting at token `i`, or null. It says nothing about what follows. */
export function matchQualifier(v: TokenView, i: number, end: number): Qualifier | null {
  const list = BY_FIRST.get(v.lower(i));
  if (!list) return null;
  // "handed over $25 million", "refused to hand over two suspects": a verb's particle, no bound.
  if (i > 0 && v.lower(i) === 'over' && OVER_PARTICLE_VERBS.has(v.lower(i - 1))) return null;
  // "agreed to take over R254 billion of its debt": taking over money is a particle too.
  if (i > 0 && i + 1 < end && v.lower(i) === 'over' && TAKE_VERBS.has(v.lower(i - 1)) && (CURRENCY_SYMBOLS.has(v.raw(i + 1)) || opensGluedMoney(v.raw(i + 1)))) return null;
  // "buries the town under 4 feet of snow": a place under something, no bound.
  if (v.lower(i) === 'under' && buriedBefore(v, i)) return null;
  for (const p of list) {
    if (i + p.words.length >= end) continue;
    let ok = true;
    for (let k = 1; k < p.words.length; k++) {
      if (v.lower(i + k) !== p.words[k]) { ok = false; break; }
    }
    if (ok) return { next: i + p.words.length, approx: p.approx, bound: p.bound, between: p.between === true };
  }
  return null;
}

export interface Suffix {
  /** Index of the last token of the suffix. */
  last: number;
  approx: boolean;
  bound: Figure['bound'];
}

/** "or more", "or so", "or fewer", "+" right after a figure ending at token `last`. */
export function matchSuffix(v: TokenView, last: number, end: number): Suffix | null {
  const k = last + 1;
  if (k >= end) return null;
  const w = v.lower(k);
  if (w === '+' && v.adjacent(last, k)) return { last: k, approx: false, bound: 'min' };
  if (w !== 'or' || k + 1 >= end) return null;
  const n = v.lower(k + 1);
  if (n === 'more' || n === 'above') return { last: k + 1, approx: false, bound: 'min' };
  if (n === 'less' || n === 'fewer' || n === 'below') return { last: k + 1, approx: false, bound: 'max' };
  if (n === 'so') return { last: k + 1, approx: true, bound: null };
  return null;
}

/** Verbs of change before "up to": "ticks up to 5%" gives the new level, not a ceiling. */
const CHANGE_VERBS: ReadonlySet<string> = (() => {
  const bases = [
    'tick', 'inch', 'edge', 'move', 'climb', 'rise', 'jump', 'creep', 'step', 'ramp', 'push', 'bump', 'revise',
    'ratchet', 'pick', 'trend', 'notch', 'nudge', 'scale', 'round', 'mark', 'trade', 'head', 'pump', 'crank',
    'bounce', 'spike', 'soar', 'surge', 'swing', 'shift', 'raise', 'hike', 'lift', 'boost', 'drift', 'float',
    'rally', 'rebound', 'recover', 'go', 'shoot', 'drive', 'come', 'bring', 'take', 'level', 'jack', 'tighten',
  ];
  const irregular = [
    'went', 'gone', 'rose', 'risen', 'shot', 'crept', 'drove', 'driven', 'came', 'brought', 'took', 'taken',
    'swung', 'goes', 'going',
  ];
  const out = new Set<string>(irregular);
  for (const b of bases) {
    const stem = b.endsWith('e') ? b.slice(0, -1) : b;
    const last = b[b.length - 1];
    // "step" → "stepped", "stepping"; "tick" → "ticked"
    const doubled = /[^aeiou][aeiou][bdgmnpt]$/.test(b) ? b + last : b;
    for (const f of [b, `${b}s`, `${b}es`, `${stem}ed`, `${stem}ing`, `${doubled}ed`, `${doubled}ing`]) out.add(f);
  }
  return out;
})();

/** Words before the verb that turn "up to" back into a ceiling ("could rise up to 10%"). */
const MODALS: ReadonlySet<string> = new Set(['could', 'may', 'might', 'would', 'can', 'should', 'to', 'will', 'must']);

/**
 * True when "up to" at token i follows a verb of change in the indicative ("ticks up to 5%",
 * "was revised up to 3%"): the figure is the new level and takes no bound.
 */
export function upToIsLevel(v: TokenView, i: number, sentenceFirst: number): boolean {
  if (i <= sentenceFirst || v.lower(i) !== 'up' || v.lower(i + 1) !== 'to') return false;
  if (!CHANGE_VERBS.has(v.lower(i - 1))) return false;
  for (let k = i - 2; k >= sentenceFirst && k >= i - 3; k--) if (MODALS.has(v.lower(k))) return false;
  return true;
}
