// "Pfizer and BioNTech said …" read as one organisation: two one-word names joined by "and". When
// the article also names each of them alone ("Pfizer said", "BioNTech's shares"), they are two
// names ("Procter and Gamble", "Duff and Phelps" are never named by one half alone).
import type { DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import { type TokenSpan, tokenSpan } from './spans';
import { ORGANIZATION } from './labels';

const AND = hashLower('and');

export function andPairs(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let alone: Set<number> | null = null;
  let out: TokenSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const pair = s.type === ORGANIZATION && !s.sure && s.to - s.from === 3 && ctx.lower[s.from + 1] === AND &&
      ctx.cap[s.from] === TITLE && ctx.cap[s.from + 2] === TITLE;
    if (pair) {
      if (!alone) {
        alone = new Set();
        for (const x of spans) if (x.to - x.from === 1) alone.add(ctx.lower[x.from]);
      }
      if (alone.has(ctx.lower[s.from]) && alone.has(ctx.lower[s.from + 2])) {
        out ??= spans.slice(0, i);
        out.push(tokenSpan(s.from, s.from + 1, ORGANIZATION), tokenSpan(s.from + 2, s.to, ORGANIZATION));
        continue;
      }
    }
    out?.push(s);
  }
  return out ?? spans;
}
