// The words of the people an article names in two words or more ("Bill Clinton", "Ana Ruiz"): a
// lone word among them is that person's ("their Clinton counterparts", "Lyman said"), not a product,
// a place or a company. Built once per pass that needs it, at its first candidate.
import type { DocContext } from './features';
import type { TokenSpan } from './spans';
import { PERSON } from './labels';

/** Lower-case hashes of the words of the spans read as people of two words or more. */
export function fullNameWords(ctx: DocContext, spans: readonly TokenSpan[]): Set<number> {
  const words = new Set<number>();
  for (const x of spans) if (x.type === PERSON && x.to - x.from >= 2) for (let k = x.from; k < x.to; k++) words.add(ctx.lower[k]);
  return words;
}
