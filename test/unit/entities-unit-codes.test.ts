// The name-list codes kept per decoding unit for the incremental analyser (gazetteer.ts, a PieceMemo keyed by word ids and their lexicon):
// the same codes as worked out afresh, when the text changes and when the word ids belong to another
// lexicon whose ids spell the same sequence for other words. Invented sentences.
import { strict as assert } from 'node:assert';
import { buildContext } from '../../server/src/analysis/entities/features';
import { Lexicon } from '../../server/src/analysis/entities/lexicon';
import { defaultModel } from '../../server/src/analysis/entities/model';
import { PieceMemo } from '../../server/src/analysis/memo';
import { segment } from '../../server/src/analysis/segment';

const codesOf = (text: string, lexicon: Lexicon, kept?: PieceMemo<Uint16Array>): Uint16Array => {
  const m = defaultModel();
  return buildContext(segment(text), m.gazetteer, m.casing, m.clusters, lexicon, kept).gaz;
};

describe('entities: name-list codes kept per decoding unit', () => {
  it('gives the codes worked out afresh as the text changes', () => {
    const m = defaultModel();
    const lexicon = new Lexicon({ gaz: m.gazetteer, casing: m.casing, clusters: m.clusters });
    const kept = new PieceMemo<Uint16Array>();
    const versions = [
      'Maria Lindqvist flew from Paris to New York on Monday. She met bankers there.',
      'Maria Lindqvist flew from Paris to New York on Monday. She met bankers in Chicago.',
      'She met bankers in Chicago. Maria Lindqvist flew from Paris to New York on Monday.',
      'Maria Lindqvist flew from Paris to New York on Monday. She met bankers in Chicago.',
    ];
    for (const text of versions) assert.deepEqual(codesOf(text, lexicon, kept), codesOf(text, lexicon));
  });

  it('does not take the codes of another lexicon whose ids spell the same unit', () => {
    const m = defaultModel();
    const tables = { gaz: m.gazetteer, casing: m.casing, clusters: m.clusters };
    const first = new Lexicon(tables), second = new Lexicon(tables);
    const kept = new PieceMemo<Uint16Array>();
    // The same ids, word for word, in each lexicon (both start empty), for other words.
    const a = 'Rain fell in France today.', b = 'Rain fell on Tuesday evening.';
    const codesA = codesOf(a, first, kept);
    const codesB = codesOf(b, second, kept);
    assert.notDeepEqual(codesOf(a, new Lexicon(tables)), codesOf(b, new Lexicon(tables)), 'the two sentences have different codes');
    assert.deepEqual(codesA, codesOf(a, new Lexicon(tables)));
    assert.deepEqual(codesB, codesOf(b, new Lexicon(tables)));
  });
});
