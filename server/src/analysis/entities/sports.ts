// Teams named after places are organisations (CoNLL-2003 and house conventions): a place
// followed by a team nickname ("San Jose Sharks", "Los Angeles Kings"), and a city, state or
// school as the subject or object of a result verb ("Oklahoma beat Brigham Young", "Houston
// won"). Countries stay places (national sides are LOCATION in CoNLL-2003).
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { GAZ_CLASSES, GAZ_PER_TOKEN, phraseHash, type Gazetteer } from './gazetteer';
import type { TokenSpan } from './spans';

const ORGANIZATION = 1, LOCATION = 2;

const PLACE_BITS = ['location', 'seen-location', 'country'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);
const COUNTRY_BIT = 1 << GAZ_CLASSES.indexOf('country');
/** Name lists that make a capitalised plural something other than a nickname ("Democrats"). */
const NOT_NICKNAME = ['seen-person', 'seen-location', 'seen-misc', 'demonym', 'location', 'country'].map((c) => GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number]));

/** A capitalised plural ("Sharks", "Cubs") that no name list claims. */
function isNickname(ctx: DocContext, text: string, k: number): boolean {
  const lower = text.toLowerCase();
  if (ctx.cap[k] !== 3 || ctx.titleCase[k] || !lower.endsWith('s') || lower.endsWith('ss') || lower.length < 4 || PLACE_PLURALS.has(lower)) return false;
  for (let g = 0; g < GAZ_PER_TOKEN; g++) {
    const code = ctx.gaz[k * GAZ_PER_TOKEN + g];
    if (code === 0) break;
    if (NOT_NICKNAME.includes((code - 1) >> 2)) return false;
  }
  return true;
}

/** Plural heads of place names that are not team nicknames. */
const PLACE_PLURALS = new Set([
  'islands', 'isles', 'heights', 'falls', 'springs', 'hills', 'mountains', 'lakes', 'rapids', 'plains', 'keys',
  'gardens', 'woods', 'sands', 'flats', 'alps', 'highlands', 'states', 'emirates', 'territories', 'provinces',
  'cliffs', 'shoals', 'downs', 'glades', 'oaks', 'pines', 'palms', 'forks', 'banks', 'lowlands', 'marshes',
  'narrows', 'straits', 'dunes', 'fields', 'meadows', 'rocks', 'philippines', 'netherlands', 'bahamas', 'maldives',
  'seychelles', 'comoros', 'grenadines', 'americas', 'indies', 'antilles', 'azores', 'canaries', 'balkans', 'andes',
  'himalayas', 'rockies', 'pyrenees', 'carpathians', 'appalachians', 'midlands', 'hebrides', 'cyclades', 'dardanelles',
]);

/** Verbs of a sports result whose subject (and object) is a team. */
const RESULT_VERBS = new Set([
  'beat', 'beats', 'defeated', 'defeats', 'edged', 'edges', 'routed', 'routs', 'thrashed', 'crushed', 'downed',
  'blanked', 'outscored', 'outlasted', 'overpowered', 'upset', 'trounced', 'whipped', 'swept', 'stunned',
]);
const WON_VERBS = new Set(['won', 'wins', 'lost', 'loses', 'rallied', 'drew', 'tied', 'clinched', 'advanced']);

function phraseMask(gaz: Gazetteer, ctx: DocContext, from: number, to: number): number {
  return Math.max(0, gaz.get(phraseHash(ctx.lower, from, to), 0));
}

function isCountry(gaz: Gazetteer, ctx: DocContext, s: TokenSpan, seg?: Segmentation): boolean {
  if (phraseMask(gaz, ctx, s.from, s.to) & COUNTRY_BIT) return true;
  // "The Netherlands"
  if (seg && s.to - s.from > 1 && seg.tokens[s.from].text.toLowerCase() === 'the' && (phraseMask(gaz, ctx, s.from + 1, s.to) & COUNTRY_BIT)) return true;
  for (let g = 0; g < GAZ_PER_TOKEN && s.to - s.from === 1; g++) {
    const code = ctx.gaz[s.from * GAZ_PER_TOKEN + g];
    if (code === 0) break;
    if (code === 1 + GAZ_CLASSES.indexOf('country') * 4) return true;
  }
  return false;
}

export function sportsTeams(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  const out = spans.map((s) => ({ ...s }));
  for (let i = 0; i < out.length; i++) {
    const s = out[i];
    if (s.type !== LOCATION) continue;
    const len = s.to - s.from;
    // "San Jose Sharks": a known place, then one capitalised plural that is not a place word.
    if (len >= 2 && isNickname(ctx, toks[s.to - 1].text, s.to - 1) &&
      (phraseMask(gaz, ctx, s.from, s.to - 1) & PLACE_BITS) !== 0 && (phraseMask(gaz, ctx, s.from, s.to) & PLACE_BITS) === 0) {
      s.type = ORGANIZATION;
      continue;
    }
    // "Chicago" + "Cubs" cut in two: a plural nickname right after the place joins it.
    if (s.to < ctx.sentEnd[s.from] && isNickname(ctx, toks[s.to].text, s.to) && (i + 1 >= out.length || out[i + 1].from > s.to) &&
      (phraseMask(gaz, ctx, s.from, s.to) & PLACE_BITS) !== 0) {
      s.to++;
      s.type = ORGANIZATION;
      continue;
    }
    if (isCountry(gaz, ctx, s, seg)) continue;
    // "Oklahoma beat Brigham Young", "Houston won 3-1": a result verb right after the place.
    const next = s.to < ctx.sentEnd[s.from] ? toks[s.to].text.toLowerCase() : '';
    const after = s.to + 1 < ctx.sentEnd[s.from] ? s.to + 1 : -1;
    const score = after >= 0 && (ctx.cap[after] === 1 || toks[after].text.toLowerCase() === 'at' || toks[after].text.toLowerCase() === 'away');
    if (RESULT_VERBS.has(next) || (WON_VERBS.has(next) && score)) {
      s.type = ORGANIZATION;
      // Its opponent: the place right after the verb (or after "the").
      let j = s.to + 1;
      if (j < ctx.n && toks[j].text.toLowerCase() === 'the') j++;
      const o = out.find((x) => x.from === j);
      if (o && o.type === LOCATION && !isCountry(gaz, ctx, o, seg)) o.type = ORGANIZATION;
    }
  }
  return out;
}
