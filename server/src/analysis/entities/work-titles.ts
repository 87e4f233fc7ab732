// Titles of works in quotation marks: "the Ukrainian documentary "Nine Winters"", "a thriller
// called "Low Tide"", ""Salt Moon", the debut feature by …". The tagger reads a quoted title of
// ordinary words as an organisation, a piece of one or nothing; CoNLL-2003 types works as MISC.
// A run of capitalised words (small words such as "of" and "the" inside) that fills a pair of
// quotation marks is a work's title when a noun for a work comes just before the quotes or in a
// short description right after them; the same words elsewhere in the article ("Salt Moon" in the
// headline) are the work too.
// Round 14: the quoted run after a capitalised name's possessive is a work ("Ingrid Solberg's
// "Winter Ledger"", a director's film, an author's book), and "soundtrack" is a work noun. In an
// article that names a work so, the other runs of capitalised words that fill a pair of quotation
// marks are works too (a film story: "best actor for "The Night Ferry"", "went to "The Tin
// Orchard""), unless a capitalised word follows the closing mark (a nickname inside a name:
// ""Magic" Johnson"), as are the same words quoted anywhere else in the article.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { type TokenSpan, tokenSpan } from './spans';
import { PUNCT, TITLE } from './lexicon';
import { wordSet } from './word-set';
import { MISC } from './labels';

const WORKS = wordSet(['film', 'movie', 'feature', 'documentary', 'album', 'song', 'single', 'track', 'book',
  'novel', 'memoir', 'play', 'musical', 'opera', 'series', 'show', 'drama', 'thriller', 'comedy', 'sitcom', 'podcast', 'painting',
  'exhibition', 'called', 'titled', 'entitled', 'debut', 'sequel', 'hit', 'EP', 'soundtrack']);
const POSSESSIVES = wordSet(["'s", '’s']);
const SMALL = wordSet(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'with']);
const DETERMINERS = wordSet(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
// Single quotes too: a headline quotes a title with them ("new album 'Paper Harbour'").
const OPEN = new Set(['"', '“', "'", '‘']);
const CLOSE = new Set(['"', '”', "'", '’']);
const MAX_WORDS = 6;

export function workTitles(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  const found: Array<[number, number]> = [];
  const others: Array<[number, number]> = []; // quoted runs with no work noun beside them
  for (let q = 0; q + 2 < ctx.n; q++) {
    // A quotation mark is punctuation: the case class first, the text only then.
    if (ctx.cap[q] !== PUNCT || ctx.cap[q + 1] !== TITLE || !OPEN.has(toks[q].text) || ctx.allCaps[q + 1]) continue;
    let e = q + 1;
    while (e < ctx.n && e - q <= MAX_WORDS && (ctx.cap[e] === TITLE || (SMALL.has(ctx.lower[e]) && e > q + 1))) e++;
    if (e >= ctx.n || !CLOSE.has(toks[e].text) || ctx.cap[e - 1] !== TITLE || e - q > MAX_WORDS) continue;
    if (workBefore(ctx, q) || workAfter(ctx, seg, e) || possessiveBefore(ctx, q)) found.push([q + 1, e]);
    else if (e + 1 >= ctx.n || ctx.cap[e + 1] !== TITLE) others.push([q + 1, e]);
    q = e;
  }
  if (found.length === 0) return spans;
  for (const o of others) found.push(o);
  found.sort((x, y) => x[0] - y[0]);
  const texts = new Set(found.map(([a, b]) => seg.text.slice(toks[a].start, toks[b - 1].end)));
  const inFound = new Uint8Array(ctx.n);
  for (const [a, b] of found) inFound.fill(1, a, b);
  const out: TokenSpan[] = [];
  for (const s of spans) {
    if (inFound[s.from] || inFound[s.to - 1]) continue;
    const text = seg.text.slice(toks[s.from].start, toks[s.to - 1].end);
    out.push(texts.has(text) ? tokenSpan(s.from, s.to, MISC, true) : s);
  }
  for (const [a, b] of found) out.push(tokenSpan(a, b, MISC, true));
  return out.sort((x, y) => x.from - y.from);
}

/** A noun for a work within three words before the quotes, in the same sentence. */
function workBefore(ctx: DocContext, q: number): boolean {
  for (let k = q - 1; k >= Math.max(ctx.sentFirst[q], q - 3); k--) if (WORKS.has(ctx.lower[k])) return true;
  return false;
}

/** "Ingrid Solberg's "Winter Ledger"": a capitalised word and its possessive right before the quotes. */
function possessiveBefore(ctx: DocContext, q: number): boolean {
  return q - 2 >= ctx.sentFirst[q] && POSSESSIVES.has(ctx.lower[q - 1]) && ctx.cap[q - 2] === TITLE;
}

/** ""Salt Moon", the debut feature by …": a comma, a determiner and a work noun within four words. */
function workAfter(ctx: DocContext, seg: Segmentation, e: number): boolean {
  const toks = seg.tokens;
  if (e + 3 >= ctx.n || toks[e + 1].text !== ',' || !DETERMINERS.has(ctx.lower[e + 2])) return false;
  for (let k = e + 3; k < Math.min(ctx.n, e + 7); k++) {
    if (WORKS.has(ctx.lower[k])) return true;
    if (toks[k].text === ',' || toks[k].text === '.') return false;
  }
  return false;
}
