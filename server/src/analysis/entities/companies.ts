// Companies named like people ("Ted Baker", "McMillan"): a name the tagger read as a person
// is an organisation where only a company fits the words around it: "Hollis Marsh shares
// fell", "shares of Hollis Marsh", "a stake in Hollis Marsh", "Hollis Marsh Inc".
import type { DocContext } from './features';
import { hashLower } from './hash';
import type { TokenSpan } from './spans';

const PERSON = 0, ORGANIZATION = 1;


/** Words right after a company's name. */
const SUFFIXES = hashes(['plc', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'shareholders', 'stockholders']);
/** "X shares fell": "shares" and "stock" as a noun, told by the verb after them. */
const STOCK = hashes(['shares', 'stock']);
const MOVES = hashes([
  'fell', 'rose', 'jumped', 'dropped', 'slid', 'gained', 'climbed', 'tumbled', 'surged', 'soared', 'slumped', 'plunged',
  'sank', 'rallied', 'edged', 'were', 'was', 'closed', 'ended', 'traded', 'have', 'had', 'are', 'is', 'hit', 'lost', 'added',
]);
/** "shares of X", "a stake in X". */
const BEFORE = hashes(['shares', 'stake', 'stock', 'shareholders', 'stockholders']);

const OF = hashLower('of'), IN = hashLower('in'), POSSESSIVE = hashLower("'s"), POSSESSIVE_CURLY = hashLower('’s');

function hashes(words: string[]): ReadonlySet<number> {
  return new Set(words.map(hashLower));
}

export function companiesNamedLikePeople(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  return spans.map((s) => {
    if (s.type === ORGANIZATION || s.sure) return s;
    const end = ctx.sentEnd[s.from];
    const first = ctx.sentFirst[s.from];
    const k = s.to;
    const next = k < end ? ctx.lower[k] : 0;
    // "London shares fell" is the market of a place: only a person's name is read so.
    const company =
      (s.type === PERSON && (SUFFIXES.has(next) || (STOCK.has(next) && k + 1 < end && MOVES.has(ctx.lower[k + 1])))) ||
      (next !== POSSESSIVE && next !== POSSESSIVE_CURLY && s.from - 2 >= first && BEFORE.has(ctx.lower[s.from - 2]) && (ctx.lower[s.from - 1] === OF || ctx.lower[s.from - 1] === IN));
    return company ? { from: s.from, to: s.to, type: ORGANIZATION, sure: true } : s;
  });
}
