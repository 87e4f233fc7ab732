// A name never runs on over a comma into an honorific or a title: "the Managing Director of
// Ferrostone, Mr Tunde Alabi-Ojo," and "Kwara South Senatorial District, Senator (Dr) …" were each
// read as one organisation. Long titles set off by commas before the name are the house style of
// Nigerian, Ghanaian and Indian dailies. The span ends before the comma; what follows is kept as its
// own span (the honorific rule then reads the person) unless it is title words only.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { isHonorific } from './honorifics';
import { type TokenSpan, mergeByFrom, tokenSpan } from './spans';
import { JOB_TITLE_HASHES, TITLE_HASHES } from './titles';
import { PERSON } from './labels';
import { TITLE } from './lexicon';

function titleAt(ctx: DocContext, seg: Segmentation, k: number): boolean {
  return ctx.cap[k] === TITLE && (isHonorific(ctx, seg, k) || TITLE_HASHES.has(ctx.lower[k]) || JOB_TITLE_HASHES.has(ctx.lower[k]));
}

export function commaTitles(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  let added: TokenSpan[] | null = null;
  let cut = false;
  for (const s of spans) {
    if (s.type === PERSON || s.to - s.from < 3) continue;
    for (let j = s.from + 1; j + 1 < s.to; j++) {
      if (toks[j].text !== ',' || !titleAt(ctx, seg, j + 1)) continue;
      const to = s.to;
      s.to = j;
      cut = true;
      let k = j + 1;
      while (k < to && titleAt(ctx, seg, k)) k++;
      if (k < to) (added ??= []).push(tokenSpan(j + 1, to, s.type));
      break;
    }
  }
  if (!cut) return spans;
  return added ? mergeByFrom(spans, added) : spans;
}
