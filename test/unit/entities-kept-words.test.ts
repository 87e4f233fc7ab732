// The document context kept from one analysis of a changing text to the next (entities/features-kept.ts):
// after random edits, through the segmenter's memo (so untouched lines give the same Token
// objects), each token's word id is the one a look-up of its text gives and every other array of
// the context (name-list codes kept per unit included) equals a fresh one; also when the lexicon
// starts afresh between two analyses, and when another lexicon is used. Our own invented copy.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { decode } from '../../server/src/analysis/entities/decode';
import { buildContext, type DocContext } from '../../server/src/analysis/entities/features';
import { indexWords, keepContext, unitCodes } from '../../server/src/analysis/entities/features-kept';
import { GAZ_PER_TOKEN } from '../../server/src/analysis/entities/gazetteer';
import { Lexicon } from '../../server/src/analysis/entities/lexicon';
import { defaultModel } from '../../server/src/analysis/entities/model';
import { PieceMemo } from '../../server/src/analysis/memo';
import { createAnalysisMemo, memoParts } from '../../server/src/analysis/pipeline';
import { segment } from '../../server/src/analysis/segment';
import { arraysOf, editsOf } from './context-edits';
import type { Token } from '../../server/src/analysis/types';

const ARTICLE = [
  'Harbour board names new chair',
  'PORT ELLIS, March 3 (Coastline Wire) - The Port Ellis harbour board named Ruth Okonkwo as its chair on Tuesday.',
  'Okonkwo, who ran the Keswick Ferry Company for a decade, said the board would publish its accounts every quarter.',
  '"We owe the town a clear view of where its money goes," she told reporters at the quay.',
  'MARLOW, March 3 (Coastline Wire) - Fishermen in Marlow welcomed the choice.',
  'The board meets again on April 14 to set harbour fees for the summer.',
].join('\n\n');
/** Without the datelines, whose tokens the segmenter makes afresh at each analysis. */
const NO_DATELINES = ARTICLE.replace(/^[A-Z]+, March 3 \(Coastline Wire\) - /gm, '');
const TYPED = ['e', 'x', ' ', '.', '\n\n', 'Smith', ' said ', 'KESWICK', 'LONDON (Reuters) - ', ' Okonkwo'];

const tables = () => {
  const m = defaultModel();
  return { gaz: m.gazetteer, casing: m.casing, clusters: m.clusters };
};

/** Each id as what the lexicon knows of its word's text: the exact form's hash, lower-case hash, case class. */
const described = (words: Lexicon, ids: Int32Array): number[][] => Array.from(ids, (w) => [words.form(w), words.lower(w), words.cap(w)]);

/** The arrays of a context but its word ids (which `described` compares), by name. */

/** Builds the context of each text with the memos of a changing text, checking each against a fresh one. */
function checkAll(texts: string[], words: () => Lexicon): void {
  const memo = createAnalysisMemo();
  const codes = new PieceMemo<Uint16Array>(), units = new PieceMemo<Uint8Array>();
  const fresh = new Lexicon(tables());
  const m = defaultModel();
  for (const text of texts) {
    const seg = segment(text, memo.segment);
    const lexicon = words();
    const ctx = buildContext(seg, m.gazetteer, m.casing, m.clusters, lexicon, codes);
    const expected = buildContext(segment(text), m.gazetteer, m.casing, m.clusters, fresh);
    const at = JSON.stringify(text.slice(0, 60));
    assert.deepEqual(described(lexicon, ctx.word), described(fresh, expected.word), at);
    assert.deepEqual(arraysOf(ctx), arraysOf(expected), at);
    // Decoding with the labels of units kept from the last analysis (decode.ts) gives a fresh decoding's.
    assert.deepEqual(decode(ctx, m.scorer, undefined, units), decode(expected, m.scorer), at);
    for (const p of [...memoParts(memo), codes, units]) p.sweep();
  }
}


describe('entities: word ids kept between analyses of a changing text', () => {
  it('gives each token the id of its text, the context and the labels a fresh one, after random edits', () => {
    const lexicon = new Lexicon(tables());
    fc.assert(fc.property(editsOf(ARTICLE, TYPED, 10), (texts) => checkAll(texts, () => lexicon)), { numRuns: 80, seed: 61 });
  });

  it('decodes an untouched sentence again when what the document says of its words changed elsewhere', () => {
    const lexicon = new Lexicon(tables());
    // The sentence after the first paragraph is the same Token objects in every version; "bush"
    // written in lower case elsewhere (how the document writes a word), or "Young" decided on
    // earlier (the history), changes how its first word is labelled.
    const rain = 'Rain fell on Monday.';
    for (const [other, after] of [
      ['The young and the bush and the rose and hope fell on Monday.', 'Bush said the vote was close.'],
      ['Rain fell on Monday. Green, Young, Bush, Rose and Hope voted.', 'Young said the vote was close.'],
    ]) checkAll([`${rain}\n\n${after}`, `${other}\n\n${after}`, `${rain}\n\n${after}`], () => lexicon);
  });

  it('keeps most ids: a token of an untouched line is not looked up again', () => {
    const lexicon = new Lexicon(tables());
    const memo = createAnalysisMemo();
    const owner = {};
    const m = defaultModel();
    const first = segment(ARTICLE, memo.segment);
    keepContext(owner, first.tokens, buildContext(first, m.gazetteer, m.casing, m.clusters, lexicon));
    for (const p of memoParts(memo)) p.sweep();
    // A word typed into the last paragraph: the other lines keep their Token objects (the datelines' are made afresh).
    const at = ARTICLE.indexOf('harbour fees');
    const second = segment(`${ARTICLE.slice(0, at)}new ${ARTICLE.slice(at)}`, memo.segment).tokens;
    let looked = 0;
    const counting = Object.create(lexicon, { index: { value: (t: Token[], w: Int32Array) => { looked += t.length; lexicon.index(t, w); } } }) as Lexicon;
    indexWords(counting, second, new Int32Array(second.length), owner);
    assert.ok(looked > 0 && looked < second.length / 2, `${looked} of ${second.length} tokens looked up`);
  });

  it('looks every token up again when the lexicon started afresh in between', () => {
    // A lexicon of at most 12 words starts afresh at almost every look-up, its ids reused for other words.
    const small = new Lexicon(tables(), 12);
    fc.assert(fc.property(editsOf(ARTICLE, TYPED, 10), (texts) => checkAll(texts, () => small)), { numRuns: 40, seed: 62 });
  });

  it('takes no ids of a generation that ended in another text\'s look-ups (two texts, one lexicon)', () => {
    const small = new Lexicon(tables(), 40);
    // Two other texts in turn, so a fresh start gives this text's words other ids than the last one did.
    const others = ['Marlow council approved a new sea wall on Friday after storms flooded the fish market twice this winter.', 'Gulls.'];
    let turn = 0;
    fc.assert(fc.property(editsOf(NO_DATELINES, TYPED, 10), (texts) => {
      const memo = createAnalysisMemo(), otherMemo = createAnalysisMemo();
      const codes = new PieceMemo<Uint16Array>(), otherCodes = new PieceMemo<Uint16Array>();
      const fresh = new Lexicon(tables());
      const m = defaultModel();
      // Each text twice: the second time every token is one of the last analysis's (no look-up at all).
      for (const text of texts.flatMap((t) => [t, t])) {
        // The other text's look-ups start the lexicon afresh between two analyses of this one.
        buildContext(segment(others[turn++ % 2], otherMemo.segment), m.gazetteer, m.casing, m.clusters, small, otherCodes);
        const ctx = buildContext(segment(text, memo.segment), m.gazetteer, m.casing, m.clusters, small, codes);
        const expected = buildContext(segment(text), m.gazetteer, m.casing, m.clusters, fresh);
        assert.deepEqual(described(small, ctx.word), described(fresh, expected.word));
        for (const p of [...memoParts(memo), ...memoParts(otherMemo), codes, otherCodes]) p.sweep();
      }
    }), { numRuns: 30, seed: 64 });
  });

  it('takes no ids of another lexicon', () => {
    let k = 0;
    const lexicons = [new Lexicon(tables()), new Lexicon(tables())];
    // The second lexicon meets the words in another order, so the same text has other ids in it.
    lexicons[1].index(segment('Quarterly fees rose at the quay in Marlow.').tokens, new Int32Array(9));
    fc.assert(fc.property(editsOf(ARTICLE, TYPED, 10), (texts) => checkAll(texts, () => lexicons[k++ % 2])), { numRuns: 40, seed: 63 });
  });

  describe('name-list codes of a unit kept only when it is a whole unit of the last context, token for token', () => {
    /** A context of units given by their ends, codes 1 + token index in each token's first slot (as a context has them). */
    const contextOf = (ends: number[], codeBase: number): DocContext => {
      const n = ends[ends.length - 1];
      const sentFirst = new Int32Array(n), sentEnd = new Int32Array(n), gaz = new Uint16Array(n * GAZ_PER_TOKEN);
      let first = 0;
      for (const end of ends) {
        for (let i = first; i < end; i++) {
          sentFirst[i] = first;
          sentEnd[i] = end;
          gaz[i * GAZ_PER_TOKEN] = codeBase + i;
        }
        first = end;
      }
      return { n, sentFirst, sentEnd, gaz } as unknown as DocContext;
    };
    /** The first code of each token, and the ranges worked out afresh (codes 500 + index). */
    const codesFor = (ends: number[], from: number[]): { codes: number[]; made: string[] } => {
      const last = contextOf([3, 5, 8], 1);
      const made: string[] = [];
      const fresh = contextOf(ends, 500);
      const codes = unitCodes(fresh, { from: Int32Array.from(from), last }, (a, b) => {
        made.push(`${a}-${b}`);
        return fresh.gaz.slice(a * GAZ_PER_TOKEN, b * GAZ_PER_TOKEN);
      });
      return { codes: Array.from({ length: fresh.n }, (_, i) => codes[i * GAZ_PER_TOKEN]), made };
    };

    it('takes the codes of units that were units', () => {
      assert.deepEqual(codesFor([3, 5, 8], [0, 1, 2, 3, 4, 5, 6, 7]), { codes: [1, 2, 3, 4, 5, 6, 7, 8], made: [] });
      // Two tokens typed into the middle unit: the units after it moved.
      assert.deepEqual(codesFor([3, 7, 10], [0, 1, 2, -1, 3, 4, -1, 5, 6, 7]), { codes: [1, 2, 3, 503, 504, 505, 506, 6, 7, 8], made: ['3-7'] });
    });

    it('works out a unit that was part of a longer one, or ran on into the next', () => {
      assert.deepEqual(codesFor([2, 3, 5, 8], [0, 1, 2, 3, 4, 5, 6, 7]).made, ['0-3']);
      assert.deepEqual(codesFor([3, 8], [0, 1, 2, 3, 4, 5, 6, 7]).made, ['3-8']);
      assert.deepEqual(codesFor([1, 3, 5, 8], [0, 1, 2, 3, 4, 5, 6, 7]).made, ['0-3']);
    });

    it('works out a unit whose tokens were not one run of the last context', () => {
      assert.deepEqual(codesFor([3, 5, 8], [0, 1, 2, 3, 4, 5, 7, 6]).made, ['5-8']);
      assert.deepEqual(codesFor([3, 5], [0, 1, 2, 5, 6]).made, ['3-5']);
    });
  });
});

