// Motor racing names its teams after their makers and sponsors ("Mercedes", "Williams", "Red Bull",
// "Renault"), words the tagger reads as a car (MISC), a person or a drink. A team is named right
// before its driver: "Williams driver Conor Maguire", "Ferrari team-mate X" (CoNLL-2003: "Mitsubishi
// driver" an organisation; "Danish driver", "British driver" are nationalities and stay). And the
// series: "Formula One", "Formula 1", "Formula E" are one MISC name (the tagger reads "Formula" alone,
// as an organisation). A name read as a person or MISC before "circuit" is the track, a place.
import { listBits, listClassesAt, type DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { CAP1, DIGIT, LOWER, PUNCT, TITLE } from './lexicon';
import { mergeByFrom, tokenSpan, type TokenSpan } from './spans';
import { WordSet, wordSet } from './word-set';
import { PERSON, ORGANIZATION, LOCATION, MISC } from './labels';

const TRACKS = wordSet(['circuit', 'racetrack', 'raceway', 'speedway', 'racecourse']);
/** Last words of a series' or an event's name. */
const EVENTISH = wordSet(['prix', 'open', 'cup', 'tour', 'series', 'championship', 'championships', 'one', 'e', '1']);
const FORMULA = hashLower('formula');
const SERIES = wordSet(['one', 'two', 'three', '1', '2', '3', 'e']);
/** Lower-case words between a team and its driver's name. */
const DRIVER_WORDS = wordSet(['driver', 'drivers', 'team-mate', 'teammate']);
/** A nationality or a place before "driver" is where the driver is from, not the team (any list entry holding the word: "Danish"). */
const NOT_TEAMS = listBits('demonym', 'seen-misc', 'location', 'seen-location', 'country');
const PLACE_BITS = ['location', 'seen-location', 'country', 'demonym'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);

/** Formula One's constructors, named by their makers and sponsors: in racing copy, the team. */
const TEAMS_ONE = wordSet(['renault', 'alpine', 'ferrari', 'mercedes', 'mclaren', 'williams', 'haas', 'sauber', 'alphatauri', 'lotus',
  'honda', 'benetton', 'minardi', 'tyrrell', 'ligier', 'brawn', 'caterham', 'marussia', 'audi', 'cadillac']);
/** Two-word constructors, by their first word and their second. */
const TEAMS_TWO: ReadonlyArray<[number, number]> = [['red', 'bull'], ['aston', 'martin'], ['alfa', 'romeo'], ['racing', 'point'], ['toro', 'rosso'], ['force', 'india']]
  .map(([a, b]) => [hashLower(a), hashLower(b)]);
/** The first words of all constructors' names: one bit test for most tokens. */
const TEAM_FIRSTS = new WordSet(() => [...TEAMS_ONE, ...TEAMS_TWO.map(([a]) => a)]);

function twoWordTeam(ctx: DocContext, k: number): boolean {
  if (k + 1 >= ctx.sentEnd[k]) return false;
  const a = ctx.lower[k], b = ctx.lower[k + 1];
  for (const [x, y] of TEAMS_TWO) if (a === x && b === y) return true;
  return false;
}
/** Words of racing copy: one of the first kind, or two different ones of the second ("qualifying" is
 *  tennis's and football's too, "grid" and "pole" an energy or polar story's), make it racing copy. */
const RACING = wordSet(['prix', 'f1', 'pitlane', 'pit-lane', 'constructors', 'chicane', 'paddock']);
const RACING_MAYBE = wordSet(['qualifying', 'pole', 'grid', 'podium', 'lap', 'laps', 'pit', 'drivers', 'driver', 'team-mate', 'teammate']);

/**
 * "Renault struggled for pace in qualifying while Ferrari took pole": a constructor named alone,
 * read as a person, place or MISC (a car) or left out, is the team, an organisation, in racing copy
 * (a word of racing in the document). Looked for only once a token is a constructor's word.
 */
function constructorTeams(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let racing = -1;
  let found: TokenSpan[] | null = null;
  let next = 0;
  for (let k = 0; k < ctx.n; k++) {
    if (ctx.cap[k] !== TITLE || !TEAM_FIRSTS.has(ctx.lower[k]) || ctx.allCaps[k]) continue;
    const one = TEAMS_ONE.has(ctx.lower[k]);
    const two = !one && twoWordTeam(ctx, k);
    if (!one && !two) continue;
    const to = one ? k + 1 : k + 2;
    while (next < spans.length && spans[next].to <= k) next++;
    const s = next < spans.length && spans[next].from < to ? spans[next] : null;
    if (s && (s.from !== k || s.to !== to || s.type === ORGANIZATION || s.sure || s.fixed)) continue;
    // Not a results table's cell ("Williams 29.179": CoNLL-2003 types a driver's team there as it pleases).
    if (to < ctx.sentEnd[k] && ctx.cap[to] === DIGIT) continue;
    // Only a name before a lower-case word or punctuation ("Alpine said", not "Alpine Skiing", "Ferrari F40", a car).
    if (to < ctx.sentEnd[k] && ctx.cap[to] !== LOWER && ctx.cap[to] !== PUNCT) continue;
    if (racing < 0) {
      racing = 0;
      let maybe = 0;
      for (let j = 0; j < ctx.n && racing === 0; j++) {
        const w = ctx.lower[j];
        if (RACING.has(w)) racing = 1;
        else if (RACING_MAYBE.has(w) && maybe !== w) { if (maybe !== 0) racing = 1; else maybe = w; }
      }
    }
    if (racing === 0) return spans;
    if (s) { s.type = ORGANIZATION; s.sure = true; } else (found ??= []).push(tokenSpan(k, to, ORGANIZATION, true));
  }
  return found ? mergeByFrom(spans, found) : spans;
}

export function motorRacing(ctx: DocContext, gaz: Gazetteer, spans0: TokenSpan[]): TokenSpan[] {
  const spans = constructorTeams(ctx, spans0);
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
