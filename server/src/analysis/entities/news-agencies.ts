// A news agency named in the story ("data compiled by Bloomberg", "Reuters reported") is an
// organisation, whatever the tagger read (it reads "Bloomberg" as MISC after "compiled by"). The
// agencies are the byline reader's list (segment/bylines.ts), so both stages know the same ones.
import type { Segmentation } from '../types';
import { isNewsAgency } from '../segment/bylines';
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

/** First words of the agencies' names: only spans starting with one are read. */
const FIRST_WORDS = wordSet([
  'bloomberg', 'reuters', 'thomson', 'afp', 'agence', 'ap', 'associated', 'the', 'canadian', 'cp', 'field',
  'press', 'pa', 'dpa', 'xinhua', 'kyodo', 'upi',
]);

export function newsAgencies(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  for (const s of spans) {
    // Capitalised first (TITLE, CAP1, CAPS), at most four words, a listed first word.
    if (s.type === ORGANIZATION || s.sure || ctx.cap[s.from] < TITLE || s.to - s.from > 4 || !FIRST_WORDS.has(ctx.lower[s.from])) continue;
    if (isNewsAgency(seg.text.slice(toks[s.from].start, toks[s.to - 1].end))) s.type = ORGANIZATION;
  }
  return spans;
}
