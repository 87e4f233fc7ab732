// A name the article writes in full, cut short by the tagger in one sentence: "GE Vernova" four
// times, then "GE" + "Vernova" left out in '… built," GE Vernova Chief Executive Dana Whitlow said'
// (issue 10, round 22). A mention followed by one to three untagged capitalised words that, with it,
// spell an organisation or place the article names elsewhere, with that type and no other, is that
// name. ("Suncor" before "Energy" only where "Suncor Energy" is written; "Suncor" alone stays.)
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { coveredTokens, type RawMention } from './raw-mention';
import { TITLE } from './lexicon';

/** Words a cut name may have lost. */
const MAX_LOST = 3;

export function cutNameRepeats(ctx: DocContext, seg: Segmentation, mentions: RawMention[], skip: (token: number) => boolean): RawMention[] {
  const toks = seg.tokens;
  // Cheap first: mentions with a capitalised word right after them, in their sentence (few).
  let cut: Array<[RawMention, number]> | null = null;
  let k = 0;
  for (const m of mentions) {
    if (m.credit || m.fixed) continue;
    while (k < ctx.n && toks[k].start < m.end) k++;
    if (k >= ctx.n || ctx.cap[k] !== TITLE || toks[k].start !== m.end + 1 || k === ctx.sentFirst[k]) continue;
    (cut ??= []).push([m, k]);
  }
  if (!cut) return mentions;
  const names = new Map<string, RawMention['type'] | null>();
  for (const m of mentions) {
    if (m.credit || m.text.indexOf(' ') < 0) continue;
    const had = names.get(m.text);
    const type = m.type === 'ORGANIZATION' || m.type === 'LOCATION' ? m.type : null;
    names.set(m.text, had === undefined || had === type ? type : null);
  }
  if (names.size === 0) return mentions;
  const covered = coveredTokens(toks, mentions);
  for (const [m, at] of cut) {
    for (let j = at; j < at + MAX_LOST && j < ctx.sentEnd[at] && ctx.cap[j] === TITLE && !covered[j] && !skip(j); j++) {
      const text = seg.text.slice(m.start, toks[j].end);
      if (names.get(text) !== m.type) continue;
      m.end = toks[j].end;
      m.text = text;
      break;
    }
  }
  return mentions;
}
