// Music copy names bands and records with ordinary words, and introduces them with a noun:
// "Glasgow duo Velvet Ordnance", "indie band Marrow & Pine", "their third album, Copper Hearts,",
// "the EP Neon Parish". The tagger reads a band of two capitalised words as a person and a record
// as an organisation or a person. A band noun right before a name makes it an organisation
// (CoNLL-2003 types bands ORG); a record noun right before (or before a comma) makes it a work,
// MISC. Not a person's name ("the duo Ana Ruiz and …": a given name and a surname the lists know) nor a name the lists know.
import type { DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { LOWER } from './lexicon';
import { ORG_HEAD_HASHES } from './org-words';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION, MISC } from './labels';

const BANDS = wordSet(['band', 'duo', 'trio', 'quartet', 'quintet', 'three-piece', 'four-piece', 'five-piece', 'supergroup']);
const RECORDS = wordSet(['album', 'ep', 'lp', 'mixtape']);
const COMMA = hashLower(','), THE = hashLower('the');
const LISTED = ['location', 'seen-location', 'country', 'organization', 'seen-organization', 'person', 'seen-person']
  .reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);
const FIRST_NAME = 1 << GAZ_CLASSES.indexOf('first-name');
const LAST_NAME = 1 << GAZ_CLASSES.indexOf('last-name');
const MAX_WORDS = 4;

function mask(gaz: Gazetteer, ctx: DocContext, from: number, to: number): number {
  return Math.max(0, gaz.get(phraseHash(ctx.lower, from, to), 0));
}

export function musicNames(ctx: DocContext, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.sure || s.to - s.from > MAX_WORDS) continue;
    // "EP Neon Parish": the record's kind glued to its title (not "EP Budget Committee", the European Parliament's).
    if (s.to - s.from >= 2 && RECORDS.has(ctx.lower[s.from]) && ctx.cap[s.from] !== LOWER && (mask(gaz, ctx, s.from + 1, s.from + 2) & FIRST_NAME) === 0 &&
      !ORG_HEAD_HASHES.has(ctx.lower[s.to - 1])) {
      s.from++; s.type = MISC; continue;
    }
    const first = ctx.sentFirst[s.from];
    let k = s.from - 1;
    if (k < first) continue;
    const comma = ctx.lower[k] === COMMA;
    if (comma) k--;
    // "Irish band The Gannets": a band's own "The", left out of the name, sits between (round 14).
    const the = !comma && k > first && ctx.lower[k] === THE && ctx.cap[k] !== LOWER && BANDS.has(ctx.lower[k - 1]);
    if (the) k--;
    if (k < first || ctx.cap[k] !== LOWER) continue;
    const h = ctx.lower[k];
    const band = !comma && BANDS.has(h) && s.type !== ORGANIZATION;
    // After a comma, only a title set off by commas or ending the sentence ("album, Copper Hearts, to").
    const record = !the && RECORDS.has(h) && s.type !== MISC && (!comma || s.to >= ctx.sentEnd[s.from] || ctx.lower[s.to] === COMMA || ctx.cap[s.to] === 0);
    if (!band && !record) continue;
    // A person's name (a given name, then a surname the lists know), or a name the lists know.
    const personLike = (mask(gaz, ctx, s.from, s.from + 1) & FIRST_NAME) !== 0 && (s.to - s.from === 1 || (mask(gaz, ctx, s.to - 1, s.to) & LAST_NAME) !== 0);
    // Round 24: a common word capitalised after a band's noun is the band's name though some list holds it
    // ("Leeds band Harbour", "Glasgow trio Velvet").
    const common = band && s.to - s.from === 1 && ctx.casing[s.from] >= 1 && ctx.casing[s.from] <= 3;
    if (personLike || ((mask(gaz, ctx, s.from, s.to) & LISTED) !== 0 && !common)) continue;
    s.type = band ? ORGANIZATION : MISC;
    if (band) s.sure = true;
  }
  return spans;
}
