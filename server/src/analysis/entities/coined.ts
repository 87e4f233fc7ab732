// A coined capitalised word ("Brexit", "Megxit", "Stormageddon") is no one's name, but the tagger,
// meeting a word it has never seen, often reads a person. A one-word person the article gives no
// sign of being one — no list knows the word as a name, no title, honorific or role stands before
// it ("daughter Ivanka"), it is no word of a longer name, no number or bracket stands beside it
// (a player in a results line) and no speech verb or "who" follows it anywhere — is a
// name of another kind: MISC, as CoNLL-2003 types events and coinages; or, when it opens a sentence
// as the doer of a business's deed somewhere ("Transnet blamed …", "Mubadala bought …"), an organisation.
import type { Segmentation } from '../types';
import { type DocContext, listClassesAt } from './features';
import { GAZ_CLASSES } from './gazetteer';
import type { RawMention } from './raw-mention';
import { isHonorific } from './honorifics';
import { isPersonNoun } from './role-words';
import { JOB_TITLE_HASHES, TITLE_HASHES } from './titles';
import { TITLE } from './lexicon';
import { wordSet } from './word-set';

/** What a business does, right after its name opening a sentence: a word with no person's sign that
 *  does it is a company or body, no coinage (names round 26: "Transnet blamed cable theft …"). */
const AGENT_DEEDS = wordSet(['blamed', 'bought', 'sold', 'acquired', 'hired', 'sued', 'signed', 'agreed', 'plans', 'took', 'cut', 'raised',
  'posted', 'reported', 'invested', 'launched', 'opened', 'closed', 'expects', 'fined', 'awarded', 'appointed', 'employs', 'owns']);
/** Sentences an article needs before the absence of a sign counts. */
const MIN_SENTENCES = 3;
const NAME_CLASSES = ['first-name', 'last-name', 'person', 'seen-person'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);
const PERSON_AFTER = wordSet([
  'said', 'says', 'told', 'who', 'whose', 'explained', 'argued', 'wrote', 'tweeted', 'insisted', 'noted',
  'asked', 'replied', 'stated', 'declared', 'announced', 'claimed', 'thinks', 'believes', 'himself', 'herself',
]);

/** Retypes, in place, one-word persons with no sign of a person anywhere in the article. */
export function coinedWords(ctx: DocContext, seg: Segmentation, mentions: RawMention[]): void {
  // Round 16: a text of a sentence or two gives no sign of anything: there, "before Simmons stepped
  // in" is as likely a person as not (on CoNLL-2003 dev cut into sentences the rule made MISC of 56
  // right persons for 20 wrong ones). Only an article's silence says something.
  if (seg.sentences.length < MIN_SENTENCES) return;
  const toks = seg.tokens;
  // One-word persons by spelling: 1 while no sign is seen, -1 once the article gives one.
  let words: Map<string, number> | null = null;
  // Names round 26: words that open a sentence as the doer of a business's deed ("Transnet blamed …").
  let agents: Set<string> | null = null;
  let k = 0;
  for (const m of mentions) {
    while (k < ctx.n && toks[k].start < m.start) k++;
    if (m.type !== 'PERSON' || m.credit || m.text.indexOf(' ') >= 0 || k >= ctx.n || toks[k].start !== m.start) continue;
    words ??= new Map();
    if (words.get(m.text) !== -1) words.set(m.text, sign(ctx, seg, k, m) ? -1 : 1);
    if (k === ctx.sentFirst[k] && k + 1 < ctx.sentEnd[k] && AGENT_DEEDS.has(ctx.lower[k + 1])) (agents ??= new Set()).add(m.text);
  }
  if (!words) return;
  // Only words with no sign yet can change (most articles have none): the rest is skipped.
  let open: string[] | null = null;
  for (const [w, v] of words) if (v === 1) (open ??= []).push(w);
  if (!open) return;
  // A word of a longer name is left to it ("Adil Oksuz" … "Oksuz", whatever its type). A name is
  // split only when one of those words is somewhere in its text (a native search, no string built).
  for (const m of mentions) {
    if (m.credit || m.text.indexOf(' ') < 0) continue;
    let inside = false;
    for (const w of open) if (m.text.indexOf(w) >= 0) { inside = true; break; }
    if (!inside) continue;
    for (const w of m.text.split(' ')) if (words.has(w)) words.set(w, -1);
  }
  for (const m of mentions) {
    if (m.type === 'PERSON' && !m.credit && !m.sure && !m.fixed && words.get(m.text) === 1) m.type = agents?.has(m.text) ? 'ORGANIZATION' : 'MISC';
  }
}

function startsWithDigit(seg: Segmentation, k: number): boolean {
  const c = seg.tokens[k].text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Some sign that the one-word name at token k is a person's. */
function sign(ctx: DocContext, seg: Segmentation, k: number, m: RawMention): boolean {
  if (m.sure || m.titled !== undefined || ctx.cap[k] !== TITLE || ctx.allCaps[k]) return true;
  if ((listClassesAt(ctx, k) & NAME_CLASSES) !== 0) return true;
  const first = ctx.sentFirst[k];
  if (k > first) {
    const b = ctx.lower[k - 1];
    if (TITLE_HASHES.has(b) || JOB_TITLE_HASHES.has(b) || isPersonNoun(b) || isHonorific(ctx, seg, k - 1)) return true;
  }
  const end = ctx.sentEnd[k];
  let a = k + 1;
  // Results lines and tables: a number beside the name ("Numan 11th", "3 - Aunger") or a bracket
  // after it ("Samokhvalova (Russia)"): a player.
  if (a < end && (startsWithDigit(seg, a) || seg.tokens[a].text === '(')) return true;
  if (k > first && startsWithDigit(seg, k - 1)) return true;
  if (a < end && seg.tokens[a].text === ',') a++;
  return a < end && PERSON_AFTER.has(ctx.lower[a]);
}
