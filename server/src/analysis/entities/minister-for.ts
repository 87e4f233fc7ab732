// "the Minister for Transport", "Secretary for Education": the portfolio after a capitalised
// minister's "for" is part of the title, no name of its own (the tagger read "Transport" as MISC;
// round 21). One word read as MISC only: a body named after "for" is left alone ("Transport for
// London" is a span of its own that starts at "Transport").
import type { DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { MISC } from './labels';

const FOR = hashLower('for');
// Names round 26: a Nigerian state's "Commissioner for Transportation" too.
const MINISTERS = wordSet(['minister', 'secretary', 'ministers', 'secretaries', 'spokesperson', 'spokesman', 'spokeswoman', 'commissioner', 'commissioners']);

export function ministerPortfolios(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (const s of spans) {
    const k = s.from - 1;
    if (s.type !== MISC || s.sure || s.to - s.from !== 1 || k - 1 < ctx.sentFirst[s.from] || ctx.lower[k] !== FOR) continue;
    if (ctx.cap[k - 1] !== TITLE || !MINISTERS.has(ctx.lower[k - 1])) continue;
    s.to = s.from; drop = true;
  }
  return drop ? spans.filter((s) => s.to > s.from) : spans;
}
