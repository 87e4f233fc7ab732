// A club named by its nickname alone, which the tagger found in some sentences and missed in others:
// "the Hawks hanging on" and "for the Hawks" read as an organisation, then "Hawks hold off Dockers"
// in the headline, or "Hawks coach Liam Pethick said", left out (issue 10, round 22). name-repeats.ts
// leaves one-word names alone (the tagger's mistakes repeat); a plural capitalised word the article
// types as an organisation twice or more, and never otherwise, is a club's or a body's nickname
// ("Swans", "Magpies", "Blues"), safe to repeat: an untagged mention of it on its own is that name.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { coveredTokens, mergeMentions, rawMention, type RawMention } from './raw-mention';
import { TITLE } from './lexicon';
import { hashLower } from './hash';
import { plural } from './misc-subjects';

/** Times an organisation a spelling must be read before its untagged mentions are. */
const MIN_READINGS = 2;

export function nicknameRepeats(ctx: DocContext, seg: Segmentation, mentions: RawMention[], skip: (token: number) => boolean): RawMention[] {
  // Per one-word plural spelling: organisation readings, or -1 once read as anything else.
  let readings: Map<string, number> | null = null;
  for (const m of mentions) {
    if (m.credit || m.text.indexOf(' ') >= 0) continue;
    // Round 24: a one-word name a rule is sure is an organisation ("Fernhill, a Boston-based start-up",
    // "Leinster have confirmed") counts as twice read, plural or not.
    const sure = m.sure === true && m.type === 'ORGANIZATION';
    if (!sure && !plural(m.text)) continue;
    readings ??= new Map();
    const had = readings.get(m.text) ?? 0;
    readings.set(m.text, had < 0 || m.type !== 'ORGANIZATION' ? -1 : had + (sure ? MIN_READINGS : 1));
  }
  if (!readings) return mentions;
  // The spellings to repeat, by their lower-case hash: the scan below passes most tokens on two reads.
  let wanted: Set<number> | null = null;
  for (const [text, v] of readings) if (v >= MIN_READINGS) (wanted ??= new Set()).add(hashLower(text));
  if (!wanted) return mentions;
  const toks = seg.tokens;
  let covered: Uint8Array | null = null;
  const added: RawMention[] = [];
  for (let i = 0; i < ctx.n; i++) {
    if (ctx.cap[i] !== TITLE || !wanted.has(ctx.lower[i])) continue;
    covered ??= coveredTokens(toks, mentions);
    if (covered[i] || ctx.titleCase[i] || ctx.allCaps[i] || skip(i)) continue;
    // On its own: no capitalised word right before (but a sentence's first) or after it.
    // (Round 24: nor a suffix in capitals after it, "Ruch SA".)
    if ((i > ctx.sentFirst[i] && ctx.cap[i - 1] === TITLE) || (i + 1 < ctx.sentEnd[i] && ctx.cap[i + 1] >= TITLE)) continue;
    const text = toks[i].text;
    if ((readings.get(text) ?? 0) < MIN_READINGS) continue;
    // A singular name after "of" is a title's portfolio or a place's part ("Secretary of Labor" beside the party "Labor").
    if (i > ctx.sentFirst[i] && toks[i - 1].text === 'of' && !plural(text)) continue;
    added.push(rawMention(toks[i].start, toks[i].end, text, 'ORGANIZATION', false));
  }
  if (added.length === 0) return mentions;
  return mergeMentions(mentions, added);
}
