// Reuters headlines start with the desk's word written onto the first name: "Cricket-Hollins
// century puts England in command", "Soccer-Manchester United beat …", "Motor racing-Hamilton takes
// pole", "BRIEF-Halvard Biologics Says …", "EXCLUSIVE-Pfizer in talks …". The tokenizer keeps the hyphenated word whole, so the tagger sees "Cricket-Hollins", not a
// name. The name starts after the hyphen; it is what the article calls it elsewhere: a mention of the
// same text (with the names the tagger read right after it: "United") gives its type, or, for one
// word, the person whose surname it is ("Rory Hollins"). Nothing else is guessed. So does the update
// number of "UPDATE 2-EU, UK give …" (round 16).
import type { EntityType, Segmentation } from '../types';
import { rawMention, type RawMention } from './raw-mention';

/** Desks written before a headline's first word, lower case; "racing" etc. after "Motor", "Horse" … */
const DESKS = new Set([
  'soccer', 'football', 'cricket', 'tennis', 'golf', 'rugby', 'athletics', 'olympics', 'cycling', 'boxing',
  'swimming', 'basketball', 'baseball', 'motorcycling', 'skiing', 'sailing', 'hockey', 'nfl', 'nba', 'nhl', 'mlb',
  'esports', 'equestrian', 'gymnastics', 'judo', 'badminton', 'snooker', 'darts', 'volleyball', 'weightlifting',
  'wrestling', 'triathlon', 'rowing', 'fencing', 'archery', 'doping', 'sports', 'paralympics', 'racing', 'union',
  'league', 'skating', 'jumping', 'mma', 'ufc',
  // The wire's kinds of story: "BRIEF-Halvard Biologics Says …", "EXCLUSIVE-Pfizer in talks …".
  'brief', 'exclusive', 'rpt', 'refile', 'corrected', 'factbox', 'analysis', 'explainer', 'insight', 'breakingviews',
  'column', 'timeline', 'wrapup',
]);
const NAME_PART = /^\p{Lu}[\p{L}\p{M}'’.]*$/u;

export function deskPrefixNames(seg: Segmentation, mentions: RawMention[]): RawMention[] {
  const toks = seg.tokens;
  let out: RawMention[] | null = null;
  let si = 0; // sentences and paragraphs are both in text order: one walk over the sentences
  for (const p of seg.paragraphs) {
    if (p.role !== 'headline') continue;
    while (si < seg.sentences.length && seg.sentences[si].start < p.start) si++;
    const s = seg.sentences[si];
    if (!s || s.start >= p.end) continue;
    for (let k = s.firstToken; k < s.endToken && k < s.firstToken + 2; k++) {
      const t = toks[k].text;
      const dash = t.indexOf('-');
      if (dash < 1 || !(DESKS.has(t.slice(0, dash).toLowerCase()) || isUpdateNumber(toks, k, dash)) || !NAME_PART.test(t.slice(dash + 1))) continue;
      const start = toks[k].start + dash + 1;
      const list: RawMention[] = out ?? mentions;
      // What the tagger or the rules made of the word: the part after the desk, or the whole word.
      const own = list.findIndex((m) => m.start >= toks[k].start && m.start <= start && m.end >= toks[k].end);
      // A name read right after the word ("Soccer-Manchester" + "United").
      const next = own < 0 && k + 1 < s.endToken ? list.findIndex((m) => m.start === toks[k + 1].start) : -1;
      const end = own >= 0 ? list[own].end : next >= 0 ? list[next].end : toks[k].end;
      const type = typeElsewhere(seg.text, list, start, end);
      if (!type) break;
      const kept = list.filter((_, i) => i !== own && i !== next);
      kept.push(rawMention(start, end, seg.text.slice(start, end), type, false));
      out = kept.sort((a, b) => a.start - b.start || b.end - a.end);
      break;
    }
  }
  return out ?? mentions;
}

/** "UPDATE 2-EU, UK give …" (round 16): an update number written onto the first word, which the
 *  tagger then leaves out (a name it read is cut by `seedPrefixLength`). */
function isUpdateNumber(toks: Segmentation['tokens'], k: number, dash: number): boolean {
  if (dash > 2 || k === 0 || toks[k - 1].text !== 'UPDATE') return false;
  const t = toks[k].text;
  for (let i = 0; i < dash; i++) if (t.charCodeAt(i) < 48 || t.charCodeAt(i) > 57) return false;
  return true;
}

/** The type of another mention of text[start, end) in the article, or of the person whose last word it is. */
function typeElsewhere(text: string, mentions: RawMention[], start: number, end: number): EntityType | null {
  const name = text.slice(start, end);
  let surname: EntityType | null = null;
  for (const m of mentions) {
    if (m.start < end && start < m.end) continue;
    if (m.end - m.start === name.length && m.text === name) return m.type;
    if (!surname && m.type === 'PERSON' && !name.includes(' ') && m.text.endsWith(' ' + name)) surname = 'PERSON';
  }
  return surname;
}
