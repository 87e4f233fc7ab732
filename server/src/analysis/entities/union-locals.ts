// North American unions are organised in numbered locals: "Amalgamated Transit Workers Local
// 1187", "Teamsters Local 727", "UFCW Local 1518". The capitalised words before "Local", the word
// and its number are one organisation, whatever the tagger made of them (it reads "Local" as a
// common word and the union's first word as a place or person).
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { hashLower } from './hash';
import { type TokenSpan, mergeByFrom, tokenSpan } from './spans';
import { ORGANIZATION } from './labels';

const TITLE = 3, CAPS = 5;
const LOCAL = hashLower('local');
/** Usual-casing codes (casing.ts) of words mostly written in lower case. */
const USUALLY_LOWER = 3;
const NUMBER = /^\d{1,5}$/;

export function unionLocals(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  let found: TokenSpan[] | null = null;
  for (let k = 1; k + 1 < ctx.n; k++) {
    if (ctx.lower[k] !== LOCAL || ctx.cap[k] !== TITLE || ctx.titleCase[k] || k + 1 >= ctx.sentEnd[k] || !NUMBER.test(toks[k + 1].text)) continue;
    const first = ctx.sentFirst[k];
    let from = k;
    while (from > first) {
      const j = from - 1;
      if ((ctx.cap[j] !== TITLE && ctx.cap[j] !== CAPS) || ctx.closed[j]) break;
      // A sentence's first word usually written in lower case ("Local 12 members …" after "Union") is no part.
      if (j === first && ctx.casing[j] >= 1 && ctx.casing[j] <= USUALLY_LOWER) break;
      from = j;
    }
    if (from === k) continue;
    (found ??= []).push(tokenSpan(from, k + 2, ORGANIZATION));
  }
  if (!found) return spans;
  const out = spans.filter((s) => !found!.some((f) => s.from < f.to && f.from < s.to));
  return mergeByFrom(out, found);
}
