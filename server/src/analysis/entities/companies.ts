// Companies named like people ("Ted Baker", "McMillan"): a name the tagger read as a person
// is an organisation where only a company fits the words around it: "Hollis Marsh shares
// fell", "shares of Hollis Marsh", "a stake in Hollis Marsh", "Hollis Marsh Inc".
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import type { TokenSpan } from './spans';

const PERSON = 0, ORGANIZATION = 1;


/** Words right after a company's name. */
const SUFFIXES = new Set(['plc', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'shareholders', 'stockholders']);
/** "X shares fell": "shares" and "stock" as a noun, told by the verb after them. */
const STOCK = new Set(['shares', 'stock']);
const MOVES = new Set([
  'fell', 'rose', 'jumped', 'dropped', 'slid', 'gained', 'climbed', 'tumbled', 'surged', 'soared', 'slumped', 'plunged',
  'sank', 'rallied', 'edged', 'were', 'was', 'closed', 'ended', 'traded', 'have', 'had', 'are', 'is', 'hit', 'lost', 'added',
]);
/** "shares of X", "a stake in X". */
const BEFORE = new Set(['shares', 'stake', 'stock', 'shareholders', 'stockholders']);

function lower(seg: Segmentation, k: number): string {
  return seg.tokens[k].text.toLowerCase();
}

export function companiesNamedLikePeople(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  return spans.map((s) => {
    if (s.type === ORGANIZATION || s.sure) return s;
    const end = ctx.sentEnd[s.from];
    const first = ctx.sentFirst[s.from];
    const k = s.to;
    const next = k < end ? lower(seg, k) : '';
    // "London shares fell" is the market of a place: only a person's name is read so.
    const company =
      (s.type === PERSON && (SUFFIXES.has(next) || (STOCK.has(next) && k + 1 < end && MOVES.has(lower(seg, k + 1))))) ||
      (next !== "'s" && next !== '’s' && s.from - 2 >= first && BEFORE.has(lower(seg, s.from - 2)) && (lower(seg, s.from - 1) === 'of' || lower(seg, s.from - 1) === 'in'));
    return company ? { from: s.from, to: s.to, type: ORGANIZATION, sure: true } : s;
  });
}
