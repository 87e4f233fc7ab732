// "First Glasgow said it was disappointed": an organisation that says "it" of itself is one, and the
// clearest sign the article gives of the name's type. The tagger reads each mention in its own
// context, and "Bus drivers at First Glasgow will walk out" reads as a place; marked sure here, the
// organisation counts thrice in the article's vote (consistency.ts) and the place reading gives way
// (issue 10, round 22). Only what the tagger itself read as an organisation: "Russia said it would"
// is a place by CoNLL-2003's conventions.
import type { DocContext } from './features';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

const SAYS = wordSet(['said', 'says']);
const ITSELF = wordSet(['it', 'its']);

export function itselfSubjects(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type === ORGANIZATION && !s.sure && !s.fixed && s.to < ctx.sentEnd[s.from] && saysItself(ctx, s.to)) s.sure = true;
  }
  return spans;
}

/** "said it", "says its" from token k, in k's sentence: a name right before speaks of itself as a thing. */
export function saysItself(ctx: DocContext, k: number): boolean {
  return k + 1 < ctx.sentEnd[k] && SAYS.has(ctx.lower[k]) && ITSELF.has(ctx.lower[k + 1]);
}
