// "The road over Arthur's Pass was closed", "a ferry from Sullivan's Island": a place named for
// someone, a name, its "'s" and a word of the land or water ("Pass", "Point", "Bay"), is one place;
// the tagger read the person and the landform apart ("Arthur" a person, "Pass" a body).
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import { type TokenSpan, tokenSpan } from './spans';
import { wordSet } from './word-set';
import { LOCATION } from './labels';

const POSSESSIVES = wordSet(["'s", '’s']);
/** Landforms and waters named after a person; not "Park", "Hill", "Wood" ("Queen's Park" is a club to CoNLL-2003). */
const LANDFORMS = wordSet(['pass', 'point', 'bay', 'island', 'creek', 'peak', 'harbour', 'harbor', 'vineyard', 'landing', 'gap', 'cove', 'falls', 'reef', 'sound', 'gorge', 'canyon']);

export function possessivePlaces(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const k = s.to, w = s.to + 1;
    const ok = s.to - s.from === 1 && !s.sure && w < ctx.sentEnd[s.from] && POSSESSIVES.has(ctx.lower[k]) && ctx.cap[w] === TITLE && ctx.cap[s.from] === TITLE &&
      LANDFORMS.has(ctx.lower[w]) && (w + 1 >= ctx.sentEnd[s.from] || ctx.cap[w + 1] !== TITLE);
    const next = i + 1 < spans.length ? spans[i + 1] : null;
    if (!ok || (next && next.from === w && next.to > w + 1)) { out?.push(s); continue; }
    out ??= spans.slice(0, i);
    out.push(tokenSpan(s.from, w + 1, LOCATION));
    if (next && next.from === w) i++;
  }
  return out ?? spans;
}
