// "Team Brightwell-Nordvik", "Team Halvard": cycling and motorsport sides are named "Team" and their
// sponsors, and the tagger reads the sponsor alone, often as MISC or a place (names round 26). A
// capitalised "Team" inside a sentence right before a name (no person's) is part of it: one
// organisation.
import type { DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import { ORGANIZATION, PERSON } from './labels';
import type { TokenSpan } from './spans';

const TEAM = hashLower('team');

export function teamNames(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let prevEnd = 0;
  for (const s of spans) {
    const k = s.from - 1;
    if (k >= prevEnd && k > ctx.sentFirst[s.from] && ctx.lower[k] === TEAM && ctx.cap[k] === TITLE && !ctx.titleCase[k] && !s.fixed &&
      s.type !== PERSON) {
      s.from = k;
      s.type = ORGANIZATION;
    }
    prevEnd = s.to;
  }
  return spans;
}
