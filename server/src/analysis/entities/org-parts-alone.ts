// "Southern and Thameslink are both run by Govia Thameslink Railway": one word read as a person that
// is a word of an organisation the article names in full, and no person's name of the article nor a
// name the lists know as a person's, is the organisation's short name (issue 10, round 22: the tagger,
// meeting a word it never saw, reads a person).
import type { Segmentation } from '../types';
import { type DocContext, listBits, listClassesAt } from './features';
import type { RawMention } from './raw-mention';

const PEOPLE = listBits('first-name', 'last-name', 'person', 'seen-person');

export function orgPartsAlone(ctx: DocContext, seg: Segmentation, mentions: RawMention[]): void {
  // Cheap first: one-word persons no rule is sure of (few).
  let alone: RawMention[] | null = null;
  for (const m of mentions) if (m.type === 'PERSON' && !m.credit && !m.sure && !m.fixed && m.text.indexOf(' ') < 0) (alone ??= []).push(m);
  if (!alone) return;
  let orgWords: Set<string> | null = null;
  const personWords = new Set<string>();
  for (const m of mentions) {
    if (m.credit || m.text.indexOf(' ') < 0) continue;
    const words = m.text.split(' ');
    if (m.type === 'ORGANIZATION') for (const w of words) (orgWords ??= new Set()).add(w);
    else if (m.type === 'PERSON') for (const w of words) personWords.add(w);
  }
  if (!orgWords) return;
  const toks = seg.tokens;
  let k = 0;
  for (const m of alone) {
    if (!orgWords.has(m.text) || personWords.has(m.text)) continue;
    while (k < ctx.n && toks[k].start < m.start) k++;
    if (k >= ctx.n || toks[k].start !== m.start || (listClassesAt(ctx, k) & PEOPLE) !== 0) continue;
    m.type = 'ORGANIZATION';
  }
}
