// "Harbour inspector Maren Okonkwo-Ladd said …", "Reef warden Kaito Lindqvist": a capitalised
// common word first in a sentence, then a lower-case role word or two and a person, says what the
// role is about; it is a modifier of the role, not a name. Kept when the name lists know the word
// as a place, an organisation or a nationality ("Texas governor Greg Abbott", "Ottawa police chief
// Peter Sloly"), when news text usually capitalises it, or when the article writes it capitalised
// mid-sentence (a club or company named again: "the Ironmen", "Halbridge City").
// Round 17: the same word before a lower-case body's noun, with no person after ("Harbour
// authority to double …", "Border agency says …", "Steel union calls strike") is the body's
// modifier too: what the body is about, not a name.
import type { DocContext } from './features';
import { listBits, aloneInListsAt } from './features';
import { LOWER, TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { JOB_TITLE_HASHES, TITLE_HASHES } from './titles';
import { wordSet } from './word-set';
import { PERSON } from './labels';

/** Usual-casing codes 1–2 (casing.ts): always or mostly written in lower case. */
const MOSTLY_LOWER = 2;
/** docCase bit (features.ts): the word is written capitalised mid-sentence in the document. */
const CAPITALISED_IN_DOC = 2;
const KNOWN_NAME = listBits('location', 'seen-location', 'country', 'organization', 'seen-organization', 'demonym', 'seen-misc');

/** Role words beyond the titles (titles.ts) that name a person's post at a place or service. */
const ROLES = wordSet([
  'inspector', 'warden', 'keeper', 'supervisor', 'dean', 'superintendent', 'marshal', 'ranger', 'pilot',
  'master', 'foreman', 'steward', 'guard', 'constable', 'sergeant', 'lieutenant', 'engineer', 'official',
  'spokesperson', 'manager', 'operator', 'worker', 'nurse', 'doctor', 'surgeon', 'teacher', 'principal',
]);

/** Lower-case nouns of a body that a capitalised common word before them can describe ("Harbour authority"). */
const BODIES = wordSet([
  'authority', 'authorities', 'agency', 'agencies', 'board', 'council', 'councils', 'commission', 'union', 'unions',
  'company', 'companies', 'committee', 'ministry', 'department', 'regulator', 'regulators', 'watchdog', 'service',
  'trust', 'association', 'federation', 'panel', 'office', 'bureau', 'tribunal', 'court', 'inquiry', 'workers',
  'group', 'groups', 'firm', 'firms', 'operator', 'operators', 'body', 'bodies', 'officials', 'chiefs', 'bosses',
]);

function isRole(h: number): boolean {
  return ROLES.has(h) || TITLE_HASHES.has(h) || JOB_TITLE_HASHES.has(h);
}

export function dropRoleModifiers(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.to - s.from !== 1 || s.sure || s.type === PERSON || ctx.sentFirst[s.from] !== s.from) continue;
    const next = i + 1 < spans.length ? spans[i + 1] : null;
    if (next !== null && next.type === PERSON && next.from - s.to >= 1 && next.from - s.to <= 2) {
      let roles = true;
      for (let k = s.to; k < next.from && roles; k++) roles = ctx.cap[k] === LOWER && isRole(ctx.lower[k]);
      if (!roles) continue;
    } else if (!bodyNext(ctx, s.to)) continue;
    // A word written capitalised mid-sentence elsewhere in the article is its name ("Ironmen coach
    // Boris Lemaire" after "the Ironmen have lost"), as is one in capitals or mixed case ("SkyNordic"),
    // unless it is only ever a middle word of a longer name ("Harbour" of "the Veyla Harbour Authority").
    if (ctx.cap[s.from] !== TITLE || ((ctx.docCase[s.from] & CAPITALISED_IN_DOC) !== 0 && namedAlone(ctx, spans, s.from))) continue;
    // Unknown to the casing counts (0) or mostly lower case there, and no place, body or nationality of the lists.
    if (ctx.casing[s.from] > MOSTLY_LOWER || (aloneInListsAt(ctx, s.from) & KNOWN_NAME) !== 0) continue;
    s.from = -1;
    drop = true;
  }
  return drop ? spans.filter((s) => s.from >= 0) : spans;
}

/** A lower-case body's noun at `k`, in the same sentence, not followed by a capitalised word (a person or name: "Port authority chief Ann Lee"). */
function bodyNext(ctx: DocContext, k: number): boolean {
  if (k >= ctx.n || ctx.cap[k] !== LOWER || !BODIES.has(ctx.lower[k]) || ctx.sentFirst[k] !== ctx.sentFirst[k - 1]) return false;
  return k + 1 >= ctx.n || ctx.sentFirst[k + 1] !== ctx.sentFirst[k] || ctx.cap[k + 1] !== TITLE;
}

/** True when the word at `at` is written capitalised mid-sentence elsewhere other than inside a longer name (not its first or last word). */
function namedAlone(ctx: DocContext, spans: TokenSpan[], at: number): boolean {
  const h = ctx.lower[at];
  let j = 0;
  for (let k = 0; k < ctx.n; k++) {
    if (ctx.lower[k] !== h || k === at || ctx.cap[k] !== TITLE || ctx.sentFirst[k] === k) continue;
    while (j < spans.length && spans[j].to <= k) j++;
    // Outside a name, first in one, or last in one ("SC Zeeburg": the club's own word) is the word named.
    if (j >= spans.length || spans[j].from < 0 || spans[j].from >= k || spans[j].to - 1 === k) return true;
  }
  return false;
}
