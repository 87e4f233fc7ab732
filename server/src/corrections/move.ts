// Moves corrections along with the editor's own edits (like claims: annotations/edits.ts),
// the quote-source's source span too.
import { applyEdits, applyTextChange, type Edit } from '../annotations/edits';
import type { Correction } from '../annotations/types';

export function moveCorrections(list: readonly Correction[], before: string, after: string, edits: readonly Edit[] | null): Correction[] {
  if (list.length === 0 || before === after) return list as Correction[];
  const move = <C extends Correction | NonNullable<Correction['source']> | NonNullable<Correction['with']>>(xs: C[]): C[] => (edits ? applyEdits(xs, edits, after) : applyTextChange(xs, before, after));
  const moved = move([...list]);
  const out = moved.map((c) => {
    let next = c;
    if (c.source) {
      const [source] = move([c.source]);
      if (source !== c.source) next = { ...next, source };
    }
    if (c.with) {
      const [other] = move([c.with]);
      if (other !== c.with) next = { ...next, with: other };
    }
    return next;
  });
  return out.every((c, k) => c === list[k]) ? (list as Correction[]) : out;
}
