// "the U.S. Treasury and Commerce departments", "the Justice and State departments": two bodies
// sharing their head word, written once in the plural after them. The tagger reads "Treasury and
// Commerce" as one organisation; it is two ("U.S. Treasury", "Commerce"), each an organisation.
import type { DocContext } from './features';
import { hashLower } from './hash';
import { LOWER, TITLE } from './lexicon';
import { type TokenSpan, mergeByFrom, tokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

const AND = hashLower('and');
const SHARED_HEADS = wordSet(['departments', 'ministries', 'committees', 'agencies', 'commissions', 'offices', 'secretaries', 'secretariats']);

export function departmentPairs(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  for (const s of spans) {
    const k = s.to;
    if (s.to - s.from < 3 || s.sure || k >= ctx.sentEnd[s.from] || ctx.cap[k] !== LOWER || !SHARED_HEADS.has(ctx.lower[k])) continue;
    let and = -1;
    for (let j = s.from + 1; j < s.to - 1; j++) if (ctx.lower[j] === AND && ctx.cap[j] === LOWER) { and = j; break; }
    if (and < 0 || ctx.cap[and + 1] !== TITLE) continue;
    (added ??= []).push(tokenSpan(and + 1, s.to, ORGANIZATION));
    s.to = and; s.type = ORGANIZATION;
  }
  return added ? mergeByFrom(spans, added) : spans;
}
