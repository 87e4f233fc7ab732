// "a Santa Clara, California-based designer", "Glenview, Ill.-based": the name before a comma and
// a state's or country's "-based" compound is the town the company is based in, a place, whatever
// the tagger read from the name alone (a person, MISC, a body with no body's word). Not before a
// nationality's compound ("Nadarajah Muralidaran, Swiss-based …": a person, then a description).
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { listBits } from './features';
import { phraseHash, type Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { ORG_HEAD_HASHES } from './org-words';
import type { TokenSpan } from './spans';
import { PERSON, ORGANIZATION, LOCATION, MISC } from './labels';

const NATIONALITIES = listBits('demonym');
const COMMA = hashLower(',');

export function basedPlaces(ctx: DocContext, seg: Segmentation, gazetteer: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    const c = s.to, b = s.to + 1;
    // The cheap test first: a comma right after the name, in the same sentence.
    if (b >= ctx.n || ctx.lower[c] !== COMMA || ctx.sentFirst[b] !== ctx.sentFirst[s.from]) continue;
    // A body's reading too, when no word of it is a body's or company's word ("Norwest Corp., Ohio-based …" stays).
    if ((s.type !== PERSON && s.type !== MISC && (s.type !== ORGANIZATION || hasOrgWord(ctx, s.from, s.to))) || s.sure || s.to - s.from > 3) continue;
    const t = seg.tokens[b].text;
    if (t.length < 8 || !t.toLowerCase().endsWith('-based')) continue;
    const first = t.charCodeAt(0);
    if (first < 65 || first > 90) continue;
    // The name part as a one-word phrase of the lists: not a nationality.
    const part = [hashLower(t.slice(0, t.length - 6))];
    if ((Math.max(0, gazetteer.get(phraseHash(part, 0, 1), 0)) & NATIONALITIES) !== 0) continue;
    s.type = LOCATION;
  }
  return spans;
}

function hasOrgWord(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORG_HEAD_HASHES.has(ctx.lower[k]) || ctx.cap[k] !== 3) return true;
  return false;
}
