// An obituary's maiden names, in brackets inside the name: "Dorothy Mae (Hartwig) Kessler", "the late
// Otto and Frieda (Baumgartner) Hartwig", "Linda (Mark) Sturgill" (a spouse's given name the same way).
// A name word, one capitalised word in brackets and a name word after are three names of people,
// whatever the tagger made of each alone ("Baumgartner" a place, "Steven" a place).
import type { Segmentation } from '../types';
import { listBits, listClassesAt, type DocContext } from './features';
import { TITLE } from './lexicon';
import { hashLower } from './hash';
import { type TokenSpan, mergeByFrom, tokenSpan } from './spans';
import { PERSON } from './labels';
import { isHonorific } from './honorifics';
import { ORG_HEAD_HASHES } from './org-words';
import { JOB_TITLE_HASHES, TITLE_HASHES } from './titles';

const PEOPLE = listBits('first-name', 'last-name');
const PLACES = listBits('location', 'seen-location', 'country');
const GIVEN = listBits('first-name');

function notName(ctx: DocContext, seg: Segmentation, k: number): boolean {
  const h = ctx.lower[k];
  return ORG_HEAD_HASHES.has(h) || TITLE_HASHES.has(h) || JOB_TITLE_HASHES.has(h) || isHonorific(ctx, seg, k);
}

const OPEN = hashLower('('), CLOSE = hashLower(')');

export function maidenNames(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  // Cheap first: a one-word bracket between title-case words.
  let found: number[] | null = null;
  for (let k = 2; k + 2 < ctx.n; k++) {
    if (ctx.lower[k - 1] !== OPEN || ctx.cap[k] !== TITLE || ctx.lower[k + 1] !== CLOSE || ctx.allCaps[k]) continue;
    const b = k - 2, a = k + 2;
    if (ctx.cap[b] !== TITLE || ctx.cap[a] !== TITLE || ctx.allCaps[b] || ctx.sentFirst[b] !== ctx.sentFirst[a]) continue;
    // A person's name around it: the word before or after is a name of people in the lists, or read as a person;
    // the word in brackets is no place the lists hold ("Canton (Ohio) Repository").
    if ((!personWord(ctx, spans, b) && !personWord(ctx, spans, a)) || (listClassesAt(ctx, k) & PLACES) !== 0) continue;
    // No title, honorific or body's word among the three ("Senator (Dr) Folake", "Marble (Holdings) Ltd").
    if (notName(ctx, seg, b) || notName(ctx, seg, k) || notName(ctx, seg, a)) continue;
    (found ??= []).push(b, a);
    // A given name in brackets is a nickname the tagger reads as it will (CoNLL-2003 dev types "James Leander (Leo)
    // Nichols"'s "Leo" a place); a maiden name is a surname.
    if ((listClassesAt(ctx, k) & GIVEN) === 0) found.push(k);
  }
  if (!found) return spans;
  const at = new Set(found);
  const added: TokenSpan[] = [];
  // Sure, so a later reading of a list ("of Canton and Steven (Julie) Kessler" as two places) leaves them.
  for (const s of spans) if (s.to - s.from === 1 && at.has(s.from) && !s.fixed) { s.type = PERSON; s.sure = true; at.delete(s.from); }
  for (const s of spans) for (let j = s.from; j < s.to; j++) if (at.has(j) && s.type === PERSON) at.delete(j);
  for (const k of at) if (!spans.some((s) => s.from <= k && k < s.to)) added.push(tokenSpan(k, k + 1, PERSON, true));
  added.sort((x, y) => x.from - y.from);
  return added.length ? mergeByFrom(spans, added) : spans;
}

function personWord(ctx: DocContext, spans: TokenSpan[], k: number): boolean {
  if ((listClassesAt(ctx, k) & PEOPLE) !== 0) return true;
  for (const s of spans) if (s.from <= k && k < s.to) return s.type === PERSON;
  return false;
}
