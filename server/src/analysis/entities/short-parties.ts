// A party named with its country, "Reform UK", "Alba Scotland", is written by its first word alone
// later in the story ("Reform's candidate", "(Reform)"): that word, read as MISC or a person, is the
// party (round 21). Only a one-word span the tagger made, never an untagged word ("Cricket Australia"
// does not make every "cricket" a body).
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

const COUNTRIES = wordSet(['uk', 'britain', 'scotland', 'wales', 'england', 'ireland', 'australia', 'canada']);
const POSSESSIVES = wordSet(["'s", '’s']);

export function shortParties(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let firsts: Set<number> | null = null;
  for (const s of spans) {
    if (s.type !== ORGANIZATION) continue;
    const len = s.to - s.from - (POSSESSIVES.has(ctx.lower[s.to - 1]) ? 1 : 0);
    if (len === 2 && ctx.cap[s.from] === TITLE && COUNTRIES.has(ctx.lower[s.from + 1])) (firsts ??= new Set()).add(ctx.lower[s.from]);
  }
  if (firsts === null) return spans;
  for (const s of spans) {
    const len = s.to - s.from - (s.to - s.from === 2 && POSSESSIVES.has(ctx.lower[s.to - 1]) ? 1 : 0);
    if (len === 1 && s.type !== ORGANIZATION && !s.sure && firsts.has(ctx.lower[s.from])) s.type = ORGANIZATION;
  }
  return spans;
}
