// Prizes are MISC in CoNLL-2003 ("Nobel Prize", "Oscars"), but a prize named with ordinary words
// ("the Golden Lantern", "the Silver Bear") reads to the tagger as a person. A verb of winning and
// an article right before the name say it is a prize ("won the Golden Lantern", "took the Silver
// Bear", "was awarded the Crystal Globe"), for every mention of it (sure). Not a person's name used
// as a modifier ("won the Kennedy seat", "took the Bush endorsement": a lower-case word follows that
// is not a preposition), nor a name of more than four words; a given name first does not say it is
// a person ("Golden" is one). (A list of awards named
// like people, "an Oscar", "an Emmy", was tried and dropped: CoNLL-2003 dev types "nominated for an
// Oscar" PERSON.)
import type { DocContext } from './features';
import { LOWER } from './lexicon';
import { ORG_HEAD_HASHES } from './org-words';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON, ORGANIZATION, MISC } from './labels';

const WIN = wordSet(['won', 'win', 'wins', 'winning', 'took', 'awarded', 'scooped', 'collected', 'claimed']);
const ARTICLES = wordSet(['the', 'an', 'a', 'his', 'her', 'their', 'its']);
/** Lower-case words that may follow a prize's name ("the Golden Lantern for best film"). */
const AFTER = wordSet(['for', 'at', 'in', 'on', 'with', 'and', 'by', 'from', 'after', 'last', 'this', 'as', 'of']);
const MAX_WORDS = 4;

export function prizes(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.sure || s.to - s.from > MAX_WORDS || ctx.allCaps[s.from]) continue;
    // Round 16: "won the Golden Bear" read as an organisation, when its words hold no body's word
    // ("won the House", "won the Senate", "won the Green Party's backing" stay).
    if (s.type !== PERSON && !(s.type === ORGANIZATION && s.to - s.from >= 2 && !hasBodyWord(ctx, s.from, s.to))) continue;
    const a = s.from - 1;
    if (a - 1 < ctx.sentFirst[s.from] || ctx.cap[a] !== LOWER || !ARTICLES.has(ctx.lower[a]) || !WIN.has(ctx.lower[a - 1])) continue;
    if (s.to < ctx.sentEnd[s.from] && ctx.cap[s.to] === LOWER && !AFTER.has(ctx.lower[s.to])) continue;
    s.type = MISC;
    s.sure = true;
  }
  return spans;
}

/** A word of tokens [from, to) is an organisation's head word ("Party", "Council", "Bank"). */
function hasBodyWord(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORG_HEAD_HASHES.has(ctx.lower[k])) return true;
  return false;
}
