// The parts of the entity stage's document context that follow the edit (entities/features-kept.ts):
// the arrays a word decides, copied by runs of kept tokens (the name breaks as the words give
// them, before the bracket exception of a sports table's "(L)"); a kept unit's all-caps and Title
// Case marks; how the document writes each word (docCase) from counts changed by the units an
// edit touched. After random edits of an article that has each of these, through the memos of a
// changing text, the context and the labels equal a fresh one's. Our own invented copy.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { decode } from '../../server/src/analysis/entities/decode';
import { buildContext } from '../../server/src/analysis/entities/features';
import { Lexicon } from '../../server/src/analysis/entities/lexicon';
import { defaultModel } from '../../server/src/analysis/entities/model';
import { PieceMemo } from '../../server/src/analysis/memo';
import { createAnalysisMemo, memoParts } from '../../server/src/analysis/pipeline';
import { segment } from '../../server/src/analysis/segment';
import { arraysOf, editsOf } from './context-edits';

const ARTICLE = [
  'HARBOUR BOARD NAMES NEW CHAIR',
  'Ferry Fares Rise As Winter Timetable Starts',
  'The Port Ellis harbour board named Ruth Okonkwo as its chair on Tuesday, and the Board said fares would rise.',
  'Results on Saturday: Mladost (L) 2 Keswick Rovers 1; Marlow Town (K) 0 Harbour United 3.',
  'Okonkwo said the ferry would run twice a day. The ferry company, Keswick Ferry, agreed.',
  'MARLOW COUNCIL BACKS SEA WALL',
  'Marlow council approved the wall. The Wall will cost 4 million pounds, the Council said.',
].join('\n\n');
/** Typed or deleted: words that change how the document writes another (board/Board, wall/WALL), brackets, headlines. */
const TYPED = ['e', 'x', 'L', ' ', '.', '\n\n', '(', ')', ' board', ' Board', 'WALL ', ' ferry', 'Ferry ', 'AND ', ' the', 'Ruth'];


const tables = () => {
  const m = defaultModel();
  return { gaz: m.gazetteer, casing: m.casing, clusters: m.clusters };
};

function checkAll(texts: string[]): void {
  const memo = createAnalysisMemo();
  const codes = new PieceMemo<Uint16Array>(), units = new PieceMemo<Uint8Array>();
  const lexicon = new Lexicon(tables());
  const m = defaultModel();
  for (const text of texts) {
    const ctx = buildContext(segment(text, memo.segment), m.gazetteer, m.casing, m.clusters, lexicon, codes);
    const expected = buildContext(segment(text), m.gazetteer, m.casing, m.clusters, lexicon);
    const at = JSON.stringify(text);
    assert.deepEqual(arraysOf(ctx), arraysOf(expected), at);
    assert.deepEqual(decode(ctx, m.scorer, undefined, units), decode(expected, m.scorer), at);
    for (const p of [...memoParts(memo), codes, units]) p.sweep();
  }
}


describe('entities: the document context follows the edit', () => {
  it('equals a fresh context (all-caps and Title Case units, a sports table\'s brackets, how the document writes each word) after random edits', () => {
    fc.assert(fc.property(editsOf(ARTICLE, TYPED, 12), checkAll), { numRuns: 120, seed: 71 });
  });

  it('equals a fresh context when whole paragraphs and sentences go and come back (units kept either side of a gap)', () => {
    const paragraphs = ARTICLE.split('\n\n');
    const without = (k: number) => paragraphs.filter((_, i) => i !== k).join('\n\n');
    const texts = [ARTICLE];
    for (let k = 0; k < paragraphs.length; k++) texts.push(without(k), ARTICLE);
    texts.push(ARTICLE.replace('Okonkwo said the ferry would run twice a day. ', ''), ARTICLE);
    checkAll(texts);
  });

  it('decodes the units after the edit with the history the units before it left, and decodes those again when their inputs change', () => {
    // "Young" decided on in the first paragraph (the history) changes how the last one's first
    // word is labelled; typing twice in the last paragraph takes the first two as they were.
    const before = 'Rain fell on Monday. Green, Young, Bush, Rose and Hope voted.\n\nThe count took an hour.';
    const last = 'Young said the vote was close.';
    checkAll([`${before}\n\n${last}`, `${before}\n\n${last}x`, `${before}\n\n${last}`, `${before}\n\n${last} Later`]);
    // Then "bush" written in lower case in the last paragraph: how the document writes a word of the first changes.
    const bush = 'Rain fell on Monday.\n\nBush said the vote was close.\n\nThe count took an hour.';
    checkAll([bush, `${bush}x`, `${bush} The young and the bush and the rose and hope fell.`, `${bush} The young and the bush and the rose and hope fell`]);
  });

  it('decodes again the units before the edit when the same words are cut into other units', () => {
    // "Okonkwo" goes on or starts a name; it is written mid-sentence in the last paragraph too, so
    // how the document writes it stays.
    const text = 'Rain fell.\n\nThey met Ruth Okonkwo at the quay.\n\nThe count took an hour, Okonkwo said.';
    const split = text.replace('Ruth Okonkwo', 'Ruth\n\nOkonkwo');
    checkAll([text, `${text}x`, `${split}x`, `${split}`, `${text}`]);
  });

  it('marks again the words of untouched units whose writing elsewhere came or went', () => {
    // "board" is written in lower case only in the second sentence; deleting it there changes
    // docCase for "Board" in the untouched sentences before and after; typing it back restores it.
    const without = 'Board members met.\n\nThe board agreed.\n\nThe Board said so.';
    const gone = without.replace('The board agreed.', 'They agreed.');
    checkAll([without, gone, without, gone.replace('Board said', 'Board  said')]);
    const ctxs: number[] = [];
    const memo = createAnalysisMemo(), codes = new PieceMemo<Uint16Array>();
    const m = defaultModel();
    for (const text of [without, gone]) {
      const ctx = buildContext(segment(text, memo.segment), m.gazetteer, m.casing, m.clusters, new Lexicon(tables()), codes);
      ctxs.push(ctx.docCase[0]);
      for (const p of [...memoParts(memo), codes]) p.sweep();
    }
    // The test means something: the first word's docCase did change between the two texts.
    assert.notEqual(ctxs[0], ctxs[1]);
  });

  it('takes the breaks a word gives, not the bracket exception, for a kept token whose neighbours changed', () => {
    // "(" on one line and "L)" on the next: the exception reads tokens of two lines, one of them edited.
    checkAll(['Results: Mladost (\nL) 2 Rovers 1.', 'Results: Mladost (\nLL) 2 Rovers 1.', 'Results: Mladost (\nL) 2 Rovers 1.']);
  });
});
