// Asian and Australian clubs are named by their town and a word no name list or news casing count
// knows: "Tianjin Teda", "Shanghai SIPG", "Beijing Guoan", "Kashima Antlers" (issue 10, rounds 18–20:
// read as a place and a word, as a person, or the town alone). In an article with a game's score, two
// capitalised words alone (no capitalised word on either side) are a club when
//   - the first is a town of the lists (no country, no given name: "Paris Hilton") and the second a
//     word news text never wrote (casing unknown) or an acronym ("SIPG"), no list holds; or
//   - the second is a plural nickname news text never wrote and no list holds ("Antlers"), before a
//     result's verb or ", who".
// Whatever the tagger read there (in pieces or not at all) gives way, unless a rule was sure of it.
import type { Segmentation } from '../types';
import { aloneInListsAt, listBits, type DocContext } from './features';
import { hashLower } from './hash';
import { CAPS, PUNCT, TITLE } from './lexicon';
import { wordSet } from './word-set';
import { mayHaveResult } from './sports';
import { type TokenSpan, mergeByFrom, tokenSpan } from './spans';
import { ORGANIZATION } from './labels';

const TOWN = listBits('location', 'seen-location');
const NOT_TOWN = listBits('country', 'first-name', 'demonym');
/** Any list but the organisations': the second word must be in none. */
const ANY_BUT_ORG = listBits('first-name', 'last-name', 'person', 'location', 'demonym', 'role', 'seen-person', 'seen-location', 'seen-misc', 'country', 'title');

export function placeClubs(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let clubs: number[] | null = null;
  for (let k = 0; k + 1 < ctx.n; k++) {
    // Cheap first: a title-case word whose next word is capitalised, in one sentence.
    if (ctx.cap[k] !== TITLE || (ctx.cap[k + 1] !== TITLE && ctx.cap[k + 1] !== CAPS) || ctx.titleCase[k] || ctx.allCaps[k] || k + 1 >= ctx.sentEnd[k]) continue;
    if (k > ctx.sentFirst[k] && (ctx.cap[k - 1] === TITLE || ctx.cap[k - 1] === CAPS)) continue;
    if (k + 2 < ctx.sentEnd[k] && (ctx.cap[k + 2] === TITLE || ctx.cap[k + 2] === CAPS)) continue;
    const second = seg.tokens[k + 1].text;
    if (ctx.casing[k + 1] !== 0 || (aloneInListsAt(ctx, k + 1) & ANY_BUT_ORG) !== 0 || second.length < 3) continue;
    const first = aloneInListsAt(ctx, k);
    const town = (first & TOWN) !== 0 && (first & NOT_TOWN) === 0;
    // (Many people's names end in "s", "Ainars Kiksis": a result's verb or "…, who" after the nickname.)
    const plural = second.charCodeAt(second.length - 1) === 115 /* s */ && ctx.cap[k + 1] === TITLE && (first & NOT_TOWN) === 0 && resultAfter(ctx, k + 2);
    if (!town && !plural) continue;
    // Checked last, once per article: a game's score somewhere.
    if (!mayHaveResult(seg, ctx)) return spans;
    (clubs ??= []).push(k, k + 2);
    k++;
  }
  if (!clubs) return spans;
  const drop = new Set<TokenSpan>();
  const add: TokenSpan[] = [];
  let i = 0;
  for (let c = 0; c < clubs.length; c += 2) {
    const from = clubs[c], to = clubs[c + 1];
    while (i < spans.length && spans[i].to <= from) i++;
    let ok = true, exact = false;
    const over: TokenSpan[] = [];
    for (let j = i; j < spans.length && spans[j].from < to; j++) {
      const s = spans[j];
      over.push(s);
      if (s.from === from && s.to === to) exact = true;
      // (A span may run on by punctuation only: the tagger's "SIPG .".)
      if (s.sure || s.fixed || s.from < from || (s.to > to && !punctuationTail(ctx, to, s.to))) ok = false;
    }
    if (!ok) continue;
    if (exact && over.length === 1) { over[0].type = ORGANIZATION; over[0].sure = true; continue; }
    for (const s of over) drop.add(s);
    add.push(tokenSpan(from, to, ORGANIZATION, true));
  }
  if (add.length === 0) return spans;
  return mergeByFrom(drop.size ? spans.filter((s) => !drop.has(s)) : spans, add);
}

function punctuationTail(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.cap[k] !== PUNCT) return false;
  return true;
}

const RESULT_WORDS = wordSet(['beat', 'lost', 'won', 'drew', 'edged', 'thrashed', 'defeated', 'held', 'rallied']);
const COMMA = hashLower(','), WHO = hashLower('who');

/** Token k is a result's verb, or ", who" starts there. */
function resultAfter(ctx: DocContext, k: number): boolean {
  if (k >= ctx.n || k >= ctx.sentEnd[k - 1]) return false;
  return RESULT_WORDS.has(ctx.lower[k]) || (ctx.lower[k] === COMMA && k + 1 < ctx.sentEnd[k] && ctx.lower[k + 1] === WHO);
}
