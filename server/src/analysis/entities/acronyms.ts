// An acronym the article defines: "the International Energy Agency (IEA)", "Alternative for
// Germany (AfD)", "the Reserve Bank of India (RBI)". A short word of capitals in brackets right
// after an organisation's name is that organisation's short name, in the brackets and wherever the
// article uses it again ("SAIL", "WHO" and "RBI", which the tagger misses or reads as MISC), a
// type the votes keep (sure). A ticker ("(TLR.AX)") has a dot and is not one.
import type { Segmentation } from '../types';
import type { RawMention } from './raw-mention';

/** Three to eight letters (a hyphen inside: "ZCCM-IH"), starting and ending with a capital; two
 *  letters in brackets are as often a club's tag in a table ("Mladost (BJ)") or a product's. */
const ACRONYM = /^\p{Lu}[\p{L}-]{1,6}\p{Lu}$/u;
const UPPER = /\p{Lu}/gu;

function isAcronym(word: string): boolean {
  if (!ACRONYM.test(word)) return false;
  return (word.match(UPPER)?.length ?? 0) * 2 > word.replace(/-/g, '').length;
}

export function definedAcronyms(seg: Segmentation, mentions: RawMention[], skip: (token: number) => boolean): RawMention[] {
  const toks = seg.tokens;
  const ends = new Map<number, RawMention>();
  for (const m of mentions) if (!m.credit && m.type === 'ORGANIZATION') ends.set(m.end, m);
  if (ends.size === 0) return mentions;
  const defined = new Set<string>();
  for (let i = 1; i + 2 < toks.length; i++) {
    if (toks[i].text !== '(' || toks[i + 2].text !== ')' || !isAcronym(toks[i + 1].text)) continue;
    if (ends.has(toks[i - 1].end) && !skip(i + 1)) defined.add(toks[i + 1].text);
  }
  if (defined.size === 0) return mentions;
  const named = new Set<number>();
  const out = mentions.map((m) => {
    if (m.credit || !defined.has(m.text)) return m;
    named.add(m.start);
    return m.type === 'ORGANIZATION' && m.sure ? m : { ...m, type: 'ORGANIZATION' as const, sure: true };
  });
  // Untagged uses: a token that spells the acronym and sits in no mention.
  const covered = new Uint8Array(toks.length);
  let k = 0;
  for (const m of mentions) {
    while (k < toks.length && toks[k].end <= m.start) k++;
    for (let j = k; j < toks.length && toks[j].start < m.end; j++) covered[j] = 1;
  }
  let added = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (covered[i] || named.has(t.start) || !defined.has(t.text) || skip(i)) continue;
    out.push({ start: t.start, end: t.end, text: t.text, type: 'ORGANIZATION', credit: false, sure: true });
    added = true;
  }
  return added ? out.sort((a, b) => a.start - b.start || b.end - a.end) : out;
}
