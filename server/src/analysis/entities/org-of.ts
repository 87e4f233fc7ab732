// "Ministry of the Armed Forces", "Department of Homeland Security", "Museum of Modern Art": a
// body's name goes on with "of" (and "the") to what it is of; the tagger cuts it into "Ministry"
// and "Armed Forces". An organisation ending in such a head word, then "of" or "of the", then a
// name read right after it, is one organisation.
import type { DocContext } from './features';
import { hashLower } from './hash';
import { LOWER, TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION, LOCATION } from './labels';

const HEADS = wordSet(['ministry', 'department', 'office', 'bureau', 'museum', 'institute', 'academy', 'directorate', 'secretariat']);
const OF = hashLower('of'), THE = hashLower('the');

/** Heads of a body named after the place it serves ("School District of Philadelphia", "Port
 *  Authority of New York", "Roman Catholic Archdiocese of Boston"). */
const PLACE_BODIES = wordSet(['district', 'authority', 'commission', 'board', 'diocese', 'archdiocese', 'council', 'university', 'college', 'corporation']);

/**
 * The tagger reads only the place of "The School District of Philadelphia": two or three untagged
 * capitalised words ending in a body's head word, "of", then a place read right after it are one
 * organisation (the head alone is not: "District of Columbia").
 */
function bodiesOfPlaces(ctx: DocContext, spans: TokenSpan[]): void {
  let prevEnd = 0;
  for (const s of spans) {
    const of = s.from - 1;
    const head = of - 1;
    if (s.type === LOCATION && !s.sure && head >= prevEnd && head > ctx.sentFirst[s.from] - 1 && ctx.lower[of] === OF && ctx.cap[of] === LOWER &&
      ctx.cap[head] === TITLE && PLACE_BODIES.has(ctx.lower[head])) {
      let b = head;
      while (b - 1 >= prevEnd && b - 1 >= ctx.sentFirst[s.from] && head - b < 2 && ctx.cap[b - 1] === TITLE && ctx.lower[b - 1] !== THE) b--;
      // A qualifier before the head: "District of Columbia", "District of Idaho" are places and courts' districts.
      if (b < head) {
        s.from = b;
        s.type = ORGANIZATION;
      }
    }
    prevEnd = s.to;
  }
}

export function organisationsOf(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  bodiesOfPlaces(ctx, spans);
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
