// The part of the segmentation that an Analysis keeps.
import { countedWords } from './segment';
import { isWordToken } from './segment/tokenize';
import type { DocumentStructure, Segmentation } from './types';

/** What the result keeps of the segmentation: all but the tokens. */
export function structureOf(seg: Segmentation): DocumentStructure {
  // Counted by segment() line by line when it kept the lines (incremental analysis), else here.
  let wordCount = countedWords(seg) ?? -1;
  if (wordCount < 0) {
    wordCount = 0;
    for (const t of seg.tokens) if (isWordToken(t.text)) wordCount++;
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
