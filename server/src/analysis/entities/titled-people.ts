// A title, a given name, a surname: a person, whatever the surname looks like (issue 10, round 19).
// "former MP Ada Kettering" was read as two bodies, "MP" and "Kettering" (a town's name the 1996
// tagger knows as a club); "MP" and the other member titles in capitals are titles (titles.ts), and
// a given name of the census lists right after a title starts a person's name. The title is no
// entity; the name (the given name and one or two capitalised words) is a sure person.
import type { Segmentation } from '../types';
import { genderOfGivenName } from '../names/given-name-gender';
import { listBits, listClassesAt, type DocContext } from './features';
import { CAPS, TITLE } from './lexicon';
import { ORG_HEAD_HASHES } from './org-words';
import { type TokenSpan, tokenSpan } from './spans';
import { wordSet } from './word-set';
import { MEMBER_TITLE_HASHES, TITLE_HASHES, TITLE_MODIFIER_HASHES } from './titles';
import { PERSON } from './labels';

/** Title words that never stand alone before a name. */
const NOT_ALONE = wordSet(['prime', 'vice', 'crown', 'former', 'acting', 'general', 'king', 'queen', 'prince', 'princess', 'lord', 'lady']);
/** Words that end a place's or a building's name, never a surname here ("Former Ada Township trustee"). */
const PLACE_ENDS = wordSet([
  'township', 'county', 'city', 'town', 'village', 'street', 'road', 'avenue', 'park', 'lake', 'river', 'valley', 'hill', 'hills',
  'island', 'beach', 'bay', 'heights', 'square', 'bridge', 'station', 'airport', 'stadium', 'arena', 'hall', 'centre', 'center', 'parish', 'borough', 'district',
]);
const NOT_GIVEN = listBits('location', 'seen-location', 'country', 'demonym', 'organization', 'seen-organization');

/** Token k is a title: a member's in capitals ("MP", "MEP"), or another capitalised one ("Senator"). */
function titleAt(ctx: DocContext, seg: Segmentation, k: number): boolean {
  if (ctx.cap[k] === CAPS) return MEMBER_TITLE_HASHES.has(ctx.lower[k]) && seg.tokens[k].text.length >= 2;
  // Not a word inside a longer title ("Minister of Finance Bill Birch": "Finance" is the ministry).
  return ctx.cap[k] === TITLE && TITLE_HASHES.has(ctx.lower[k]) && !TITLE_MODIFIER_HASHES.has(ctx.lower[k]) && !NOT_ALONE.has(ctx.lower[k]);
}

export function titledPeople(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let found: number[] | null = null;
  // The title is the first word of a span or the word right before one ("MP" read alone, or left
  // out before "Ada Kettering"): only those words are looked at, not every token.
  let last = -1;
  for (const sp of spans) {
    for (let k = Math.max(sp.from - 1, last + 1); k <= sp.from && k + 2 < ctx.n; k++) {
      last = k;
      // Cheap tests first: two title-case words after a capitalised word.
      if (ctx.cap[k + 1] !== TITLE || ctx.cap[k + 2] !== TITLE || (ctx.cap[k] !== CAPS && ctx.cap[k] !== TITLE)) continue;
      const end = ctx.sentEnd[k];
      if (k + 2 >= end || ctx.allCaps[k + 1] || ctx.titleCase[k + 1] || !titleAt(ctx, seg, k)) continue;
      let e = k + 2;
      while (e < end && e - k <= 3 && ctx.cap[e] === TITLE && !ORG_HEAD_HASHES.has(ctx.lower[e]) && !PLACE_ENDS.has(ctx.lower[e])) e++;
      // The name ends at a word that is no capitalised one ("Ada Kettering resigned", "…, said").
      if (e - k > 3 || (e < end && (ctx.cap[e] === TITLE || ctx.cap[e] === CAPS))) continue;
      if ((listClassesAt(ctx, k + 1) & NOT_GIVEN) !== 0 || genderOfGivenName(seg.tokens[k + 1].text) === null) continue;
      (found ??= []).push(k, e);
    }
  }
  if (found === null) return spans;
  // A name the tagger read longer ("Judge Ana Gomez de Liano") is left as it is.
  const kept: number[] = [];
  let j = 0;
  for (let i = 0; i < found.length; i += 2) {
    while (j < spans.length && spans[j].to <= found[i]) j++;
    let longer = false;
    for (let q = j; q < spans.length && spans[q].from < found[i + 1]; q++) if (spans[q].to > found[i + 1]) longer = true;
    if (!longer) kept.push(found[i], found[i + 1]);
  }
  found = kept;
  if (found.length === 0) return spans;
  const out: TokenSpan[] = [];
  let f = 0;
  for (const s of spans) {
    while (f < found.length && found[f + 1] <= s.from) { out.push(tokenSpan(found[f] + 1, found[f + 1], PERSON, true)); f += 2; }
    if (f < found.length && s.from < found[f + 1] && s.to > found[f]) {
      // Already the person: kept as the tagger read it.
      if (s.type === PERSON && s.to === found[f + 1] && s.from >= found[f]) { found.splice(f, 2); out.push(s); continue; }
      // "Labour MP …" read as one name: the party before the title stays.
      if (s.from < found[f]) out.push(tokenSpan(s.from, found[f], s.type, s.sure, s.fixed, s.held));
      continue;
    }
    out.push(s);
  }
  while (f < found.length) { out.push(tokenSpan(found[f] + 1, found[f + 1], PERSON, true)); f += 2; }
  return out;
}
