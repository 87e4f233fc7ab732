// "The Kremlin said Putin and Trump discussed …": after a verb of saying, one-word names joined by
// "and" and followed by a lower-case verb are the people who did it; the tagger, led by the place
// that spoke, read them as places (issue 10, round 22). Only names no list holds as a place, a
// nationality, a body or a MISC name ("said Russia and China agreed" stays), each read as a place
// or MISC, one of them at least a person's name by the lists.
import { listBits, listClassesAt, type DocContext } from './features';
import { LOWER, TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { hashLower } from './hash';
import { PERSON, LOCATION, MISC } from './labels';

const SAYING = wordSet(['said', 'says', 'told', 'added', 'announced', 'confirmed']);
const AND = hashLower('and');
const PEOPLE_DEEDS = wordSet(['spoken', 'spoke', 'told', 'said', 'met', 'called', 'phoned', 'agreed', 'asked', 'promised', 'visited', 'written', 'wrote', 'urged', 'warned', 'signed', 'resigned']);
const AUXILIARIES = wordSet(['had', 'has', 'would', 'will', 'was', 'is', 'could', 'should', 'might', 'did']);
const NOT_PEOPLE = listBits('location', 'seen-location', 'country', 'demonym', 'organization', 'seen-organization', 'seen-misc');
export const PEOPLE = listBits('first-name', 'last-name', 'person', 'seen-person');

export function saidPeople(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i];
    if (i + 1 === spans.length) { aloneAfterSaying(ctx, a); break; }
    const b = spans[i + 1];
    if (aloneAfterSaying(ctx, a)) continue;
    // Cheap first: two one-word names with "and" between, after a verb of saying.
    if (a.to - a.from !== 1 || b.to - b.from !== 1 || b.from !== a.to + 1 || ctx.lower[a.to] !== AND) continue;
    if (a.from === ctx.sentFirst[a.from] || !SAYING.has(ctx.lower[a.from - 1])) continue;
    if (b.to >= ctx.sentEnd[b.from] || ctx.cap[b.to] !== LOWER || ctx.lower[b.to] === AND) continue;
    if (!guessedPlace(ctx, a) || !guessedPlace(ctx, b)) continue;
    if (((listClassesAt(ctx, a.from) | listClassesAt(ctx, b.from)) & PEOPLE) === 0) continue;
    a.type = b.type = PERSON;
    // Sure: the pair is a sign of people that a coined word ("Brexit") lacks, and counts in the article's votes.
    a.sure = b.sure = true;
  }
  return spans;
}

/** "The Élysée said Macron had spoken to …": one word no list knows at all, read as a place or a
 *  person, between a verb of saying and an auxiliary, is the person who did it. Sure, as the pair above. */
function aloneAfterSaying(ctx: DocContext, a: TokenSpan): boolean {
  if (a.to - a.from !== 1 || a.from === ctx.sentFirst[a.from] || a.to >= ctx.sentEnd[a.from] || !AUXILIARIES.has(ctx.lower[a.to])) return false;
  if (!SAYING.has(ctx.lower[a.from - 1]) || listClassesAt(ctx, a.from) !== 0) return false;
  // Read as a person already, it is one for sure: an article's coined-word rule (coined.ts) would make it MISC.
  // Not MISC: a coinage the tagger knew as one. Read as a person, only before what people do ("said
  // Macron had spoken"; not "said Obamacare is causing …", a coinage the tagger read as a person).
  const person = a.type === PERSON && !a.fixed && !a.held && ctx.cap[a.from] === TITLE && !ctx.allCaps[a.from] &&
    a.to + 1 < ctx.sentEnd[a.from] && PEOPLE_DEEDS.has(ctx.lower[a.to + 1]);
  if (a.type === MISC || (!guessedPlace(ctx, a) && !person)) return false;
  a.type = PERSON;
  a.sure = true;
  return true;
}

/** A one-word span the tagger typed place or MISC, no list's place, body or nationality. */
function guessedPlace(ctx: DocContext, s: TokenSpan): boolean {
  return (s.type === LOCATION || s.type === MISC) && !s.sure && !s.fixed && !s.held && ctx.cap[s.from] === TITLE && !ctx.allCaps[s.from] &&
    (listClassesAt(ctx, s.from) & NOT_PEOPLE) === 0;
}
