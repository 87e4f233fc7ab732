// Numbers inside names are not figures ("Boeing 737", "Apollo 11", "G20 summit"): a figure is
// dropped when an entity mention overlaps it and reaches outside it. A mention wholly inside the
// figure (a stray "Friday" tagged as a name) does not veto it.
import type { Mention } from '../types';

export class MentionGuard {
  private readonly spans: ReadonlyArray<{ start: number; end: number }>;
  private next = 0;

  /** `mentions` in any order; `sorted` when they are in order of start already (read as they are, not copied). */
  constructor(mentions: Mention[], sorted = false) {
    this.spans = sorted ? mentions : mentions.map((m) => ({ start: m.start, end: m.end })).sort((a, b) => a.start - b.start);
  }

  /** Queries must come in increasing order of `start` (one pass over the text). */
  insideName(start: number, end: number): boolean {
    const spans = this.spans;
    while (this.next < spans.length && spans[this.next].end <= start) this.next++;
    for (let k = this.next; k < spans.length && spans[k].start < end; k++) {
      const m = spans[k];
      if (m.end > start && (m.start < start || m.end > end)) return true;
    }
    return false;
  }
}
