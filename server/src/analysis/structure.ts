// The part of the segmentation that an Analysis keeps.
import type { DocumentStructure, Segmentation } from './types';

/** What the result keeps of the segmentation: all but the tokens. */
export function structureOf(seg: Segmentation): DocumentStructure {
  let wordCount = 0;
  for (const t of seg.tokens) {
    const c = t.text.charCodeAt(0);
    // Letters and digits start words; punctuation and quote marks do not.
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 191 && t.text.toLowerCase() !== t.text.toUpperCase())) wordCount++;
  }
  return {
    paragraphs: seg.paragraphs,
    sentences: seg.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph })),
    dateline: seg.dateline,
    credits: seg.credits,
    boilerplate: seg.boilerplate,
    wordCount,
  };
}
