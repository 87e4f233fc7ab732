// East Slavic surnames ("Zelenskiy", "Zelenskyy", "Kolomoisky", "Tymoshenko", "Kovalchuk") are
// new to the tagger, which reads some of them from the word before as a place ("spoken to
// Zelenskiy", round 23). Their endings are a person's (the adjectival -skiy/-skyi/-sky, the
// patronymic -enko, -chuk): a one-word name read as a place with one of them is a person, unless
// a list holds it as a place ("Dzerzhinsky" the town). The reverse of toponym-endings.ts.
import type { Segmentation } from '../types';
import { aloneInListsAt, type DocContext, listBits } from './features';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { LOCATION, PERSON } from './labels';

const ENDINGS = ['skiy', 'skyi', 'skyy', 'sky', 'enko', 'chuk'];
/** The endings' last characters: most names are passed over on one character code. */
const LAST = new Set(ENDINGS.map((e) => e.charCodeAt(e.length - 1)));
const PLACE_LISTS = listBits('location', 'seen-location', 'country');

export function slavicSurnames(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.to - s.from !== 1 || s.type !== LOCATION || ctx.cap[s.from] !== TITLE || s.sure || ctx.allCaps[s.from]) continue;
    const t = seg.tokens[s.from].text;
    if (t.length < 7 || !LAST.has(t.charCodeAt(t.length - 1))) continue;
    for (const e of ENDINGS) {
      if (!t.endsWith(e)) continue;
      // Sure, so the coined-word rule (coined.ts) does not make MISC of a surname no list holds.
      if ((aloneInListsAt(ctx, s.from) & PLACE_LISTS) === 0) { s.type = PERSON; s.sure = true; }
      break;
    }
  }
  return spans;
}
