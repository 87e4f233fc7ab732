// A town that "said" something speaks for its government or council: "Odesa said two people were
// hurt", "Washington said it would …" (issue 10, round 24). The tagger reads a one-word subject of
// "said" as a person or a body; a word the article reads as a place after "in", "near", "outside"
// elsewhere ("drones struck homes in Odesa"), or (read as a person) that the lists hold as a place and
// never as a person's name, and which is no part of a person the article names in full, is the place
// (CoNLL-2003 types "Washington said" as a place). Read as a body, only by the article's own "in …"
// and no body of the lists ("in Chelsea" … "Chelsea said" is the club).
import type { DocContext } from './features';
import { aloneInListsAt, listBits } from './features';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { LOCATION, ORGANIZATION, PERSON } from './labels';
import { fullNameWords } from './full-name-words';

const SPEECH = wordSet(['said', 'says', 'warned', 'announced', 'told', 'insisted', 'denied', 'accused', 'claimed']);
const PLACE = listBits('location', 'country');
const PEOPLE = listBits('first-name', 'last-name', 'person', 'seen-person');
const BODIES = listBits('organization', 'seen-organization');
const AT = wordSet(['in', 'near', 'outside', 'around']);

export function speakingPlaces(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  /** Filled at the first candidate: words of people named in full, and one-word places after "in". */
  let fullNames: Set<number> | null = null;
  let placesIn: Set<number> | null = null;
  for (const s of spans) {
    if ((s.type !== PERSON && s.type !== ORGANIZATION) || s.sure || s.fixed || s.to - s.from !== 1 || s.to >= ctx.sentEnd[s.from] || !SPEECH.has(ctx.lower[s.to]) || ctx.cap[s.from] !== TITLE) continue;
    fullNames ??= fullNameWords(ctx, spans);
    if (!placesIn) {
      placesIn = new Set();
      for (const x of spans) if (x.type === LOCATION && x.to - x.from === 1 && x.from > ctx.sentFirst[x.from] && AT.has(ctx.lower[x.from - 1])) placesIn.add(ctx.lower[x.from]);
    }
    const lists = aloneInListsAt(ctx, s.from);
    // Read as an organisation, only by the article's own "in Odesa" and no body of the lists ("in Chelsea" … "Chelsea said" is the club).
    const place = s.type === ORGANIZATION ? placesIn.has(ctx.lower[s.from]) && (lists & BODIES) === 0 : placesIn.has(ctx.lower[s.from]) || ((lists & PLACE) !== 0 && (lists & PEOPLE) === 0);
    if (place && !fullNames.has(ctx.lower[s.from])) s.type = LOCATION;
  }
  return spans;
}
