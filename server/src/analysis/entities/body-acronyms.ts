// International bodies that news names by their acronym alone, never spelled out in the story
// ("WHO has confirmed 37 cases", "MSF, which runs the hospital", "the ICRC said"): an organisation,
// whatever the tagger made of the capitals (a place, MISC, nothing). Only in a unit written in
// upper and lower case: in an all-capitals headline "WHO" is the pronoun.
import type { DocContext } from './features';
import { CAPS } from './lexicon';
import { type TokenSpan, tokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

/** UN agencies and funds, the Red Cross, aid groups, and the blocs and lenders of world news. */
const BODIES = wordSet([
  'WHO', 'WFP', 'UNHCR', 'UNICEF', 'UNDP', 'UNEP', 'UNESCO', 'UNRWA', 'UNFPA', 'UNAIDS', 'UNCTAD', 'OCHA', 'OHCHR',
  'IOM', 'ILO', 'FAO', 'IAEA', 'OPCW', 'WTO', 'IMF', 'ICRC', 'IFRC', 'MSF', 'NATO', 'OPEC', 'ASEAN', 'OECD',
  'ECOWAS', 'IGAD', 'SADC',
]);

export function bodyAcronyms(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  let i = 0;
  for (let k = 0; k < ctx.n; k++) {
    // Capitals only, in a unit that is not all capitals; the set is asked only then.
    if (ctx.cap[k] !== CAPS || ctx.allCaps[k] || !BODIES.has(ctx.lower[k])) continue;
    while (i < spans.length && spans[i].to <= k) i++;
    const s = i < spans.length && spans[i].from <= k ? spans[i] : null;
    if (!s) (added ??= []).push(tokenSpan(k, k + 1, ORGANIZATION, true));
    else if (s.from === k && s.to === k + 1 && s.type !== ORGANIZATION) { s.type = ORGANIZATION; s.sure = true; }
  }
  return added ? mergeByStart(spans, added) : spans;
}

/** Both lists sorted by start, merged in one pass (no sort of the document's spans). */
function mergeByStart(a: TokenSpan[], b: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].from <= b[j].from)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}
