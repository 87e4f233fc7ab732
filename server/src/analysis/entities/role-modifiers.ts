// "Harbour inspector Maren Okonkwo-Ladd said …", "Reef warden Kaito Lindqvist": a capitalised
// common word first in a sentence, then a lower-case role word or two and a person, says what the
// role is about; it is a modifier of the role, not a name. Kept when the name lists know the word
// as a place, an organisation or a nationality ("Texas governor Greg Abbott", "Ottawa police chief
// Peter Sloly"), when news text usually capitalises it, or when the article writes it capitalised
// mid-sentence (a club or company named again: "the Ironmen", "Halbridge City").
import type { DocContext } from './features';
import { listBits, aloneInListsAt } from './features';
import { hashLower } from './hash';
import { LOWER, TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { JOB_TITLE_HASHES, TITLE_HASHES } from './titles';
import { WordSet } from './word-set';

const PERSON = 0;
/** Usual-casing codes 1–2 (casing.ts): always or mostly written in lower case. */
const MOSTLY_LOWER = 2;
/** docCase bit (features.ts): the word is written capitalised mid-sentence in the document. */
const CAPITALISED_IN_DOC = 2;
const KNOWN_NAME = listBits('location', 'seen-location', 'country', 'organization', 'seen-organization', 'demonym', 'seen-misc');

/** Role words beyond the titles (titles.ts) that name a person's post at a place or service. */
const ROLES = new WordSet([
  'inspector', 'warden', 'keeper', 'supervisor', 'dean', 'superintendent', 'marshal', 'ranger', 'pilot',
  'master', 'foreman', 'steward', 'guard', 'constable', 'sergeant', 'lieutenant', 'engineer', 'official',
  'spokesperson', 'manager', 'operator', 'worker', 'nurse', 'doctor', 'surgeon', 'teacher', 'principal',
].map(hashLower));

function isRole(h: number): boolean {
  return ROLES.has(h) || TITLE_HASHES.has(h) || JOB_TITLE_HASHES.has(h);
}

export function dropRoleModifiers(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i + 1 < spans.length; i++) {
    const s = spans[i];
    if (s.to - s.from !== 1 || s.sure || s.type === PERSON || ctx.sentFirst[s.from] !== s.from) continue;
    const next = spans[i + 1];
    if (next.type !== PERSON || next.from - s.to < 1 || next.from - s.to > 2) continue;
    let roles = true;
    for (let k = s.to; k < next.from && roles; k++) roles = ctx.cap[k] === LOWER && isRole(ctx.lower[k]);
    if (!roles) continue;
    // A word written capitalised mid-sentence elsewhere in the article is its name ("Ironmen coach
    // Boris Lemaire" after "the Ironmen have lost"), as is one in capitals or mixed case ("SkyNordic").
    if (ctx.cap[s.from] !== TITLE || (ctx.docCase[s.from] & CAPITALISED_IN_DOC) !== 0) continue;
    // Unknown to the casing counts (0) or mostly lower case there, and no place, body or nationality of the lists.
    if (ctx.casing[s.from] > MOSTLY_LOWER || (aloneInListsAt(ctx, s.from) & KNOWN_NAME) !== 0) continue;
    s.from = -1;
    drop = true;
  }
  return drop ? spans.filter((s) => s.from >= 0) : spans;
}
