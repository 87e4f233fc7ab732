// "Senate Minority Leader John Thune": the tagger reads "Senate Minority" as the organisation and
// "John Thune" as the person, leaving "Leader" out. Words that only ever sit inside a title
// ("Minority", "Majority", "Vice", "Financial" …: TITLE_MODIFIERS of titles.ts) at the end of a
// name, right before a capitalised title word, belong to the title: the name ends before them.
import type { DocContext } from './features';
import type { TokenSpan } from './spans';
import { JOB_TITLE_HASHES, TITLE_HASHES, TITLE_MODIFIER_HASHES } from './titles';
import { PERSON } from './labels';

const TITLE_CASE = 3;

export function titleTails(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    const t = s.to;
    if (s.type === PERSON || s.to - s.from < 2 || t >= ctx.n || ctx.sentFirst[t] !== ctx.sentFirst[s.from] || ctx.cap[t] !== TITLE_CASE) continue;
    if (!TITLE_MODIFIER_HASHES.has(ctx.lower[t - 1]) || !(JOB_TITLE_HASHES.has(ctx.lower[t]) || TITLE_HASHES.has(ctx.lower[t]))) continue;
    let end = t - 1;
    while (end - 1 > s.from && TITLE_MODIFIER_HASHES.has(ctx.lower[end - 1])) end--;
    s.to = end;
  }
  return spans;
}
