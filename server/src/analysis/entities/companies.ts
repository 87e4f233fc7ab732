// Companies named like people ("Ted Baker", "McMillan"): a name the tagger read as a person
// is an organisation where only a company fits the words around it: "Hollis Marsh shares
// fell", "shares of Hollis Marsh", "a stake in Hollis Marsh", "Hollis Marsh Inc"; and, less
// surely, "Corliss said its revenue rose" and a place in a hyphenated name ("Petro-Canada").
// Round 14: a person reading after "percent of", "control of", "takeover of", "acquisition of",
// "merger with" is the company ("40 percent of Ruch"): CoNLL-2003 train and dev type no person there
// (places and nationalities do follow "percent of", so only a person reading changes).
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { type TokenSpan, tokenSpan } from './spans';
import { LOWER } from './lexicon';
import { WordSet, wordSet } from './word-set';
import { PERSON, ORGANIZATION } from './labels';

const PLACE_BITS = ['location', 'seen-location', 'country'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);

/** Words right after a company's name. */
const SUFFIXES = hashes(['plc', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'shareholders', 'stockholders']);
/** "X shares fell": "shares" and "stock" as a noun, told by the verb after them. */
const STOCK = hashes(['shares', 'stock']);
const MOVES = hashes([
  'fell', 'rose', 'jumped', 'dropped', 'slid', 'gained', 'climbed', 'tumbled', 'surged', 'soared', 'slumped', 'plunged',
  'sank', 'rallied', 'edged', 'were', 'was', 'closed', 'ended', 'traded', 'have', 'had', 'are', 'is', 'hit', 'lost', 'added',
]);
/** "shares of X", "a stake in X". */
const BEFORE = hashes(['shares', 'stake', 'stock', 'shareholders', 'stockholders']);
/** "40 percent of X", "control over X", "a merger with X": said of a company, never of a person. */
const OWNED_OF = hashes(['percent', 'pct', 'control', 'takeover', 'acquisition']);
const OWNED_OVER = hashLower('over'), OWNED_WITH = hashLower('with'), MERGER = hashes(['merger', 'merge', 'merged']);

/** "X said its revenue rose": a one-word name that owns "its" is a company. */
const SAID = hashes(['said', 'says', 'reported', 'posted', 'expects', 'forecast']);
const ITS = hashLower('its');

const OF = hashLower('of'), IN = hashLower('in'), POSSESSIVE = hashLower("'s"), POSSESSIVE_CURLY = hashLower('’s');

function hashes(words: string[]): WordSet {
  return wordSet(words);
}

/** "Petro-Canada": a place after the hyphen of a one-word name. */
function placeInHyphenated(gaz: Gazetteer, text: string): boolean {
  const dash = text.lastIndexOf('-');
  if (dash <= 0 || dash === text.length - 1) return false;
  const part = [hashLower(text.slice(dash + 1))];
  return (Math.max(0, gaz.get(phraseHash(part, 0, 1), 0)) & PLACE_BITS) !== 0;
}

/** "percent of", "control over", "merger with" at `k`, `k + 1`. */
function ownedAfter(ctx: DocContext, k: number): boolean {
  const w = ctx.lower[k], p = ctx.lower[k + 1];
  if (ctx.cap[k] !== LOWER) return false;
  if (p === OF) return OWNED_OF.has(w);
  if (p === OWNED_OVER) return w === CONTROL;
  return p === OWNED_WITH && MERGER.has(w);
}
const CONTROL = hashLower('control');

/** "floated its shares in Hungary": a place the lists know after "shares in" is where, not what. */
function knownPlace(gaz: Gazetteer, ctx: DocContext, s: TokenSpan): boolean {
  return (Math.max(0, gaz.get(phraseHash(ctx.lower, s.from, s.to), 0)) & PLACE_BITS) !== 0;
}

export function companiesNamedLikePeople(ctx: DocContext, seg: Segmentation, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  return spans.map((s) => {
    if (s.type === ORGANIZATION || s.sure) return s;
    const end = ctx.sentEnd[s.from];
    const first = ctx.sentFirst[s.from];
    const k = s.to;
    const next = k < end ? ctx.lower[k] : 0;
    // "London shares fell" is the market of a place: only a person's name is read so.
    const company =
      (s.type === PERSON && (SUFFIXES.has(next) || (STOCK.has(next) && k + 1 < end && MOVES.has(ctx.lower[k + 1])))) ||
      (next !== POSSESSIVE && next !== POSSESSIVE_CURLY && s.from - 2 >= first && BEFORE.has(ctx.lower[s.from - 2]) &&
        (ctx.lower[s.from - 1] === OF || (ctx.lower[s.from - 1] === IN && !knownPlace(gaz, ctx, s)))) ||
      (s.type === PERSON && next !== POSSESSIVE && next !== POSSESSIVE_CURLY && s.from - 2 >= first && ownedAfter(ctx, s.from - 2));
    if (company) return tokenSpan(s.from, s.to, ORGANIZATION, true);
    // Less sure (the article's other mentions may outvote it): a one-word "person" that owns
    // "its", unless a job title or other lower-case word comes before it ("spokesman Hale said its").
    const oneWord = s.type === PERSON && s.to - s.from === 1;
    const owns = oneWord && SAID.has(next) && k + 1 < end && ctx.lower[k + 1] === ITS && (s.from === first || ctx.cap[s.from - 1] !== LOWER);
    if (owns || (oneWord && placeInHyphenated(gaz, seg.tokens[s.from].text))) return tokenSpan(s.from, s.to, ORGANIZATION);
    return s;
  });
}
