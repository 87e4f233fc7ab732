// "Ministry of the Armed Forces", "Department of Homeland Security", "Museum of Modern Art": a
// body's name goes on with "of" (and "the") to what it is of; the tagger cuts it into "Ministry"
// and "Armed Forces". An organisation ending in such a head word, then "of" or "of the", then a
// name read right after it, is one organisation.
import type { DocContext } from './features';
import { hashLower } from './hash';
import type { TokenSpan } from './spans';
import { WordSet } from './word-set';

const ORGANIZATION = 1;
const HEADS = new WordSet(['ministry', 'department', 'office', 'bureau', 'museum', 'institute', 'academy', 'directorate', 'secretariat'].map(hashLower));
const OF = hashLower('of'), THE = hashLower('the');

export function organisationsOf(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i + 1 < spans.length; i++) {
    const s = spans[i];
    if (s.type !== ORGANIZATION || !HEADS.has(ctx.lower[s.to - 1]) || s.to >= ctx.sentEnd[s.from] || ctx.lower[s.to] !== OF) continue;
    const k = ctx.lower[s.to + 1] === THE ? s.to + 2 : s.to + 1;
    const n = spans[i + 1];
    if (n.from !== k || n.to > ctx.sentEnd[s.from]) continue;
    s.to = n.to;
    n.from = -1; drop = true; i++;
  }
  return drop ? spans.filter((s) => s.from >= 0) : spans;
}
