// Tournaments, festivals and prizes are MISC in CoNLL-2003 ("U.S. Open", "Davis Cup", "Nobel Prize"),
// but a modern one is named after a place or a sponsor the tagger knows as something else: "Qatar"
// + "Open" (a place and a MISC word), "Dubai Duty Free Tennis Championships" (an organisation),
// "Glastonbury" + "Festival". The event's last word decides, and takes in the name before it.
// Round 14: also across one or two capitalised words before it that the tagger left out ("Adriatic"
// + "Film Festival", "Venice" + "Film Festival"); not when it read them as a name of their own
// ("Australian" + "Davis Cup" captain, "Spanish" + "Super Cup": CoNLL-2003 keeps those apart).
import { listBits, listClassesAt, type DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { LOCATION, MISC } from './labels';

const INTERNATIONAL = hashLower('international');
const COUNTRY = listBits('country');

/** Last words of a competition's, a festival's or a prize's name. */
const EVENT_ENDS = wordSet(['open', 'cup', 'championship', 'championships', 'festival', 'prize', 'trophy', 'prix']);
const GRAND = hashLower('grand'), PRIX = hashLower('prix'), FORMULA = hashLower('formula');

export function eventNames(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let dropped = false;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.sure || ctx.allCaps[s.from]) continue;
    // Round 16: "Saudi" + "Arabian Grand Prix", "Abu" + "Dhabi Grand Prix": a Grand Prix's name that the
    // tagger began inside a name ("Dhabi") takes in the name read right before it. Not "Swiss" + "Grand
    // Prix", "Belgian" + "Formula One Grand Prix", "Berlin" + "Grand Prix": CoNLL-2003 train keeps those apart.
    if (s.to - s.from >= 3 && ctx.lower[s.to - 1] === PRIX && ctx.lower[s.to - 2] === GRAND && ctx.lower[s.from] !== FORMULA && i > 0) {
      const prev = spans[i - 1];
      if (prev.from >= 0 && prev.to === s.from && !prev.sure && prev.from >= ctx.sentFirst[s.from] && !ctx.allCaps[prev.from]) {
        s.from = prev.from;
        prev.from = -1; dropped = true;
      }
    }
    // "Qatar" + "Open": the event's word right after a name, read apart or not at all, joins it.
    const k = s.to;
    if (k < ctx.sentEnd[s.from] && ctx.cap[k] === TITLE && EVENT_ENDS.has(ctx.lower[k])) {
      const next = i + 1 < spans.length ? spans[i + 1] : null;
      if (next && next.from === k) {
        if (next.to !== k + 1) continue;
        next.from = -1; dropped = true;
      } else if (k + 1 < ctx.sentEnd[k] && ctx.cap[k + 1] === TITLE) continue; // "Open" starting a name of its own
      s.to = k + 1;
      s.type = MISC;
      continue;
    }
    const end = eventEndAfter(ctx, k);
    if (end > 0) {
      const next = i + 1 < spans.length ? spans[i + 1] : null;
      if (next && next.from < end) continue;
      s.to = end;
      s.type = MISC;
      continue;
    }
    if (s.to - s.from >= 2 && s.type !== MISC && ctx.cap[s.to - 1] === TITLE && EVENT_ENDS.has(ctx.lower[s.to - 1])) s.type = MISC;
    // Round 16: "Berlin" + "International Film Festival": a town read apart before an event named
    // "International …" is the event's first word (not a country: "Ireland" + "International Cup"?).
    if (s.type === MISC && i > 0 && ctx.lower[s.from] === INTERNATIONAL && ctx.cap[s.to - 1] === TITLE && EVENT_ENDS.has(ctx.lower[s.to - 1])) {
      const prev = spans[i - 1];
      if (prev.from >= 0 && prev.to === s.from && prev.to - prev.from === 1 && prev.type === LOCATION && !prev.sure && (listClassesAt(ctx, prev.from) & COUNTRY) === 0) {
        s.from = prev.from;
        prev.from = -1; dropped = true;
      }
    }
  }
  return dropped ? spans.filter((s) => s.from >= 0) : spans;
}

/** One past an event's word that follows one or two capitalised words from `k` ("Film Festival"), or 0. */
function eventEndAfter(ctx: DocContext, k: number): number {
  const last = ctx.sentEnd[k];
  for (let j = k; j < last && j < k + 3 && ctx.cap[j] === TITLE; j++) {
    if (EVENT_ENDS.has(ctx.lower[j])) return j > k && j + 1 < last && ctx.cap[j + 1] === TITLE ? 0 : j > k ? j + 1 : 0;
  }
  return 0;
}
