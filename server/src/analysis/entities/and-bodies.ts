// "England and Wales Cricket Board", "Trinidad and Tobago Football Association": a body named for
// two places joined by "and". The tagger reads the first place alone and the body from the second
// ("England" + "Wales Cricket Board"). A place of one or two words, "and", then an organisation
// that starts with a place the lists know and ends in an organisation's head word, are one
// organisation. (Not "Israel and Hizbollah", "Iraq and U.N.": the second name starts with no place.)
import { aloneInListsAt, listBits, type DocContext } from './features';
import { hashLower } from './hash';
import { ORG_HEAD_HASHES } from './org-words';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { PERSON, ORGANIZATION, LOCATION } from './labels';

const AND = hashLower('and'), POLICE = hashLower('police');
const PLACES = listBits('location', 'seen-location', 'country');

/** A name with a head word or a lower-case word in it ("Royal Bank of Canada") is whole already. */
function headed(ctx: DocContext, s: TokenSpan): boolean {
  for (let j = s.from; j < s.to; j++) if (ORG_HEAD_HASHES.has(ctx.lower[j]) || ctx.cap[j] !== TITLE) return true;
  return false;
}

export function andBodies(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i], b = spans[i + 1];
    // Round 21: "Devon and Cornwall Police", "Avon and Somerset Police": a police force named for two
    // counties, the first read as a person (no one is named "X and Y Police").
    // Round 27: "Garda National Drugs and Organised Crime Bureau": a body's first words read apart from the rest, three
    // capitalised words or more ending in no head word, "and", then a run ending in one, are one body.
    if (a.type === ORGANIZATION && b.type === ORGANIZATION && !a.sure && !b.sure && b.from === a.to + 1 && ctx.lower[a.to] === AND && a.to - a.from >= 3 &&
      b.to - b.from >= 2 && ORG_HEAD_HASHES.has(ctx.lower[b.to - 1]) && !headed(ctx, a) && ctx.cap[a.to - 1] === TITLE && ctx.cap[b.from] === TITLE) {
      a.to = b.to;
      b.to = b.from; drop = true; i++;
      continue;
    }
    const place = a.type === LOCATION || (a.type === PERSON && !a.sure && a.to - a.from === 1 && ctx.lower[b.to - 1] === POLICE);
    if (!place || b.type !== ORGANIZATION || a.to - a.from > 2 || b.from !== a.to + 1 || ctx.lower[a.to] !== AND) continue;
    if (b.to - b.from < 2 || !ORG_HEAD_HASHES.has(ctx.lower[b.to - 1]) || (aloneInListsAt(ctx, b.from) & PLACES) === 0) continue;
    a.to = b.to; a.type = ORGANIZATION;
    b.to = b.from; drop = true; i++;
  }
  // Round 21: "Avon and Somerset Police" with "Avon" left out: a capitalised word no span holds, "and",
  // then a force named for a place, are one force.
  for (let i = 0; i < spans.length; i++) {
    const b = spans[i], k = b.from - 2;
    if (b.type !== ORGANIZATION || b.to - b.from < 2 || ctx.lower[b.to - 1] !== POLICE || k < ctx.sentFirst[b.from] || ctx.lower[k + 1] !== AND) continue;
    if (ctx.cap[k] !== TITLE || (i > 0 && spans[i - 1].to > k) || (aloneInListsAt(ctx, b.from) & PLACES) === 0) continue;
    b.from = k;
  }
  return drop ? spans.filter((s) => s.to > s.from) : spans;
}
