// Treaties and trade agreements are MISC in CoNLL-2003 ("Comprehensive Test Ban Treaty", "Lusaka
// Agreement", "Peking Protocol"; laws ending in "Act" are name-ends.ts's), but the tagger reads one
// named after countries or a body as an organisation or a place ("the United States-Mexico-Canada
// Agreement", "the Peking Protocol"). A name of two words or more after "the", ending in a
// treaty's word, is MISC. Not without "the": a company may be named so ("Penn Treaty said").
import type { DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { MISC } from './labels';

const ENDS = wordSet(['agreement', 'accord', 'accords', 'treaty', 'protocol', 'pact']);
const THE = hashLower('the');

export function agreementNames(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type === MISC || s.sure || s.to - s.from < 2 || s.from === ctx.sentFirst[s.from] || ctx.lower[s.from - 1] !== THE) continue;
    if (ctx.cap[s.to - 1] !== TITLE || ctx.allCaps[s.from] || !ENDS.has(ctx.lower[s.to - 1])) continue;
    s.type = MISC;
  }
  return spans;
}
