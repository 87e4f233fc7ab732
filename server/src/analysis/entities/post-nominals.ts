// Letters written after a person's name (a silk's "SC", an honour's "OBE") are not part of the name
// (CoNLL-2003 leaves titles out): "Crown prosecutor Lachlan Reid SC said" is the person "Lachlan Reid".
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { CAPS } from './lexicon';
import type { TokenSpan } from './spans';
import { PERSON } from './labels';

/** Senior counsel and the British and Commonwealth honours, as written after a name. */
const POST_NOMINALS = new Set(['SC', 'KC', 'QC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'GBE']);

export function dropPostNominals(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    // A person of two words or more ending in two or three capitals (class test before any text is read).
    if (s.type !== PERSON || s.to - s.from < 2 || ctx.cap[s.to - 1] !== CAPS || ctx.allCaps[s.to - 1]) continue;
    if (POST_NOMINALS.has(seg.tokens[s.to - 1].text)) s.to--;
  }
  return spans;
}
