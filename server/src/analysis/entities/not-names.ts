// Capitalised words that are never names on their own: holidays ("Christmas"; CoNLL-2003
// leaves "Easter" untagged), the pronoun "I" and its contractions ("I’m", "I've"), whatever
// quote mark they are written with.
import type { Segmentation } from '../types';
import type { TokenSpan } from './spans';

const NEVER = new Set([
  'christmas', 'xmas', 'easter', 'thanksgiving', 'hanukkah', 'chanukah', 'ramadan', 'diwali', 'passover', 'lent',
  'advent', 'halloween', 'pentecost', 'epiphany', 'i',
]);
/** "I’m", "We're", "It’s": a pronoun and a contracted verb in one token. */
const CONTRACTION = /^(?:i|we|you|he|she|it|they|that|there|here|what|who|let)['’](?:m|s|re|ve|ll|d)$/i;

export function isNeverAName(text: string): boolean {
  return NEVER.has(text.toLowerCase()) || (text.length <= 8 && CONTRACTION.test(text));
}

/** Drops single-token spans that are never names. */
export function dropNeverNames(seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  return spans.filter((s) => !(s.to - s.from === 1 && isNeverAName(seg.tokens[s.from].text)));
}
