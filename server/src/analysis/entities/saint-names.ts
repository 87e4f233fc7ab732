// "St Clement's Church", "St. Patrick's Cathedral", "St John's College": a body named after a saint
// carries the saint's possessive. The tagger stops at the possessive and reads the saint as a place
// ("St Clement"). A name starting "St"/"St."/"Saint" followed by "'s" and one or two capitalised words
// ending in a church's, school's or hospital's word is one organisation (a church where something
// happens, a place).
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION, LOCATION } from './labels';

const WORSHIP = wordSet(['church', 'cathedral', 'chapel', 'abbey', 'basilica', 'minster', 'priory']);
const AT = wordSet(['at', 'in', 'outside', 'inside', 'near', 'from', 'to', 'into']);
const SAINT = wordSet(['st', 'st.', 'saint', 'ste', 'ste.']);
const POSSESSIVE = wordSet(["'s", '’s']);
const HEADS = wordSet(['church', 'cathedral', 'chapel', 'abbey', 'basilica', 'minster', 'college', 'school', 'academy',
  'hospital', 'hospice', 'university', 'parish', 'priory']);

export function saintNames(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const k = s.to;
    if (s.to - s.from < 2 || s.to - s.from > 3 || !SAINT.has(ctx.lower[s.from]) || k + 1 >= ctx.sentEnd[s.from] || !POSSESSIVE.has(ctx.lower[k])) continue;
    // One or two capitalised words after the possessive, the last a body's word.
    let end = -1;
    for (let j = k + 1; j < k + 3 && j < ctx.sentEnd[s.from] && ctx.cap[j] === TITLE; j++) if (HEADS.has(ctx.lower[j])) { end = j + 1; break; }
    if (end < 0) continue;
    s.to = end;
    // Round 18: a church as the place something happens ("prayers at St Mary's Cathedral", "meets at St.
    // Brendan's Catholic Church") is a building, a place, as CoNLL-2003 types churches; else the body.
    s.type = WORSHIP.has(ctx.lower[end - 1]) && s.from > ctx.sentFirst[s.from] && AT.has(ctx.lower[s.from - 1]) ? LOCATION : ORGANIZATION;
    // Spans the longer name now covers ("Church" read alone) go.
    for (let n = i + 1; n < spans.length && spans[n].from < end; n++) { spans[n].from = -1; drop = true; }
  }
  return drop ? spans.filter((s) => s.from >= 0) : spans;
}
