// "the Oregon Democrat", "a California Republican", "House Democrats": US copy names a lawmaker's
// state or chamber, then the party's member word. CoNLL-2003 types them apart ("California" a
// place, "Republican" MISC; "House" an organisation, "Democrats" MISC); the tagger may read the
// two as one organisation. A name of two words or more ending in a member word splits there when
// what comes before is a place the lists know or a chamber; a party's own name stays whole
// ("Australian Democrats", "Social Democrats"). The member word before a person's name is MISC too:
// "Democrat Walter Mondale" (as CoNLL-2003 dev types it) read as one organisation is "Democrat" and
// the person, when the word after it is a given name the lists know.
import { aloneInListsAt, listBits, type DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { type TokenSpan, tokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON, ORGANIZATION, LOCATION, MISC } from './labels';

const TITLE_CASE = 3, LOWER_CASE = 2;
const MEMBERS = wordSet(['democrat', 'democrats', 'republican', 'republicans']);
const CHAMBERS = wordSet(['house', 'senate']);
const MEMBER = wordSet(['democrat', 'republican']);
const GIVEN = listBits('first-name');
const PLACE_BITS = ['location', 'seen-location', 'country'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);
const NOT_PLACE_BITS = ['demonym', 'seen-misc', 'organization', 'seen-organization'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);

export function partyMembers(ctx: DocContext, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // "Senate Democrats on Tuesday …" read with a lower-case word after the member word (round 17):
    // the split goes by the name's last capitalised word, and the words after it stay with it.
    let last = s.to - 1;
    while (last - s.from > 1 && ctx.cap[last] === LOWER_CASE) last--;
    let head = -1;
    if (last - s.from >= 1 && last - s.from <= 3 && ctx.cap[last] === TITLE_CASE && MEMBERS.has(ctx.lower[last])) {
      if (last - s.from === 1 && CHAMBERS.has(ctx.lower[s.from])) head = ORGANIZATION;
      else {
        const m = Math.max(0, gaz.get(phraseHash(ctx.lower, s.from, last), 0));
        if ((m & PLACE_BITS) !== 0 && (m & NOT_PLACE_BITS) === 0) head = LOCATION;
      }
    }
    if (head < 0 && s.type !== PERSON && !s.sure && s.to - s.from >= 3 && s.to - s.from <= 4 && ctx.cap[s.from] === TITLE_CASE &&
      MEMBER.has(ctx.lower[s.from]) && ctx.cap[s.from + 1] === TITLE_CASE && (aloneInListsAt(ctx, s.from + 1) & GIVEN) !== 0) {
      // "Democrat Walter Mondale": the member word, then the person.
      out ??= spans.slice(0, i);
      out.push(tokenSpan(s.from, s.from + 1, MISC), tokenSpan(s.from + 1, s.to, PERSON));
      continue;
    }
    if (head < 0) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, i);
    out.push(tokenSpan(s.from, last, head), tokenSpan(last, s.to, MISC));
  }
  return out ?? spans;
}
