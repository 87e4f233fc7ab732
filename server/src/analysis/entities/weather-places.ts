// A place getting weather: "Boston could see 12 to 18 inches", "Halifax got 40 mm of rain", "Denver
// recorded 9 inches" (round 19: the tagger made "Boston" an organisation). A name of one to three
// words right before "see", "saw", "get", "got", "received", "recorded" (after "could", "may", "will"
// or not) and an amount in inches, feet, centimetres or millimetres is a place: a body or a person
// gets no snow measured so.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { DIGIT } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON, LOCATION } from './labels';

const MODALS = wordSet(['could', 'may', 'might', 'will', 'would', 'should', 'can']);
const GETS = wordSet(['see', 'saw', 'sees', 'get', 'got', 'gets', 'received', 'receive', 'recorded', 'record', 'logged']);
const UNITS = wordSet(['inches', 'inch', 'feet', 'foot', 'cm', 'centimetres', 'centimeters', 'mm', 'millimetres', 'millimeters', 'in', 'ft']);
const NUMBER_WORDS = wordSet(['up', 'to', 'as', 'much', 'more', 'than', 'about', 'nearly', 'over', 'between', 'and', 'another', 'a', 'half', 'of']);

export function weatherPlaces(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type === LOCATION || s.sure || s.to - s.from > 3) continue;
    let k = s.to;
    const end = ctx.sentEnd[s.from];
    if (k < end && MODALS.has(ctx.lower[k])) k++;
    // Cheap first: the verb.
    if (k >= end || !GETS.has(ctx.lower[k])) continue;
    // Then an amount and its unit within a few words ("12 to 18 inches", "up to 2 feet").
    let digit = false;
    let ok = false;
    for (let j = k + 1; j < end && j <= k + 7; j++) {
      if (ctx.cap[j] === DIGIT) { digit = true; continue; }
      if (digit && UNITS.has(ctx.lower[j])) { ok = true; break; }
      if (!NUMBER_WORDS.has(ctx.lower[j])) break;
    }
    // A person's name of two words ("Ana Ruiz could see 20 feet") is no town: one word, or a place's run.
    if (!ok || (s.type === PERSON && s.to - s.from > 1) || seg.tokens[s.from].text.length < 2) continue;
    s.type = LOCATION;
  }
  return spans;
}
