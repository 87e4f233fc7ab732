// "RBC Capital Markets and Scotiabank are advising …": two firms joined by "and" read as one
// organisation. When the words after "and" are, as a whole, a name the organisation lists hold
// (or one word ending in "bank": "Scotiabank", "Rabobank") and the words before are a name of two
// words or more, they are two organisations. A company's suffix after "and" ("Arthur Yates and
// Co") is the same firm's.
// Names with "and" inside ("Securities and Exchange Commission", "Procter and Gamble") have no
// listed organisation after it, or one word before it.
// Round 20: "JPMorgan and Lazard advised …", "Goldman Sachs and Evercore": a listed organisation
// (one word or more) before "and" and a capitalised name after it are two firms too (a name with
// "and" inside starts with no listed firm: "Securities and …", "Duff and Phelps"); and "… Ventures
// and Japanese trading house X" read as one name ends before "and" (a nationality after it).
// Round 22: a building before "and" ("City Hall and St. Louis City SC") is a place, then a name.
import type { Segmentation } from '../types';
import { aloneInListsAt, listBits, type DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { ORG_HEAD_HASHES } from './org-words';
import { companySpelling } from './inner-capitals';
import { type TokenSpan, tokenSpan } from './spans';
import { ORGANIZATION, LOCATION, MISC } from './labels';
import { isBankWord, isGroundEnd, isVenueHall } from './name-ends';

const TITLE = 3;
const AND = hashLower('and');
const ORG_LISTS = (1 << GAZ_CLASSES.indexOf('organization')) | (1 << GAZ_CLASSES.indexOf('seen-organization'));
const DEMONYM = listBits('demonym');
const PLACE = listBits('location', 'country');


export function andSplits(ctx: DocContext, seg: Segmentation, gazetteer: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((s, i) => {
    let cut = -1;
    if (s.type === ORGANIZATION && !s.sure && s.to - s.from >= 4) {
      for (let k = s.from + 2; k < s.to - 1; k++) {
        if (ctx.lower[k] !== AND || ctx.cap[k + 1] !== TITLE) continue;
        if (ORG_HEAD_HASHES.has(ctx.lower[k + 1])) break;
        const mask = gazetteer.get(phraseHash(ctx.lower, k + 1, s.to), 0);
        if ((mask > 0 && (mask & ORG_LISTS) !== 0) || (s.to - k === 2 && isBankWord(seg.tokens[k + 1].text))) cut = k;
        break;
      }
    }
    let second = ORGANIZATION, first = ORGANIZATION;
    if (cut < 0 && s.type === ORGANIZATION && !s.sure && s.to - s.from >= 3) [cut, second] = listedFirm(ctx, seg, gazetteer, s);
    if (cut < 0 && s.type === ORGANIZATION && !s.sure && s.to - s.from >= 4) {
      cut = buildingBeforeAnd(ctx, s);
      if (cut >= 0) [first, second] = [LOCATION, ORGANIZATION];
    }
    if (cut < 0) {
      out?.push(s);
      return;
    }
    out ??= spans.slice(0, i);
    out.push(tokenSpan(s.from, cut, first), tokenSpan(cut + 1, s.to, second));
  });
  return out ?? spans;
}

/** Round 22: "City Hall and St. Louis City SC have settled …": a building's name (a ground, a town's
 *  hall) before "and" and a capitalised word after it are a place and an organisation; where "and" is, or -1. */
function buildingBeforeAnd(ctx: DocContext, s: TokenSpan): number {
  for (let k = s.from + 2; k < s.to - 1; k++) {
    if (ctx.lower[k] !== AND) continue;
    return ctx.cap[k + 1] === TITLE && (isVenueHall(ctx.lower, k) || isGroundEnd(ctx.lower[k - 1])) ? k : -1;
  }
  return -1;
}

/** Where a listed firm before "and", or a nationality after it, cuts an organisation (and the type of what follows), or -1. */
function listedFirm(ctx: DocContext, seg: Segmentation, gazetteer: Gazetteer, s: TokenSpan): [number, number] {
  for (let k = s.from + 1; k < s.to - 1; k++) {
    if (ctx.lower[k] !== AND) continue;
    if (ctx.cap[k + 1] !== TITLE) return [-1, 0];
    // "… Ventures and Japanese": the nationality alone after "and".
    if (k + 2 === s.to && (aloneInListsAt(ctx, k + 1) & (DEMONYM | PLACE)) === DEMONYM) return [k, MISC];
    if (ORG_HEAD_HASHES.has(ctx.lower[k + 1])) return [-1, 0];
    // "Air Canada and WestJet": one word spelt as companies are (an inner capital) is a firm of its own.
    if (k + 2 === s.to && companySpelling(seg.tokens[k + 1].text)) return [k, ORGANIZATION];
    // "Ashgrove Hospitality and Meridale Group", "Kansai Electric Power and Kansai International
    // Airport": a name of two words or more, "and", and a body's name of two or more that starts
    // with a proper name (no common noun: "Australian Securities and Investments Commission" is one).
    if (ORG_HEAD_HASHES.has(ctx.lower[s.to - 1])) return k - s.from >= 2 && s.to - k >= 3 && properWord(ctx, s.from) && properWord(ctx, k + 1) ? [k, ORGANIZATION] : [-1, 0];
    const before = gazetteer.get(phraseHash(ctx.lower, s.from, k), 0);
    const whole = gazetteer.get(phraseHash(ctx.lower, s.from, s.to), 0);
    // (Only before a word never written in lower case: "National Guard and Reserve" is one body.)
    return properWord(ctx, k + 1) && before > 0 && (before & ORG_LISTS) !== 0 && !(whole > 0 && (whole & ORG_LISTS) !== 0) ? [k, ORGANIZATION] : [-1, 0];
  }
  return [-1, 0];
}

/** Token k is capitalised and never written in lower case (casing 0: unknown, 5: always capitalised; not 4, "Telecommunications"). */
function properWord(ctx: DocContext, k: number): boolean {
  return ctx.cap[k] === TITLE && (ctx.casing[k] === 0 || ctx.casing[k] === 5);
}
