// A name in a list introduced by a plural noun of its kind takes that kind: "towns such as Skegness
// and Rhyl" are places, "insurers including Palmetto Mutual and Harbor Shield" and "chains like
// Vestry" organisations, whatever the tagger guessed from each unknown name alone. The noun is in
// lower case right before "such as", "including" or "like"; the list runs on through commas, "and"
// and "or" while each item is a name.
import type { DocContext } from './features';
import { hashLower } from './hash';
import type { TokenSpan } from './spans';
import { LOWER } from './lexicon';
import { WordSet, wordSet } from './word-set';
import { PERSON, ORGANIZATION, LOCATION, MISC } from './labels';

/** Longest item retyped. */
const MAX_ITEM = 4;

const hashes = (words: string[]): WordSet => wordSet(words);

const PLACE_PLURALS = hashes([
  'towns', 'cities', 'villages', 'countries', 'states', 'provinces', 'regions', 'communities', 'suburbs',
  'neighbourhoods', 'neighborhoods', 'ports', 'islands', 'counties', 'capitals', 'destinations', 'resorts',
  'hamlets', 'municipalities', 'districts', 'territories', 'nations',
]);
const ORGANISATION_PLURALS = hashes([
  'companies', 'firms', 'retailers', 'banks', 'lenders', 'insurers', 'carmakers', 'automakers', 'airlines', 'chains',
  'brands', 'charities', 'agencies', 'organisations', 'organizations', 'universities', 'publishers', 'broadcasters',
  'newspapers', 'startups', 'start-ups', 'manufacturers', 'suppliers', 'unions', 'parties', 'clubs', 'teams',
  'groups', 'outlets', 'regulators', 'miners', 'producers', 'utilities', 'conglomerates', 'automakers', 'chipmakers',
  'platforms', 'exchanges', 'funds', 'institutions', 'businesses', 'operators', 'carriers', 'giants', 'rivals',
]);
/** People may be rivals too ("rivals such as Jeb Bush"): that noun types only what was not read as a person. */
const RIVALS = hashLower('rivals');
const SUCH = hashLower('such'), AS = hashLower('as'), INCLUDING = hashLower('including'), LIKE = hashLower('like');
const AND = hashLower('and'), OR = hashLower('or'), COMMA = hashLower(',');

export function listedKinds(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let startAt: Int32Array | null = null;
  for (let k = 1; k + 1 < ctx.n; k++) {
    const w = ctx.lower[k];
    let first = -1, noun = -1;
    if (w === SUCH && ctx.lower[k + 1] === AS) { first = k + 2; noun = k - 1; }
    else if (w === INCLUDING || w === LIKE) { first = k + 1; noun = k - 1; }
    else continue;
    if (noun < ctx.sentFirst[k] || ctx.cap[noun] !== LOWER || first >= ctx.sentEnd[k]) continue;
    const n = ctx.lower[noun];
    const kind = PLACE_PLURALS.has(n) ? LOCATION : ORGANISATION_PLURALS.has(n) ? ORGANIZATION : -1;
    if (kind < 0) continue;
    if (!startAt) {
      startAt = new Int32Array(ctx.n).fill(-1);
      spans.forEach((s, i) => { startAt![s.from] = i; });
    }
    // The list: name, then ", " / " and " / " or " and the next name, while names follow.
    let at = first;
    let last = false;
    while (at < ctx.sentEnd[k] && startAt[at] >= 0) {
      const s = spans[startAt[at]];
      if (s.to - s.from <= MAX_ITEM && !s.sure && s.type !== kind && (s.type === PERSON || s.type === MISC || s.type === ORGANIZATION || s.type === LOCATION)) {
        if (!(n === RIVALS && s.type === PERSON)) { s.type = kind; s.sure = true; }
      }
      // "A, B and C": the item after "and"/"or" is the last ("states such as Ohio and Iowa, Clinton said").
      if (last) break;
      let next = s.to;
      if (next < ctx.sentEnd[k] && ctx.lower[next] === COMMA) next++;
      if (next < ctx.sentEnd[k] && (ctx.lower[next] === AND || ctx.lower[next] === OR)) { next++; last = true; }
      if (next === s.to) break;
      at = next;
    }
  }
  return spans;
}
