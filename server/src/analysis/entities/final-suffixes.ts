// "… after Pfizer Inc, Moderna Inc and AstraZeneca Plc.": a company's abbreviated suffix that ends
// the sentence shares its full stop with the sentence. CoNLL-2003 leaves that stop out of the name
// (28 of 30 such names in train and dev: "Ford Motor Co" + "."), and keeps it mid-sentence ("Acme
// Corp. said"). The tokenizer keeps an abbreviation's period on the word, so a name whose last
// word is such a suffix, last in its sentence, ends one character earlier.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { hashLower } from './hash';
import { WordSet } from './word-set';

const SUFFIXES = new WordSet(['inc.', 'corp.', 'co.', 'ltd.', 'plc.', 'llc.', 'bhd.', 'ag.', 'sa.', 'nv.', 'bv.', 'spa.', 'cos.', 'pty.'].map(hashLower));

/** 1 when token k, a company suffix with its period, is the last of its sentence; else 0. */
export function sharedFullStop(ctx: DocContext, seg: Segmentation, k: number): number {
  return k === ctx.sentEnd[k] - 1 && SUFFIXES.has(ctx.lower[k]) && seg.tokens[k].text.endsWith('.') ? 1 : 0;
}
