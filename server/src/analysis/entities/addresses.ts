// An address in a court or police report: "Callum Pritchard, 34, of Maple Close, Swindon, was
// jailed …". The street ("Maple Close") is a place, and so is the town written after it and a comma,
// whatever the tagger made of it (a football club's town is an organisation to the lists: "Swindon").
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { DIGIT, TITLE } from './lexicon';
import { isStreetWord } from './name-ends';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { LOCATION, PERSON } from './labels';

/** Words before a street in an address: "of Maple Close", "on Elm Road", "at 14 Mill Lane". */
const BEFORE_STREET = wordSet(['of', 'on', 'in', 'at', 'from']);
const COMMA = 44, STOP = 46;

function punct(seg: Segmentation, k: number, code: number): boolean {
  const t = seg.tokens[k].text;
  return t.length === 1 && t.charCodeAt(0) === code;
}

export function addressTowns(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  for (let i = 0; i + 1 < spans.length; i++) {
    const s = spans[i];
    if (s.sure || s.to - s.from < 2 || !isStreetWord(ctx.lower[s.to - 1]) || s.from === ctx.sentFirst[s.from]) continue;
    const b = s.from - 1;
    if (!BEFORE_STREET.has(ctx.lower[b]) && ctx.cap[b] !== DIGIT) continue;
    const town = spans[i + 1];
    const end = ctx.sentEnd[s.from];
    if (town.from !== s.to + 1 || !punct(seg, s.to, COMMA) || town.type === PERSON || town.sure || town.to - town.from > 3) continue;
    if (town.to < end && !punct(seg, town.to, COMMA) && !punct(seg, town.to, STOP)) continue;
    let words = true;
    for (let j = town.from; j < town.to; j++) if (ctx.cap[j] !== TITLE) words = false;
    if (!words) continue;
    // The street too: "Maple Close" is no person, though "Maple" may be a given name and "Close" a surname.
    s.type = LOCATION;
    town.type = LOCATION;
  }
  return spans;
}
