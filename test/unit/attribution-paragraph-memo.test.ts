// The attribution stage's paragraph drafts kept by the incremental analyser (attributions/
// paragraph-memo.ts) when the paragraph's sentences are the segmenter's kept Sentence objects:
// the key then holds each sentence's place and length, not its tokens, and the kept drafts are
// taken only for the very same sentence objects and the same words either side. Each text below
// keeps every offset and length of the one before and changes a word inside a sentence of the
// paragraph or just outside it; the incremental result must equal a fresh analysis.
import { strict as assert } from 'node:assert';
import { analyze, createIncrementalAnalyzer } from '../../server/src/analysis';
import type { QuoteIndex } from '../../server/src/analysis/attributions/context';
import type { Draft } from '../../server/src/analysis/attributions/draft';
import { type AttributionMemo, ParagraphDrafts } from '../../server/src/analysis/attributions/paragraph-memo';
import { findQuotes } from '../../server/src/analysis/attributions/quotes';
import { createAnalysisMemo, memoParts } from '../../server/src/analysis/pipeline';
import { segment } from '../../server/src/analysis/segment';

const FILLER = 'Crews worked through the night to clear the road before the first buses came through.';

function sameAsFresh(texts: string[]): void {
  const inc = createIncrementalAnalyzer();
  for (const text of texts) assert.deepStrictEqual(inc.analyze(text).attributions, analyze(text).attributions, text);
}

describe('attribution drafts kept by sentence object (attributions/paragraph-memo.ts)', () => {
  it('drafts a paragraph again when a word of one of its sentences changes and every offset stays', () => {
    const texts = [
      `Harbour news\n\nThe berths reopen soon. The mayor said the crews were ready. Ships wait.\n\n${FILLER}`,
      // The second sentence's cue word, then the third sentence's, same lengths.
      `Harbour news\n\nThe berths reopen soon. The mayor sand the crews were ready. Ships wait.\n\n${FILLER}`,
      `Harbour news\n\nThe berths reopen soon. The mayor said the crews were ready. Ships wait.\n\n${FILLER}`,
      `Harbour news\n\nThe berths reopen soon. The mayor sand the crews were ready. Ships said.\n\n${FILLER}`,
      // The first sentence's words, with the second's cue kept.
      `Harbour news\n\nThe berths reopen soon. The mayor said the crews were ready. Ships said.\n\n${FILLER}`,
      `Harbour news\n\nThe mayor told them. The mayor said the crews were ready. Ships said.\n\n${FILLER}`,
    ];
    sameAsFresh(texts);
    const sources = (text: string) => analyze(text).attributions.map((a) => a.source?.text ?? null);
    assert.notDeepStrictEqual(sources(texts[0]), sources(texts[1]));
    assert.notDeepStrictEqual(sources(texts[4]), sources(texts[5]));
  });

  it('drafts a paragraph again when a token just before or after it changes, its sentences the same objects', () => {
    // ParagraphDrafts itself, on the segmenter's kept objects: which paragraphs it drafts afresh.
    const memo = createAnalysisMemo();
    const parts = memoParts(memo);
    const kept: AttributionMemo = {};
    /** The paragraphs `text` drafts afresh (a paragraph kept from the text before is not drafted). */
    const drafted = (text: string): number[] => {
      const seg = segment(text, memo.segment);
      for (const p of parts) p.sweep();
      const list = findQuotes(text, seg.paragraphs);
      const quotes: QuoteIndex = { list, byClose: new Map(), byOpen: new Map() };
      for (const q of list) {
        quotes.byOpen.set(q.open, q);
        if (q.closed) quotes.byClose.set(q.close, q);
      }
      const doc = { text, toks: seg.tokens, lower: seg.tokens.map((t) => t.text.toLowerCase()), sentenceStart: seg.sentences.map((x) => x.firstToken), hashes: undefined, shapes: undefined };
      const paragraphs = new ParagraphDrafts(kept, doc, quotes, seg);
      const out: number[] = [];
      const drafts: Draft[] = [];
      let next = 0;
      for (let p = 0; p < seg.paragraphs.length; p++) {
        const first = next;
        while (next < seg.sentences.length && seg.sentences[next].paragraph === p) next++;
        if (first < next) paragraphs.draft(p, first, next, drafts, () => out.push(p));
      }
      paragraphs.end();
      return out;
    };
    const texts = [
      `Harbour news\n\nThe plan was dropped, the council\n\nsaid the berths will reopen. Ships wait.\n\nCrews worked on.`,
      // The word before paragraph 2 (paragraph 1 changes too), then the word after it (paragraph 3).
      `Harbour news\n\nThe plan was dropped, the cowboys\n\nsaid the berths will reopen. Ships wait.\n\nCrews worked on.`,
      `Harbour news\n\nThe plan was dropped, the cowboys\n\nsaid the berths will reopen. Ships wait.\n\nCrows worked on.`,
    ];
    assert.deepStrictEqual(drafted(texts[0]), [0, 1, 2, 3]);
    // Drafted twice in a row, nothing is drafted again: the paragraphs are kept.
    assert.deepStrictEqual(drafted(texts[0]), []);
    assert.deepStrictEqual(drafted(texts[1]), [1, 2]);
    assert.deepStrictEqual(drafted(texts[2]), [2, 3]);
  });
});
