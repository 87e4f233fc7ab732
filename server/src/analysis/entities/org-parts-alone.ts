// "Southern and Thameslink are both run by Govia Thameslink Railway": one word read as a person that
// is a word of an organisation the article names in full, and no person's name of the article nor a
// name the lists know as a person's, nor a word news text writes, is the organisation's short name (issue 10, round 22: the tagger,
// meeting a word it never saw, reads a person).
import type { Segmentation } from '../types';
import { type DocContext, listBits, listClassesAt } from './features';
import type { RawMention } from './raw-mention';

const PEOPLE = listBits('first-name', 'last-name', 'person', 'seen-person');

export function orgPartsAlone(ctx: DocContext, seg: Segmentation, mentions: RawMention[]): void {
  // Cheap first: one-word persons no rule is sure of, no list's person (few).
  const toks = seg.tokens;
  let alone: RawMention[] | null = null;
  let k = 0;
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.credit || m.sure || m.fixed || m.text.indexOf(' ') >= 0) continue;
    while (k < ctx.n && toks[k].start < m.start) k++;
    // A word news text never wrote (no usual casing): "Limbaugh" of "The Rush Limbaugh Show" is known, and a person.
    if (k < ctx.n && toks[k].start === m.start && ctx.casing[k] === 0 && (listClassesAt(ctx, k) & PEOPLE) === 0) (alone ??= []).push(m);
  }
  if (!alone) return;
  for (const a of alone) {
    let org = false, person = false;
    for (const m of mentions) {
      if (m.credit || m.text.length <= a.text.length || (m.type !== 'ORGANIZATION' && m.type !== 'PERSON') || !hasWord(m.text, a.text)) continue;
      if (m.type === 'PERSON') { person = true; break; }
      org = true;
    }
    if (org && !person) a.type = 'ORGANIZATION';
  }
}

/** `word` is a whole word of `name` (a native search first, no string built). */
function hasWord(name: string, word: string): boolean {
  for (let i = name.indexOf(word); i >= 0; i = name.indexOf(word, i + 1)) {
    if ((i === 0 || name.charCodeAt(i - 1) === 32) && (i + word.length === name.length || name.charCodeAt(i + word.length) === 32)) return true;
  }
  return false;
}
