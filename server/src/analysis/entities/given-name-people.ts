// "Hillary Clinton" read as an organisation: the tagger learnt "Clinton" from 1996 copy, where it
// often names an administration or a campaign, and never saw "Hillary". A name of two capitalised
// words whose first is a given name of one gender in the census lists (names/given-name-gender.ts)
// is a person, when it is no name the lists hold as an organisation and its last word is no body's
// or company's word nor a common word ("Grace Church", "Hope Street") but a surname the lists hold.
// Round 23: after a transfer's verb ("signed Leon Bright", "£47.5m paid for Leon Bright") a common
// word may be the surname: what a club signs or pays for by a given name is a player.
import type { Segmentation } from '../types';
import { genderOfGivenName } from '../names/given-name-gender';
import { listBits, listClassesAt, type DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import { wordSet } from './word-set';
import { ORG_HEAD_HASHES } from './org-words';
import { PAPER_ENDS } from './name-ends';
import type { TokenSpan } from './spans';
import { PERSON, ORGANIZATION } from './labels';

const ORG_BITS = (1 << GAZ_CLASSES.indexOf('organization')) | (1 << GAZ_CLASSES.indexOf('seen-organization'));
const ORG_WORD = listBits('organization', 'seen-organization', 'org-suffix');
/** A surname the lists hold ("Clinton"), and a first word no list holds as a place or nationality ("French Riviera"). */
const SURNAME = listBits('last-name', 'person', 'seen-person');
const PLACE_WORD = listBits('location', 'seen-location', 'country', 'demonym');
/** A transfer's verbs before the player ("signed", "re-signed", "signing"). */
const SIGNS = wordSet(['signed', 're-signed', 'signing', 'sign', 'signs']);
/** What is paid before "for" and the player ("paid for", "spent £40m for", "a bid for", "a fee for"). */
const PAYS = wordSet(['paid', 'pay', 'pays', 'paying', 'spent', 'bid', 'fee', 'offer', 'offered']);
const FOR = hashLower('for');

/** Token a follows a transfer's verb: "signed Leon Bright", "paid for Leon Bright", "paid £60m for Leon Bright". */
function afterTransfer(ctx: DocContext, a: number): boolean {
  const first = ctx.sentFirst[a];
  if (a - 1 < first) return false;
  if (SIGNS.has(ctx.lower[a - 1])) return true;
  if (ctx.lower[a - 1] !== FOR) return false;
  // The amount may stand between ("paid £60m for"): up to three tokens back.
  for (let k = a - 2; k >= first && k >= a - 5; k--) if (PAYS.has(ctx.lower[k])) return true;
  return false;
}

export function givenNamePeople(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // "Hillary" (an organisation) + "Clinton" (a person, as the article's other mentions make him):
    // a given name read as an organisation right before a person's one-word name is the start of it.
    const next = i + 1 < spans.length ? spans[i + 1] : null;
    if (next !== null && s.type === ORGANIZATION && next.type === PERSON && next.from === s.to && s.to - s.from === 1 && next.to - next.from === 1 && !s.sure && !s.fixed &&
      s.to < ctx.sentEnd[s.from] && ctx.cap[s.from] === TITLE && !ctx.allCaps[s.from] && (listClassesAt(ctx, s.from) & (PLACE_WORD | ORG_WORD)) === 0 &&
      genderOfGivenName(seg.tokens[s.from].text) !== null) {
      s.to = next.to; s.type = PERSON; s.sure = next.sure; next.from = -1; drop = true; i++;
      continue;
    }
    if (s.type !== ORGANIZATION || s.to - s.from !== 2 || s.sure || s.fixed) continue;
    const a = s.from, b = s.from + 1;
    if (ctx.cap[a] !== TITLE || ctx.cap[b] !== TITLE || ctx.allCaps[a] || ctx.titleCase[a]) continue;
    if ((ctx.casing[b] >= 1 && ctx.casing[b] <= 3 && !afterTransfer(ctx, a)) || ORG_HEAD_HASHES.has(ctx.lower[b]) || (listClassesAt(ctx, b) & ORG_WORD) !== 0) continue;
    if ((Math.max(0, gaz.get(phraseHash(ctx.lower, a, s.to), 0)) & ORG_BITS) !== 0) continue;
    if ((listClassesAt(ctx, b) & SURNAME) === 0 || (listClassesAt(ctx, a) & PLACE_WORD) !== 0 || PAPER_ENDS.has(ctx.lower[b])) continue;
    if (!/^\p{L}+$/u.test(seg.tokens[b].text) || genderOfGivenName(seg.tokens[a].text) === null) continue;
    // "Rosa Montalvo said …" after "Minera Rosa Montalvo": the end of a longer organisation's name is it.
    if (tailOfLongerOrg(ctx, spans, a)) continue;
    s.type = PERSON;
  }
  const out = drop ? spans.filter((x) => x.from >= 0) : spans;
  // "songs for Hillary" in an article about "Hillary Clinton": a given name alone, read as an
  // organisation, that starts a person's name in the article is that person.
  let firsts: Set<number> | null = null;
  for (const s of out) {
    if (s.type !== ORGANIZATION || s.to - s.from !== 1 || s.sure || s.fixed || ctx.cap[s.from] !== TITLE || ctx.allCaps[s.from]) continue;
    if (firsts === null) {
      firsts = new Set();
      for (const p of out) if (p.type === PERSON && p.to - p.from >= 2) firsts.add(ctx.lower[p.from]);
    }
    if (!firsts.has(ctx.lower[s.from]) || (listClassesAt(ctx, s.from) & (PLACE_WORD | ORG_WORD)) !== 0 || genderOfGivenName(seg.tokens[s.from].text) === null) continue;
    s.type = PERSON;
  }
  return out;
}

/** Tokens a, a+1 are the last two words of a longer organisation in the article. */
function tailOfLongerOrg(ctx: DocContext, spans: TokenSpan[], a: number): boolean {
  for (const o of spans) {
    if (o.type !== ORGANIZATION || o.to - o.from < 3) continue;
    if (ctx.lower[o.to - 2] === ctx.lower[a] && ctx.lower[o.to - 1] === ctx.lower[a + 1]) return true;
  }
  return false;
}
