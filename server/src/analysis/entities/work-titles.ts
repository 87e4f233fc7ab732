// Titles of works in quotation marks: "the Ukrainian documentary "Nine Winters"", "a thriller
// called "Low Tide"", ""Salt Moon", the debut feature by …". The tagger reads a quoted title of
// ordinary words as an organisation, a piece of one or nothing; CoNLL-2003 types works as MISC.
// A run of capitalised words (small words such as "of" and "the" inside) that fills a pair of
// quotation marks is a work's title when a noun for a work comes just before the quotes or in a
// short description right after them; the same words elsewhere in the article ("Salt Moon" in the
// headline) are the work too.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { hashLower } from './hash';
import type { TokenSpan } from './spans';
import { PUNCT, TITLE } from './lexicon';
import { WordSet } from './word-set';

const MISC = 3;
const WORKS = new WordSet(['film', 'movie', 'feature', 'documentary', 'album', 'song', 'single', 'track', 'book',
  'novel', 'memoir', 'play', 'musical', 'opera', 'series', 'show', 'drama', 'thriller', 'comedy', 'sitcom', 'podcast', 'painting',
  'exhibition', 'called', 'titled', 'entitled', 'debut', 'sequel', 'hit', 'EP'].map(hashLower));
const SMALL = new WordSet(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'with'].map(hashLower));
const DETERMINERS = new WordSet(['the', 'a', 'an', 'its', 'his', 'her', 'their'].map(hashLower));
// Single quotes too: a headline quotes a title with them ("new album 'Paper Harbour'").
const OPEN = new Set(['"', '“', "'", '‘']);
const CLOSE = new Set(['"', '”', "'", '’']);
const MAX_WORDS = 6;

export function workTitles(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  const found: Array<[number, number]> = [];
  for (let q = 0; q + 2 < ctx.n; q++) {
    // A quotation mark is punctuation: the case class first, the text only then.
    if (ctx.cap[q] !== PUNCT || ctx.cap[q + 1] !== TITLE || !OPEN.has(toks[q].text) || ctx.allCaps[q + 1]) continue;
    let e = q + 1;
    while (e < ctx.n && e - q <= MAX_WORDS && (ctx.cap[e] === TITLE || (SMALL.has(ctx.lower[e]) && e > q + 1))) e++;
    if (e >= ctx.n || !CLOSE.has(toks[e].text) || ctx.cap[e - 1] !== TITLE || e - q > MAX_WORDS) continue;
    if (workBefore(ctx, q) || workAfter(ctx, seg, e)) found.push([q + 1, e]);
    q = e;
  }
  if (found.length === 0) return spans;
  const texts = new Set(found.map(([a, b]) => seg.text.slice(toks[a].start, toks[b - 1].end)));
  const inFound = new Uint8Array(ctx.n);
  for (const [a, b] of found) inFound.fill(1, a, b);
  const out: TokenSpan[] = [];
  for (const s of spans) {
    if (inFound[s.from] || inFound[s.to - 1]) continue;
    const text = seg.text.slice(toks[s.from].start, toks[s.to - 1].end);
    out.push(texts.has(text) ? { from: s.from, to: s.to, type: MISC, sure: true } : s);
  }
  for (const [a, b] of found) out.push({ from: a, to: b, type: MISC, sure: true });
  return out.sort((x, y) => x.from - y.from);
}

/** A noun for a work within three words before the quotes, in the same sentence. */
function workBefore(ctx: DocContext, q: number): boolean {
  for (let k = q - 1; k >= Math.max(ctx.sentFirst[q], q - 3); k--) if (WORKS.has(ctx.lower[k])) return true;
  return false;
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
