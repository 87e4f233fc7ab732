// Markets copy cites banks and brokers by their name alone, the way it cites people: "Numis said in
// a note to clients", "Brenner analysts said", "Hartwell said in a research note". A one-word name
// right before "analysts", "economists", "strategists" or "said in a (research) note" is the firm,
// whatever the tagger made of it (a person, often), unless a person named in full in the article
// has the word ("Smith said in a note" after "Jane Smith, an analyst at …").
import type { DocContext } from './features';
import { hashLower } from './hash';
import { LOWER, TITLE } from './lexicon';
import { type TokenSpan, tokenSpan } from './spans';
import { PERSON, ORGANIZATION } from './labels';

const ANALYSTS = hashLower('analysts'), ECONOMISTS = hashLower('economists'), STRATEGISTS = hashLower('strategists');
const SAID = hashLower('said'), IN = hashLower('in'), A = hashLower('a'), NOTE = hashLower('note'), RESEARCH = hashLower('research');

/** Token k (lower case) starts "analysts …" or "said in a (research) note": integer compares only, as most tokens are lower case. */
function citesFirm(ctx: DocContext, k: number): boolean {
  const w = ctx.lower[k];
  if (w === ANALYSTS || w === ECONOMISTS || w === STRATEGISTS) return true;
  if (w !== SAID || k + 3 >= ctx.sentEnd[k] || ctx.lower[k + 1] !== IN || ctx.lower[k + 2] !== A) return false;
  return ctx.lower[k + 3] === NOTE || (ctx.lower[k + 3] === RESEARCH && k + 4 < ctx.sentEnd[k] && ctx.lower[k + 4] === NOTE);
}

export function researchNotes(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let people: Set<number> | null = null;
  const isPersonWord = (k: number): boolean => {
    if (!people) {
      people = new Set();
      for (const p of spans) if (p.type === PERSON && p.to - p.from >= 2) for (let j = p.from; j < p.to; j++) people.add(ctx.lower[j]);
    }
    return people.has(ctx.lower[k]);
  };
  let added: TokenSpan[] | null = null;
  let i = 0;
  for (let k = 1; k < ctx.n; k++) {
    // The cue's own word first (one case test, one hash set), then the name before it.
    if (ctx.cap[k] !== LOWER || !citesFirm(ctx, k) || ctx.cap[k - 1] !== TITLE || k - 1 < ctx.sentFirst[k]) continue;
    while (i < spans.length && spans[i].to < k) i++;
    const s = i < spans.length && spans[i].to === k ? spans[i] : null;
    if (s) {
      if (s.to - s.from === 1 && s.type === PERSON && !s.sure && !isPersonWord(s.from)) s.type = ORGANIZATION;
      continue;
    }
    // Untagged: a capitalised word no usual-casing count calls a common word ("Numis", not "They").
    const c = ctx.casing[k - 1];
    if ((c >= 1 && c <= 3) || (k - 2 >= ctx.sentFirst[k] && ctx.cap[k - 2] === TITLE) || isPersonWord(k - 1)) continue;
    (added ??= []).push(tokenSpan(k - 1, k, ORGANIZATION));
  }
  if (!added) return spans;
  const out: TokenSpan[] = [];
  let a = 0;
  for (const s of spans) {
    while (a < added.length && added[a].from < s.from) out.push(added[a++]);
    out.push(s);
  }
  while (a < added.length) out.push(added[a++]);
  return out;
}
