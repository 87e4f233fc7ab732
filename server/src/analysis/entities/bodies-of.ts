// A body's word, then "of" and what it is for, inside a name read as MISC: "Australian Bureau of
// Statistics", "Mexican Institute of Petroleum", "Bureau of Meteorology" are organisations (round
// 19: the first came out MISC, the nationality first misleading the tagger). Only the words of bodies
// that are never events or works ("League of Nations" stays as it is read).
import type { DocContext } from './features';
import { hashLower } from './hash';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION, MISC } from './labels';

const OF = hashLower('of');
const BODY_WORDS = wordSet([
  'bureau', 'department', 'ministry', 'institute', 'office', 'board', 'commission', 'council', 'agency', 'academy',
  'society', 'association', 'federation', 'university', 'college', 'chamber', 'authority', 'corporation',
]);

export function bodiesOf(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type !== MISC || s.sure || s.to - s.from < 3) continue;
    for (let k = s.from; k + 2 < s.to + 1 && k + 1 < s.to; k++) {
      if (ctx.lower[k + 1] === OF && BODY_WORDS.has(ctx.lower[k]) && k + 2 < s.to) { s.type = ORGANIZATION; break; }
    }
  }
  return spans;
}
