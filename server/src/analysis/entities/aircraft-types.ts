// Aircraft are named by maker and model: "Airbus A321neo", "Boeing 737-800s", "Embraer E195"
// (MISC, as CoNLL-2003 types "Airbus A310"); the maker alone, in an article naming its models, is the company ("Airbus said").
// The tagger reads "Airbus" as MISC and leaves the model out.
import type { Segmentation } from '../types';
import { aloneInListsAt, type DocContext, listBits } from './features';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { ORGANIZATION, MISC } from './labels';

/** Nationalities are never a maker ("Swedish 500cc"): left alone. */
const MISC_LISTS = listBits('demonym');

/** "A321neo", "F40", "E195" (a capital, then digits) or "737-800s" (digits, a hyphen, digits): a model's code, not a
 *  number, a year, an ordinal or an engine size ("100", "1984", "80th", "500cc"). */
function modelCode(t: string): boolean {
  if (t.length < 3 || t.length > 10) return false;
  const c0 = t.charCodeAt(0), c1 = t.charCodeAt(1);
  const digit = (c: number) => c >= 48 && c <= 57;
  if (c0 >= 65 && c0 <= 90) return digit(c1) && digit(t.charCodeAt(2));
  if (!digit(c0)) return false;
  const dash = t.indexOf('-');
  return dash > 0 && dash + 1 < t.length && digit(t.charCodeAt(dash + 1));
}

export function aircraftTypes(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  let makers: Set<number> | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.to - s.from !== 1 || s.type !== MISC || ctx.cap[s.from] !== TITLE || s.sure) continue;
    const k = s.to;
    if (k >= ctx.sentEnd[s.from] || (i + 1 < spans.length && spans[i + 1].from === k)) continue;
    if (toks[k].start === toks[k - 1].end + 1 && modelCode(toks[k].text) && (aloneInListsAt(ctx, s.from) & MISC_LISTS) === 0) {
      s.to = k + 1;
      (makers ??= new Set()).add(ctx.lower[s.from]);
    }
  }
  if (!makers) return spans;
  // The maker named alone in an article that names its models is the company ("Airbus said").
  for (const s of spans) {
    if (s.to - s.from === 1 && s.type === MISC && !s.sure && makers.has(ctx.lower[s.from]) && ctx.cap[s.from] === TITLE) s.type = ORGANIZATION;
  }
  return spans;
}
