// "told France Inter radio", "Interfax news agency", "ZDF television": a name right before a
// lower-case word for a broadcaster or a paper is that outlet, an organisation (CoNLL-2003 types every
// such name so), whatever the tagger read ("France Inter" a place). Not a nationality or a place the
// lists know ("Russian television", "U.S. television", "Moscow radio": where the outlet is).
import { listBits, listClassesAt, type DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { LOWER } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON, ORGANIZATION } from './labels';

/** Lower-case words after the outlet's word that leave it the head: "X radio said", "in X newspaper on …". */
const FOLLOWERS = wordSet(['said', 'says', 'reported', 'reports', 'quoted', 'that', 'on', 'in', 'at', 'as', 'and', 'which', 'of', 'for', 'late', 'earlier', 'last', 'also', 'was', 'is', 'has', 'had', 'the', 'a', 'it', 'he', 'she', 'they', 'to']);
const OUTLETS = wordSet(['radio', 'television', 'newspaper', 'daily', 'weekly', 'broadcaster', 'magazine', 'tabloid']);
const NEWS = hashLower('news'), AGENCY = hashLower('agency');
const NOT_OUTLETS = listBits('demonym', 'seen-misc', 'location', 'seen-location', 'country');
const PLACE_BITS = ['location', 'seen-location', 'country', 'demonym'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);

export function mediaNames(ctx: DocContext, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type === ORGANIZATION || s.sure || s.fixed || s.to - s.from > 3 || ctx.allCaps[s.from]) continue;
    const k = s.to;
    if (k >= ctx.sentEnd[s.from] || ctx.cap[k] !== LOWER) continue;
    if (!OUTLETS.has(ctx.lower[k]) && !(ctx.lower[k] === NEWS && k + 1 < ctx.sentEnd[k] && ctx.lower[k + 1] === AGENCY)) continue;
    if (s.to - s.from === 1 ? (listClassesAt(ctx, s.from) & NOT_OUTLETS) !== 0 : (Math.max(0, gaz.get(phraseHash(ctx.lower, s.from, s.to), 0)) & PLACE_BITS) !== 0) continue;
    // "the Rush Limbaugh radio show", "a Sarah Palin television ad": the outlet word only modifies.
    const after = ctx.lower[k] === NEWS ? k + 2 : k + 1;
    if (after < ctx.sentEnd[k] && ctx.cap[after] === LOWER && !FOLLOWERS.has(ctx.lower[after])) continue;
    if (s.type === PERSON && s.to - s.from >= 2) continue;
    s.type = ORGANIZATION; s.sure = true;
  }
  return spans;
}
