// "Ardel's mayor", "the mayor of Lyon": a town has a mayor, a company or club does not. A name read
// as an organisation, a person or MISC right before "'s mayor" or right after "mayor of" is the
// town, a place (held: this mention's own context says so; the article's other mentions of a club
// of the same name keep their type). Not a name a rule is sure of.
import type { DocContext } from './features';
import { hashLower } from './hash';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { LOCATION } from './labels';

const MAYORS = wordSet(['mayor', 'mayors', 'mayoral', 'mayoralty']);
const POSSESSIVES = wordSet(["'s", '’s']);
const OF = hashLower('of');

export function civicPlaces(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    // A mayor's word two tokens before or one or two after: one bit test each for most spans.
    if (!(s.from >= 2 && MAYORS.has(ctx.lower[s.from - 2])) && !(s.to + 1 < ctx.n && MAYORS.has(ctx.lower[s.to + 1])) && !(s.to < ctx.n && MAYORS.has(ctx.lower[s.to]))) continue;
    if (s.type === LOCATION || s.sure || s.fixed || s.to - s.from > 3) continue;
    // The tagger may read the "'s" into the name ("Ardel's" + "mayor"): rules.ts cuts it later.
    const k = s.to - s.from > 1 && POSSESSIVES.has(ctx.lower[s.to - 1]) ? s.to - 1 : s.to;
    const before = s.from >= 2 && s.from - 2 >= ctx.sentFirst[s.from] && ctx.lower[s.from - 1] === OF && MAYORS.has(ctx.lower[s.from - 2]);
    const after = k + 1 < ctx.sentEnd[s.from] && POSSESSIVES.has(ctx.lower[k]) && MAYORS.has(ctx.lower[k + 1]);
    if (!before && !after) continue;
    s.type = LOCATION;
    s.held = true;
  }
  return spans;
}
