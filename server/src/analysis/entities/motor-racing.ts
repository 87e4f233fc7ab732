// Motor racing names its teams after their makers and sponsors ("Mercedes", "Williams", "Red Bull",
// "Renault"), words the tagger reads as a car (MISC), a person or a drink. A team is named right
// before its driver: "Williams driver Conor Maguire", "Ferrari team-mate X" (CoNLL-2003: "Mitsubishi
// driver" an organisation; "Danish driver", "British driver" are nationalities and stay). And the
// series: "Formula One", "Formula 1", "Formula E" are one MISC name (the tagger reads "Formula" alone,
// as an organisation). A name read as a person or MISC before "circuit" is the track, a place.
import { listBits, listClassesAt, type DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { CAP1, DIGIT, LOWER, TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { WordSet } from './word-set';

const PERSON = 0, ORGANIZATION = 1, LOCATION = 2, MISC = 3;
const TRACKS = new WordSet(['circuit', 'racetrack', 'raceway', 'speedway', 'racecourse'].map(hashLower));
/** Last words of a series' or an event's name. */
const EVENTISH = new WordSet(['prix', 'open', 'cup', 'tour', 'series', 'championship', 'championships', 'one', 'e', '1'].map(hashLower));
const FORMULA = hashLower('formula');
const SERIES = new WordSet(['one', 'two', 'three', '1', '2', '3', 'e'].map(hashLower));
/** Lower-case words between a team and its driver's name. */
const DRIVER_WORDS = new WordSet(['driver', 'drivers', 'team-mate', 'teammate'].map(hashLower));
/** A nationality or a place before "driver" is where the driver is from, not the team (any list entry holding the word: "Danish"). */
const NOT_TEAMS = listBits('demonym', 'seen-misc', 'location', 'seen-location', 'country');
const PLACE_BITS = ['location', 'seen-location', 'country', 'demonym'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);

export function motorRacing(ctx: DocContext, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  // The tagger reads "Formula" as some name (an organisation): only spans starting with it are
  // looked at (a pass over every token for an untagged one cost more than the rule's other work).
  let drop = false;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.sure || s.from < 0) continue;
    if (ctx.lower[s.from] === FORMULA && s.to - s.from <= 2 && isSeries(ctx, s.from)) {
      if (s.to === s.from + 1) {
        const next = spans[i + 1];
        if (next && next.from === s.to) { if (next.to !== s.to + 1) continue; next.from = -1; drop = true; }
        s.to = s.from + 2;
      }
      s.type = MISC; s.sure = true;
      continue;
    }
    const k = s.to;
    if (k >= ctx.sentEnd[s.from] || ctx.cap[k] !== LOWER || ctx.allCaps[s.from]) continue;
    // "the Yas Marina circuit": a name read as a person or MISC right before a race track's word is the
    // place (not a series or an event: "the Formula One circuit", "the Grand Prix circuit", "the ATP circuit").
    if ((s.type === MISC || s.type === PERSON) && TRACKS.has(ctx.lower[k]) && !EVENTISH.has(ctx.lower[s.to - 1])) {
      s.type = LOCATION;
      continue;
    }
    if (s.type === ORGANIZATION || s.to - s.from > 2 || k + 1 >= ctx.sentEnd[s.from] || !DRIVER_WORDS.has(ctx.lower[k]) || ctx.cap[k + 1] !== TITLE) continue;
    if (s.to - s.from === 1 ? (listClassesAt(ctx, s.from) & NOT_TEAMS) !== 0 : (Math.max(0, gaz.get(phraseHash(ctx.lower, s.from, s.to), 0)) & PLACE_BITS) !== 0) continue;
    s.type = ORGANIZATION; s.sure = true;
  }
  return drop ? spans.filter((s) => s.from >= 0) : spans;
}

/** "Formula" + a series word in the same sentence, in Title Case text (not a headline in capitals). */
function isSeries(ctx: DocContext, k: number): boolean {
  return ctx.lower[k] === FORMULA && ctx.cap[k] === TITLE && k + 1 < ctx.sentEnd[k] && SERIES.has(ctx.lower[k + 1]) && !ctx.allCaps[k] &&
    (ctx.cap[k + 1] === TITLE || ctx.cap[k + 1] === DIGIT || ctx.cap[k + 1] === CAP1);
}
