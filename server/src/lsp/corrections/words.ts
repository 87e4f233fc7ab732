// Words the corrections' hover and quick fixes share: what a dismissed finding is called, and
// whether an offset falls on one of the places a correction of a name applies to.
import type { FindingCode } from '../../shared/vocabulary';

/** A dismissed finding as a person reads it. */
export const DISMISSED_LABEL: Record<FindingCode, string> = {
  'unattributed-quote': 'the missing-source warning',
  'check-worthy': 'the check-worthy hint',
  boilerplate: 'the boilerplate warning',
};

export const dismissedLabel = (code: string): string => DISMISSED_LABEL[code as FindingCode] ?? code;

/** True when `offset` falls inside an occurrence of `words` (looked for only around the offset). */
export function inOccurrence(text: string, words: string, offset: number): boolean {
  if (words.length === 0) return false;
  const from = Math.max(0, offset - words.length + 1);
  const k = text.slice(from, offset + words.length).indexOf(words);
  return k >= 0 && from + k <= offset && offset < from + k + words.length;
}
