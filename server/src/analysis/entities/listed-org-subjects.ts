// "General Electric said in 2021 it would split …": a company's name of two to four capitalised
// words that the lists hold as an organisation, and as nothing else, before a verb only speakers and
// companies take, is the company, when the tagger left all of it out (issue 10, round 22: common words
// such as "General" and "Electric" at a sentence's start read to it as a sentence's capitals).
import { listBits, type DocContext } from './features';
import { phraseHash, type Gazetteer } from './gazetteer';
import { TITLE } from './lexicon';
import { mergeByFrom, tokenSpan, type TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

const ORGS = listBits('organization', 'seen-organization');
const OTHERS = listBits('location', 'seen-location', 'country', 'person', 'seen-person', 'seen-misc', 'demonym');
const SPEAKER_VERBS = wordSet(['said', 'says', 'announced', 'reported', 'posted', 'agreed', 'plans', 'warned', 'confirmed', 'denied']);

export function listedOrgSubjects(ctx: DocContext, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  let i = 0;
  for (let k = 0; k < ctx.n; k++) {
    // Cheap first: a verb of speaking after a title-case word.
    if (!SPEAKER_VERBS.has(ctx.lower[k]) || k < 2 || ctx.cap[k - 1] !== TITLE) continue;
    let from = k - 1;
    while (from > ctx.sentFirst[k] && k - from < 4 && ctx.cap[from - 1] === TITLE) from--;
    while (i < spans.length && spans[i].to <= from) i++;
    if (i < spans.length && spans[i].from < k) continue; // some of it is tagged already
    for (; from < k - 1; from++) {
      if (ctx.allCaps[from] || ctx.titleCase[from]) break;
      const mask = gaz.get(phraseHash(ctx.lower, from, k), 0);
      if (mask > 0 && (mask & ORGS) !== 0 && (mask & OTHERS) === 0) {
        (added ??= []).push(tokenSpan(from, k, ORGANIZATION));
        break;
      }
    }
  }
  return added ? mergeByFrom(spans, added) : spans;
}
