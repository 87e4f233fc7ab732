// A hyphenated one-word name right before a lower-case word for a region or its government
// ("the Auvergne-Rhône-Alpes regional council", "Baden-Württemberg state", "Khyber-Pakhtunkhwa
// province") is the place. The tagger reads long hyphenated names it never saw as MISC, the shape
// of "Franco-German"; a name the lists know as MISC keeps its reading, and a word with no hyphen
// too ("the English county championship", "the Kurdish region").
import type { Segmentation } from '../types';
import { aloneInListsAt, type DocContext, listBits } from './features';
import { LOWER } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { LOCATION, MISC } from './labels';

const REGION_NOUNS = wordSet(['region', 'regional', 'province', 'provincial', 'prefecture', 'canton', 'oblast', 'county', 'state']);
const KNOWN_MISC = listBits('demonym', 'seen-misc', 'seen-organization', 'seen-person');

export function regionNouns(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type !== MISC || s.sure || s.to - s.from !== 1 || s.to >= ctx.sentEnd[s.from]) continue;
    if (ctx.cap[s.to] !== LOWER || !REGION_NOUNS.has(ctx.lower[s.to])) continue;
    if ((aloneInListsAt(ctx, s.from) & KNOWN_MISC) !== 0 || !seg.tokens[s.from].text.includes('-')) continue;
    s.type = LOCATION;
  }
  return spans;
}
