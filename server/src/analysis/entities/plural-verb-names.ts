// A name written in the singular that takes a plural verb is a team, a band or a company, never a
// person or a town: "Leinster have confirmed …", "Chelsea have agreed a fee", "In the league,
// Kilbrannan have signed …" (British house style treats a club or a group as many people). A person
// is "has"; a place is "has" (issue 10, round 24). The name opens its clause (first in the sentence,
// after a comma or a conjunction): not a name joined to another by "and" ("Smith and Jones have"),
// nor one after a preposition or a noun ("residents of Mamelodi have been asked", "an injury to Mary
// Joe Fernandez have forced …"), nor a country ("England have won": CoNLL-2003 types a national side
// by its country), nor a plural ("Democrats have": the 1996 pages' party members, MISC). A name the
// tagger left out is taken too after a comma or "the", when it is no common word (not '"We have"',
// "Police have said"). Sure, so the article's other mentions follow it.
import type { Segmentation } from '../types';
import { aloneInListsAt, listBits, type DocContext } from './features';
import { TITLE } from './lexicon';
import { mergeByFrom, tokenSpan, type TokenSpan } from './spans';
import { wordSet } from './word-set';
import { hashLower } from './hash';
import { ORGANIZATION } from './labels';
import { plural } from './misc-subjects';

const PLURAL_VERBS = wordSet(['have', 'are', 'were']);
/** Words after which a name opens its clause ("In the URC, Leinster have …", "… but Pilot have …"). */
const CLAUSE_OPENERS = wordSet([',', ';', ':', '(', '"', '“', '—', '–', 'but', 'while', 'when', 'where', 'because', 'that', 'after', 'before', 'since', 'whereas']);
// (Not "if", "though": "if Perot were not in the race" is a wish, not a plural.)
const THE = wordSet(['the']);
const COMMA = hashLower(',');
const COUNTRY_OR_PEOPLE = listBits('country', 'demonym');

export function pluralVerbNames(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  let next = 0; // first token no span covers
  const untagged = (to: number): void => {
    for (let k = next; k < to; k++) if (ctx.cap[k] === TITLE && takesPluralVerb(ctx, seg, k, k + 1, false) && unknownWord(ctx, k)) (added ??= []).push(tokenSpan(k, k + 1, ORGANIZATION, true));
  };
  for (const s of spans) {
    untagged(s.from);
    next = Math.max(next, s.to);
    if (s.fixed || (s.sure && s.type !== ORGANIZATION) || !takesPluralVerb(ctx, seg, s.from, s.to, true)) continue;
    s.type = ORGANIZATION;
    s.sure = true;
  }
  untagged(ctx.n);
  return added ? mergeByFrom(spans, added) : spans;
}

/**
 * Tokens [from, to) are a singular name opening its clause before a plural verb: first in the
 * sentence (`tagged` only: the tagger found a name there, not "There were"), after a comma or a
 * conjunction, or after "the" in such a place. Not "an injury to Mary Joe Fernandez have forced …",
 * "troops besieging Turin were …": there the verb is a longer subject's.
 */
function takesPluralVerb(ctx: DocContext, seg: Segmentation, from: number, to: number, tagged: boolean): boolean {
  if (to >= ctx.sentEnd[from] || !PLURAL_VERBS.has(ctx.lower[to])) return false;
  const last = seg.tokens[to - 1].text;
  if (plural(last) || last.includes('-') || ctx.cap[to - 1] !== TITLE) return false;
  if (to - from === 1 && (aloneInListsAt(ctx, from) & COUNTRY_OR_PEOPLE) !== 0) return false;
  const first = ctx.sentFirst[from];
  let b = from - 1;
  if (b >= first && THE.has(ctx.lower[b])) b--;
  // A word the tagger left out only after a comma or "the" (not '"We have', 'since Thursday have').
  if (!tagged) return b < from - 1 || (b >= first && ctx.lower[b] === COMMA);
  return b < first || CLAUSE_OPENERS.has(ctx.lower[b]);
}

/** An untagged capitalised word that is no common word: not usually written in lower case, nor in a Title Case or all-capitals line. */
function unknownWord(ctx: DocContext, k: number): boolean {
  return !ctx.titleCase[k] && !ctx.allCaps[k] && (ctx.casing[k] === 0 || ctx.casing[k] >= 3);
}
