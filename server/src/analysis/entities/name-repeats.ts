// A name the tagger found in one sentence of an article but missed in another, written the same
// way: "Home Office" tagged in the body and missed first in a headline, "Quorra" missed first in
// a sentence. An untagged run of capitalised words that spells exactly an organisation or place
// the article names elsewhere is that name again (people's surnames: repeats.ts). The run must be
// the whole name ("Home Office Minister" is not "Home Office") and of two words or more: a one-word
// name repeats the tagger's mistakes too often ("Hillary" read once as an organisation, then
// everywhere); so does a spelling the article types two ways.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { coveredTokens, rawMention, type RawMention } from './raw-mention';
import { TITLE } from './lexicon';
import { cutNameRepeats } from './cut-name-repeats';

/** Longest run looked up. */
const MAX_WORDS = 4;

export function nameRepeats(ctx: DocContext, seg: Segmentation, mentions: RawMention[], skip: (token: number) => boolean): RawMention[] {
  const names = new Map<string, RawMention['type'] | null>();
  for (const m of mentions) {
    if (m.credit || m.text.indexOf(' ') < 0) continue;
    const had = names.get(m.text);
    const type = m.type === 'ORGANIZATION' || m.type === 'LOCATION' ? m.type : null;
    names.set(m.text, had === undefined || had === type ? type : null);
  }
  if (names.size === 0) return mentions;
  const toks = seg.tokens;
  const covered = coveredTokens(toks, mentions);
  // Round 22: a name cut short once ("GE" + "Vernova" left out) is the name written in full (cut-name-repeats.ts).
  cutNameRepeats(ctx, seg, mentions, names, covered, skip);
  const added: RawMention[] = [];
  for (let i = 0; i < ctx.n; i++) {
    if (ctx.cap[i] !== TITLE || ctx.titleCase[i] || ctx.allCaps[i] || (i > ctx.sentFirst[i] && ctx.cap[i - 1] === TITLE)) continue;
    let e = i;
    while (e < ctx.sentEnd[i] && ctx.cap[e] === TITLE && !ctx.titleCase[e]) e++;
    // "The Conservatives called …": the article's "The" first in a sentence is not the name's.
    let from = i;
    if (e - i >= 2 && i === ctx.sentFirst[i] && toks[i].text === 'The') from = i + 1;
    if (e - from > MAX_WORDS || e - from < 2) continue;
    let free = true;
    for (let j = from; j < e; j++) if (covered[j] || skip(j)) free = false;
    if (!free) continue;
    const text = seg.text.slice(toks[from].start, toks[e - 1].end);
    const type = names.get(text);
    if (type === undefined || type === null) continue;
    added.push(rawMention(toks[from].start, toks[e - 1].end, text, type, false));
  }
  if (added.length === 0) return mentions;
  return mentions.concat(added).sort((a, b) => a.start - b.start || b.end - a.end);
}
