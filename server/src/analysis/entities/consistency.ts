// Document-level consistency: a name keeps one type through an article. A one-word mention
// that is the surname of a person named in full elsewhere in the article is that person
// ("Kessler" of "Marta L. Kessler"), and a name written the same way takes the type most of its
// mentions have (the tagger reads each mention in its own context, and some contexts mislead).
import type { EntityType } from '../types';
import type { RawMention } from './rules';

function nameWords(text: string): string[] {
  // Initials do not count as name parts ("Walter J. Brennan").
  return text.split(' ').filter((w) => w.length > 0 && !/^[A-Z]\.?$/.test(w));
}

export function harmoniseTypes(mentions: RawMention[]): RawMention[] {
  const personParts = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.credit) continue;
    const w = nameWords(m.text);
    if (w.length >= 2) personParts.add(w[w.length - 1]);
  }
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    // Credits and the dateline neither change nor vote; a rule's sure type ("Ms. May",
    // "shares of Hollis Marsh") does not change and counts thrice.
    if (m.credit || m.fixed) continue;
    if (!m.sure && m.type !== 'PERSON' && m.type !== 'MISC' && !m.text.includes(' ') && personParts.has(m.text)) m.type = 'PERSON';
    // Written the same way, capitals included: "NEW YORK" in a results table is not "New York".
    let v = votes.get(m.text);
    if (!v) votes.set(m.text, (v = new Map()));
    v.set(m.type, (v.get(m.type) ?? 0) + (m.sure ? 3 : 1));
  }
  for (const m of mentions) {
    if (m.credit || m.fixed || m.sure) continue;
    const v = votes.get(m.text);
    if (!v || v.size < 2) continue;
    let best = m.type;
    let bestN = v.get(m.type) ?? 0;
    for (const [t, n] of v) if (n > bestN) { best = t; bestN = n; }
    m.type = best;
  }
  return mentions;
}
