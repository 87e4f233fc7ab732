// "ECB President Draghi said …", "Fed Chair Yellen told …", "Bundesbank President" + "Weidmann":
// single sentences of 2017 news name people by title and surname alone, and the tagger reads the
// body, the title and the surname as one organisation (or leaves the surname out). splitAtTitles
// (rules.ts) cuts before a full name; this cuts before one surname (issue 10, round 20): a job title
// right before one capitalised word that ends the name (no capitalised word after it), the word no
// common noun, body's word, title or place, is the body (if any words are left before the title)
// and the person.
import type { Segmentation } from '../types';
import { aloneInListsAt, listBits, type DocContext } from './features';
import { hashLower } from './hash';
import { CAPS, TITLE } from './lexicon';
import { ORG_HEAD_HASHES } from './org-words';
import { type TokenSpan, tokenSpan } from './spans';
import { JOB_TITLE_HASHES, TITLE_HASHES, TITLE_MODIFIER_HASHES } from './titles';
import { wordSet } from './word-set';
import { PERSON } from './labels';

const NOT_SURNAME = listBits('location', 'country', 'demonym', 'organization');
const GENERAL = hashLower('general');
/** Titles before "General" ("Secretary General", "Attorney General"); "General Electric" is no title. */
const BEFORE_GENERAL = wordSet(['secretary', 'attorney', 'inspector', 'surgeon', 'solicitor', 'director', 'auditor', 'consul', 'postmaster']);

/** Token k may be a surname after a title. */
function surnameAt(ctx: DocContext, k: number): boolean {
  if (k >= ctx.n || ctx.cap[k] !== TITLE || ctx.allCaps[k] || ctx.titleCase[k]) return false;
  if (ctx.casing[k] >= 1 && ctx.casing[k] <= 3) return false;
  const h = ctx.lower[k];
  if (ORG_HEAD_HASHES.has(h) || JOB_TITLE_HASHES.has(h) || TITLE_HASHES.has(h) || (aloneInListsAt(ctx, k) & NOT_SURNAME) !== 0) return false;
  // One word: nothing capitalised after it.
  return !(k + 1 < ctx.sentEnd[k] && (ctx.cap[k + 1] === TITLE || ctx.cap[k + 1] === CAPS));
}

/** Token t is a title that may stand right before a surname. */
function titleAt(ctx: DocContext, t: number, from: number): boolean {
  if (ctx.cap[t] !== TITLE || !JOB_TITLE_HASHES.has(ctx.lower[t])) return false;
  return ctx.lower[t] !== GENERAL || (t > from && BEFORE_GENERAL.has(ctx.lower[t - 1]));
}

export function titleSurnames(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    let t = -1, w = -1;
    if (s.type !== PERSON && !s.sure && !s.fixed && s.to - s.from >= 2) {
      const next = i + 1 < spans.length ? spans[i + 1] : null;
      // "ECB President Draghi" read whole; "Bundesbank President" + an untagged "Weidmann".
      if (titleAt(ctx, s.to - 2, s.from) && surnameAt(ctx, s.to - 1)) { t = s.to - 2; w = s.to - 1; }
      else if (s.to < ctx.sentEnd[s.from] && titleAt(ctx, s.to - 1, s.from) && (!next || next.from > s.to) && surnameAt(ctx, s.to)) { t = s.to - 1; w = s.to; }
    }
    if (t < 0) { out?.push(s); continue; }
    out ??= spans.slice(0, i);
    let left = t;
    while (left > s.from && (JOB_TITLE_HASHES.has(ctx.lower[left - 1]) || TITLE_MODIFIER_HASHES.has(ctx.lower[left - 1]) || TITLE_HASHES.has(ctx.lower[left - 1]))) left--;
    if (left > s.from) out.push(tokenSpan(s.from, left, s.type));
    out.push(tokenSpan(w, w + 1, PERSON));
  }
  return out ?? spans;
}
