// Shirt numbers in a team line-up ("Harbour: 15 Liam Brody; 14 Sean Marsh, 13 Tom Ruiz …",
// "Replacements: 16 Finn Walsh, 17 Ollie Grant") are labels, not figures. A sentence with three or
// more numbers that each open a list item and stand before a capitalised name, most of them full
// names, is a line-up.
import { CURRENCY_CODES, MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from './lexicon';
import type { TokenView } from './token-view';

const ITEM_OPENERS: ReadonlySet<string> = new Set([';', ',', ':', '(', '-', '–', '—', '/']);

export class LineupGuard {
  private sentence = -1;
  private shirts: ReadonlySet<number> = new Set();

  constructor(private readonly v: TokenView) {}

  /** True when token i is a shirt number in a line-up sentence [first, end). */
  isShirtNumber(i: number, first: number, end: number): boolean {
    if (!this.candidate(i, first, end)) return false;
    const s = this.v.tokens[i].sentence;
    if (s !== this.sentence) {
      // Counted once per sentence, the first time a candidate turns up in it.
      this.sentence = s;
      // Players have full names ("15 Liam Brody"); counts of groups do not ("12 Democrats, 10 Republicans").
      const found = new Set<number>();
      let fullNames = 0;
      for (let k = first; k < end; k++) {
        if (!this.candidate(k, first, end)) continue;
        found.add(k);
        if (k + 2 < end && this.v.capitalized(k + 2) && this.v.adjacent(k + 1, k + 2) === false) fullNames++;
      }
      this.shirts = found.size >= 3 && (fullNames >= 2 || fullNames * 2 >= found.size) ? found : new Set();
    }
    return this.shirts.has(i);
  }

  private candidate(i: number, first: number, end: number): boolean {
    const v = this.v;
    if (!v.digitStart(i) || i + 1 >= end) return false;
    const raw = v.raw(i);
    if (raw.length > 2 || (raw.length === 2 && (raw.charCodeAt(1) < 48 || raw.charCodeAt(1) > 57))) return false;
    if (i > first && !ITEM_OPENERS.has(v.raw(i - 1))) return false;
    if (!v.capitalized(i + 1)) return false;
    const next = v.lower(i + 1);
    return !MONTHS.has(next) && !MONTH_ABBREVIATIONS.has(next) && !WEEKDAYS.has(next) && !CURRENCY_CODES.has(v.raw(i + 1));
  }
}
