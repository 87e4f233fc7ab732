// A person named in full is later called by the surname alone, and the tagger, reading each
// sentence on its own, can miss that word ("Billie Jean King" … "King said"): an untagged
// capitalised word that is the surname of a person named in full in the article is that person.
//
// The same evidence settles the type of names the tagger read otherwise: a one-word name that is the
// surname of a person named in full with a known given name ("Lorena Fairweather" … "Fairweather
// said", read as a place) is that person, unless the word is itself a known place or organisation;
// and a given name that is also a place, before a word the article uses alone for a person
// ("Sydney Marchand" … "Marchand said"), starts a person's name, not a place's.
import type { Segmentation } from '../types';
import { type DocContext, listClassesAt } from './features';
import { GAZ_CLASSES, GAZ_PER_TOKEN } from './gazetteer';
import { coveredTokens, rawMention, type RawMention } from './raw-mention';
import { TITLE } from './lexicon';

const FIRST_NAME = GAZ_CLASSES.indexOf('first-name');
const bits = (names: string[]): number => names.reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);
/** Words that a list knows as a place, an organisation, or a nationality or party ("Reagan Democrats"). */
const NOT_SURNAME = bits(['location', 'organization', 'country', 'seen-location', 'seen-organization', 'demonym', 'seen-misc']);
/** Usual-casing codes (casing.ts) up to "mixed": "In", "Will" are given names too. */
const USUALLY_LOWER = 3;

/** True when token k alone is a given name of the lists, written as one ("Lorena", not "In" or "LA"). */
function givenName(ctx: DocContext, k: number): boolean {
  if (ctx.cap[k] !== TITLE || ctx.allCaps[k] || (ctx.casing[k] > 0 && ctx.casing[k] <= USUALLY_LOWER)) return false;
  for (let g = 0; g < GAZ_PER_TOKEN; g++) {
    const code = ctx.gaz[k * GAZ_PER_TOKEN + g];
    if (code === 0) return false;
    if (code === 1 + FIRST_NAME * 4) return true;
  }
  return false;
}

/** The first token of each mention (mentions sorted by start), -1 where none starts there. */
function firstTokens(seg: Segmentation, mentions: RawMention[]): Int32Array {
  const toks = seg.tokens;
  const out = new Int32Array(mentions.length).fill(-1);
  let k = 0;
  mentions.forEach((m, i) => {
    while (k < toks.length && toks[k].start < m.start) k++;
    if (k < toks.length && toks[k].start === m.start) out[i] = k;
  });
  return out;
}

/** Retypes, in place, the names that the surnames of the article's people say are people. */
function surnameTypes(ctx: DocContext, seg: Segmentation, mentions: RawMention[]): void {
  const first = firstTokens(seg, mentions);
  // Surnames of people named in full with a known given name.
  const sure = new Set<string>();
  mentions.forEach((m, i) => {
    const sp = m.text.lastIndexOf(' ');
    if (m.type === 'PERSON' && !m.credit && sp > 0 && first[i] >= 0 && givenName(ctx, first[i])) sure.add(m.text.slice(sp + 1));
  });
  const alone = new Set<string>();
  mentions.forEach((m, i) => {
    if (m.sure || m.fixed || m.credit || first[i] < 0 || m.text.indexOf(' ') >= 0) return;
    if (m.type !== 'PERSON' && sure.has(m.text) && !NEVER_SURNAMES.has(m.text) && (listClassesAt(ctx, first[i]) & NOT_SURNAME) === 0) m.type = 'PERSON';
    if (m.type === 'PERSON') alone.add(m.text);
  });
  if (alone.size === 0) return;
  mentions.forEach((m, i) => {
    const k = first[i];
    if (m.type === 'PERSON' || m.sure || m.fixed || m.credit || k < 0 || k + 1 >= ctx.n) return;
    const sp = m.text.indexOf(' ');
    if (sp < 0 || m.text.indexOf(' ', sp + 1) >= 0 || !alone.has(m.text.slice(sp + 1))) return;
    if (seg.tokens[k + 1].end !== m.end || !givenName(ctx, k) || (listClassesAt(ctx, k + 1) & NOT_SURNAME) !== 0) return;
    m.type = 'PERSON';
  });
}

/** Capitalised words that a bad full name may end in but that are no one's surname. */
const NEVER_SURNAMES = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]);

export function surnameRepeats(ctx: DocContext, seg: Segmentation, mentions: RawMention[], skip: (token: number) => boolean): RawMention[] {
  surnameTypes(ctx, seg, mentions);
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.credit) continue;
    const sp = m.text.lastIndexOf(' ');
    const last = m.text.slice(sp + 1);
    if (sp > 0 && last.length > 1 && !NEVER_SURNAMES.has(last)) surnames.add(last);
  }
  if (surnames.size === 0) return mentions;
  const toks = seg.tokens;
  const covered = coveredTokens(toks, mentions);
  const added: RawMention[] = [];
  for (let i = 0; i < ctx.n; i++) {
    if (covered[i] || ctx.cap[i] !== TITLE || ctx.allCaps[i] || ctx.titleCase[i] || skip(i)) continue;
    const text = toks[i].text;
    if (!surnames.has(text)) continue;
    // Alone: not part of a longer capitalised name ("King Fahd", "Martin Luther King").
    const first = ctx.sentFirst[i];
    if ((i > first && ctx.cap[i - 1] === TITLE) || (i + 1 < ctx.sentEnd[i] && ctx.cap[i + 1] === TITLE)) continue;
    added.push(rawMention(toks[i].start, toks[i].end, text, 'PERSON', false));
  }
  if (added.length === 0) return mentions;
  return mentions.concat(added).sort((a, b) => a.start - b.start || b.end - a.end);
}
