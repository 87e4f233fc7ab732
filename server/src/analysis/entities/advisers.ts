// Deal stories name banks and law firms by one word, and the tagger reads them as people or leaves
// them out (issue 10, rounds 14 and 20: "Its advisers, Jefferies and ING, declined …", "Freshfields
// is acting for Castlegate, with Linklaters advising the bidder"). A one-word name (read as a person
// or left out; no given name of the lists) is a firm
//   - before "is acting for", "acting for", "is advising", "advising" + an object, or "advised" + "the";
//   - in a list of names right after "advisers,", "brokers,", "bookrunners,", "underwriters,".
// People in such roles are named in full ("Ann Lee, a partner at …").
import type { Segmentation } from '../types';
import { aloneInListsAt, listBits, type DocContext } from './features';
import { hashLower } from './hash';
import { LOWER, TITLE } from './lexicon';
import { type TokenSpan, mergeByFrom, tokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON, ORGANIZATION } from './labels';

const GIVEN = listBits('first-name');
const NOT_FIRM = listBits('location', 'country', 'demonym');
const BE = wordSet(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been']);
const ACTING = hashLower('acting'), ADVISING = hashLower('advising'), ADVISED = hashLower('advised'), FOR = hashLower('for'), THE = hashLower('the');
const ROLES = wordSet(['advisers', 'advisors', 'brokers', 'bookrunners', 'underwriters', 'lawyers']);
const COMMA = hashLower(','), AND = hashLower('and');

/** Token k may be a firm's one-word name. */
function firmWord(ctx: DocContext, k: number): boolean {
  return ctx.cap[k] === TITLE && !ctx.allCaps[k] && !ctx.titleCase[k] && (ctx.casing[k] === 0 || ctx.casing[k] >= 4) && (aloneInListsAt(ctx, k) & (GIVEN | NOT_FIRM)) === 0;
}

/** A deal's verb starts at token k: "(is) acting for", "(is) advising X", "advised the". */
function dealVerbAt(ctx: DocContext, k: number): boolean {
  if (ctx.cap[k] !== LOWER) return false;
  const end = ctx.sentEnd[k];
  if (k < end && BE.has(ctx.lower[k])) k++;
  if (k + 1 >= end || ctx.cap[k] !== LOWER) return false;
  const w = ctx.lower[k], n = ctx.lower[k + 1];
  return (w === ACTING && n === FOR) || (w === ADVISING && (n === THE || ctx.cap[k + 1] === TITLE)) || (w === ADVISED && n === THE);
}

export function advisers(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let firms: number[] | null = null;
  for (let k = 0; k + 1 < ctx.n; k++) {
    if (ctx.cap[k] !== TITLE) continue;
    // A one-word name, no capitalised word on either side.
    if ((k > ctx.sentFirst[k] && ctx.cap[k - 1] === TITLE) || ctx.cap[k + 1] === TITLE) continue;
    // The cheap tests first: casing, then the words around, then the name lists.
    if (ctx.casing[k] !== 0 && ctx.casing[k] < 4) continue;
    if (!(dealVerbAt(ctx, k + 1) || inRoleList(ctx, k)) || !firmWord(ctx, k)) continue;
    (firms ??= []).push(k);
  }
  if (!firms) return spans;
  let added: TokenSpan[] | null = null;
  let i = 0;
  for (const k of firms) {
    while (i < spans.length && spans[i].to <= k) i++;
    const s = i < spans.length && spans[i].from <= k ? spans[i] : null;
    if (s) { if (s.type === PERSON && !s.sure && !s.fixed && s.to - s.from === 1) s.type = ORGANIZATION; }
    else (added ??= []).push(tokenSpan(k, k + 1, ORGANIZATION));
  }
  return added ? mergeByFrom(spans, added) : spans;
}

/** Token k is an item of a list of names right after "advisers,": items are one capitalised word, joined by commas and "and". */
function inRoleList(ctx: DocContext, k: number): boolean {
  let j = k - 1;
  const first = ctx.sentFirst[k];
  if (j <= first || (ctx.lower[j] !== COMMA && ctx.lower[j] !== AND)) return false;
  // Walk back over "X, " / "X and " items to the role noun and its comma.
  for (let guard = 0; guard < 6 && j > first; guard++) {
    if (ctx.lower[j] === COMMA && ctx.cap[j - 1] === LOWER) return ROLES.has(ctx.lower[j - 1]);
    if (ctx.lower[j] !== COMMA && ctx.lower[j] !== AND) return false;
    if (ctx.cap[j - 1] !== TITLE && !(ctx.cap[j - 1] === 5)) return false;
    j -= 2;
  }
  return false;
}
