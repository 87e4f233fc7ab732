// "ScotRail said services …", "BlackRock said it had cut …": one word with a capital inside after a
// stem of three letters or more is a company's spelling (CoNLL-2003 holds 36 such words in
// organisations' names and none as a person's one-word name: its people's names with an inner
// capital start with a particle, "MacLean", "VanLandingham", or stand beside a second name,
// "MaliVai Washington"). Read as a person alone, or left out, it is an organisation (issue 10, round 20).
import { listBits, aloneInListsAt, type DocContext } from './features';
import { TITLE } from './lexicon';
import type { Segmentation } from '../types';
import { type TokenSpan, mergeByFrom, tokenSpan } from './spans';
import { PERSON, ORGANIZATION } from './labels';

/** Stems of people's names written with an inner capital ("MacArthur", "VanDyke", "FitzGerald", "DelBene"). */
const PARTICLE_STEMS = new Set(['mac', 'van', 'von', 'fitz', 'del', 'des', 'dos', 'das', 'der', 'ter', 'ten', 'san', 'della', 'dela', 'delle', 'la', 'le', 'de', 'di', 'da', 'du']);
const PEOPLE = listBits('first-name', 'last-name', 'person', 'seen-person');

export function innerCapitals(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  let i = 0;
  for (let k = 0; k < ctx.n; k++) {
    // Cheap first: a title-case word news text never wrote (such spellings are rare words).
    if (ctx.cap[k] !== TITLE || ctx.casing[k] !== 0 || ctx.allCaps[k] || ctx.titleCase[k]) continue;
    while (i < spans.length && spans[i].to <= k) i++;
    const s = i < spans.length && spans[i].from <= k ? spans[i] : null;
    // A one-word person, or a word no span holds ("Air Canada and WestJet said …").
    if (s && (s.type !== PERSON || s.sure || s.fixed || s.to - s.from !== 1)) continue;
    // (Not a handle: "@JohnMelloy".)
    if (!companySpelling(seg.tokens[k].text) || (aloneInListsAt(ctx, k) & PEOPLE) !== 0 || (k > 0 && seg.tokens[k - 1].text === '@')) continue;
    if (s) s.type = ORGANIZATION;
    else (added ??= []).push(tokenSpan(k, k + 1, ORGANIZATION));
  }
  return added ? mergeByFrom(spans, added) : spans;
}

/** A company's spelling: an inner capital after a stem of three letters or more, no particle's stem, not two or more pieces of three letters each ("JulAug", "FinMin": abbreviations). */
export function companySpelling(t: string): boolean {
  const stem = innerCapitalStem(t);
  if (stem < 3 || PARTICLE_STEMS.has(t.slice(0, stem).toLowerCase())) return false;
  let piece = 0, threes = true;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 65;
    if (i > 0 && c >= 65 && c <= 90) { if (piece !== 3) threes = false; piece = 0; }
    piece++;
  }
  return !threes;
}

/** The length of the stem before a word's first inner capital ("ScotRail": 4), when letters alone make it and a lower-case letter follows the capital; else 0. */
function innerCapitalStem(t: string): number {
  let at = 0;
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const upper = c >= 65 && c <= 90, lower = c >= 97 && c <= 122;
    if (!upper && !lower) return 0;
    if (upper && at === 0) {
      if (i + 1 >= t.length) return 0;
      const n = t.charCodeAt(i + 1);
      if (n < 97 || n > 122) return 0;
      at = i;
    }
  }
  return at;
}
