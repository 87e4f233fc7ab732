// A mention as the rules leave it, before the type votes and grouping.
import type { EntityType, Span } from '../types';

export interface RawMention extends Span {
  type: EntityType;
  credit: boolean;
  /** A rule is sure of the type: consistency.ts leaves it and counts it thrice. */
  sure?: boolean;
  /** Placed by the segmenter (the dateline): consistency.ts neither changes nor counts it. */
  fixed?: boolean;
  /** A rule read the type from this mention's own words ("In Seattle, …"): consistency.ts counts it once and does not change it. */
  held?: boolean;
  /** Where the name's form with its title starts ("President Nurlanov"): an alias, not a mention (titles.ts). */
  titled?: number;
}

/**
 * A mention with every field present, in one order (absent ones undefined, as before): one object
 * shape for all the mentions, so the passes that read thousands of them at each keystroke read
 * one shape, not the several that adding `sure`, `fixed`, `held` afterwards made.
 */
export function rawMention(
  start: number, end: number, text: string, type: EntityType, credit: boolean,
  sure?: true, fixed?: true, held?: true,
): RawMention {
  return { start, end, text, type, credit, sure, fixed, held, titled: undefined };
}

/** 1 for each token inside one of the mentions (sorted by start, as the rules hand them over). */
export function coveredTokens(tokens: ReadonlyArray<Span>, mentions: readonly Span[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  let k = 0;
  for (const m of mentions) {
    while (k < tokens.length && tokens[k].end <= m.start) k++;
    for (let j = k; j < tokens.length && tokens[j].start < m.end; j++) covered[j] = 1;
  }
  return covered;
}

/**
 * `a.concat(b)` sorted by start, the longer first at one start (ties in that order, as a stable sort
 * gives), in one walk: both are in that order already. Sorting an article's every mention to add a
 * few was a cost of its own at each keystroke.
 */
export function mergeMentions(a: RawMention[], b: RawMention[]): RawMention[] {
  const out: RawMention[] = new Array(a.length + b.length);
  let i = 0, j = 0, o = 0;
  while (i < a.length && j < b.length) out[o++] = b[j].start < a[i].start || (b[j].start === a[i].start && b[j].end > a[i].end) ? b[j++] : a[i++];
  while (i < a.length) out[o++] = a[i++];
  while (j < b.length) out[o++] = b[j++];
  return out;
}
