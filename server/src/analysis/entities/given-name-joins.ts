// "Emeka Okonjo scored 38 points": first in a sentence the tagger may read a given name it does
// not know as an organisation and leave the surname out. When the word left out right after it is
// the surname of a person the article names elsewhere ("Okonjo made 14 of 22 shots"), the two
// words are that person.
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { PERSON } from './labels';

export function givenNameJoins(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  // Candidates first (cheap): a one-word span first in its sentence with an untagged capitalised word after it.
  let any = false;
  for (let i = 0; i < spans.length && !any; i++) {
    const s = spans[i];
    any = s.to - s.from === 1 && s.from === ctx.sentFirst[s.from] && s.to < ctx.sentEnd[s.from] && ctx.cap[s.to] === TITLE &&
      !ctx.titleCase[s.to] && (i + 1 >= spans.length || spans[i + 1].from > s.to);
  }
  if (!any) return spans;
  // Surnames of the article's people: the last word of every person span.
  const surnames = new Set<number>();
  for (const s of spans) if (s.type === PERSON) surnames.add(ctx.lower[s.to - 1]);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.sure || s.to - s.from !== 1 || s.from !== ctx.sentFirst[s.from] || s.to >= ctx.sentEnd[s.from] || ctx.cap[s.to] !== TITLE ||
      ctx.cap[s.from] !== TITLE || ctx.titleCase[s.to] || (i + 1 < spans.length && spans[i + 1].from <= s.to)) continue;
    if (!surnames.has(ctx.lower[s.to]) || surnames.has(ctx.lower[s.from])) continue;
    s.to++;
    s.type = PERSON;
  }
  return spans;
}
