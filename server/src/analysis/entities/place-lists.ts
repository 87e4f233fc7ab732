// "berths in Iqaluit, Rankin Inlet and Tuktoyaktuk": a list of three names or more after "in",
// "across", "from", "near" or "to" mid-sentence, whose first item was read as a place, lists places;
// the items read as a person or MISC (names the tagger does not know) take the place type. Not a
// list after a preposition opening the sentence ("In London, Smith, Jones and Brown said": a
// fronted phrase, then the subject), nor a person starting with a given name of the lists, nor a
// list with an organisation or a nationality among its items.
import type { DocContext } from './features';
import { listBits, listClassesAt } from './features';
import { hashLower } from './hash';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON, ORGANIZATION, LOCATION, MISC } from './labels';

const PREPOSITIONS = wordSet(['in', 'across', 'from', 'near', 'to', 'between']);
const COMMA = hashLower(','), AND = hashLower('and'), OR = hashLower('or');
const GIVEN = listBits('first-name');
const LISTS_OF_NAMES = listBits('demonym', 'seen-misc', 'organization', 'seen-organization');
/** Shortest list retyped, in items. */
const MIN_ITEMS = 3;

export function placeLists(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (let i = 0; i + 2 < spans.length; i++) {
    const s = spans[i];
    const p = s.from - 1;
    if (p <= ctx.sentFirst[s.from] || !PREPOSITIONS.has(ctx.lower[p])) continue;
    if (s.type !== LOCATION) {
      // Round 20: "sites in Slough, Ghent and Raleigh": towns read as organisations (the 1996 sports
      // pages' teams) before a last item read as a place.
      if (s.type === ORGANIZATION && ctx.lower[p] === IN) i = townsBeforePlace(ctx, spans, i);
      continue;
    }
    const { last: j, closed } = listFrom(ctx, spans, i);
    if (!closed || j - i + 1 < MIN_ITEMS) { i = j; continue; }
    // A list with an organisation or a nationality in it is no list of places ("in Chechnya,
    // Vyacheslav Tikhomirov, and Chechen rebel chief-of-staff …": an appositive, then another name).
    // Round 20: a one-word organisation the lists know as a town and no organisation list holds is a
    // town read as its 1996 team ("between Melbourne, Adelaide and Perth").
    let mixed = false;
    for (let k = i + 1; k <= j && !mixed; k++) {
      const t = spans[k];
      mixed = (t.type === ORGANIZATION && !listedTown(ctx, t)) || (t.type === MISC && (listClassesAt(ctx, t.from) & LISTS_OF_NAMES) !== 0);
    }
    if (mixed) { i = j; continue; }
    for (let k = i + 1; k <= j; k++) {
      const t = spans[k];
      if (t.type === ORGANIZATION) { t.type = LOCATION; t.fixed = true; continue; }
      if (t.sure || (t.type !== PERSON && t.type !== MISC) || t.to - t.from > 3) continue;
      if (t.type === PERSON && t.to - t.from >= 2 && (listClassesAt(ctx, t.from) & GIVEN) !== 0) continue;
      t.type = LOCATION;
    }
    i = j;
  }
  return spans;
}

/**
 * The list that opens at spans[i]: spans joined by a comma, "and", "or" or ", and"; it ends at
 * "and"/"or" (closed) or where nothing joins the next span. The index of its last item.
 */
function listFrom(ctx: DocContext, spans: TokenSpan[], i: number): { last: number; closed: boolean } {
  let j = i;
  while (j + 1 < spans.length) {
    const gap = spans[j + 1].from - spans[j].to;
    const a = spans[j].to;
    if (gap === 1 && ctx.lower[a] === COMMA) j++;
    else if (gap === 1 && (ctx.lower[a] === AND || ctx.lower[a] === OR)) return { last: j + 1, closed: true };
    else if (gap === 2 && ctx.lower[a] === COMMA && (ctx.lower[a + 1] === AND || ctx.lower[a + 1] === OR)) return { last: j + 1, closed: true };
    else break;
  }
  return { last: j, closed: false };
}

const IN = hashLower('in');
const ORG_LIST = listBits('organization');
const PLACE_LISTS = listBits('location', 'country', 'seen-location');

/** A list after "in" from spans[i] whose last item is a place the lists know: its one-word organisations no organisation list holds (Wikipedia's) are towns (the other items places already). The index of the list's last item. */
function townsBeforePlace(ctx: DocContext, spans: TokenSpan[], i: number): number {
  const { last: j, closed } = listFrom(ctx, spans, i);
  const last = spans[j];
  if (!closed || j - i + 1 < MIN_ITEMS || last.type !== LOCATION || last.to - last.from !== 1 || (listClassesAt(ctx, last.from) & PLACE_LISTS) === 0) return i;
  for (let k = i; k < j; k++) {
    const t = spans[k];
    if (t.type === LOCATION) continue;
    if (t.type !== ORGANIZATION || t.sure || t.fixed || t.to - t.from !== 1 || (listClassesAt(ctx, t.from) & ORG_LIST) !== 0) return i;
  }
  for (let k = i; k < j; k++) if (spans[k].type === ORGANIZATION) { spans[k].type = LOCATION; spans[k].fixed = true; }
  return j;
}

/** A one-word organisation the lists know as a town (not a country) and no organisation list holds (Wikipedia's; the 1996 teams' list aside). */
function listedTown(ctx: DocContext, t: TokenSpan): boolean {
  if (t.sure || t.fixed || t.to - t.from !== 1) return false;
  const lists = listClassesAt(ctx, t.from);
  return (lists & TOWN_LISTS) !== 0 && (lists & NOT_TOWN_LISTS) === 0;
}
const TOWN_LISTS = listBits('location', 'seen-location');
const NOT_TOWN_LISTS = listBits('organization', 'country');
