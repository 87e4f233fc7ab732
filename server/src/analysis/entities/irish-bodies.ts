// Irish state bodies named in Irish (round 21): "An Bord Pleanála", "An Post", "An Garda Síochána"
// keep their article "An" (the tagger leaves it out and reads the rest as a person); names ending
// in "Éireann" ("Iarnród Éireann", "Bus Éireann", "Met Éireann") are organisations. ("Dáil
// Éireann" is the legislature, an organisation too.)
import type { DocContext } from './features';
import { hashLower } from './hash';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

const AN = hashLower('an');
/** Irish nouns that follow "An" in a body's name: board, post, guard, council, commission, trust. */
const HEADS = wordSet(['bord', 'post', 'garda', 'chomhairle', 'coimisiún', 'coimisiun', 'taisce', 'foras', 'lárionad']);
const EIREANN = wordSet(['éireann', 'eireann']);

export function irishBodies(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.sure) continue;
    const k = s.from - 1;
    if (k >= ctx.sentFirst[s.from] && ctx.lower[k] === AN && HEADS.has(ctx.lower[s.from]) && ctx.cap[k] >= 3 && (s.to - s.from >= 2 || ctx.lower[s.from] === hashLower('post'))) {
      s.from = k; s.type = ORGANIZATION;
    } else if (s.to - s.from >= 2 && EIREANN.has(ctx.lower[s.to - 1])) s.type = ORGANIZATION;
  }
  return spans;
}
