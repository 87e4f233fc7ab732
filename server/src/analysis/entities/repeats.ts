// A person named in full is later called by the surname alone, and the tagger, reading each
// sentence on its own, can miss that word ("Billie Jean King" … "King said"): an untagged
// capitalised word that is the surname of a person named in full in the article is that person.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import type { RawMention } from './raw-mention';

const TITLE = 3;
/** Capitalised words that a bad full name may end in but that are no one's surname. */
const NEVER_SURNAMES = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]);

export function surnameRepeats(ctx: DocContext, seg: Segmentation, mentions: RawMention[], skip: (token: number) => boolean): RawMention[] {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.credit) continue;
    const sp = m.text.lastIndexOf(' ');
    const last = m.text.slice(sp + 1);
    if (sp > 0 && last.length > 1 && !NEVER_SURNAMES.has(last)) surnames.add(last);
  }
  if (surnames.size === 0) return mentions;
  const toks = seg.tokens;
  // Tokens already inside a mention.
  const covered = new Uint8Array(ctx.n);
  // (The rules hand the mentions over sorted by start.)
  let k = 0;
  for (const m of mentions) {
    while (k < ctx.n && toks[k].end <= m.start) k++;
    for (let j = k; j < ctx.n && toks[j].start < m.end; j++) covered[j] = 1;
  }
  const added: RawMention[] = [];
  for (let i = 0; i < ctx.n; i++) {
    if (covered[i] || ctx.cap[i] !== TITLE || ctx.allCaps[i] || ctx.titleCase[i] || skip(i)) continue;
    const text = toks[i].text;
    if (!surnames.has(text)) continue;
    // Alone: not part of a longer capitalised name ("King Fahd", "Martin Luther King").
    const first = ctx.sentFirst[i];
    if ((i > first && ctx.cap[i - 1] === TITLE) || (i + 1 < ctx.sentEnd[i] && ctx.cap[i + 1] === TITLE)) continue;
    added.push({ start: toks[i].start, end: toks[i].end, text, type: 'PERSON', credit: false });
  }
  if (added.length === 0) return mentions;
  return mentions.concat(added).sort((a, b) => a.start - b.start || b.end - a.end);
}
