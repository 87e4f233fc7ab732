// "with Iker Zubiaurre of Movistar third", "Piet Haverkamp of Solvane-Rideaux": the tagger reads a
// person and the team, firm or school after "of" as one person (names round 26). A person's span
// with "of" inside, two capitalised name words or more before it and capitalised words only after
// it, is the person and what they belong to: a place when the lists hold the words after "of" as
// one, else an organisation. Royal and noble styles have one name before "of" ("Catherine of
// Aragon"), so they stay whole.
import { listBits, listClassesAt, type DocContext } from './features';
import { phraseHash, type Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { TITLE, CAP1, CAPS, MIXED } from './lexicon';
import { LOCATION, ORGANIZATION, PERSON } from './labels';
import { tokenSpan, type TokenSpan } from './spans';

const OF = hashLower('of');
/** Casing classes of a word that starts with a capital ("Movistar", "UCI", "Solvane-Rideaux"). */
const CAPITALISED = new Set([TITLE, CAP1, CAPS, MIXED]);
const PLACE_BITS = listBits('location', 'seen-location', 'country');
const ORG_BITS = listBits('organization', 'seen-organization');

export function personOfSides(ctx: DocContext, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((s, i) => {
    const k = ofCut(ctx, s);
    if (k < 0) { out?.push(s); return; }
    out ??= spans.slice(0, i);
    const tail = Math.max(0, gaz.get(phraseHash(ctx.lower, k + 1, s.to), 0));
    const place = (tail & PLACE_BITS) !== 0 && (tail & ORG_BITS) === 0 || (s.to - k === 2 && (listClassesAt(ctx, k + 1) & PLACE_BITS) !== 0 && (listClassesAt(ctx, k + 1) & ORG_BITS) === 0);
    out.push(tokenSpan(s.from, k, PERSON, s.sure), tokenSpan(k + 1, s.to, place ? LOCATION : ORGANIZATION));
  });
  const done = out ?? spans;
  // "Jhonatan Cevallos of Astana Qazaqstan": the tagger split the rider from his team but read the team
  // as a second person. A person right after a person and "of" is what they belong to.
  for (let i = 0; i + 1 < done.length; i++) {
    const a = done[i], b = done[i + 1];
    if (a.type !== PERSON || b.type !== PERSON || b.from !== a.to + 1 || ctx.lower[a.to] !== OF || b.sure || b.fixed || a.to - a.from < 2) continue;
    const whole = Math.max(0, gaz.get(phraseHash(ctx.lower, b.from, b.to), 0));
    b.type = (whole & PLACE_BITS) !== 0 && (whole & ORG_BITS) === 0 ? LOCATION : ORGANIZATION;
  }
  return done;
}

/** The token of "of" that cuts a person's span in two, or -1. */
function ofCut(ctx: DocContext, s: TokenSpan): number {
  if (s.type !== PERSON || s.fixed || s.to - s.from < 4) return -1;
  for (let k = s.from + 2; k + 1 < s.to; k++) {
    if (ctx.lower[k] !== OF) continue;
    for (let j = s.from; j < s.to; j++) if (j !== k && !CAPITALISED.has(ctx.cap[j])) return -1;
    return k;
  }
  return -1;
}
