// Given names the census lists do not hold ("Jalen", "Bence", "Treyvon") leave the tagger without its
// best sign of a person (names round 26). Two readings it gets wrong, mended by what stands around
// the name rather than by the name itself:
// - "Jalen Price said …", "coach Jalen Price": two capitalised words read as an organisation, the
//   first a word no list holds and news never writes in lower case, the second a surname the lists
//   hold (and no body's word), are a person when a verb of saying follows or a person's title or
//   noun stands before;
// - "Hungarian Bence Varga attacked …": such a word left out right before a one-word person is the
//   person's given name, after a lower-case word or a nationality.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { listBits, listClassesAt } from './features';
import { LOWER, TITLE } from './lexicon';
import { PERSON, ORGANIZATION, MISC } from './labels';
import { ORG_HEAD_HASHES } from './org-words';
import { OCCUPATION_HASHES } from './occupations';
import { isPersonNoun } from './role-words';
import { JOB_TITLE_HASHES, TITLE_HASHES } from './titles';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';

const LETTERS = /^\p{Lu}\p{Ll}+$/u;
const SAYING = wordSet(['said', 'says', 'told', 'added', 'explained', 'recalled', 'insisted']);
/** A body's unit ends no person's name, though the lists hold it as a surname ("Halden Center said …"). */
const UNITS = wordSet(['center', 'centre', 'lab', 'laboratory', 'clinic', 'program', 'programme', 'project', 'institute']);
const SURNAME = listBits('last-name', 'person', 'seen-person');
const ORG_WORD = listBits('organization', 'seen-organization', 'org-suffix');

/** A capitalised word no list holds and news text never writes in lower case (unknown to the casing table). */
function unknownName(ctx: DocContext, k: number): boolean {
  return ctx.cap[k] === TITLE && !ctx.allCaps[k] && !ctx.titleCase[k] && ctx.casing[k] === 0 && listClassesAt(ctx, k) === 0;
}

/** Token k is a person's title or a word for a person ("coach", "neighbour", "Senator"). */
function personWord(ctx: DocContext, k: number): boolean {
  const h = ctx.lower[k];
  return TITLE_HASHES.has(h) || JOB_TITLE_HASHES.has(h) || OCCUPATION_HASHES.has(h) || isPersonNoun(h);
}

export function unlistedGivenNames(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let prevEnd = 0, prevType = -1;
  for (const s of spans) {
    const a = s.from, b = s.from + 1;
    if (s.type === ORGANIZATION && s.to - s.from === 2 && !s.sure && !s.fixed && !s.held && unknownName(ctx, a) && ctx.cap[b] === TITLE &&
      !ORG_HEAD_HASHES.has(ctx.lower[b]) && !UNITS.has(ctx.lower[b]) && (listClassesAt(ctx, b) & SURNAME) !== 0 && (listClassesAt(ctx, b) & ORG_WORD) === 0) {
      const first = ctx.sentFirst[a];
      if ((s.to < ctx.sentEnd[a] && SAYING.has(ctx.lower[s.to])) || (a > first && personWord(ctx, a - 1))) s.type = PERSON;
    }
    // The word left out before a one-word person: not after another capitalised word left out ("Port Bence Varga").
    const k = a - 1;
    // Mid-sentence after a lower-case word or a nationality ("the Hungarian"), letters only: a sentence's
    // first word ("Bumping Agassi up …", "Regrettably Jimmy …") or a hyphened rank ("Major-General") is no given name.
    if (s.type === PERSON && s.to - s.from === 1 && k > ctx.sentFirst[a] && k >= prevEnd && unknownName(ctx, k) && LETTERS.test(seg.tokens[k].text) &&
      (ctx.cap[k - 1] === LOWER || (prevType === MISC && prevEnd === k))) s.from = k;
    prevEnd = s.to;
    prevType = s.type;
  }
  return spans;
}
