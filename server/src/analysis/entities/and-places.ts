// Two places joined by "and" (issue 10, round 24): "around Yampil and Kupiansk" read as one MISC
// name, "Kupiansk and Lyman came under shelling" with "Lyman" a person. The tagger reads towns it
// never saw by their neighbours; "and" between two one-word names says they are of a kind.
// - One span "X and Y" (not read as a place) whose words are one-word names, one of them a listed
//   place or a place by its ending (toponym-endings.ts), is two places ("Pfizer and BioNTech" is
//   neither).
// - A one-word place and one word read as a person joined by "and" (either first), the person's word
//   no part of a person named in full in the article nor a listed person's name, are both places
//   ("Sampras and Agassi" stay people: neither is a place).
// - In a list of one-word names after "in", "between", "from" … joined by commas and "and", a word read
//   as a body beside a place, that no list holds as a body, is a place ("in Dayton and Cincinnati").
import type { Segmentation } from '../types';
import { aloneInListsAt, listBits, type DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import { tokenSpan, type TokenSpan } from './spans';
import { LOCATION, ORGANIZATION, PERSON } from './labels';
import { wordSet } from './word-set';
import { hasToponymEnding } from './toponym-endings';
import { plural } from './misc-subjects';
import { fullNameWords } from './full-name-words';

const AND = hashLower('and');
const JOINS = wordSet(['and', ',', 'or']);
const LOCATIVES = wordSet(['in', 'near', 'between', 'across', 'around', 'outside', 'from', 'to', 'via']);
const BODIES = listBits('organization', 'seen-organization');
const PLACE_ONLY = listBits('location', 'country');
const NOT_PLACE = listBits('organization', 'seen-organization', 'demonym', 'first-name', 'person', 'seen-person');
const PEOPLE = listBits('person', 'seen-person');

/** Token k is a place by the lists (and by no other list) or by its ending. */
function placeWord(ctx: DocContext, seg: Segmentation, k: number): boolean {
  const lists = aloneInListsAt(ctx, k);
  if ((lists & NOT_PLACE) !== 0) return false;
  return (lists & PLACE_ONLY) !== 0 || hasToponymEnding(seg.tokens[k].text);
}

export function andPlaces(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  /** Words of people named in two words or more (filled at the first lone person after a place and "and"). */
  let fullNames: Set<number> | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.to - s.from === 3 && s.type !== LOCATION && !s.sure && !s.fixed && ctx.lower[s.from + 1] === AND &&
      ctx.cap[s.from] === TITLE && ctx.cap[s.from + 2] === TITLE && (placeWord(ctx, seg, s.from) || placeWord(ctx, seg, s.from + 2))) {
      out ??= spans.slice(0, i);
      out.push(tokenSpan(s.from, s.from + 1, LOCATION), tokenSpan(s.from + 2, s.to, LOCATION));
      continue;
    }
    out?.push(s);
    const p = i > 0 ? spans[i - 1] : null;
    if (!p || s.to - s.from !== 1 || p.to - p.from !== 1 || p.to + 1 !== s.from) continue;
    // Round 24: in a list of towns after "in", "between" … ("rallies in Dayton and Cincinnati", "between
    // Melbourne, Adelaide and Perth"), a word read as a body that no list holds as one is a town too.
    if (JOINS.has(ctx.lower[p.to])) {
      const body = s.type === ORGANIZATION && p.type === LOCATION ? s : p.type === ORGANIZATION && s.type === LOCATION ? p : null;
      if (body && !body.sure && !body.fixed && ctx.cap[body.from] === TITLE && (aloneInListsAt(ctx, body.from) & BODIES) === 0 && afterLocative(ctx, spans, i - 1)) body.type = LOCATION;
    }
    // The pair in either order: "Kupiansk and Lyman", "Yampil and Kupiansk".
    if (ctx.lower[p.to] !== AND) continue;
    const person = s.type === PERSON && p.type === LOCATION ? s : p.type === PERSON && s.type === LOCATION ? p : null;
    // (Not a plural: "Bath and Wasps", a club's nickname.)
    if (!person || person.sure || ctx.cap[person.from] !== TITLE || (aloneInListsAt(ctx, person.from) & PEOPLE) !== 0 || plural(seg.tokens[person.from].text)) continue;
    fullNames ??= fullNameWords(ctx, spans);
    if (!fullNames.has(ctx.lower[person.from])) person.type = LOCATION;
  }
  return out ?? spans;
}

/** The list of one-word names that span j belongs to (joined by "," or "and") follows a place's preposition. */
function afterLocative(ctx: DocContext, spans: TokenSpan[], j: number): boolean {
  while (j > 0 && spans[j - 1].to + 1 === spans[j].from && spans[j - 1].to - spans[j - 1].from === 1 && JOINS.has(ctx.lower[spans[j].from - 1])) j--;
  const b = spans[j].from - 1;
  return b >= ctx.sentFirst[spans[j].from] && LOCATIVES.has(ctx.lower[b]);
}
