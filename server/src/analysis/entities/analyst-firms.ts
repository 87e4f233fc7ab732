// "Analyst Rafael Quintero of Bernstein", "strategist Tom Hale of Jefferies": markets copy names a
// forecaster, then the firm he works for after "of". The tagger reads an unknown firm's name from
// the word alone, as a place or a person. A name of up to three words after a person, "of", and a
// forecaster's role word before the person is the firm, unless a list knows it as a place
// ("trader Ann Lee of London").
// Round 12: the firm is also named before the role word, as its modifier ("Jefferies analyst Dana
// Whitlock", "Citi analysts said"), and after it with "at" or "with" ("an analyst at Morningstar in
// Hong Kong"), each also unless a list knows the name as a place or a nationality ("a Singapore
// trader", "Danish analysts", "Wall Street economists").
// Round 14: a plural role before "at" too ("traders at Vitol", "dealers at a bank"), and the second
// of two firms joined by "and" after it ("traders at Vitol and Trafigura").
import { aloneInListsAt, listBits, type DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { hashLower } from './hash';
import { LOWER } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON, ORGANIZATION } from './labels';

const ROLES = wordSet(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'trader', 'dealer', 'broker']);
/** Role words that name a firm's staff only after "at"/"with" (not as a firm's modifier: "a Texas traders' group"). */
const AFTER_ROLES = wordSet(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'trader', 'dealer', 'broker', 'traders', 'dealers', 'brokers']);
const AND = hashLower('and');
const OF = hashLower('of');
const PLACE_BITS = ['location', 'seen-location', 'country', 'demonym'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);
const MAX_WORDS = 3;
/** A one-word name these lists hold alone is a place or a nationality ("Danish analysts"). */
const ALONE_NOT_FIRM = listBits('location', 'seen-location', 'country', 'demonym', 'seen-misc');
const PLURAL_ROLES = wordSet(['analysts', 'economists', 'strategists']);
const AT = hashLower('at'), WITH = hashLower('with');
const POSSESSIVES = wordSet(["'s", '’s']);
const INDEFINITE = wordSet(['a', 'an', 'one']);

export function analystFirms(ctx: DocContext, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  for (let i = 1; i < spans.length; i++) {
    const s = spans[i], p = spans[i - 1];
    if (s.type === ORGANIZATION || s.sure || p.type !== PERSON || p.to + 1 !== s.from || ctx.lower[p.to] !== OF) continue;
    if (s.to - s.from > MAX_WORDS || p.from - 1 < ctx.sentFirst[p.from] || !ROLES.has(ctx.lower[p.from - 1])) continue;
    if ((Math.max(0, gaz.get(phraseHash(ctx.lower, s.from, s.to), 0)) & PLACE_BITS) !== 0) continue;
    s.type = ORGANIZATION;
  }
  let firmTo = -1; // the end of the last firm named after "at"/"with" a role
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const after = firmAfterRole(ctx, s) || (s.from === firmTo + 1 && ctx.lower[firmTo] === AND && s.type !== PERSON);
    if (after && s.to - s.from <= MAX_WORDS) firmTo = s.to;
    if (s.type === ORGANIZATION || s.sure || s.to - s.from > MAX_WORDS) continue;
    if (!after && !firmBeforeRole(ctx, spans, i)) continue;
    if ((Math.max(0, gaz.get(phraseHash(ctx.lower, s.from, s.to), 0)) & PLACE_BITS) !== 0) continue;
    if (s.to - s.from === 1 && (aloneInListsAt(ctx, s.from) & ALONE_NOT_FIRM) !== 0) continue;
    s.type = ORGANIZATION;
  }
  return spans;
}

/** "Jefferies analyst Dana Whitlock", "Citi analysts said": the name, then the role word in lower case, then a person (or a plural role); not "a Texas trader". */
function firmBeforeRole(ctx: DocContext, spans: TokenSpan[], i: number): boolean {
  const s = spans[i], k = s.to;
  if (k >= ctx.sentEnd[s.from] || ctx.cap[k] !== LOWER || !ROLES.has(ctx.lower[k])) return false;
  if (s.from > ctx.sentFirst[s.from] && INDEFINITE.has(ctx.lower[s.from - 1])) return false;
  if (PLURAL_ROLES.has(ctx.lower[k])) return true;
  const next = spans[i + 1];
  return next !== undefined && next.type === PERSON && next.from === k + 1;
}

/** "an analyst at Morningstar in Hong Kong", "economist with Nomura": not a person of two words or more ("analyst at Raymond James" stays as read), nor before "'s". */
function firmAfterRole(ctx: DocContext, s: TokenSpan): boolean {
  const k = s.from - 2;
  if (k < ctx.sentFirst[s.from] || (ctx.lower[k + 1] !== AT && ctx.lower[k + 1] !== WITH) || !AFTER_ROLES.has(ctx.lower[k])) return false;
  if (s.type === PERSON && s.to - s.from > 1) return false;
  return !(s.to < ctx.sentEnd[s.from] && POSSESSIVES.has(ctx.lower[s.to]));
}
