// Moves corrections along with the editor's own edits (like claims: annotations/edits.ts),
// the quote-source's source span too.
import { applyEdits, applyTextChange, type Edit } from '../annotations/edits';
import type { Correction } from '../annotations/types';

export function moveCorrections(list: readonly Correction[], before: string, after: string, edits: readonly Edit[] | null): Correction[] {
  if (list.length === 0 || before === after) return list as Correction[];
  const move = <C extends Correction | NonNullable<Correction['source']>>(xs: C[]): C[] => (edits ? applyEdits(xs, edits, after) : applyTextChange(xs, before, after));
  const moved = move([...list]);
  const out = moved.map((c) => {
    if (!c.source) return c;
    const [source] = move([c.source]);
    return source === c.source ? c : { ...c, source };
  });
  return out.every((c, k) => c === list[k]) ? (list as Correction[]) : out;
}
