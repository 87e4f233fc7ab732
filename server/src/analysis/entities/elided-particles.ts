// French names end in an elided particle written onto the next word: "Observatoire de la Côte
// d'Azur", "Côte d'Ivoire", "Val d'Isère". The tagger stops before it ("… de la Côte"); a name
// followed directly by "d'" + a capitalised word takes it in.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import type { TokenSpan } from './spans';

const APOS = 39, CURLY = 0x2019, LOWER_D = 100, LOWER_L = 108;

/** "d'Azur", "d’Ivoire", "l'Est": an elided particle and a capital. */
function elided(t: string): boolean {
  if (t.length < 4) return false;
  const c0 = t.charCodeAt(0), c1 = t.charCodeAt(1), c2 = t.charCodeAt(2);
  return (c0 === LOWER_D || c0 === LOWER_L) && (c1 === APOS || c1 === CURLY) && c2 >= 65 && c2 <= 90;
}

export function elidedParticles(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const k = s.to;
    if (k >= ctx.sentEnd[s.from] || (i + 1 < spans.length && spans[i + 1].from === k)) continue;
    // Only a lower-case token can be one: the text is read only then.
    if (toks[k].text.charCodeAt(0) !== LOWER_D && toks[k].text.charCodeAt(0) !== LOWER_L) continue;
    if (elided(toks[k].text) && toks[k].start === toks[k - 1].end + 1) s.to = k + 1;
  }
  return spans;
}
