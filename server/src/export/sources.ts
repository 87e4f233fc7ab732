// Quotes grouped by who is quoted, for the memo: named sources (resolved to an
// entity), unnamed ones (a description such as "police" or "officials"), and
// quotes with no source at all. Anonymous descriptions are called out.
import type { Analysis, Attribution } from '../analysis';

export interface SourceGroup {
  /** Entity name, or the source text as written. */
  name: string;
  kind: 'named' | 'unnamed' | 'anonymous' | 'unattributed';
  quotes: Attribution[];
  direct: number;
  reported: number;
  mixed: number;
}

// Words that mark a source the reader cannot identify (one alternation, no nesting).
const ANONYMOUS = /\b(?:sources?|officials?|people|person|aides?|insiders?|diplomats?|spokesperson|spokesman|spokeswoman|someone|analysts?|experts?|witnesses|residents)\b/i;
const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;

export function isAnonymous(sourceText: string): boolean {
  return ANONYMOUS.test(sourceText);
}

function keyOf(text: string): string {
  return text.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

export function groupSources(a: Analysis): SourceGroup[] {
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const groups = new Map<string, SourceGroup>();
  for (const t of a.attributions) {
    let name: string;
    let kind: SourceGroup['kind'];
    const entity = t.sourceEntity ? names.get(t.sourceEntity) : undefined;
    if (entity) {
      name = entity;
      kind = 'named';
    } else if (t.sourceAntecedent || (t.source && !PRONOUN.test(t.source.text.trim()))) {
      // "It said …" after "The ministry said …" is the ministry's.
      name = (t.sourceAntecedent ?? t.source)!.text.replace(/\s+/g, ' ').trim();
      kind = isAnonymous(name) ? 'anonymous' : 'unnamed';
    } else {
      name = t.source ? `“${t.source.text}” (unresolved)` : 'no source given';
      kind = 'unattributed';
    }
    const key = `${kind}:${keyOf(name)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { name, kind, quotes: [], direct: 0, reported: 0, mixed: 0 }));
    g.quotes.push(t);
    if (t.kind === 'direct') g.direct++;
    else if (t.kind === 'indirect') g.reported++;
    else g.mixed++;
  }
  const rank = { named: 0, unnamed: 1, anonymous: 2, unattributed: 3 } as const;
  return [...groups.values()].sort((x, y) => rank[x.kind] - rank[y.kind] || y.quotes.length - x.quotes.length || (x.name < y.name ? -1 : 1));
}
