// The invented ferry-levy article (our own words) and spans in it, found by text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ARTICLE_FILE = join(__dirname, '..', 'fixtures', 'corrections', 'ferry-levy.txt');
export const ARTICLE = readFileSync(ARTICLE_FILE, 'utf8');

/** The n-th (0-based) occurrence of `words` in `text`, as offsets. */
export function spanOf(text: string, words: string, n = 0): { start: number; end: number } {
  let k = -1;
  for (let i = 0; i <= n; i++) {
    k = text.indexOf(words, k + 1);
    if (k < 0) throw new Error(`"${words}" (#${n}) is not in the text`);
  }
  return { start: k, end: k + words.length };
}

export const NOW = '2026-05-01T10:00:00.000Z';
export const LATER = '2026-05-02T10:00:00.000Z';
