// Document-level consistency: a name keeps one type through an article. A one-word mention
// that is the surname of a person named in full elsewhere in the article is that person
// ("Kessler" of "Marta L. Kessler"), and a name written the same way takes the type most of its
// mentions have (the tagger reads each mention in its own context, and some contexts mislead).
import type { EntityType } from '../types';
import type { RawMention } from './rules';

/** The last word of a name of two words or more, or '' ("Brennan" of "Walter J. Brennan"). */
function surname(text: string): string {
  const sp = text.lastIndexOf(' ');
  return sp > 0 ? text.slice(sp + 1) : '';
}

const TYPES: EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];

function typeIndex(t: EntityType): number {
  return t === 'PERSON' ? 0 : t === 'ORGANIZATION' ? 1 : t === 'LOCATION' ? 2 : 3;
}

export function harmoniseTypes(mentions: RawMention[]): RawMention[] {
  const personParts = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.credit) continue;
    const last = surname(m.text);
    if (last.length > 1) personParts.add(last);
  }
  /** Votes per spelling: one count per type, and how many types have any. */
  const votes = new Map<string, Int32Array>();
  for (const m of mentions) {
    // Credits and the dateline neither change nor vote; a rule's sure type ("Ms. May",
    // "shares of Hollis Marsh") does not change and counts thrice.
    if (m.credit || m.fixed) continue;
    // Written the same way, capitals included: "NEW YORK" in a results table is not "New York".
    let v = votes.get(m.text);
    if (!v) {
      votes.set(m.text, (v = new Int32Array(4)));
      // The surname of a person named in full counts as two votes for a person, so that one
      // bad full name ("Lebed Chechnya" in a headline) does not outvote a place named often.
      if (personParts.size > 0 && personParts.has(m.text)) v[0] = 2;
    }
    v[typeIndex(m.type)] += m.sure ? 3 : 1;
  }
  // A company or place a rule is sure of, and no rule sure of another type: every mention of the
  // spelling read as a person takes it ("Brindle shares rose" makes "Brindle" a company seven
  // mentions long; a person is the tagger's guess for a capitalised word it does not know), unless
  // it is the surname of a person named in full. A sure person ("Ms. Halden") only counts thrice:
  // a team of the same name may share the article.
  const sureOf = new Map<string, number>();
  for (const m of mentions) {
    if (!m.sure || m.credit || m.fixed) continue;
    const t = typeIndex(m.type);
    const had = sureOf.get(m.text);
    sureOf.set(m.text, had === undefined || had === t ? t : -1);
  }
  for (const m of mentions) {
    if (m.credit || m.fixed || m.sure || m.held) continue;
    const sure = sureOf.get(m.text);
    // A sure company also takes the mentions read as MISC ("Vantor" beside its product "Arclight 3").
    if (sure !== undefined && sure > 0 && (m.type === 'PERSON' || (sure === 1 && m.type === 'MISC')) && !personParts.has(m.text)) {
      m.type = TYPES[sure];
      continue;
    }
    const v = votes.get(m.text);
    if (!v) continue;
    let best = typeIndex(m.type);
    for (let t = 0; t < 4; t++) if (v[t] > v[best]) best = t;
    m.type = TYPES[best];
  }
  return mentions;
}
