// Korean and Taiwanese names are written family name first, the given name's two syllables
// joined by a hyphen with a lower-case second part: "Park Ji-hoon", "Han Mi-ra", "Lee Teng-hui".
// That shape ("Ji-hoon") is no place's, company's or MISC name's: a span of two words, a short
// capitalised family name and such a given name, is a person whatever the tagger read.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import type { TokenSpan } from './spans';

const PERSON = 0;
const TITLE = 3;
/** "Ji-hoon", "Sang-cheol", "Mi-ra": a capital, lower case, a hyphen, lower case. */
const GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;
/** English words written onto a place's name ("York-based", "Kong-owned"): no given name's second syllable. */
const SUFFIX_WORDS = new Set(['based', 'born', 'bred', 'owned', 'led', 'run', 'made', 'style', 'bound', 'area', 'era', 'wide', 'level', 'like', 'held', 'backed', 'funded', 'linked', 'listed', 'built', 'grown', 'only']);

export function hyphenatedGivenNames(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type === PERSON || s.sure || s.to - s.from !== 2 || ctx.cap[s.from] !== TITLE || ctx.titleCase[s.from]) continue;
    const family = seg.tokens[s.from].text;
    const given = seg.tokens[s.from + 1].text;
    if (family.length > 5 || !GIVEN.test(given) || SUFFIX_WORDS.has(given.slice(given.indexOf('-') + 1))) continue;
    s.type = PERSON;
  }
  return spans;
}
