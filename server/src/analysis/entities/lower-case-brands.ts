// Company names spelt with a lower-case word (issue 10, round 22). "SK hynix", "SK siltron": a
// group's two-letter acronym the tagger read as a name, then a lower-case word news text never writes
// (no usual casing, in no list), is one company: the tagger stopped at the acronym. "Kumsan eTec": a
// word starting lower-case with a capital inside ("eTec", "mTech") is a brand's spelling, never a
// person's, so a person's name holding one, or right before one, is a company.
import { listBits, listClassesAt, type DocContext } from './features';
import { CAPS, LOWER, MIXED } from './lexicon';
import type { Segmentation } from '../types';
import type { TokenSpan } from './spans';
import { PERSON, ORGANIZATION } from './labels';

const PLACES = listBits('location', 'seen-location', 'country');

export function lowerCaseBrands(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.fixed) continue;
    const free = i + 1 === spans.length || spans[i + 1].from > s.to;
    // An organisation, or a lone acronym read as a place or a person ("SK hynix shares rose" gave the place "SK"),
    // but no country's letters ("UK charts", "US buyout": words the casing table lacks too).
    if ((s.type === ORGANIZATION || (s.to - s.from === 1 && !s.sure && (listClassesAt(ctx, s.from) & PLACES) === 0)) && free && groupWordAfter(ctx, seg, s.to)) {
      s.to++;
      s.type = ORGANIZATION;
      continue;
    }
    if (s.type !== PERSON || s.sure) continue;
    for (let k = s.from; k < s.to; k++) {
      if (ctx.cap[k] === MIXED && isLowerStartBrand(seg.tokens[k].text)) { s.type = ORGANIZATION; break; }
    }
    // "Kumsan eTec could …" read as the person "Kumsan": the brand word after it is the name's.
    const k = s.to;
    if (s.type === PERSON && free && k < ctx.sentEnd[s.from] && ctx.cap[k] === MIXED && isLowerStartBrand(seg.tokens[k].text)) {
      s.to = k + 1;
      s.type = ORGANIZATION;
    }
  }
  return spans;
}

/** Token k is a lower-case word no text writes, right after a two-capital acronym. Two capitals only,
 *  as a group's ("SK", "LG"): after three, words the casing table lacks are English ("WBO featherweight", "SEC adopts"). */
function groupWordAfter(ctx: DocContext, seg: Segmentation, k: number): boolean {
  if (k >= ctx.n || k >= ctx.sentEnd[k - 1] || ctx.cap[k] !== LOWER || ctx.cap[k - 1] !== CAPS || ctx.casing[k] !== 0) return false;
  const acronym = seg.tokens[k - 1].text, word = seg.tokens[k].text;
  if (acronym.length !== 2 || word.length < 4 || !/^[a-z]+$/.test(word) || listClassesAt(ctx, k) !== 0) return false;
  // Round 23: a country's letters end a name ("Reform UK surges" in a headline), never a group's.
  if ((listClassesAt(ctx, k - 1) & PLACES) !== 0) return false;
  return seg.tokens[k].start === seg.tokens[k - 1].end + 1;
}

/** "eTec", "mTech", "iSpace": one lower-case letter or two, then a capital, then lower-case letters. */
function isLowerStartBrand(t: string): boolean {
  return /^[a-z]{1,2}[A-Z][a-z]{2,}$/.test(t);
}
