// "the Pfizer/BioNTech vaccine", "the Oxford/AstraZeneca shot": two names joined by a slash, which
// the tokenizer keeps as one word, so the tagger sees neither. Each part the article names alone
// elsewhere ("Pfizer said …") is a mention of that name, with the type the article gives it there
// (CoNLL-2003 tokenizes at the slash and types each name), also where the tagger read the whole
// word as one name ("Sanofi/GSK" as a place). A part named nowhere else is left alone,
// and so is a dateline ("SHANGHAI/BEIJING") or a credit ("REUTERS/Jane Doe"), which are outside.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import { coveredTokens, rawMention, type RawMention } from './raw-mention';

const PART = /^\p{Lu}[\p{L}\p{M}]+$/u;

export function slashNames(ctx: DocContext, seg: Segmentation, mentions: RawMention[], outside: (k: number) => boolean): RawMention[] {
  const toks = seg.tokens;
  let covered: Uint8Array | null = null;
  let added: RawMention[] | null = null;
  let dropped: Set<RawMention> | null = null;
  // Slashes are rare: find them in the text (a native search), not by reading every token's text.
  const text = seg.text;
  let k = 0;
  for (let p = text.indexOf('/'); p >= 0; p = text.indexOf('/', p + 1)) {
    while (k < ctx.n && toks[k].end <= p) k++;
    if (k >= ctx.n) break;
    if (toks[k].start >= p || ctx.cap[k] < TITLE || outside(k)) continue;
    const t = toks[k].text;
    p = toks[k].end - 1; // one look per word, however many slashes it has
    covered ??= coveredTokens(toks, mentions);
    // The whole word read as one name ("Sanofi/GSK" as a place) gives way to the parts the article knows.
    const whole = covered[k] ? mentions.findIndex((m) => m.start === toks[k].start && m.end === toks[k].end) : -1;
    if (covered[k] && whole < 0) continue;
    let at = 0;
    let found = false;
    for (const part of t.split('/')) {
      const start = toks[k].start + at;
      at += part.length + 1;
      if (!PART.test(part)) continue;
      const same = mentions.find((m) => !m.credit && m.text === part);
      if (!same) continue;
      (added ??= []).push(rawMention(start, start + part.length, part, same.type, false));
      found = true;
    }
    if (found && whole >= 0) (dropped ??= new Set()).add(mentions[whole]);
  }
  if (!added) return mentions;
  const kept = dropped ? mentions.filter((m) => !dropped!.has(m)) : mentions;
  return kept.concat(added).sort((a, b) => a.start - b.start || b.end - a.end);
}
