// "Elizabeth I", "Henry VIII", "Leopold III": a monarch's or heir's Roman numeral is part of the name
// (CoNLL-2003 types "Charles VI", "Pedro I" whole; names round 26). A person's span right before one
// takes it, and so does a one-word given name read otherwise ("Elizabeth" a place): "I" only when no
// lower-case word follows it ("said Elizabeth I think …" is the pronoun), "V" only when no name follows
// it ("INDIA V SRI LANKA" is "versus").
import type { Segmentation } from '../types';
import { listBits, listClassesAt, type DocContext } from './features';
import { LOWER, PUNCT } from './lexicon';
import { PERSON } from './labels';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';

const GIVEN = listBits('first-name');
const NUMERALS = new Set(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI']);

/** Words after the pronoun "I", never after a monarch's numeral ("said Elizabeth I think …"). */
const FIRST_PERSON = wordSet(['am', 'think', 'know', 'want', 'have', 'had', 'will', 'would', 'can', 'could', 'do', 'did', 'feel',
  'guess', 'mean', 'believe', 'hope', 'said', 'say', 'told', 'tell', 'just', 'really', 'never', 'thought', 'got', 'need', 'should', 'must', 'may', 'might', 'see', 'saw']);
const OF = wordSet(['of']);

/** "the reign of Elizabeth", "a portrait of Elizabeth": a given name read as no person after "of". */
function ofBefore(ctx: DocContext, k: number): boolean {
  return k > ctx.sentFirst[k] && OF.has(ctx.lower[k - 1]);
}

export function regnalNumbers(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i], k = s.to;
    if (s.fixed || k >= ctx.sentEnd[s.from] || (i + 1 < spans.length && spans[i + 1].from === k)) continue;
    // A one-word given name the tagger read as something else ("Elizabeth" a place) is the monarch's too.
    if (s.type !== PERSON && !(s.to - s.from === 1 && !s.sure && !ctx.allCaps[s.from] && (listClassesAt(ctx, s.from) & GIVEN) !== 0)) continue;
    const t = seg.tokens[k].text;
    // Round 27: "the portrait of Elizabeth I was sold": before a word only the pronoun takes ("think", "am") it is the pronoun.
    // It is the numeral first in a sentence or after "of", where no one would be told or addressed.
    if (!NUMERALS.has(t) || (t === 'I' && k + 1 < ctx.sentEnd[k] && ctx.cap[k + 1] === LOWER && (FIRST_PERSON.has(ctx.lower[k + 1]) || !(s.from === ctx.sentFirst[s.from] || ofBefore(ctx, s.from))))) continue;
    // "INDIA V SRI LANKA": "V" before another name is "versus".
    if (t === 'V' && k + 1 < ctx.sentEnd[k] && ctx.cap[k + 1] !== LOWER && ctx.cap[k + 1] !== PUNCT) continue;
    s.to = k + 1;
    s.type = PERSON;
  }
  return spans;
}
