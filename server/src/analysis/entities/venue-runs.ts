// "Madison Square Garden", "Kew Gardens": a venue's name read in pieces ("Madison" a place,
// "Square" nothing, "Garden" MISC). A venue's last word read alone takes in the capitalised words
// between it and a name of one or two words right before them, and the whole is a place.
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { LOCATION } from './labels';

const VENUES = wordSet(['garden', 'gardens']);

export function venueRuns(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.to - s.from !== 1 || s.sure || ctx.cap[s.from] !== TITLE || !VENUES.has(ctx.lower[s.from])) continue;
    const first = ctx.sentFirst[s.from];
    const prev = i > 0 ? spans[i - 1] : null;
    let from = s.from;
    while (from - 1 >= first && ctx.cap[from - 1] === TITLE && (!prev || prev.to < from)) from--;
    // Only with a name read right before the words ("Madison"): "the Super Bowl" (an event) has none.
    if (!prev || prev.to !== from || from === s.from || prev.from < first || prev.to - prev.from > 2 || prev.sure) continue;
    from = prev.from; prev.from = -1; drop = true;
    s.from = from;
    s.type = LOCATION;
  }
  return drop ? spans.filter((s) => s.from >= 0) : spans;
}
