// "Sabalenka beat top seed Halep 6-4 6-2", "X lost to third seed Y 6-3 7-5": a sentence with a
// tennis score (two sets or more in a row) names players. A name of one or two words read as an
// organisation there (the 1996 tagger's sports pages made "X beat Y" teams) is a person; places
// stay places (a player's country in brackets), acronyms and listed bodies stay ("WTA", "ATP").
// Issue 10, round 20.
import type { Segmentation } from '../types';
import { aloneInListsAt, listBits, type DocContext } from './features';
import { DIGIT, TITLE } from './lexicon';
import { ORG_HEAD_HASHES } from './org-words';
import type { TokenSpan } from './spans';
import { mayHaveResult } from './sports';
import { PERSON, ORGANIZATION } from './labels';

const ORG_LISTS = listBits('organization', 'seen-organization');

/** Token k is a set's score: "6-4", "7-5", "7-6", "3-6" (a side of 6 or 7, both of one digit). */
function setAt(seg: Segmentation, ctx: DocContext, k: number): boolean {
  if (k >= ctx.n || ctx.cap[k] !== DIGIT) return false;
  const t = seg.tokens[k].text;
  if (t.length !== 3 || t.charCodeAt(1) !== 45) return false;
  const a = t.charCodeAt(0) - 48, b = t.charCodeAt(2) - 48;
  return a >= 0 && a <= 7 && b >= 0 && b <= 7 && (a >= 6 || b >= 6) && a !== b;
}

export function tennisPlayers(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  // (A set's score is a dashed score: none in the article, no set; the answer is kept per article.)
  if (!mayHaveResult(seg, ctx)) return spans;
  // The sentences with two sets in a row (a tie-break's bracket may stand between): their first token.
  let sentences: Set<number> | null = null;
  for (let k = 0; k + 1 < ctx.n; k++) {
    if (ctx.cap[k] !== DIGIT || !setAt(seg, ctx, k)) continue;
    let j = k + 1;
    if (seg.tokens[j].text === '(' && j + 2 < ctx.n && ctx.cap[j + 1] === DIGIT && seg.tokens[j + 2].text === ')') j += 3;
    if (j < ctx.sentEnd[k] && setAt(seg, ctx, j)) (sentences ??= new Set()).add(ctx.sentFirst[k]);
  }
  if (!sentences) return spans;
  for (const s of spans) {
    // (Sure or not: the results rules read "X beat Y 7-6 (5) 6-4" as teams.)
    if (s.type !== ORGANIZATION || s.fixed || s.to - s.from > 2 || !sentences.has(ctx.sentFirst[s.from])) continue;
    let names = true;
    for (let k = s.from; k < s.to; k++) if (ctx.cap[k] !== TITLE || ctx.allCaps[k] || ORG_HEAD_HASHES.has(ctx.lower[k]) || (aloneInListsAt(ctx, k) & ORG_LISTS) !== 0) names = false;
    if (names) { s.type = PERSON; s.sure = true; }
  }
  return spans;
}
