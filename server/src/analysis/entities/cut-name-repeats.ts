// A name the article writes in full, cut short by the tagger in one sentence: "GE Vernova" four
// times, then "GE" + "Vernova" left out in '… built," GE Vernova Chief Executive Dana Whitlow said'
// (issue 10, round 22). A mention followed by one to three untagged capitalised words that, with it,
// spell an organisation or place the article names elsewhere, with that type and no other, is that
// name. ("Suncor" before "Energy" only where "Suncor Energy" is written; "Suncor" alone stays.)
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import type { RawMention } from './raw-mention';
import { CAPS, TITLE } from './lexicon';

/** Words a cut name may have lost. */
const MAX_LOST = 3;

/** `names`: the article's names of two words or more, each with its one type (organisation or place) or null (name-repeats.ts builds it). */
export function cutNameRepeats(ctx: DocContext, seg: Segmentation, mentions: RawMention[], names: ReadonlyMap<string, RawMention['type'] | null>,
  covered: Uint8Array, skip: (token: number) => boolean): void {
  const toks = seg.tokens;
  let k = 0;
  for (const m of mentions) {
    if (m.credit || m.fixed) continue;
    while (k < ctx.n && toks[k].start < m.end) k++;
    // Cheap first: a capitalised word right after the mention, in its sentence. Round 24: or, after a
    // mention in capitals, a word in capitals ("ABU" + "DHABI //", where "Abu Dhabi" is written).
    if (k >= ctx.n || toks[k].start !== m.end + 1 || k === ctx.sentFirst[k]) continue;
    const cap = ctx.cap[k] === CAPS && isCapitals(m.text) ? CAPS : TITLE;
    if (ctx.cap[k] !== cap) continue;
    for (let j = k; j < k + MAX_LOST && j < ctx.sentEnd[k] && ctx.cap[j] === cap && !covered[j] && !skip(j); j++) {
      const text = seg.text.slice(m.start, toks[j].end);
      if ((cap === TITLE ? names.get(text) : names.get(titleCased(text))) !== m.type) continue;
      m.end = toks[j].end;
      m.text = text;
      covered.fill(1, k, j + 1);
      break;
    }
  }
}

/** Upper-case letters and no lower-case one ("ABU", "U.S."). */
function isCapitals(t: string): boolean {
  return t === t.toUpperCase() && t !== t.toLowerCase();
}

/** "ABU DHABI" → "Abu Dhabi": each word's first letter kept, the rest in lower case. */
function titleCased(t: string): string {
  return t.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase());
}
