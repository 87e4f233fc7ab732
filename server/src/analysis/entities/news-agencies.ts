// A news agency named in the story ("data compiled by Bloomberg", "Reuters reported") is an
// organisation, whatever the tagger read (it reads "Bloomberg" as MISC after "compiled by"). The
// agencies are the byline reader's list (segment/bylines.ts), so both stages know the same ones.
// Round 23: an agency of two words cut after its first by the tagger ("RIA" + "Novosti") is whole.
import type { Segmentation } from '../types';
import { isNewsAgency } from '../segment/bylines';
import type { DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

/** First words of the agencies' names: only spans starting with one are read. */
const FIRST_WORDS = wordSet([
  'bloomberg', 'reuters', 'thomson', 'afp', 'agence', 'ap', 'associated', 'the', 'canadian', 'cp', 'field',
  'press', 'pa', 'dpa', 'xinhua', 'kyodo', 'upi',
]);

/** Agencies of two words whose first the tagger reads alone: first word → second, lower case. */
const SECOND_WORDS = new Map<number, number>([
  ['ria', 'novosti'], ['kyodo', 'news'], ['bloomberg', 'news'], ['pa', 'media'], ['itar', 'tass'],
  ['anadolu', 'agency'], ['yonhap', 'news'], ['xinhua', 'news'],
].map(([a, b]) => [hashLower(a), hashLower(b)]));

export function newsAgencies(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // "RIA" alone, "Novosti" left out: the agency whole (the next span must not hold the second word,
    // nor a capitalised word follow it: "Xinhua News Agency" is the tagger's to read).
    if (s.to - s.from === 1 && !s.fixed && s.to < ctx.sentEnd[s.from] && ctx.cap[s.to] === TITLE && SECOND_WORDS.get(ctx.lower[s.from]) === ctx.lower[s.to] &&
      (i + 1 >= spans.length || spans[i + 1].from > s.to) && !(s.to + 1 < ctx.sentEnd[s.from] && ctx.cap[s.to + 1] === TITLE)) {
      s.to++;
      s.type = ORGANIZATION;
      s.sure = true;
      continue;
    }
    // Capitalised first (TITLE, CAP1, CAPS), at most four words, a listed first word.
    if (s.type === ORGANIZATION || s.sure || ctx.cap[s.from] < TITLE || s.to - s.from > 4 || !FIRST_WORDS.has(ctx.lower[s.from])) continue;
    if (isNewsAgency(seg.text.slice(toks[s.from].start, toks[s.to - 1].end))) s.type = ORGANIZATION;
  }
  return spans;
}
