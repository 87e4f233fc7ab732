// "Kenya Power", "Georgia Power", "Ghana Water": a country's name and a common noun are a company
// or utility, which the tagger reads as a person when the country is also a given name (names round
// 26). A person's span of two words, the first a country the lists hold, the second a word news
// text usually writes in lower case ("power", "water", "airways"), is an organisation. ("Jordan
// Smith" stays: "Smith" is written capitalised.)
import { listBits, listClassesAt, type DocContext } from './features';
import { TITLE } from './lexicon';
import { ORGANIZATION, PERSON } from './labels';
import type { TokenSpan } from './spans';

const COUNTRY = listBits('country');
/** Usual-casing codes (casing.ts) 1–3: always, mostly or often written in lower case. */
const USUALLY_LOWER = 3;

export function countryCompanies(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    const b = s.from + 1;
    if (s.type !== PERSON || s.to - s.from !== 2 || s.sure || s.fixed || ctx.cap[b] !== TITLE || ctx.allCaps[b] || ctx.titleCase[b]) continue;
    if (ctx.casing[b] < 1 || ctx.casing[b] > USUALLY_LOWER || (listClassesAt(ctx, s.from) & COUNTRY) === 0) continue;
    s.type = ORGANIZATION;
  }
  return spans;
}
