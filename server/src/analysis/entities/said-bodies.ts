// "About 4,500 homes lost power, Northpower said." (round 25): one word read as a person, the
// subject of "said" after a comma, that no list holds as anyone's name and that the article never
// writes as a person's (in a name of two words or more, or after an honorific) and that no he or she
// follows before the next sentence ends, is the company or body that spoke: a person is introduced by
// a full name or a title before a surname alone speaks.
// Sure, so that the article's other mentions of the name follow it.
import type { Segmentation } from '../types';
import { listClassesAt, type DocContext } from './features';
import { fullNameWords } from './full-name-words';
import { PEOPLE } from './said-people';
import { hashLower } from './hash';
import { isHonorific } from './honorifics';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON, ORGANIZATION } from './labels';

const SAID = hashLower('said');
const COMMA = hashLower(',');
const PRONOUNS = wordSet(['he', 'she', 'her', 'his']);

/** A one-word person span after a comma and before "said", in no list of people. */
function isCandidate(ctx: DocContext, s: TokenSpan): boolean {
  const k = s.from;
  return s.type === PERSON && s.to - k === 1 && !s.sure && !s.fixed && !s.held &&
    ctx.lower[s.to] === SAID && ctx.lower[k - 1] === COMMA && ctx.cap[k] === TITLE && !ctx.allCaps[k] &&
    (listClassesAt(ctx, k) & PEOPLE) === 0;
}

/** "…, Gorvath said. Her daughter …": a person's pronoun before the end of the next sentence refers back to the speaker. */
function pronounNext(ctx: DocContext, k: number): boolean {
  const end = ctx.sentEnd[ctx.sentEnd[k]] ?? ctx.n;
  for (; k < end; k++) if (PRONOUNS.has(ctx.lower[k])) return true;
  return false;
}

export function saidBodies(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  // An article of three sentences at least: a lone sentence ("…, Colao said.") quotes a person introduced
  // elsewhere (CoNLL-2003 dev in single sentences lost two surnames so).
  if (seg.sentences.length < 3) return spans;
  // Words the article writes as a person's: in a person's name of two words or more, or after an honorific.
  let people: Set<number> | undefined;
  for (const s of spans) {
    if (!isCandidate(ctx, s)) continue;
    if (!people) {
      people = fullNameWords(ctx, spans);
      for (const p of spans) if (p.type === PERSON && p.to - p.from === 1 && p.from > 0 && isHonorific(ctx, seg, p.from - 1)) people.add(ctx.lower[p.from]);
    }
    if (!people.has(ctx.lower[s.from]) && !pronounNext(ctx, s.to)) { s.type = ORGANIZATION; s.sure = true; }
  }
  return spans;
}
