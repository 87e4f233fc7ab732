// A kind word written before a name says what the name is: a storm's given name after "Hurricane",
// "Typhoon", "Cyclone" is the storm, MISC ("Hurricane Edouard": CoNLL-2003 types "Edouard" MISC, the
// word "Hurricane" outside; not a person), and "Interstate", "Highway", "Route" with a number are a
// road, a place ("Interstate 95", LOCATION in CoNLL-2003 dev). One pass over the title-case tokens (a
// native search of the text for the six words cost ten times more on a 10,000-word article). Round 16:
// a street word of another language first ("Rue de Rome", "Avenida Paulista") makes a place.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { DIGIT, TITLE } from './lexicon';
import { type TokenSpan, mergeByFrom, tokenSpan } from './spans';
import { wordSet } from './word-set';
import { LOCATION, MISC } from './labels';

/** "Storm Bertrand": the British and Irish forecasters name their storms too. */
const STORMS = wordSet(['hurricane', 'typhoon', 'cyclone', 'storm']);
/** Both, for the one test every title-case token gets. */
const KINDS = wordSet(['hurricane', 'typhoon', 'cyclone', 'storm', 'interstate', 'highway', 'route']);
/** Street words written before the name in French, Spanish, Portuguese, Italian ("Rue de Rome", "Avenida Paulista"). */
const STREETS_FIRST = wordSet(['rue', 'avenida', 'calle', 'rua', 'piazza', 'praça', 'praca']);

export function stormsAndRoads(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  // Round 16: "the Rue de Rome" read as MISC: a name that starts with a street word is a place.
  for (const x of spans) if (x.to - x.from >= 2 && x.type !== LOCATION && !x.sure && ctx.cap[x.from] === TITLE && STREETS_FIRST.has(ctx.lower[x.from]) && !ctx.allCaps[x.from]) x.type = LOCATION;
  let added: TokenSpan[] | null = null;
  let dropped = false;
  let s = 0;
  for (let k = 0; k + 1 < ctx.n; k++) {
    if (ctx.cap[k] !== TITLE || !KINDS.has(ctx.lower[k]) || ctx.allCaps[k] || k + 1 >= ctx.sentEnd[k]) continue;
    const storm = STORMS.has(ctx.lower[k]);
    while (s < spans.length && spans[s].to <= k) s++;
    let at = s < spans.length && spans[s].from <= k ? spans[s] : null;
    if (at && (at.sure || at.from !== k)) continue; // part of a longer name ("National Hurricane Center")
    if (storm) {
      // The name: one title-case word right after, read with the kind word, apart, or not at all.
      if (ctx.cap[k + 1] !== TITLE || (k + 2 < ctx.sentEnd[k] && ctx.cap[k + 2] === TITLE)) continue;
      if (at && at.to === k + 2) { at.from = k + 1; at.type = MISC; continue; }
      if (at && at.to > k + 2) continue;
      if (at) { at.to = at.from; dropped = true; at = null; } // "Hurricane" alone is no name
      const next = s + 1 < spans.length && spans[s + 1].from === k + 1 ? spans[s + 1] : s < spans.length && spans[s].from === k + 1 ? spans[s] : null;
      if (next) { if (!next.sure && next.to === k + 2) next.type = MISC; continue; }
      (added ??= []).push(tokenSpan(k + 1, k + 2, MISC, true));
    } else {
      // "Interstate 10": the number belongs to the road's name.
      if (ctx.cap[k + 1] !== DIGIT || seg.tokens[k + 1].text.length > 3 || (at && at.to !== k + 1)) continue;
      const next = at ? s + 1 : s;
      if (next < spans.length && spans[next].from === k + 1) continue;
      if (at) { at.to = k + 2; at.type = LOCATION; } else (added ??= []).push(tokenSpan(k, k + 2, LOCATION, true));
    }
  }
  const kept = dropped ? spans.filter((x) => x.to > x.from) : spans;
  if (!added) return kept;
  return mergeByFrom(kept, added);
}
