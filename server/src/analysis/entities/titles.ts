// Titles and job words around people's names, shared by the post-rules, and the titled forms of a
// name: "President Nurlanov" is the person "Nurlanov" (CoNLL-2003 leaves titles out of names), and
// the title, as written before the name, makes an alias of the person ("President Nurlanov",
// "Ms. Sterling", "Chief Financial Officer Ines Dahlberg"), never a mention.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { hashLower } from './hash';
import { HONORIFICS } from './honorifics';
import type { RawMention } from './raw-mention';
import { WordSet, wordSet } from './word-set';

/** Titles CoNLL leaves outside a person's name. */
const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'deputy', 'foreign', 'defence', 'defense', 'finance', 'interior',
  'secretary', 'chairman', 'chairwoman', 'general', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'sgt.', 'adm.',
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'mr', 'mrs', 'ms', 'dr', 'sen.', 'rep.', 'gov.', 'senator', 'governor',
  'chancellor', 'premier', 'mayor', 'judge', 'justice', 'ambassador', 'king', 'queen', 'pope', 'prince',
  'princess', 'sheikh', 'former', 'acting', 'coach', 'captain', 'striker', 'midfielder', 'defender',
  'spokesman', 'spokeswoman', 'leader', 'commander', 'chief', 'director', 'executive', 'officer',
  'representative', 'congressman', 'congresswoman', 'chair', 'president-elect', 'mvp', 'lord', 'lady', 'sir',
  // British honours written before the name (round 17: "Dame Lorna Whitcombe" is the person "Lorna Whitcombe").
  'dame', 'baroness',
  'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'emir', 'sultan', 'crown', 'speaker', 'lawmaker',
  'messrs.', 'prof', 'rev.', 'fr.', 'cmdr.', 'cpl.', 'supt.', 'det.', 'cllr', 'cllr.', 'mx', 'mx.',
  // Irish heads of government, and a member's title written before the name ("TD Eoin Mac Aodha").
  'taoiseach', 'tánaiste', 'tanaiste', 'td',
  // Gulf honorifics: "Sayyid Faisal bin Nasser" is the person "Faisal bin Nasser".
  'sayyid', 'sayyida', 'sheikha',
  // A band's members by instrument ("Guitarist Desmond Okonkwo"), an agency's head ("NASA Administrator …").
  'singer', 'guitarist', 'drummer', 'bassist', 'keyboardist', 'vocalist', 'frontman', 'frontwoman', 'rapper', 'administrator',
  // Hyphenated ranks: "European Commission Vice-President Joost …".
  'vice-president', 'vice-chairman', 'vice-chairwoman', 'vice-chair', 'vice-premier', 'vice-chancellor',
  'whip',
  // Round 22: local government's members ("Alderwoman Dolores Pruitt" is the person "Dolores Pruitt").
  'alderman', 'alderwoman', 'alderperson', 'councilman', 'councilwoman', 'councilmember', 'councillor', 'councilor',
  'assemblyman', 'assemblywoman', 'assemblymember', 'selectman', 'selectwoman',
]);
/** Job titles that sit between an organisation and a person's name. */
const JOB_TITLES = new Set([
  'secretary', 'minister', 'governor', 'chairman', 'chairwoman', 'president', 'ceo', 'spokesman', 'spokeswoman',
  'director', 'commissioner', 'ambassador', 'envoy', 'coach', 'manager', 'chancellor', 'senator', 'analyst',
  'economist', 'correspondent', 'editor', 'treasurer', 'prosecutor', 'attorney', 'leader', 'captain',
  'executive', 'officer', 'general', 'chief', 'deputy', 'head', 'founder', 'cfo', 'coo', 'chair',
  'president-elect', 'representative', 'rep.', 'sen.', 'gov.', 'congressman', 'congresswoman', 'mvp', 'star',
  'spokesperson', 'minister-designate', 'nominee', 'premier', 'mayor', 'judge', 'justice', 'lawmaker', 'speaker',
  'secretary-general', 'commander', 'adviser', 'advisor', 'counsel', 'negotiator', 'quarterback', 'pitcher',
  'striker', 'midfielder', 'goalkeeper', 'forward', 'guard', 'defenseman', 'defender', 'winger', 'rookie',
  'vice-president', 'vice-chairman', 'vice-chairwoman', 'vice-chair', 'vice-premier', 'vice-chancellor',
  'administrator', 'auditor', 'comptroller', 'whip',
  // Round 27: a baseball role before the name, capitalised first in a sentence ("Starter Kenji Morita", "Closer Davion Hurtt").
  'starter', 'reliever', 'closer', 'skipper',
  'alderman', 'alderwoman', 'councilman', 'councilwoman', 'councilmember', 'councillor', 'councilor', 'assemblyman', 'assemblywoman',
]);
/** Words inside a multi-word title, never a title alone ("Chief Financial Officer"). */
const TITLE_MODIFIERS = new Set([
  'financial', 'operating', 'technology', 'technical', 'information', 'investment', 'marketing', 'commercial',
  'legal', 'risk', 'strategy', 'medical', 'scientific', 'communications', 'managing', 'senior', 'assistant',
  'associate', 'executive', 'foreign', 'defence', 'defense', 'finance', 'interior', 'trade', 'energy', 'justice',
  // "Huaxin Vice President Sun Lijuan": the organisation ends before "Vice" (round 12).
  'vice',
  // "Senate Minority Leader John Thune", "House Majority Whip …": the chamber, then the title (round 17).
  'majority', 'minority',
]);

/** Titles written after a party or place, never part of its name ("Labour MP", "SNP MSPs"). */
const MEMBER_TITLES = new Set(['mp', 'mps', 'mep', 'meps', 'msp', 'msps', 'mla', 'mlas', 'mpp', 'mpps', 'ms', 'td', 'tds']);

const hashed = (words: Set<string>): WordSet => new WordSet(() => [...words].map(hashLower));
export const TITLE_HASHES = hashed(TITLES);
export const JOB_TITLE_HASHES = hashed(JOB_TITLES);
export const TITLE_MODIFIER_HASHES = hashed(TITLE_MODIFIERS);
export const MEMBER_TITLE_HASHES = hashed(MEMBER_TITLES);
const HONORIFIC_HASHES = hashed(HONORIFICS);

const TITLE_CASE = 3, CAPS = 5;
/** Longest run of title words taken into an alias ("Deputy Assistant Secretary of State"). */
const MAX_TITLE_WORDS = 6;
const OF_FOR = new Set([hashLower('of'), hashLower('for')]);
/** Capitalised words usually in lower case that still start no title ("Then Chief …", "After …"). */
const NOT_TITLE_START = wordSet(['then', 'when', 'with', 'from', 'after', 'before', 'this', 'that', 'said', 'says', 'also', 'while', 'where']);

/** "Police" of "Police Chief": capitalised, usually written in lower case (casing.ts codes 1–3). */
function plainCapitalised(ctx: DocContext, k: number): boolean {
  const c = ctx.casing[k];
  return ctx.cap[k] === TITLE_CASE && !ctx.allCaps[k] && c >= 1 && c <= 3 && !NOT_TITLE_START.has(ctx.lower[k]);
}

/** The title before "of"/"for" and a portfolio of one to three capitalised words ending at name k, or -1. */
function portfolioTitle(ctx: DocContext, k: number): number {
  let j = k - 1;
  const first = ctx.sentFirst[k];
  while (j > first && k - j <= 3 && ctx.cap[j] === TITLE_CASE && !ctx.allCaps[j]) j--;
  if (j === k - 1 || j <= first || !OF_FOR.has(ctx.lower[j]) || titleWord(ctx, j - 1) !== 2) return -1;
  return j - 1;
}

/** A capitalised title word ("President", "Ms.", "CEO"), or a word inside a title ("Foreign"). */
function titleWord(ctx: DocContext, k: number): 0 | 1 | 2 {
  const c = ctx.cap[k];
  if ((c !== TITLE_CASE && c !== CAPS) || ctx.allCaps[k]) return 0;
  const h = ctx.lower[k];
  if (TITLE_HASHES.has(h) || JOB_TITLE_HASHES.has(h) || HONORIFIC_HASHES.has(h)) return 2;
  return TITLE_MODIFIER_HASHES.has(h) ? 1 : 0;
}

/**
 * Marks each person mention written right after a capitalised title with where the titled form
 * starts (`titled`), for grouping to keep as an alias. Lower-case descriptions ("opposition
 * leader Dinara Kaliyeva") are not titles; credits and the dateline have none.
 */
export function titledForms(ctx: DocContext, seg: Segmentation, mentions: RawMention[]): RawMention[] {
  const toks = seg.tokens;
  // Tokens inside a mention: a plain capitalised word of another name ("Homeland Security") starts no title.
  const named = new Uint8Array(ctx.n);
  let t = 0;
  for (const m of mentions) {
    while (t < ctx.n && toks[t].end <= m.start) t++;
    for (let j = t; j < ctx.n && toks[j].start < m.end; j++) named[j] = 1;
  }
  let k = 0;
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.credit || m.fixed) continue;
    // (Mentions come sorted by start.)
    while (k < ctx.n && toks[k].start < m.start) k++;
    if (k >= ctx.n || toks[k].start !== m.start || k === ctx.sentFirst[k]) continue;
    // The word right before the name is a title itself, not only part of one ("Financial"), or
    // ends the portfolio of one ("Secretary of State", "Secretary for Consular Affairs").
    let from = titleWord(ctx, k - 1) === 2 ? k - 1 : portfolioTitle(ctx, k);
    if (from < 0) continue;
    // "Deputy Assistant Secretary", "Police Chief": title words, and capitalised words usually
    // written in lower case, before it.
    while (from > ctx.sentFirst[k] && k - from < MAX_TITLE_WORDS && (titleWord(ctx, from - 1) > 0 || (plainCapitalised(ctx, from - 1) && !named[from - 1]))) from--;
    m.titled = toks[from].start;
  }
  return mentions;
}
