// The semantic tokens of a long article merged from pieces (the analysis worker's answer) are
// laid out piece by piece and kept per piece; they must be the tokens of the merged analysis
// laid out whole — also where a piece was cut mid-line (a paragraph longer than a piece).
import { strict as assert } from 'node:assert';
import { type Analysis, analyzePieces, mergeAnalyses } from '../../server/src/analysis';
import { rememberPieces } from '../../server/src/lsp/analysis-pieces';
import { LineIndex } from '../../server/src/lsp/convert';
import type { Snapshot } from '../../server/src/lsp/documents';
import { layoutTokens } from '../../server/src/lsp/features/token-layout';
import { makeArticle } from './articles';

/** The parts of a snapshot the token layout reads, for an analysis of `text`. */
function snapshotOf(text: string, analysis: Analysis): Snapshot {
  const memos = new Map<string, unknown>();
  return {
    lines: new LineIndex(text),
    analysis,
    memo<T>(key: string, make: () => T): T {
      if (!memos.has(key)) memos.set(key, make());
      return memos.get(key) as T;
    },
  } as Snapshot;
}

function both(text: string, chunkSize: number, palette: boolean) {
  const pieces = analyzePieces(text, { chunkSize });
  assert.ok(pieces.length >= 3, `cut in pieces (${pieces.length})`);
  const merged = mergeAnalyses(text, pieces);
  const whole = Array.from(layoutTokens(snapshotOf(text, structuredClone(merged)), [], palette));
  rememberPieces(
    merged,
    pieces.map((p, i) => ({ ...p, end: pieces[i + 1]?.offset ?? text.length })),
  );
  const byPiece = Array.from(layoutTokens(snapshotOf(text, merged), [], palette));
  return { whole, byPiece };
}

describe('semantic tokens of an article merged from pieces', () => {
  it('equal the whole layout when pieces are cut at paragraph breaks', () => {
    const { whole, byPiece } = both(makeArticle(1200), 1500, true);
    assert.ok(whole.length > 100);
    assert.deepEqual(byPiece, whole);
  });

  it('equal the whole layout when pieces are cut mid-line, with and without the palette', () => {
    // One line, its words joined by no-break spaces: no line break or space to cut at, so each
    // cut falls inside a word, and names, figures and quotes end and start at the cuts.
    const text = makeArticle(900).replace(/\n+/g, ' ').replace(/ /g, '\u00a0');
    for (const palette of [true, false]) {
      const { whole, byPiece } = both(text, 500, palette);
      assert.deepEqual(byPiece, whole);
    }
  });

  it('joins two equal tokens that meet at a cut, as the whole layout does', () => {
    // Written by hand: a cut inside "Lisbon" leaves "Lis" to one piece and "bon" to the next,
    // each a place; laid out whole, the two spans make one token.
    const text = 'In Lisbon today.';
    const piece = (t: string, start: number, end: number): Analysis => ({
      text: t,
      segmentation: { paragraphs: [], sentences: [], dateline: null, credits: [], boilerplate: [], wordCount: 0 },
      entities: [{ id: 'e1', type: 'LOCATION', name: t.slice(start, end), aliases: [t.slice(start, end)], mentions: [{ start, end, text: t.slice(start, end) }], role: 'newsmaker' }],
      mentions: [{ start, end, text: t.slice(start, end), type: 'LOCATION', entity: 'e1' }],
      figures: [],
      attributions: [],
      claims: [],
      boilerplate: [],
    });
    const pieces = [
      { offset: 0, analysis: piece('In Lis', 3, 6) },
      { offset: 6, analysis: piece('bon today.', 0, 3) },
    ];
    const merged = mergeAnalyses(text, pieces);
    const whole = Array.from(layoutTokens(snapshotOf(text, structuredClone(merged)), [], true));
    rememberPieces(merged, [{ ...pieces[0], end: 6 }, { ...pieces[1], end: text.length }]);
    assert.equal(whole.length, 5, 'one token laid out whole');
    assert.deepEqual(Array.from(layoutTokens(snapshotOf(text, merged), [], true)), whole);
  });
});
