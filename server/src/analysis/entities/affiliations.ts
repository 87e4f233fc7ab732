// "the North Carolina Republican", "a Texas Democrat": a place, then a word the name lists
// know as a MISC name or a nationality (party members, "Republican", "Democrat"), read by the
// tagger as one place: the place stays a LOCATION and the last word is MISC.
import type { DocContext } from './features';
import { GAZ_CLASSES, GAZ_PER_TOKEN, phraseHash, type Gazetteer } from './gazetteer';
import { type TokenSpan, tokenSpan } from './spans';
import { LOCATION, MISC } from './labels';

const TITLE = 3;
const PLACE_BITS = ['location', 'seen-location', 'country'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);
/** Codes (gazetteer.ts) of a one-word entry in the MISC or demonym lists. */
const MISC_UNIT = [GAZ_CLASSES.indexOf('seen-misc'), GAZ_CLASSES.indexOf('demonym')].map((c) => 1 + c * 4);

function miscWord(ctx: DocContext, k: number): boolean {
  if (ctx.cap[k] !== TITLE) return false;
  for (let g = 0; g < GAZ_PER_TOKEN; g++) {
    const code = ctx.gaz[k * GAZ_PER_TOKEN + g];
    if (code === 0) return false;
    if (MISC_UNIT.includes(code)) return true;
  }
  return false;
}

export function splitPlaceAffiliations(ctx: DocContext, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  const splits = (s: TokenSpan) =>
    s.type === LOCATION && s.to - s.from >= 2 && miscWord(ctx, s.to - 1) &&
    (Math.max(0, gaz.get(phraseHash(ctx.lower, s.from, s.to - 1), 0)) & PLACE_BITS) !== 0 &&
    // "Czech Republic", "Middle East" are places whole.
    (Math.max(0, gaz.get(phraseHash(ctx.lower, s.from, s.to), 0)) & PLACE_BITS) === 0;
  if (!spans.some(splits)) return spans;
  const out: TokenSpan[] = [];
  for (const s of spans) {
    if (splits(s)) out.push(tokenSpan(s.from, s.to - 1, LOCATION), tokenSpan(s.to - 1, s.to, MISC));
    else out.push(s);
  }
  return out;
}
