// A credit line the segmenter did not set apart ("- Additional reporting by Hamdan Al Suwaidi in
// Dubai", "Writing by …; Editing by …" run into the text) still credits people: two to four
// capitalised words right after "reporting by", "writing by", "editing by", "compiled by", read as a
// body or a place, are a person (issue 10, round 24). The name must end before a lower-case word or
// the line's punctuation ("reporting by Reuters staff" stays the agency: one word).
import type { DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORG_HEAD_HASHES } from './org-words';
import { MISC, PERSON } from './labels';

const CREDIT_VERBS = wordSet(['reporting', 'writing', 'editing', 'compiled', 'compilation']);
const BY = hashLower('by');
const SUFFIXES = wordSet(['inc', 'corp', 'ltd', 'plc', 'llc', 'co', 'group', 'ag', 'sa']);

export function creditedNames(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type === PERSON || s.type === MISC || s.sure || s.fixed || s.to - s.from < 2 || s.to - s.from > 4) continue;
    const b = s.from - 1;
    if (b - 1 < ctx.sentFirst[s.from] || ctx.lower[b] !== BY || !CREDIT_VERBS.has(ctx.lower[b - 1])) continue;
    let words = true;
    // (No body's word nor a company's suffix: "compiled by Piper Jaffray Inc" is the firm.)
    for (let k = s.from; k < s.to && words; k++) words = ctx.cap[k] === TITLE && !ORG_HEAD_HASHES.has(ctx.lower[k]) && !SUFFIXES.has(ctx.lower[k]);
    if (words) s.type = PERSON;
  }
  return spans;
}
