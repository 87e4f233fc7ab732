// "… after Pfizer Inc, Moderna Inc and AstraZeneca Plc.", "a bank in Jacksonville, Fla.": an
// abbreviation that ends the sentence shares its full stop with the sentence. CoNLL-2003 leaves
// that stop out of the name ("Ford Motor Co" + ".", "Mich" + ".", "John Hinckley Jr" + "."; where
// the engine ended such a name with its sentence, train's and dev's gold leave it out 64 times and
// keep it 3 times), and keeps it mid-sentence ("Acme Corp. said", "Jacksonville, Fla., where").
// The tokenizer keeps an abbreviation's period on the word, so a name whose last word is an
// abbreviation, last in its sentence, ends one character earlier.
// Not "No." ("Shabwa Block No."), which is no abbreviation of a name.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { wordSet } from './word-set';

const NUMBERS = wordSet(['no.', 'nos.']);

/** 1 when token k, an abbreviation with its period, is the last of its sentence; else 0. */
export function sharedFullStop(ctx: DocContext, seg: Segmentation, k: number): number {
  if (k !== ctx.sentEnd[k] - 1) return 0;
  const t = seg.tokens[k].text;
  return t.length >= 3 && t.endsWith('.') && !NUMBERS.has(ctx.lower[k]) ? 1 : 0;
}
