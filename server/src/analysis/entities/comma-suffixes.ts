// A company's legal suffix and a person's degree written after a comma, as US press releases do
// ("Corvalis Therapeutics, Inc.", "Elaine Marchetti, M.D."), are read by the tagger as names of their
// own, a person mostly (names round 26). The suffix belongs to the company before the comma (its
// name runs on over it); a degree, or a suffix with no company before it, is no name.
import type { Segmentation } from '../types';
import { ORGANIZATION, PERSON } from './labels';
import type { TokenSpan } from './spans';

const COMPANY_SUFFIXES = new Set(['inc', 'ltd', 'llc', 'llp', 'corp', 'co', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'lp']);
const DEGREES = new Set(['md', 'phd', 'mph', 'mba', 'rn', 'dds', 'do', 'jd', 'esq', 'cpa', 'pharmd', 'dphil', 'facs', 'frcp']);

export function commaSuffixes(seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  let drop = false;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // One token (with the abbreviation's full stop) right after a comma.
    if (s.to - s.from !== 1 || s.from < 2 || toks[s.from - 1].text !== ',' || s.fixed) continue;
    const word = toks[s.from].text.replace(/\./g, '').toLowerCase();
    const company = COMPANY_SUFFIXES.has(word), degree = DEGREES.has(word);
    if (!company && !degree) continue;
    const before = i > 0 ? spans[i - 1] : null;
    const joined = before !== null && before.to === s.from - 1 && before.from >= 0 && !seg.text.slice(toks[before.to - 1].end, toks[s.from].start).includes('\n');
    if (company && joined && before.type !== PERSON) { before.to = s.to; before.type = ORGANIZATION; }
    else if (company && joined) continue;
    s.from = -1;
    drop = true;
  }
  return drop ? spans.filter((s) => s.from >= 0) : spans;
}
