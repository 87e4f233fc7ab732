// "directed by Sofia Castellano": a given name that is also a city ("Sofia", "Florence", "Victoria",
// "Paris") with a family name after it reads to the tagger as a place, and in a sentence alone no other
// mention of the person says otherwise. Two title-case words read as a place, the first a given name
// of the lists, the second a family name of the lists and no place, neither words nor phrase a place
// or nationality of the lists as a whole, and no locative preposition before them ("in", "at",
// "near", "from", "to", "of") nor a capitalised word, and no weekday or month second ("Florida Friday"), are a person.
import { listBits, listClassesAt, type DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { LOWER as LOWER_CASE, TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON, LOCATION } from './labels';

const GIVEN = 1 << GAZ_CLASSES.indexOf('first-name');
const FAMILY = 1 << GAZ_CLASSES.indexOf('last-name');
const PLACES = listBits('location', 'seen-location', 'country', 'demonym', 'seen-organization', 'organization', 'seen-misc');
const CALENDAR = wordSet(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const LOCATIVES = wordSet(['in', 'at', 'near', 'from', 'to', 'of', 'into', 'outside', 'across', 'around', 'via', 'through', 'toward', 'towards']);

export function namedLikePeople(ctx: DocContext, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type !== LOCATION || s.sure || s.fixed || s.held || s.to - s.from !== 2 || ctx.allCaps[s.from] || ctx.titleCase[s.from]) continue;
    const a = s.from, b = s.from + 1;
    if (ctx.cap[a] !== TITLE || ctx.cap[b] !== TITLE) continue;
    if (a > ctx.sentFirst[a] && (LOCATIVES.has(ctx.lower[a - 1]) || ctx.cap[a - 1] !== LOWER_CASE)) continue;
    // Not "North Florida Friday" (a weekday or month after a place), nor a name running on.
    if (CALENDAR.has(ctx.lower[b]) || (s.to < ctx.sentEnd[a] && ctx.cap[s.to] === TITLE)) continue;
    const ca = listClassesAt(ctx, a), cb = listClassesAt(ctx, b);
    if ((ca & GIVEN) === 0 || (cb & FAMILY) === 0 || (cb & PLACES) !== 0) continue;
    if ((Math.max(0, gaz.get(phraseHash(ctx.lower, a, s.to), 0)) & PLACES) !== 0) continue;
    s.type = PERSON;
  }
  return spans;
}
