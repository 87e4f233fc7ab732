// "A spokesperson for Fednav said …": the name a spokesperson speaks for is a body, a company or a
// person, never a MISC name. A one-to-three-word MISC reading right after "spokesman",
// "spokeswoman", "spokesperson" or "representative" and "for" (the "the" between allowed) is the
// organisation the tagger did not know (new companies' names look like coined words); a person
// reading stays ("a spokesman for Biden"). Not a name of the nationality or MISC lists ("a
// spokesman for the Tutsi-dominated army" stays: a compound's name part is MISC in rules.ts). Sure,
// so the name's other mentions read as MISC follow (consistency.ts).
import type { DocContext } from './features';
import { aloneInListsAt, listBits } from './features';
import { hashLower } from './hash';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION, MISC } from './labels';

const SPEAKERS = wordSet(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'representative']);
const FOR = hashLower('for');
const THE = hashLower('the');
const MISC_LISTS = listBits('demonym', 'seen-misc', 'country');

export function spokespersonFor(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    // The cheap test first: "for" (or "for the") right before the name.
    let k = s.from - 1;
    if (k >= 0 && ctx.lower[k] === THE) k--;
    if (k < 1 || ctx.lower[k] !== FOR || !SPEAKERS.has(ctx.lower[k - 1]) || k - 1 < ctx.sentFirst[s.from]) continue;
    if (s.sure || s.to - s.from > 3 || s.type !== MISC) continue;
    if (s.to - s.from === 1 && (aloneInListsAt(ctx, s.from) & MISC_LISTS) !== 0) continue;
    s.type = ORGANIZATION;
    s.sure = true;
  }
  return spans;
}
