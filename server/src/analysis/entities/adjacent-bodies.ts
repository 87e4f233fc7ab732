// "a bookkeeper at Farmers & Merchants Bank of Millersburg": the tagger read "Farmers & Merchants"
// and "Bank of Millersburg" as two organisations side by side. A body's name right after another's,
// with nothing between, that starts with a body's head word ("Bank", "Trust", "Society") and goes
// on with "of", is the end of the first one's name.
import type { DocContext } from './features';
import { ORG_HEAD_HASHES } from './org-words';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

const OF = wordSet(['of']);

export function adjacentBodies(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i], b = spans[i + 1];
    if (b.from !== a.to || a.type !== ORGANIZATION || b.type !== ORGANIZATION || a.sure || b.sure || b.to - b.from < 3) continue;
    if (ctx.cap[b.from] !== TITLE || !ORG_HEAD_HASHES.has(ctx.lower[b.from]) || !OF.has(ctx.lower[b.from + 1]) || ORG_HEAD_HASHES.has(ctx.lower[a.to - 1])) continue;
    a.to = b.to;
    b.to = b.from;
    drop = true;
    i++;
  }
  return drop ? spans.filter((s) => s.to > s.from) : spans;
}
