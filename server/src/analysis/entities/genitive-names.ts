// "England won the first Test at Lord's by 91 runs", "shares of Boatmen's.": a name that ends in
// "'s" ("Lord's", "Sainsbury's", "St. Matthew's", "Boatmen's", as CoNLL-2003 writes them) is no
// possessive when nothing it could own follows: "'s" then a comma, a full stop, a semicolon or a
// colon, or, after "at", "from", "to", "outside" or "near" (a place one goes to), a function word
// or the end of the line ("at Lord's by 91 runs"; a contraction of "is" does not follow "at X").
// Such a name keeps its "'s". Not a person's ("(Arafat's)", "Smith's and Jones's"): people's names do not end so.
import type { DocContext } from './features';
import { PUNCT } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON } from './labels';

const POSSESSIVES = wordSet(["'s", '’s']);
const ENDS = wordSet([',', '.', ';', ':']);
const PLACE_PREPOSITIONS = wordSet(['at', 'from', 'to', 'outside', 'near']);
const FUNCTION_WORDS = wordSet(['by', 'in', 'on', 'at', 'for', 'with', 'from', 'and', 'or', 'to', 'after', 'before', 'since', 'until', 'during']);

/** True when token k is an "'s" that ends the name before it (`from`: the name's first token). */
export function keepsGenitive(ctx: DocContext, from: number, k: number): boolean {
  if (k >= ctx.n || !POSSESSIVES.has(ctx.lower[k])) return false;
  const atPlace = from > ctx.sentFirst[from] && PLACE_PREPOSITIONS.has(ctx.lower[from - 1]);
  // A line that ends after "'s" ("Practice at Lord's"), not a line cut short ("Results of the Czech Republic's").
  if (k + 1 >= ctx.sentEnd[k]) return atPlace;
  const next = ctx.lower[k + 1];
  if (ctx.cap[k + 1] === PUNCT) return ENDS.has(next);
  return atPlace && FUNCTION_WORDS.has(next);
}

/** Takes the "'s" into a name (not a person's) that ends there. */
export function genitiveNames(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.type === PERSON || s.to >= ctx.sentEnd[s.from] || (i + 1 < spans.length && spans[i + 1].from === s.to)) continue;
    if (keepsGenitive(ctx, s.from, s.to)) s.to++;
  }
  return spans;
}
