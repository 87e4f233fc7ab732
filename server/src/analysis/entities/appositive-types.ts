// A name set beside a common noun that says what kind of thing it is takes that kind:
// "its main field, Tengiz, declined" and "the port of Aktau" are places, "the operator,
// Chevron, said" an organisation, whatever the tagger guessed from the word alone. Only
// the apposition itself counts (noun, comma, name, then a comma or the end of the sentence),
// "<place noun> of <name>", or a description after the name ending in such a noun
// ("Belaruskali, the state potash producer, said").
import type { Segmentation } from '../types';
import { mergeByFrom, tokenSpan, type TokenSpan } from './spans';
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import { PERSON, ORGANIZATION, LOCATION, MISC } from './labels';

/** Longest name retyped (longer runs are rarely a bare apposition). */
const MAX_NAME_TOKENS = 3;

const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'field', 'oilfield', 'gasfield', 'port', 'city', 'town', 'village', 'region', 'province', 'district',
  'county', 'island', 'river', 'lake', 'capital', 'country', 'state', 'suburb', 'neighbourhood',
  'neighborhood', 'valley', 'peninsula', 'municipality', 'prefecture', 'township', 'archipelago',
]);
/** "the city of Osk" but not "the field of medicine": nouns that name a place through "of". */
const PLACE_NOUNS_OF: ReadonlySet<string> = new Set([
  'port', 'city', 'town', 'village', 'region', 'province', 'district', 'county', 'island', 'state',
  'municipality', 'prefecture', 'township', 'republic', 'kingdom', 'emirate', 'capital',
]);
const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'operator', 'carrier', 'airline', 'insurer', 'lender', 'retailer', 'manufacturer',
  'miner', 'bank', 'developer', 'publisher', 'broadcaster', 'newspaper', 'automaker', 'carmaker',
  'conglomerate', 'utility', 'startup', 'start-up', 'subsidiary', 'regulator', 'agency', 'charity',
]);
/** Round 20: nouns that say "organisation" in a description after the name only ("Mubadala, Abu Dhabi's
 *  sovereign fund, …", "X, the ruling party,"); before it they are often what a person heads ("the head of
 *  the CFDT union, Sophie …"). */
const AFTER_ONLY = ['fund', 'chipmaker', 'drugmaker', 'brokerage', 'watchdog', 'party', 'group', 'union',
  // Round 24: bands and labels ("Velvet, a Glasgow trio,"), advisers ("Sarab Advisory, a Dubai consultancy,").
  'band', 'trio', 'quartet', 'four-piece', 'five-piece', 'label', 'consultancy'];
/** Round 24: nouns that say "product" (MISC, as CoNLL-2003 types products) before a name set off by commas:
 *  "The company's flagship product, Tally, reads …", "its new chip, Rubin, …". */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set(['product', 'app', 'chip', 'model', 'drug', 'vaccine', 'device', 'handset', 'phone', 'console', 'platform', 'chatbot', 'software', 'album', 'single', 'game']);

/** Heads of a description after the name that say "company" only after a trade ("potash producer"). */
const TRADE_HEADS: ReadonlySet<string> = new Set(['producer', 'maker', 'exporter', 'importer', 'supplier', 'giant', 'major', 'trader', 'provider']);
/** Not trades: "the film's producer", "its executive producer". */
const NOT_TRADES: ReadonlySet<string> = new Set(["'s", '’s', 'executive', 'associate', 'co', 'record', 'film', 'music', 'movie', 'show', 'series', 'its', 'his', 'her', 'their']);
/** Words a description after a name may not hold: it must be one noun phrase ("a lawyer at the firm" is not a firm). */
const LINKS: ReadonlySet<string> = new Set([
  'at', 'of', 'for', 'in', 'with', 'from', 'on', 'to', 'by', 'and', 'or', 'who', 'which', 'that', 'as', 'into', 'under', 'over',
]);
/** Relative pronouns that may end a description after a name, as a comma does. */
const ENDS_CLAUSE: ReadonlySet<string> = new Set(['that', 'which']);
/** Longest description read after a name ("the Belarusian state-owned potash producer"). */
const MAX_DESCRIPTION = 6;
const ORGANISATION_NOUNS_AFTER: ReadonlySet<string> = new Set([...[...ORGANISATION_NOUNS].filter((w) => w !== 'developer' && w !== 'publisher'), ...AFTER_ONLY]);

/**
 * "Belaruskali, the state potash producer, said": the kind a description set after the name says,
 * or null. The description starts with "the", "a" or a name's possessive ("JAXA, Japan's space agency,"), holds no
 * link word, and ends at a comma.
 */
function describedAfter(seg: Segmentation, s: TokenSpan): number | null {
  const toks = seg.tokens;
  const sentence = toks[s.from].sentence;
  const at = (k: number) => (k < toks.length && toks[k].sentence === sentence ? toks[k].text : '');
  if (at(s.to) !== ',') return null;
  const det = at(s.to + 1).toLowerCase();
  // "JAXA, Japan's space agency,": a name's possessive stands for the determiner.
  const article = det === 'the' || det === 'a' || det === 'an';
  let o = s.to + 1;
  if (!article) while (o < s.to + 4 && /^\p{Lu}/u.test(at(o))) o++;
  const owner = o > s.to + 1 && (at(o) === "'s" || at(o) === '’s');
  if (!article && !owner) return null;
  const first = owner ? o + 1 : s.to + 2;
  let k = first;
  while (k - first < MAX_DESCRIPTION && at(k) !== '' && at(k) !== ',' && !LINKS.has(at(k).toLowerCase())) k++;
  // The description ends at a comma, or where a clause about it starts ("Drovehill, a cloud provider that rents …").
  if ((at(k) !== ',' && !ENDS_CLAUSE.has(at(k))) || k === first) return null;
  const head = at(k - 1);
  if (!/^\p{Ll}/u.test(head)) return null;
  if (PLACE_NOUNS.has(head)) return LOCATION;
  if (ORGANISATION_NOUNS_AFTER.has(head)) return ORGANIZATION;
  const before = k - 2 >= first ? at(k - 2) : '';
  if (TRADE_HEADS.has(head) && /^\p{Ll}/u.test(before) && !NOT_TRADES.has(before)) return ORGANIZATION;
  return null;
}

export function appositiveTypes(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  const word = (k: number) => (k >= 0 && k < toks.length ? toks[k].text.toLowerCase() : '');
  const sameSentence = (a: number, b: number) => a >= 0 && b < toks.length && toks[a].sentence === toks[b].sentence;
  const closes = (k: number) => k >= toks.length || toks[k].sentence !== toks[k - 1].sentence || word(k) === ',' || word(k) === '.';
  const kindOf = (s: TokenSpan): number | null => {
    if (s.sure || s.to - s.from > MAX_NAME_TOKENS) return null;
    if (!sameSentence(s.from - 2, s.from)) return describedAfter(seg, s);
    const before = word(s.from - 1);
    if (before !== 'of' && before !== ',') return describedAfter(seg, s);
    // The noun as written in lower case: "Stephen Field, Paul Lawrie" is a list of people.
    const noun = /^\p{Ll}/u.test(toks[s.from - 2].text) ? word(s.from - 2) : '';
    if (before === 'of') return PLACE_NOUNS_OF.has(noun) && s.type !== ORGANIZATION ? LOCATION : null;
    if (before !== ',' || !closes(s.to)) return describedAfter(seg, s);
    if (PLACE_NOUNS.has(noun) && s.type !== LOCATION) return LOCATION;
    if (ORGANISATION_NOUNS.has(noun) && s.type !== ORGANIZATION) return ORGANIZATION;
    if (PRODUCT_NOUNS.has(noun) && s.type !== MISC) return MISC;
    return null;
  };
  let changed = false;
  const out = spans.map((s) => {
    if (s.type !== PERSON && s.type !== ORGANIZATION && s.type !== LOCATION && s.type !== MISC) return s;
    const kind = kindOf(s);
    // A name read as MISC (a coined company name looks like a product's) takes only a company's description.
    if (kind === null || kind === s.type || (s.type === MISC && kind !== ORGANIZATION)) return s;
    changed = true;
    return { ...s, type: kind, sure: true };
  });
  const opened = describedOpeners(ctx, seg, spans);
  return opened ? mergeByFrom(out, opened) : changed ? out : spans;
}

/**
 * Round 24: "Fernhill, a Boston-based start-up that builds …" with the name left out by the tagger: one
 * or two capitalised words opening a sentence, no common words, before a description that says
 * "company" (describedAfter) are that company, sure, so the article's other mentions follow them.
 */
function describedOpeners(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] | null {
  let added: TokenSpan[] | null = null;
  let i = 0;
  for (const sentence of seg.sentences) {
    const k = sentence.firstToken;
    if (k >= sentence.endToken) continue;
    while (i < spans.length && spans[i].to <= k) i++;
    if (i < spans.length && spans[i].from <= k + 1) continue;
    if (ctx.cap[k] !== TITLE || ctx.titleCase[k] || ctx.allCaps[k] || (ctx.casing[k] >= 1 && ctx.casing[k] <= 3)) continue;
    const to = k + 1 < ctx.n && ctx.cap[k + 1] === TITLE && ctx.sentFirst[k + 1] === k && !(ctx.casing[k + 1] >= 1 && ctx.casing[k + 1] <= 3) ? k + 2 : k + 1;
    const span = tokenSpan(k, to, ORGANIZATION, true);
    if (describedAfter(seg, span) === ORGANIZATION) (added ??= []).push(span);
  }
  return added;
}
