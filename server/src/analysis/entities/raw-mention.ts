// A mention as the rules leave it, before the type votes and grouping.
import type { EntityType, Span } from '../types';

export interface RawMention extends Span {
  type: EntityType;
  credit: boolean;
  /** A rule is sure of the type: consistency.ts leaves it and counts it thrice. */
  sure?: boolean;
  /** Placed by the segmenter (the dateline): consistency.ts neither changes nor counts it. */
  fixed?: boolean;
  /** Where the name's form with its title starts ("President Nurlanov"): an alias, not a mention (titles.ts). */
  titled?: number;
}
