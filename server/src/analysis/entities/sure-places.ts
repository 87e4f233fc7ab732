// One-word names that by the CoNLL-2003 guidelines are places whatever the sentence does with
// them: seats of power named for their buildings ("the Élysée", "Matignon", "the Kremlin":
// CoNLL-2003 train types all 11 of its "Kremlin" mentions LOCATION), mountain ranges named in
// the plural ("the Apennines", "the Pyrenees") and Australian states by their abbreviation
// ("NSW", "Qld"). The 1996 tagger never saw most of them and reads them from the verb ("the
// Élysée agreed") as organisations. Not ranges that are also teams or MISC in CoNLL-2003
// ("Rockies", "Urals"). Only a name of one word is retyped; "NSW Treasury" stays a body.
import type { DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { WordSet } from './word-set';

const LOCATION = 2;

const PLACES = new WordSet([
  'élysée', 'elysee', 'elysée', 'kremlin', 'matignon', 'quirinale', 'zhongnanhai',
  'apennines', 'alps', 'andes', 'pyrenees', 'himalayas', 'himalaya', 'carpathians', 'dolomites', 'appalachians',
  'nsw', 'qld',
].map(hashLower));

export function surePlaces(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  let next = 0; // first token not yet covered by a span
  for (const s of spans) {
    for (let k = next; k < s.from; k++) added = addBare(ctx, k, added);
    next = Math.max(next, s.to);
    if (s.to - s.from === 1 && s.type !== LOCATION && !s.sure && PLACES.has(ctx.lower[s.from])) { s.type = LOCATION; s.sure = true; }
  }
  for (let k = next; k < ctx.n; k++) added = addBare(ctx, k, added);
  if (!added) return spans;
  const out = spans.concat(added);
  out.sort((a, b) => a.from - b.from);
  return out;
}

/** An untagged listed place written with a capital ("the Alps", "NSW"). */
function addBare(ctx: DocContext, k: number, added: TokenSpan[] | null): TokenSpan[] | null {
  if (ctx.cap[k] < TITLE || !PLACES.has(ctx.lower[k])) return added;
  (added ??= []).push({ from: k, to: k + 1, type: LOCATION, sure: true });
  return added;
}
