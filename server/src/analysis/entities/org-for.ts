// "Centers for Disease Control and Prevention", "National Institute for Health and Care
// Excellence", "Bank for International Settlements": a body's name often goes on past its
// organisation word with "for" and what the body is for, where the tagger stops ("Centers") or
// cuts the rest into pieces ("National Institute" | "Health" | "Care Excellence"). An
// organisation ending in an organisation word, then "for" and capitalised words (with "and",
// "of" or "&" between two of them), is one organisation up to the last capitalised word; commas
// too in a list ending in "and" ("Department for Environment, Food and Rural Affairs", round 16).
import type { DocContext } from './features';
import { hashLower } from './hash';
import { ORG_HEAD_HASHES } from './org-words';
import { type TokenSpan, mergeByFrom, tokenSpan } from './spans';
import { TITLE } from './lexicon';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

const FOR = hashLower('for');
/** Organisation words that take "for" but would type other names wrongly as a last word. */
const HEADS_MORE = wordSet(['centers', 'centres', 'center', 'centre', 'alliance', 'coalition', 'campaign', 'movement', 'union', 'initiative', 'program', 'programme']);
/** "a member of Parliament for Tooting": the seat, not the body's name. */
const SEATS = wordSet(['parliament', 'assembly', 'senate', 'congress']);
const JOINERS = wordSet(['and', 'of', '&']);
/** Longest stretch read after "for". */
const MAX_WORDS = 9;
const AND = hashLower('and'), COMMA = hashLower(',');

export function organisationsFor(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  spans = untaggedHeads(ctx, spans);
  let out: TokenSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const e = stretchFor(ctx, s);
    // What the tagger found inside is swallowed; a name reaching past the stretch is left alone.
    let j = i + 1;
    while (j < spans.length && spans[j].from < e) j++;
    if (e === 0 || spans[j - 1].to > e) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, i);
    out.push({ from: s.from, to: e, type: ORGANIZATION, sure: s.sure });
    i = j - 1;
  }
  return out ?? spans;
}

/** Where the organisation `s` ends with its "for …" stretch, or 0 when it has none. */
function stretchFor(ctx: DocContext, s: TokenSpan): number {
  let k = s.to;
  if (s.type !== ORGANIZATION || k + 1 >= ctx.sentEnd[s.from]) return 0;
  // "Department for Environment" read whole, then ", Food and Rural Affairs": go on from its end.
  let inside = false;
  if (ctx.lower[k] === COMMA) {
    for (let j = s.from + 1; j + 1 < s.to; j++) if (ctx.lower[j] === FOR) { k = j; inside = true; break; }
  }
  if (ctx.lower[k] !== FOR) return 0;
  if (ctx.cap[k - 1] !== TITLE || ctx.titleCase[k - 1] || ctx.allCaps[k - 1]) return 0;
  const head = ctx.lower[k - 1];
  if ((!ORG_HEAD_HASHES.has(head) && !HEADS_MORE.has(head)) || SEATS.has(head)) return 0;
  const end = Math.min(ctx.sentEnd[s.from], k + 1 + MAX_WORDS);
  let e = inside ? s.to : k + 1;
  // Round 16: "Department for Environment, Food and Rural Affairs": commas between the words of a
  // list that ends in "and" (a comma with no "and" after it ends the name there).
  let comma = 0;
  while (e < end) {
    if (ctx.cap[e] === TITLE && !ctx.closed[e]) e++;
    else if (e > k + 1 && JOINERS.has(ctx.lower[e]) && e + 1 < end && ctx.cap[e + 1] === TITLE) {
      if (ctx.lower[e] === AND) comma = 0;
      e += 2;
    } else if (e > k + 1 && ctx.lower[e] === COMMA && e + 1 < end && ctx.cap[e + 1] === TITLE) {
      if (comma === 0) comma = e;
      e += 2;
    } else break;
  }
  if (comma > 0) e = comma;
  return e > (inside ? s.to : k + 1) ? e : 0;
}

/** "the Centres for Rural Health …" with "Centres" untagged: an organisation word mid-sentence before "for" and a capital starts one. */
function untaggedHeads(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  let j = 0;
  for (let k = 1; k + 2 < ctx.n; k++) {
    if (ctx.lower[k + 1] !== FOR || ctx.cap[k] !== TITLE || ctx.cap[k + 2] !== TITLE || k === ctx.sentFirst[k] || k + 2 >= ctx.sentEnd[k]) continue;
    const head = ctx.lower[k];
    if (!ORG_HEAD_HASHES.has(head) && !HEADS_MORE.has(head)) continue;
    while (j < spans.length && spans[j].to <= k) j++;
    if (j < spans.length && spans[j].from <= k) continue;
    const head1: TokenSpan = tokenSpan(k, k + 1, ORGANIZATION);
    if (stretchFor(ctx, head1) > 0) (added ??= []).push(head1);
  }
  return added ? mergeByFrom(spans, added) : spans;
}
