// A name between an owner's word and a common noun is the owner's product or brand, MISC as CoNLL-2003
// types products: "its Sanjeevani diagnostic kits", "take its Tally agent into hospitals", "Nvidia's new
// Rubin chips" (issue 10, round 24). The tagger reads such a word it never saw as a person, but a
// person never stands between "its" and a noun. One or two capitalised words read as a person after
// "its"/"their" (or after "new"/"latest"/"flagship" after them or a possessive), before a lower-case
// word, and no word of a person the article names in full or the lists hold ("their Clinton
// counterparts"); sure, so
// the article's other mentions of it follow.
import type { Segmentation } from '../types';
import { aloneInListsAt, listBits, type DocContext } from './features';
import { LOWER, TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { MISC, PERSON } from './labels';
import { fullNameWords } from './full-name-words';

const OWNERS = wordSet(['its', 'their']);
const PEOPLE = listBits('person', 'seen-person');
const NEW = wordSet(['new', 'latest', 'flagship', 'upcoming', 'next-generation']);

export function ownedProducts(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  /** Words of people the article names in full (filled at the first candidate): "their Clinton counterparts" is a person's. */
  let fullNames: Set<number> | null = null;
  for (const s of spans) {
    if (s.type !== PERSON || s.sure || s.fixed || s.to - s.from > 2 || s.to >= ctx.sentEnd[s.from] || ctx.cap[s.to] !== LOWER) continue;
    let b = s.from - 1;
    if (b < ctx.sentFirst[s.from] || ctx.cap[s.from] !== TITLE) continue;
    let owned = OWNERS.has(ctx.lower[b]);
    if (!owned && NEW.has(ctx.lower[b]) && --b >= ctx.sentFirst[s.from]) {
      const t = seg.tokens[b].text;
      owned = OWNERS.has(ctx.lower[b]) || t === "'s" || t === '’s';
    }
    if (!owned) continue;
    fullNames ??= fullNameWords(ctx, spans);
    if (fullNames.has(ctx.lower[s.to - 1]) || (aloneInListsAt(ctx, s.to - 1) & PEOPLE) !== 0) continue;
    s.type = MISC;
    s.sure = true;
  }
  return spans;
}
