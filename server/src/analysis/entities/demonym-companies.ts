// "Saudi Aramco raised $12 billion …" (round 25): a nationality and one word no list holds, read as
// MISC (as "Saudi riyal" would be) or as a person (no person's name starts with a nationality), that do what companies do ("raised", "posted", "reported",
// "said") are a company; a nationality's MISC name is a thing or a people, which do not report.
import { listBits, listClassesAt, type DocContext } from './features';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { MISC, ORGANIZATION, PERSON } from './labels';

const DEMONYM = listBits('demonym');
const COMPANY_DEEDS = wordSet([
  'raised', 'posted', 'reported', 'announced', 'said', 'says', 'plans', 'planned', 'agreed', 'signed', 'sold', 'bought',
  'acquired', 'launched', 'cut', 'hiked', 'priced', 'issued', 'shares', 'declined', 'confirmed', 'expects', 'expected',
]);

export function demonymCompanies(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    const b = s.from + 1;
    if ((s.type !== MISC && s.type !== PERSON) || s.to - s.from !== 2 || s.sure || s.fixed || s.held || s.to >= ctx.n || !COMPANY_DEEDS.has(ctx.lower[s.to])) continue;
    if (ctx.cap[b] !== TITLE || ctx.allCaps[b] || (listClassesAt(ctx, s.from) & DEMONYM) === 0 || listClassesAt(ctx, b) !== 0) continue;
    // A word news writes in lower case is the thing named ("Saudi riyal"): only an unknown or a capitalised word.
    if (ctx.casing[b] >= 1 && ctx.casing[b] <= 3) continue;
    s.type = ORGANIZATION;
  }
  return spans;
}
