// "Singer Niamh Calloway said …": a capitalised title first in a sentence, read as a MISC or other
// name of its own right before the person, is the person's title, never an entity (as "Ms." is not).
import type { DocContext } from './features';
import type { TokenSpan } from './spans';
import { TITLE_HASHES } from './titles';
import { wordSet } from './word-set';
import { PERSON, ORGANIZATION, LOCATION } from './labels';

const TITLE_CASE = 3;
/** A court's kind before "Judge" ("Circuit Judge", "District Judge"): often capitalised, never a name there. */
const COURT_KINDS = wordSet(['circuit', 'district', 'superior', 'appellate', 'appeals', 'bankruptcy', 'magistrate', 'probate', 'municipal', 'juvenile', 'chancery', 'county', 'family', 'federal']);
const JUDGES = wordSet(['judge', 'justice']);
const OF = wordSet(['of']);
// Not an organisation: "Minister of Finance Bill Birch" names the ministry (CoNLL-2003).

export function dropLoneTitles(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i + 1 < spans.length; i++) {
    const s = spans[i];
    // Round 18: "Circuit Judge Maribel …", "Police Chief Raymond …": a common noun (mostly lower case in
    // news text) read as a name of its own before a title and the person is part of the title.
    const k = s.to;
    if (s.to - s.from === 1 && !s.sure && !s.fixed && spans[i + 1].from === k + 1 && spans[i + 1].type === PERSON && k < ctx.sentEnd[k] &&
      ctx.cap[k] === TITLE_CASE && ctx.cap[s.from] === TITLE_CASE && TITLE_HASHES.has(ctx.lower[k]) &&
      ((ctx.casing[s.from] >= 1 && ctx.casing[s.from] <= 3) || (COURT_KINDS.has(ctx.lower[s.from]) && JUDGES.has(ctx.lower[k])))) {
      s.from = -1; drop = true; continue;
    }
    // Round 27: "the Emir of Ilorin", "the Sultan of Sokoto": a title alone before "of" and a place is no body.
    if (s.to - s.from === 1 && !s.sure && !s.fixed && s.type === ORGANIZATION && spans[i + 1].from === k + 1 && spans[i + 1].type === LOCATION &&
      k < ctx.sentEnd[k] && OF.has(ctx.lower[k]) && ctx.cap[s.from] === TITLE_CASE && TITLE_HASHES.has(ctx.lower[s.from])) {
      s.from = -1; drop = true; continue;
    }
    if (s.to - s.from !== 1 || spans[i + 1].from !== s.to || spans[i + 1].type !== PERSON || s.sure || s.type === ORGANIZATION) continue;
    if (TITLE_HASHES.has(ctx.lower[s.from])) { s.from = -1; drop = true; }
  }
  return drop ? spans.filter((s) => s.from >= 0) : spans;
}
