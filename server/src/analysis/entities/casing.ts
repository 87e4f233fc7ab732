// How a word is usually written in running news text (counted once, at training time, over
// unlabelled articles, and shipped as hashes): a capitalised word that is normally written
// in lower case is probably not a name, even at the start of a sentence or in a headline.
import { IntTable } from './int-table';

/** Codes: 0 unknown, 1 always lower, 2 mostly lower, 3 mixed, 4 mostly capitalised, 5 always capitalised, 6 mostly all capitals. */
export type CasingTable = IntTable;

export interface CasingCounts {
  lower: number;
  title: number;
  upper: number;
}

export function casingCode(c: CasingCounts): number {
  const total = c.lower + c.title + c.upper;
  if (total < 2) return 0;
  if (c.upper * 2 > total) return 6;
  const capital = (c.title + c.upper) / total;
  if (capital === 0) return 1;
  if (capital < 0.1) return 2;
  if (capital < 0.5) return 3;
  if (capital < 0.95) return 4;
  return 5;
}
