// "survived by a sister, Thérèse, 88,", "Onarheim, 29, told Reuters": a one-word name followed by
// an age between commas (or a comma and the full stop) is a person. CoNLL-2003 train and dev type
// 51 of 52 such names PERSON (the other, "Onarheim, 29, told Reuters", is a slip: LOCATION). The
// tagger reads a given name it does not know as MISC or a place; not a name the lists hold as a
// place, a nationality or a MISC name.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { aloneInListsAt, listBits } from './features';
import { hashLower } from './hash';
import { DIGIT } from './lexicon';
import type { TokenSpan } from './spans';
import { PERSON, LOCATION, MISC } from './labels';

const TITLE = 3;
const NOT_PEOPLE = listBits('location', 'seen-location', 'country', 'demonym', 'seen-misc', 'organization', 'seen-organization');
const COMMA = hashLower(','), STOP = hashLower('.');
const AGE = /^[1-9]\d?$|^1[01]\d$/;

export function agedPeople(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  for (const s of spans) {
    const c = s.to;
    if (c + 2 >= ctx.n || ctx.lower[c] !== COMMA || ctx.cap[c + 1] !== DIGIT || s.to - s.from !== 1) continue;
    if ((s.type !== MISC && s.type !== LOCATION && s.type !== PERSON) || s.sure || s.fixed || ctx.cap[s.from] !== TITLE) continue;
    if ((ctx.lower[c + 2] !== COMMA && ctx.lower[c + 2] !== STOP) || !AGE.test(toks[c + 1].text) || ctx.sentFirst[c + 2] !== ctx.sentFirst[s.from]) continue;
    if ((aloneInListsAt(ctx, s.from) & NOT_PEOPLE) !== 0) continue;
    s.type = PERSON;
    // Sure: the age is the sign of a person the coined-word rule looks for (coined.ts).
    s.sure = true;
  }
  return spans;
}
