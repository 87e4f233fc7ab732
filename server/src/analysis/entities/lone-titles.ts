// "Singer Niamh Calloway said …": a capitalised title first in a sentence, read as a MISC or other
// name of its own right before the person, is the person's title, never an entity (as "Ms." is not).
import type { DocContext } from './features';
import type { TokenSpan } from './spans';
import { TITLE_HASHES } from './titles';

const PERSON = 0, ORGANIZATION = 1;
// Not an organisation: "Minister of Finance Bill Birch" names the ministry (CoNLL-2003).

export function dropLoneTitles(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i + 1 < spans.length; i++) {
    const s = spans[i];
    if (s.to - s.from !== 1 || spans[i + 1].from !== s.to || spans[i + 1].type !== PERSON || s.sure || s.type === ORGANIZATION) continue;
    if (TITLE_HASHES.has(ctx.lower[s.from])) { s.from = -1; drop = true; }
  }
  return drop ? spans.filter((s) => s.from >= 0) : spans;
}
