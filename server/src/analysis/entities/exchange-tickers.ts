// Canadian and US wires write a listed company's ticker after its exchange, glued with a colon:
// "(TSX:NMK)", "Companies in this story: (TSX:NMK, NYSE:ABR)". The ticker is a code, not a name
// (the tagger reads it as an organisation); the exchange before the colon stays as it was read,
// but for its type: names round 26, "(Nasdaq: CRVL)" read as MISC, the exchange is an organisation.
import type { Segmentation } from '../types';
import type { TokenSpan } from './spans';
import { ORGANIZATION } from './labels';

/** Exchanges written before a ticker, as written. */
const EXCHANGES = new Set(['TSX', 'TSXV', 'TSX-V', 'NYSE', 'NASDAQ', 'Nasdaq', 'CSE', 'NEO', 'ASX', 'LSE', 'AMEX', 'OTC', 'TSE', 'NSE', 'BSE', 'JSE', 'SGX', 'HKEX']);

/** True when the one-token span at k is "EXCHANGE:" + a ticker, written without spaces. */
function isTicker(seg: Segmentation, k: number): boolean {
  const toks = seg.tokens;
  if (k < 2) return false;
  const colon = toks[k - 1];
  if (colon.text !== ':' || toks[k - 2].end !== colon.start || !EXCHANGES.has(toks[k - 2].text)) return false;
  // Round 19: "(TSX: HLE)", a space after the colon, inside the brackets a ticker is written in.
  return colon.end === toks[k].start || (k >= 3 && toks[k - 3].text === '(' && k + 1 < toks.length && (toks[k + 1].text === ')' || toks[k + 1].text === ','));
}

export function exchangeTickers(seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((s, i) => {
    const drop = s.to - s.from === 1 && isTicker(seg, s.from);
    if (!drop && s.to - s.from === 1 && !s.fixed && s.to + 1 < seg.tokens.length && seg.tokens[s.to].text === ':' && isTicker(seg, s.to + 1)) s.type = ORGANIZATION;
    if (drop) out ??= spans.slice(0, i);
    else out?.push(s);
  });
  return out ?? spans;
}
