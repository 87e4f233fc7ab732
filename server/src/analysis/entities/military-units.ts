// Defence copy names units, ships and exercises the 1996 training data barely holds: "12th
// Mechanised Division", "815 Naval Air Squadron", "the Baltic Fleet", "HMS Tyne", "Exercise
// Steadfast Shield". What a unit's last word says decides its type; its number is part of its name.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { TITLE, CAPS, PUNCT } from './lexicon';
import { seedPrefixLength } from './seed-prefixes';
import { type TokenSpan, mergeByFrom, tokenSpan } from './spans';
import { WordSet, wordSet } from './word-set';
import { ORGANIZATION, LOCATION, MISC } from './labels';

const hashes = (words: string[]): WordSet => wordSet(words);

/** A force or unit: an organisation, whatever reading the words before it got ("Royal Navy" read as a person). */
const UNITS = hashes(['navy', 'army', 'fleet', 'corps', 'brigade', 'brigades', 'battalion', 'regiment', 'squadron', 'flotilla']);
/** "Division" is a league's word too ("First Division"): a unit only with a written number ("3rd Infantry Division"). */
const DIVISION = hashLower('division');
/** Prefixes of a ship's name ("HMS Tyne", "USS Gerald R. Ford"): the ship is MISC, as CoNLL-2003 types vehicles. */
const SHIPS = hashes(['hms', 'uss', 'hmcs', 'hmas', 'hmnzs', 'rfa', 'usns', 'mv']);
/** "Exercise Steadfast Shield", "Operation Desert Storm": a named operation is MISC. */
const OPERATIONS = hashes(['exercise', 'operation']);
const AND = hashLower('and');
const THE = hashLower('the');
const UPDATE = hashLower('update');
/** "on Tuesday Army officers said": a day or month is never part of a unit's name. */
const DATES = hashes(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const PLACE_BITS = ['location', 'seen-location', 'country'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** "12th", "3rd", "1st", "815": a unit's number. */
function unitNumber(text: string, bare: boolean): boolean {
  const n = text.length;
  if (n >= 3) {
    const sfx = text.slice(n - 2);
    if (sfx === 'st' || sfx === 'nd' || sfx === 'rd' || sfx === 'th') return true;
  }
  return bare && n <= 4 && /^\d+$/.test(text);
}

export function militaryUnits(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  let added: TokenSpan[] | null = null;
  let dropped = false;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // Ships and operations: "HMS" or "Operation" takes the capitalised words after it, read apart
    // or not at all ("HMS" + "Tyne", "Operation" + "Sea" + "Guardian").
    const prevTo = i > 0 ? spans[i - 1].to : 0;
    let from = s.from;
    if (from - 1 >= prevTo && from > ctx.sentFirst[from] && ctx.cap[from - 1] === TITLE && OPERATIONS.has(ctx.lower[from - 1])) from--;
    const lead = ctx.lower[from];
    if (ctx.cap[from] === CAPS ? SHIPS.has(lead) && !ctx.allCaps[from] : ctx.cap[from] === TITLE && OPERATIONS.has(lead)) {
      let to = Math.max(s.to, from + 1);
      const end = ctx.sentEnd[from];
      let j = i + 1;
      while (to < end && ctx.cap[to] === TITLE) {
        if (j < spans.length && spans[j].from === to) { to = spans[j].to; spans[j].from = -1; dropped = true; j++; } else to++;
      }
      if (to === from + 1) continue;
      s.from = from; s.to = to; s.type = MISC; s.sure = true;
      i = j - 1;
      continue;
    }
    // "Infantry Division and Britain": a unit's name ends at its last word, before "and".
    for (let k = s.from + 1; k + 2 < s.to; k++) {
      if (ctx.cap[k] !== TITLE || !(UNITS.has(ctx.lower[k]) || ctx.lower[k] === DIVISION) || ctx.lower[k + 1] !== AND) continue;
      const rest: TokenSpan = tokenSpan(k + 2, s.to, s.type);
      if ((Math.max(0, gaz.get(phraseHash(ctx.lower, rest.from, rest.to), 0)) & PLACE_BITS) !== 0) rest.type = LOCATION;
      (added ??= []).push(rest);
      s.to = k + 1;
      break;
    }
    const last = s.to - 1;
    if (ctx.cap[last] !== TITLE || ctx.allCaps[last]) continue;
    const isUnit = UNITS.has(ctx.lower[last]);
    if (!isUnit && ctx.lower[last] !== DIVISION) continue;
    // The capitalised words before it that the tagger left out ("Naval Air" of "Naval Air Squadron").
    from = s.from;
    while (from - 1 > ctx.sentFirst[s.from] && from - 1 >= prevTo && ctx.cap[from - 1] === TITLE && !DATES.has(ctx.lower[from - 1])) from--;
    const numbered = from - 1 >= ctx.sentFirst[s.from] && from - 1 >= prevTo && isDigitCode(toks[from - 1].text.charCodeAt(0)) && unitNumber(toks[from - 1].text, isUnit);
    if (!isUnit && !numbered) continue;
    if (numbered) from--;
    // "The Royal Navy will …": a sentence's first "The" is not part of the force's name.
    if (from + 1 < s.to && ctx.lower[from] === THE && (from === ctx.sentFirst[from] || ctx.cap[from - 1] === PUNCT)) from++;
    // "UPDATE 1-Royal Navy": the headline's first word carries the update's number (cut in rules.ts).
    else if (from === s.from && from - 2 >= prevTo && ctx.lower[from - 2] === UPDATE && seedPrefixLength(toks[from - 1].text, false, true) > 0) from--;
    s.from = from;
    if (!s.sure) s.type = ORGANIZATION;
  }
  // The spans never overlap: the words taken in were untagged.
  const kept = dropped ? spans.filter((x) => x.from >= 0) : spans;
  return added ? mergeByFrom(kept, added) : kept;
}
