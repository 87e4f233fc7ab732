// "FRESNO, Calif. (KQVR) — …", then "Whitfield told KQVR" and "KQVR's Araceli Montoya": the agency or
// station of a dateline is named again in the story, where the tagger, which never saw a call sign,
// misses it (names round 26). Every other whole-word occurrence of the dateline's agency no mention
// covers is that organisation again. (One-word repeats are otherwise left alone: name-repeats.ts.)
import type { Segmentation } from '../types';
import { coveredTokens, rawMention, type RawMention } from './raw-mention';

export function agencyRepeats(seg: Segmentation, agency: { start: number; end: number }, mentions: RawMention[]): void {
  const name = seg.text.slice(agency.start, agency.end);
  if (name.indexOf(' ') >= 0) return;
  let covered: Uint8Array | null = null;
  seg.tokens.forEach((t, k) => {
    if (t.text !== name || t.start === agency.start) return;
    covered ??= coveredTokens(seg.tokens, mentions);
    if (!covered[k]) mentions.push(rawMention(t.start, t.end, name, 'ORGANIZATION', false));
  });
}
