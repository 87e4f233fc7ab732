// "Born in Rimouski in 1935, she …", "Based in Lyon, the firm …", "Speaking at a rally, …": a
// sentence's first word capitalised only because it opens the sentence, right before a lower-case
// preposition, is no name, whatever the tagger read from its capital. The word must be one news
// text writes in lower case (casing.ts codes 1–2: a participle, a common noun), be in no list of
// places, bodies, nationalities or people, and not be written capitalised mid-sentence in the
// article; nor may a weekday or month follow the preposition (a wire's "Block on Thursday said":
// a company named like a common word).
import type { DocContext } from './features';
import { aloneInListsAt, listBits } from './features';
import { LOWER, TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';

const MOSTLY_LOWER = 2;
const CAPITALISED_IN_DOC = 2;
const KNOWN_NAME = listBits('location', 'seen-location', 'country', 'organization', 'seen-organization', 'demonym', 'seen-misc', 'person', 'seen-person', 'first-name', 'last-name');
const TIMES = wordSet(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const PREPOSITIONS = wordSet(['in', 'at', 'on', 'by', 'from', 'with', 'into', 'after', 'during', 'for', 'to', 'about', 'as', 'outside', 'near']);

export function openingWords(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (const s of spans) {
    const k = s.from, next = s.to;
    if (s.to - s.from !== 1 || s.sure || ctx.sentFirst[k] !== k || next >= ctx.n || ctx.sentFirst[next] !== k) continue;
    if (ctx.cap[k] !== TITLE || ctx.cap[next] !== LOWER || !PREPOSITIONS.has(ctx.lower[next])) continue;
    if (ctx.casing[k] < 1 || ctx.casing[k] > MOSTLY_LOWER || (ctx.docCase[k] & CAPITALISED_IN_DOC) !== 0) continue;
    if ((aloneInListsAt(ctx, k) & KNOWN_NAME) !== 0) continue;
    // "Block on Thursday reported …": a company's name before the wire's day or month (not "Born in …").
    if (next + 1 < ctx.n && TIMES.has(ctx.lower[next + 1])) continue;
    s.to = s.from;
    drop = true;
  }
  return drop ? spans.filter((s) => s.to > s.from) : spans;
}
