// Game stories and injury notes put a player's position in capitals before the name: "Condors:
// LT Bryce Anselmo left …", "S Kofi Mensah-Adjei (concussion)", "QB Caden Marsh". The code is no
// part of the name; the tagger reads "LT Bryce" as an organisation or "S Kofi Mensah-Adjei" as a
// person with the code. A span that starts with such a code and goes on into a name of two words
// or more is the person, the name alone.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { nameRunEnd } from './name-words';
import { ORG_HEAD_HASHES } from './org-words';
import { type TokenSpan, tokenSpan } from './spans';
import { PERSON } from './labels';

/** Positions of American football, baseball and basketball, as written in capitals ("MLB" is a league, "SS" a ship's prefix: left out). */
const POSITIONS = new Set([
  'QB', 'RB', 'FB', 'WR', 'TE', 'LT', 'RT', 'LG', 'RG', 'OT', 'OL', 'DL', 'DE', 'DT', 'NT', 'LB', 'ILB', 'OLB', 'CB', 'S', 'FS',
  'DB', 'K', 'P', 'LS', 'KR', 'PR', 'RHP', 'LHP', 'OF', 'DH', '1B', '2B', '3B', 'C', 'G', 'F',
]);

/** "LG Electronics Inc.": an organisation's word in the name says it is no player's. */
function hasOrgWord(ctx: DocContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (ORG_HEAD_HASHES.has(ctx.lower[j])) return true;
  return false;
}

/** "LG Energy Solution" (round 20): words all usually written in lower case make no player's name. */
function commonWords(ctx: DocContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (ctx.casing[j] < 1 || ctx.casing[j] > 3) return false;
  return true;
}

export function positionCodes(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  /** Tokens before this belong to a player already read. */
  let taken = 0;
  spans.forEach((s, i) => {
    if (s.from < taken) {
      out ??= spans.slice(0, i);
      if (s.to > taken) out.push({ ...s, from: taken });
      return;
    }
    const k = s.from;
    const t = seg.tokens[k].text;
    const code = t.length <= 3 && ctx.allCaps[k] === 0 && POSITIONS.has(t) && k + 1 < ctx.sentEnd[k];
    const end = code ? nameRunEnd(seg, ctx, k + 1, 4) : k;
    if (end - (k + 1) < 2 || end < s.to || hasOrgWord(ctx, k + 1, end) || commonWords(ctx, k + 1, end)) {
      out?.push(s);
      return;
    }
    out ??= spans.slice(0, i);
    out.push(tokenSpan(k + 1, end, PERSON));
    taken = end;
  });
  return out ?? spans;
}
