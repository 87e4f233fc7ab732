// The intermediate record the rules build before spans and entities are attached.
import type { Range } from './phrases';
import type { Quote } from './quotes';

export interface Draft {
  /** Source as a token range, or an explicit character span (continuations). */
  source: Range | null;
  sourceSpan: { start: number; end: number } | null;
  cue: Range | null;
  cueSpan: { start: number; end: number } | null;
  contentStart: number;
  contentEnd: number;
  /** The quotation the content is exactly, when it is one. */
  quote: Quote | null;
  continuation: boolean;
  /** The phrase that names the speaker when the source does not ("who" → its antecedent). */
  speaker?: Range;
  /** Character offset of the cue (or content) for pronoun resolution. */
  anchor: number;
  /** The cue was found by the learned cue model, not the rules. */
  learned?: boolean;
  /** The rules' frame of a cue verb (not a noun, "according to" or a headline). */
  verb?: boolean;
}
