// Aircraft are named by maker and model: "Airbus A321neo", "Boeing 737-800s", "Embraer E195"
// (MISC, as CoNLL-2003 types "Airbus A310"); the maker alone is the company ("Airbus said").
// The tagger reads "Airbus" as MISC and leaves the model out.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { GAZ_CLASSES, GAZ_PER_TOKEN } from './gazetteer';
import { hashLower } from './hash';
import { TITLE as LEX_TITLE } from './lexicon';
import type { TokenSpan } from './spans';
const TITLE = LEX_TITLE;

const ORGANIZATION = 1, MISC = 3;
const SAID = new Set(['said', 'says'].map(hashLower));
/** Nationalities and MISC names of the lists say "said" as people do ("Russians said"): left alone. */
const MISC_CODES = ['demonym', 'seen-misc'].map((c) => 1 + GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number]) * 4);

/** "A321neo", "737-800s", "A310", "E195", "787": a model's code (a digit in its first two characters). */
function modelCode(t: string): boolean {
  if (t.length < 2 || t.length > 10) return false;
  const c0 = t.charCodeAt(0), c1 = t.charCodeAt(1);
  const d0 = c0 >= 48 && c0 <= 57, d1 = c1 >= 48 && c1 <= 57;
  return (d0 && d1) || (c0 >= 65 && c0 <= 90 && d1);
}

function listed(ctx: DocContext, k: number, codes: number[]): boolean {
  for (let g = 0; g < GAZ_PER_TOKEN; g++) {
    const c = ctx.gaz[k * GAZ_PER_TOKEN + g];
    if (c === 0) return false;
    if (codes.includes(c)) return true;
  }
  return false;
}

export function aircraftTypes(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.to - s.from !== 1 || s.type !== MISC || ctx.cap[s.from] !== TITLE || s.sure) continue;
    const k = s.to;
    if (k >= ctx.sentEnd[s.from]) continue;
    if (SAID.has(ctx.lower[k])) {
      // "Airbus said in a statement": a thing of MISC does not speak; a company does.
      if (!listed(ctx, s.from, MISC_CODES)) s.type = ORGANIZATION;
    } else if ((i + 1 >= spans.length || spans[i + 1].from > k) && toks[k].start === toks[k - 1].end + 1 && modelCode(toks[k].text)) {
      s.to = k + 1;
    }
  }
  return spans;
}
