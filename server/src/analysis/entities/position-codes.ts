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

/** Positions of American football, baseball and basketball, as written in capitals ("MLB" is a league). */
const POSITIONS = new Set([
  'QB', 'RB', 'FB', 'WR', 'TE', 'LT', 'RT', 'LG', 'RG', 'OT', 'OL', 'DL', 'DE', 'DT', 'NT', 'LB', 'ILB', 'OLB', 'CB', 'S', 'FS',
  'DB', 'K', 'P', 'LS', 'KR', 'PR', 'RHP', 'LHP', 'OF', 'DH', '1B', '2B', '3B', 'C', 'G', 'F',
  // Round 27: baseball's infielder and outfield spots ("INF Marco Delpiano was recalled").
  'INF', 'CF', 'LF', 'RF', 'SS',
]);
/** "SS" is also a ship's prefix ("SS Great Britain"): a shortstop only after a colon or a comma (a notes block's "Rivercats: SS …"). */
const SHIP_TOO = 'SS';

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

function isCode(ctx: DocContext, seg: Segmentation, k: number, inside: boolean): boolean {
  const t = seg.tokens[k].text;
  if (t.length > 3 || (inside && t.length < 2) || ctx.allCaps[k] !== 0 || !POSITIONS.has(t) || k + 1 >= ctx.sentEnd[k]) return false;
  if (t !== SHIP_TOO) return true;
  const before = k > 0 ? seg.tokens[k - 1].text : '';
  return before === ':' || before === ',';
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
    // The code opens the span, or (two capitals or more) stands inside it after the team ("Rivercats RHP Tomas Quiroga").
    let k = s.from;
    while (k < s.to && !isCode(ctx, seg, k, k > s.from)) k++;
    const end = k < s.to ? nameRunEnd(seg, ctx, k + 1, 4) : k;
    if (k >= s.to || end - (k + 1) < 2 || end < s.to || hasOrgWord(ctx, k + 1, end) || commonWords(ctx, k + 1, end)) {
      out?.push(s);
      return;
    }
    out ??= spans.slice(0, i);
    if (k > s.from) out.push(tokenSpan(s.from, k, s.type));
    out.push(tokenSpan(k + 1, end, PERSON));
    taken = end;
  });
  return out ?? spans;
}
