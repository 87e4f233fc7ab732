// Korean and Taiwanese names are written family name first, the given name's two syllables
// joined by a hyphen with a lower-case second part: "Park Ji-hoon", "Han Mi-ra", "Lee Teng-hui".
// That shape ("Ji-hoon") is no place's, company's or MISC name's: a span of two words, a short
// capitalised family name and such a given name, is a person whatever the tagger read.
// Round 12: written in the Western order with both syllables capitalised ("Wei-Lin Marsh",
// "Mei-Ling Chan"), the given name is left out by the tagger when it opens a sentence: a word of
// that shape no list knows, untagged, right before a person's one-word name, joins it; read with a
// surname the lists know as one name of another type ("Mei-Ling Hale" as an organisation), it is a person.
import type { Segmentation } from '../types';
import { aloneInListsAt, listBits, type DocContext } from './features';
import type { TokenSpan } from './spans';
import { ORG_HEAD_HASHES } from './org-words';
import { isListedGivenName } from '../names/given-name-gender';
import { PERSON } from './labels';

const TITLE = 3, MIXED = 6;
/** "Ji-hoon", "Sang-cheol", "Mi-ra": a capital, lower case, a hyphen, lower case. */
const GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;
/** English words written onto a place's name ("York-based", "Kong-owned"): no given name's second syllable. */
const SUFFIX_WORDS = new Set(['based', 'born', 'bred', 'owned', 'led', 'run', 'made', 'style', 'bound', 'area', 'era', 'wide', 'level', 'like', 'held', 'backed', 'funded', 'linked', 'listed', 'built', 'grown', 'only']);

/** "Wei-Lin", "Mei-Ling": two capitalised syllables of two to five letters. */
const WESTERN_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Lu}\p{Ll}{1,4}$/u;
/** Lists that make such a word something else ("Costa-Rica", "Anglo-Dutch"). */
const OTHER_LISTS = listBits('location', 'seen-location', 'country', 'demonym', 'organization', 'seen-organization', 'seen-misc');
const SURNAME = listBits('last-name');

/** Token k is five to eleven characters with a hyphen inside: read from the text, no token string made. */
function hyphenated(seg: Segmentation, k: number): boolean {
  const { start, end } = seg.tokens[k];
  if (end - start < 5 || end - start > 11) return false;
  for (let i = start + 2; i < end - 2; i++) if (seg.text.charCodeAt(i) === 45) return true;
  return false;
}

/** "Karl-Anthony", "Jean-Luc": two capitalised given names joined by one hyphen, both of the lists (or one, when `oneEnough`). */
function twoGivenNames(t: string, oneEnough: boolean): boolean {
  const h = t.indexOf('-');
  if (h < 2 || h > t.length - 3 || t.indexOf('-', h + 1) >= 0) return false;
  const c = t.charCodeAt(h + 1);
  if (c < 65 || c > 90) return false;
  const a = isListedGivenName(t.slice(0, h)), b = isListedGivenName(t.slice(h + 1));
  return (a && b) || (oneEnough && (a || b));
}

export function hyphenatedGivenNames(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let prevEnd = 0;
  for (const s of spans) {
    const k = s.from - 1;
    if (s.type === PERSON && s.to - s.from === 1 && k >= prevEnd && k >= ctx.sentFirst[s.from] && ctx.cap[k] === TITLE &&
      hyphenated(seg, k) && WESTERN_GIVEN.test(seg.tokens[k].text) && (aloneInListsAt(ctx, k) & OTHER_LISTS) === 0) s.from = k;
    prevEnd = s.to;
    if (s.type !== PERSON && !s.sure && s.to - s.from === 2 && ctx.cap[s.from] === TITLE && ctx.cap[s.from + 1] === TITLE &&
      hyphenated(seg, s.from) && WESTERN_GIVEN.test(seg.tokens[s.from].text) && (aloneInListsAt(ctx, s.from) & OTHER_LISTS) === 0 &&
      (aloneInListsAt(ctx, s.from + 1) & SURNAME) !== 0 && (aloneInListsAt(ctx, s.from + 1) & OTHER_LISTS) === 0) {
      s.type = PERSON;
      continue;
    }
    if (s.type === PERSON || s.sure || s.to - s.from !== 2) continue;
    // Round 21: "Karl-Anthony Towns", "Mary-Kate Fields": two given names of the lists joined by a
    // hyphen (a word of mixed casing), then a capitalised word that ends no body's name, are a person.
    // Either half may be missing from the given-name lists ("Karl") when the surname is in the surname list.
    if ((ctx.cap[s.from] === MIXED || ctx.cap[s.from] === TITLE) && ctx.cap[s.from + 1] === TITLE && !ORG_HEAD_HASHES.has(ctx.lower[s.from + 1]) &&
      twoGivenNames(seg.tokens[s.from].text, (aloneInListsAt(ctx, s.from + 1) & SURNAME) !== 0 && (aloneInListsAt(ctx, s.from + 1) & OTHER_LISTS) === 0)) { s.type = PERSON; continue; }
    if (ctx.cap[s.from] !== TITLE || ctx.titleCase[s.from]) continue;
    const family = seg.tokens[s.from].text;
    const given = seg.tokens[s.from + 1].text;
    if (family.length > 5 || !GIVEN.test(given) || SUFFIX_WORDS.has(given.slice(given.indexOf('-') + 1))) continue;
    s.type = PERSON;
  }
  return spans;
}
