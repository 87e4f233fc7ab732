// A name set beside a common noun that says what kind of thing it is takes that kind:
// "its main field, Tengiz, declined" and "the port of Aktau" are places, "the operator,
// Chevron, said" an organisation, whatever the tagger guessed from the word alone. Only
// the apposition itself counts (noun, comma, name, then a comma or the end of the sentence),
// or "<place noun> of <name>".
import type { Segmentation } from '../types';
import type { TokenSpan } from './spans';

const PERSON = 0, ORGANIZATION = 1, LOCATION = 2;
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

export function appositiveTypes(seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  const word = (k: number) => (k >= 0 && k < toks.length ? toks[k].text.toLowerCase() : '');
  const sameSentence = (a: number, b: number) => a >= 0 && b < toks.length && toks[a].sentence === toks[b].sentence;
  const closes = (k: number) => k >= toks.length || toks[k].sentence !== toks[k - 1].sentence || word(k) === ',' || word(k) === '.';
  const kindOf = (s: TokenSpan): number | null => {
    if (s.sure || s.to - s.from > MAX_NAME_TOKENS || !sameSentence(s.from - 2, s.from)) return null;
    const before = word(s.from - 1);
    // The noun as written in lower case: "Stephen Field, Paul Lawrie" is a list of people.
    const noun = /^\p{Ll}/u.test(toks[s.from - 2].text) ? word(s.from - 2) : '';
    if (before === 'of') return PLACE_NOUNS_OF.has(noun) && s.type !== ORGANIZATION ? LOCATION : null;
    if (before !== ',' || !closes(s.to)) return null;
    if (PLACE_NOUNS.has(noun) && s.type !== LOCATION) return LOCATION;
    if (ORGANISATION_NOUNS.has(noun) && s.type !== ORGANIZATION) return ORGANIZATION;
    return null;
  };
  let changed = false;
  const out = spans.map((s) => {
    if (s.type !== PERSON && s.type !== ORGANIZATION && s.type !== LOCATION) return s;
    const kind = kindOf(s);
    if (kind === null || kind === s.type) return s;
    changed = true;
    return { ...s, type: kind, sure: true };
  });
  return changed ? out : spans;
}
