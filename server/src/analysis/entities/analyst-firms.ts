// "Analyst Rafael Quintero of Bernstein", "strategist Tom Hale of Jefferies": markets copy names a
// forecaster, then the firm he works for after "of". The tagger reads an unknown firm's name from
// the word alone, as a place or a person. A name of up to three words after a person, "of", and a
// forecaster's role word before the person is the firm, unless a list knows it as a place
// ("trader Ann Lee of London").
import type { DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import type { TokenSpan } from './spans';
import { WordSet } from './word-set';

const PERSON = 0, ORGANIZATION = 1;
const ROLES = new WordSet(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'trader', 'dealer', 'broker'].map(hashLower));
const OF = hashLower('of');
const PLACE_BITS = ['location', 'seen-location', 'country'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);
const MAX_WORDS = 3;

export function analystFirms(ctx: DocContext, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  for (let i = 1; i < spans.length; i++) {
    const s = spans[i], p = spans[i - 1];
    if (s.type === ORGANIZATION || s.sure || p.type !== PERSON || p.to + 1 !== s.from || ctx.lower[p.to] !== OF) continue;
    if (s.to - s.from > MAX_WORDS || p.from - 1 < ctx.sentFirst[p.from] || !ROLES.has(ctx.lower[p.from - 1])) continue;
    if ((Math.max(0, gaz.get(phraseHash(ctx.lower, s.from, s.to), 0)) & PLACE_BITS) !== 0) continue;
    s.type = ORGANIZATION;
  }
  return spans;
}
