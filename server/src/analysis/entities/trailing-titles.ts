// "Huaxin Vice President Sun Lijuan", "Ardent Deputy Chief Executive …": the tagger may read the
// first words of a title with the organisation before it ("Huaxin Vice") and leave the title's
// head ("President") out. A title's first words never end an organisation's name when the word
// after the name is a job title: the name ends before them (CoNLL-2003 leaves titles out).
import type { DocContext } from './features';
import type { TokenSpan } from './spans';
import { JOB_TITLE_HASHES } from './titles';
import { wordSet } from './word-set';
import { hashLower } from './hash';
import { ORG_HEAD_HASHES } from './org-words';
import { PERSON } from './labels';

const TITLE_CASE = 3;
/** A title's first words ("Vice", "Deputy", "Prime"); not a portfolio ("Federal Energy Minister" is the portfolio rules'). */
const TITLE_STARTS = wordSet(['vice', 'deputy', 'acting', 'interim', 'prime', 'chief', 'executive', 'senior', 'assistant', 'associate', 'managing', 'former']);

export function trailingTitles(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type === PERSON || s.sure || s.to - s.from < 2 || s.to >= ctx.sentEnd[s.from]) continue;
    if (titleBeforeComma(ctx, s)) continue;
    if (ctx.cap[s.to] !== TITLE_CASE || ctx.allCaps[s.to] || !JOB_TITLE_HASHES.has(ctx.lower[s.to])) continue;
    let cut = s.to;
    while (cut - 1 > s.from && ctx.cap[cut - 1] === TITLE_CASE && TITLE_STARTS.has(ctx.lower[cut - 1])) cut--;
    s.to = cut;
  }
  return spans;
}

const COMMA = hashLower(',');

/**
 * Round 27: "The Federal Road Safety Corps Sector Commander, Mrs Halima Oyedepo, said …": a body's name
 * read on into the title written after it, the person set off by a comma (Nigerian and Indian house
 * style). The title, its first words and one plain word before them ("Sector", "Zonal", "State") end
 * the name; at least two words of it are left.
 */
function titleBeforeComma(ctx: DocContext, s: TokenSpan): boolean {
  const last = s.to - 1;
  if (s.to - s.from < 3 || ctx.lower[s.to] !== COMMA || s.to + 1 >= ctx.sentEnd[s.from] || ctx.cap[s.to + 1] !== TITLE_CASE) return false;
  if (ctx.cap[last] !== TITLE_CASE || !JOB_TITLE_HASHES.has(ctx.lower[last])) return false;
  let cut = last;
  while (cut - 1 > s.from && ctx.cap[cut - 1] === TITLE_CASE && (TITLE_STARTS.has(ctx.lower[cut - 1]) || JOB_TITLE_HASHES.has(ctx.lower[cut - 1]))) cut--;
  const c = cut - 1;
  if (c - s.from >= 2 && ctx.cap[c] === TITLE_CASE && ctx.casing[c] >= 1 && ctx.casing[c] <= 3 && !ORG_HEAD_HASHES.has(ctx.lower[c])) cut = c;
  if (cut - s.from < 2) return false;
  s.to = cut;
  return true;
}
