// "ScotRail said services …", "BlackRock said it had cut …": one word with a capital inside after a
// stem of three letters or more is a company's spelling (CoNLL-2003 holds 36 such words in
// organisations' names and none as a person's one-word name: its people's names with an inner
// capital start with a particle, "MacLean", "VanLandingham", or stand beside a second name,
// "MaliVai Washington"). Read as a person alone, it is an organisation (issue 10, round 20).
import { listBits, aloneInListsAt, type DocContext } from './features';
import { TITLE } from './lexicon';
import type { Segmentation } from '../types';
import type { TokenSpan } from './spans';

const PERSON = 0, ORGANIZATION = 1;
/** Stems of people's names written with an inner capital ("MacArthur", "VanDyke", "FitzGerald", "DelBene"). */
const PARTICLE_STEMS = new Set(['mac', 'van', 'von', 'fitz', 'del', 'des', 'dos', 'das', 'der', 'ter', 'ten', 'san', 'della', 'dela', 'delle', 'la', 'le', 'de', 'di', 'da', 'du']);
const PEOPLE = listBits('first-name', 'last-name', 'person', 'seen-person');

export function innerCapitals(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type !== PERSON || s.sure || s.fixed || s.to - s.from !== 1 || ctx.cap[s.from] !== TITLE) continue;
    const stem = innerCapitalStem(seg.tokens[s.from].text);
    if (stem < 3 || PARTICLE_STEMS.has(seg.tokens[s.from].text.slice(0, stem).toLowerCase())) continue;
    if ((aloneInListsAt(ctx, s.from) & PEOPLE) !== 0) continue;
    s.type = ORGANIZATION;
  }
  return spans;
}

/** The length of the stem before a word's first inner capital ("ScotRail": 4), when letters alone make it and a lower-case letter follows the capital; else 0. */
function innerCapitalStem(t: string): number {
  let at = 0;
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const upper = c >= 65 && c <= 90, lower = c >= 97 && c <= 122;
    if (!upper && !lower) return 0;
    if (upper && at === 0) {
      if (i + 1 >= t.length) return 0;
      const n = t.charCodeAt(i + 1);
      if (n < 97 || n > 122) return 0;
      at = i;
    }
  }
  return at;
}
