// A company named in full once is often named by its first word after ("Veldhuis Verzekeringen" …
// "Veldhuis said", "Mercantile Bancorporation" … "Mercantile"); the tagger, not knowing the word,
// reads the short form as a person. A one-word person that is the first word of a company's name
// (two words or more, ending in a business word: not "Trump Train", "Clinton Foundation") in the
// article, and no
// word of a person named in full nor a word any list of people's names holds ("Clinton" of the
// "Clinton Foundation" stays the person), is that organisation.
// The same holds for a short form the tagger reads as MISC or a place ("Northmark Energy Inc." …
// "Northmark shares fell" as MISC, "Pimlico Ridge Capital" … "Pimlico Ridge" as a place): the
// leading words of such a company's name, read as MISC (no nationality or MISC name of the lists)
// or a place (no place of the lists), one to three words, are that organisation.
// Round 12: drug and technology companies end in their trade ("Halvard Biologics", "Arbor
// Therapeutics"), and a word the lists know only as a given name may be a company's short form
// ("Halvard" … "Halvard shares rose": a person is named by the surname, alone).
import { aloneInListsAt, listBits, listClassesAt, type DocContext } from './features';
import { GAZ_CLASSES, GAZ_PER_TOKEN, phraseHash } from './gazetteer';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON, ORGANIZATION, LOCATION, MISC } from './labels';

const PEOPLE = ['last-name', 'person', 'seen-person'].map((c) => GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number]));

/** Last words of a business's name. */
const BUSINESS = wordSet([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'sa', 'nv', 'se', 'group', 'holdings',
  'bank', 'bancorp', 'bancorporation', 'insurance', 'partners', 'capital', 'securities', 'industries', 'international', 'energy',
  'verzekeringen', 'versicherung', 'assurances', 'seguros', 'syndicates', 'motors', 'airlines', 'pharmaceuticals', 'technologies',
  'biologics', 'therapeutics', 'biosciences', 'biotech', 'biopharma', 'pharma', 'laboratories', 'labs', 'semiconductor', 'electronics',
  // Round 17: "Cerebrum Systems" … "Cerebrum said".
  'systems', 'solutions', 'software', 'networks', 'robotics', 'devices', 'semiconductors', 'communications', 'enterprises',
  'ventures', 'brands', 'foods', 'resources', 'investments', 'financial', 'logistics', 'aerospace', 'chemicals', 'petroleum',
]);

function peoplesName(ctx: DocContext, k: number): boolean {
  for (let g = 0; g < GAZ_PER_TOKEN; g++) {
    const code = ctx.gaz[k * GAZ_PER_TOKEN + g];
    if (code === 0) return false;
    if (PEOPLE.includes((code - 1) >> 2)) return true;
  }
  return false;
}

/** Lists that make a one-word MISC reading right ("Canadian", "Olympic") or a place reading ("Toronto"). */
const MISC_LISTS = listBits('demonym', 'seen-misc', 'country');
const PLACE_LISTS = listBits('location', 'seen-location', 'country');
/** Longest short form looked for, in words. */
const SHORT_MAX = 3;

/** True when a list of `bits` holds tokens [from, to) as one entry (alone, or from its first word to its last). */
function listedPhrase(ctx: DocContext, from: number, to: number, bits: number): boolean {
  if (to - from === 1) return (aloneInListsAt(ctx, from) & bits) !== 0;
  return (listClassesAt(ctx, from) & bits) !== 0 && (listClassesAt(ctx, to - 1) & bits) !== 0;
}

export function orgShortForms(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let firsts: Set<number> | null = null;
  /** Phrase hashes of the leading words (one to SHORT_MAX, not the whole name) of companies' names. */
  let leads: Set<number> | null = null;
  for (const s of spans) {
    if (s.type !== ORGANIZATION || s.to - s.from < 2 || !BUSINESS.has(ctx.lower[s.to - 1])) continue;
    (firsts ??= new Set()).add(ctx.lower[s.from]);
    for (let e = s.from + 1; e < s.to && e - s.from <= SHORT_MAX; e++) (leads ??= new Set()).add(phraseHash(ctx.lower, s.from, e));
  }
  if (!firsts) return spans;
  for (const s of spans) {
    if ((s.type !== MISC && s.type !== LOCATION) || s.sure || s.to - s.from > SHORT_MAX || ctx.cap[s.from] !== 3) continue;
    if (!leads!.has(phraseHash(ctx.lower, s.from, s.to))) continue;
    if (listedPhrase(ctx, s.from, s.to, s.type === MISC ? MISC_LISTS : PLACE_LISTS)) continue;
    s.type = ORGANIZATION;
  }
  let people: Set<number> | null = null;
  for (const s of spans) {
    if (s.type !== PERSON || s.to - s.from < 2) continue;
    for (let k = s.from; k < s.to; k++) (people ??= new Set()).add(ctx.lower[k]);
  }
  for (const s of spans) {
    if (s.type !== PERSON || s.sure || s.to - s.from !== 1 || !firsts.has(ctx.lower[s.from]) || people?.has(ctx.lower[s.from]) || peoplesName(ctx, s.from)) continue;
    s.type = ORGANIZATION;
  }
  return spans;
}
