// A company named in full once is often named by its first word after ("Veldhuis Verzekeringen" …
// "Veldhuis said", "Mercantile Bancorporation" … "Mercantile"); the tagger, not knowing the word,
// reads the short form as a person. A one-word person that is the first word of a company's name
// (two words or more, ending in a business word: not "Trump Train", "Clinton Foundation") in the
// article, and no
// word of a person named in full nor a word any list of people's names holds ("Clinton" of the
// "Clinton Foundation" stays the person), is that organisation.
import type { DocContext } from './features';
import { GAZ_CLASSES, GAZ_PER_TOKEN } from './gazetteer';
import { hashLower } from './hash';
import type { TokenSpan } from './spans';

const PERSON = 0, ORGANIZATION = 1;
const PEOPLE = ['first-name', 'last-name', 'person', 'seen-person'].map((c) => GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number]));

/** Last words of a business's name. */
const BUSINESS = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'sa', 'nv', 'se', 'group', 'holdings',
  'bank', 'bancorp', 'bancorporation', 'insurance', 'partners', 'capital', 'securities', 'industries', 'international', 'energy',
  'verzekeringen', 'versicherung', 'assurances', 'seguros', 'syndicates', 'motors', 'airlines', 'pharmaceuticals', 'technologies',
].map(hashLower));

function peoplesName(ctx: DocContext, k: number): boolean {
  for (let g = 0; g < GAZ_PER_TOKEN; g++) {
    const code = ctx.gaz[k * GAZ_PER_TOKEN + g];
    if (code === 0) return false;
    if (PEOPLE.includes((code - 1) >> 2)) return true;
  }
  return false;
}

export function orgShortForms(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let firsts: Set<number> | null = null;
  for (const s of spans) if (s.type === ORGANIZATION && s.to - s.from >= 2 && BUSINESS.has(ctx.lower[s.to - 1])) (firsts ??= new Set()).add(ctx.lower[s.from]);
  if (!firsts) return spans;
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
