// A company named in full once is often named by its first word after ("Veldhuis Verzekeringen" …
// "Veldhuis said"); the tagger, not knowing the word, reads the short form as a person. A one-word
// person that is the first word of an organisation of two words or more in the article, and no
// word of a person named in full, is that organisation.
import type { DocContext } from './features';
import type { TokenSpan } from './spans';

const PERSON = 0, ORGANIZATION = 1;

export function orgShortForms(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let firsts: Set<number> | null = null;
  for (const s of spans) if (s.type === ORGANIZATION && s.to - s.from >= 2) (firsts ??= new Set()).add(ctx.lower[s.from]);
  if (!firsts) return spans;
  let people: Set<number> | null = null;
  for (const s of spans) {
    if (s.type !== PERSON || s.to - s.from < 2) continue;
    for (let k = s.from; k < s.to; k++) (people ??= new Set()).add(ctx.lower[k]);
  }
  for (const s of spans) {
    if (s.type !== PERSON || s.sure || s.to - s.from !== 1 || !firsts.has(ctx.lower[s.from]) || people?.has(ctx.lower[s.from])) continue;
    s.type = ORGANIZATION;
  }
  return spans;
}
