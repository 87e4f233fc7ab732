// Laws by their full title after "the": "the Residential Tenancies Act", "the Housing (Scotland)
// Act 2001", "the Planning and Development (Amendment) Act" (round 21: the tagger read pieces, a
// person "Tenancies Act", a place "Scotland", or nothing). Capitalised words (joined by "and", "of",
// "for", "on" and a bracketed part of capitalised words: "(Amendment)", "(No. 2)") from "the" up
// to "Act", and a year written after it ("Act 2001", "Act of 1970"), are one MISC name, as CoNLL-2003
// types laws.
import type { DocContext } from './features';
import { hashLower } from './hash';
import { CAPS, DIGIT, TITLE } from './lexicon';
import { mergeByFrom, tokenSpan, type TokenSpan } from './spans';
import { WordSet, wordSet } from './word-set';
import { MISC } from './labels';

const OF = hashLower('of'), STOP = hashLower('.'), ACT = hashLower('act'), THE = hashLower('the'), OPEN = hashLower('('), CLOSE = hashLower(')');
const JOINS = wordSet(['and', 'of', 'for', 'on', '&']);
/** Longest title walked back, in tokens. */
const MAX = 14;

export function acts(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let made: TokenSpan[] | null = null;
  for (let k = 1; k < ctx.n; k++) {
    if (ctx.lower[k] !== ACT || ctx.cap[k] !== TITLE) continue;
    const from = titleStart(ctx, k);
    if (from < 0) continue;
    let to = k + 1;
    // "Act 2001" (British and Irish style), "Act of 1970" (American).
    if (to < ctx.sentEnd[k] && ctx.cap[to] === DIGIT && isYear(ctx, to)) to++;
    else if (to + 1 < ctx.sentEnd[k] && ctx.lower[to] === OF && ctx.cap[to + 1] === DIGIT && isYear(ctx, to + 1)) to += 2;
    (made ??= []).push(tokenSpan(from, to, MISC));
  }
  if (made === null) return spans;
  // The new names replace every span they overlap, unless a sure one is among them.
  const keep: TokenSpan[] = [];
  const add: TokenSpan[] = [];
  let m = 0;
  const blocked = new Uint8Array(made.length);
  for (const s of spans) {
    while (m < made.length && made[m].to <= s.from) m++;
    for (let j = m; j < made.length && made[j].from < s.to; j++) if (s.to > made[j].from && s.sure) blocked[j] = 1;
  }
  for (let j = 0; j < made.length; j++) if (!blocked[j]) add.push(made[j]);
  if (add.length === 0) return spans;
  m = 0;
  for (const s of spans) {
    while (m < add.length && add[m].to <= s.from) m++;
    if (m < add.length && add[m].from < s.to) continue;
    keep.push(s);
  }
  return mergeByFrom(keep, add);
}

/** The first word of a law's title ending at "Act" (token k), right after "the"; -1 when there is none. */
function titleStart(ctx: DocContext, k: number): number {
  const first = ctx.sentFirst[k];
  let i = k - 1, words = 0;
  while (i >= first && k - i <= MAX && ctx.lower[i] !== THE) {
    if (ctx.lower[i] === CLOSE) {
      // A bracketed part of capitalised words or numbers: "(Amendment)", "(Scotland)", "(No. 2)".
      let j = i - 1;
      while (j > first && ctx.lower[j] !== OPEN && (ctx.cap[j] >= TITLE || ctx.cap[j] === DIGIT || ctx.lower[j] === STOP)) j--;
      if (j <= first || ctx.lower[j] !== OPEN || j === i - 1) return -1;
      i = j - 1;
      continue;
    }
    if (ctx.cap[i] === TITLE || ctx.cap[i] === CAPS) { words++; i--; continue; }
    if (JOINS.has(ctx.lower[i]) && words > 0 && i > first && (ctx.cap[i - 1] === TITLE || ctx.cap[i - 1] === CAPS)) { i--; continue; }
    break;
  }
  if (words === 0 || i < first || ctx.lower[i] !== THE) return -1;
  return i + 1;
}

/** Token k is a year, four digits from 1800 to 2099. */
function isYear(ctx: DocContext, k: number): boolean {
  return YEARS.has(ctx.lower[k]);
}
const YEARS = new WordSet(() => Array.from({ length: 300 }, (_, i) => hashLower(String(1800 + i))));
