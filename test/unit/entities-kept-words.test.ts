// The word ids kept from one analysis of a changing text to the next (entities/features-kept.ts):
// after random edits, through the segmenter's memo (so untouched lines give the same Token
// objects), each token's id is the one a look-up of its text gives; also when the lexicon starts
// afresh between two analyses, and when another lexicon is used. Our own invented copy.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { indexWords } from '../../server/src/analysis/entities/features-kept';
import { Lexicon } from '../../server/src/analysis/entities/lexicon';
import { defaultModel } from '../../server/src/analysis/entities/model';
import { createAnalysisMemo, memoParts } from '../../server/src/analysis/pipeline';
import { segment } from '../../server/src/analysis/segment';
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

/** Runs `texts` through the segmenter's memo and indexWords, checking each against a fresh look-up. */
function checkAll(texts: string[], words: () => Lexicon): void {
  const memo = createAnalysisMemo();
  const owner = {};
  const fresh = new Lexicon(tables());
  for (const text of texts) {
    const tokens: Token[] = segment(text, memo.segment).tokens;
    const lexicon = words();
    const word = new Int32Array(tokens.length);
    indexWords(lexicon, tokens, word, owner);
    const expected = new Int32Array(tokens.length);
    fresh.index(tokens, expected);
    assert.deepEqual(described(lexicon, word), described(fresh, expected), JSON.stringify(text.slice(0, 60)));
    for (const m of memoParts(memo)) m.sweep();
  }
}

const editsOf = (start: string) => fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...TYPED), fc.boolean()), { minLength: 1, maxLength: 10 })
  .map((edits) => {
    const texts = [start];
    let text = start;
    for (const [f, typed, insert] of edits) {
      const at = Math.floor(f * text.length);
      text = insert ? text.slice(0, at) + typed + text.slice(at) : text.slice(0, at) + text.slice(at + typed.length);
      texts.push(text);
    }
    return texts;
  });

describe('entities: word ids kept between analyses of a changing text', () => {
  it('gives each token the id of its text after random edits', () => {
    const lexicon = new Lexicon(tables());
    fc.assert(fc.property(editsOf(ARTICLE), (texts) => checkAll(texts, () => lexicon)), { numRuns: 80, seed: 61 });
  });

  it('keeps most ids: a token of an untouched line is not looked up again', () => {
    const lexicon = new Lexicon(tables());
    const memo = createAnalysisMemo();
    const owner = {};
    const first = segment(ARTICLE, memo.segment).tokens;
    indexWords(lexicon, first, new Int32Array(first.length), owner);
    for (const m of memoParts(memo)) m.sweep();
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
    fc.assert(fc.property(editsOf(ARTICLE), (texts) => checkAll(texts, () => small)), { numRuns: 40, seed: 62 });
  });

  it('takes no ids of a generation that ended in another text\'s look-ups (two texts, one lexicon)', () => {
    const small = new Lexicon(tables(), 40);
    // Two other texts in turn, so a fresh start gives this text's words other ids than the last one did.
    const others = ['Marlow council approved a new sea wall on Friday after storms flooded the fish market twice this winter.', 'Gulls.'];
    let turn = 0;
    fc.assert(fc.property(editsOf(NO_DATELINES), (texts) => {
      const memo = createAnalysisMemo(), otherMemo = createAnalysisMemo();
      const owner = {}, otherOwner = {};
      const fresh = new Lexicon(tables());
      // Each text twice: the second time every token is one of the last analysis's (no look-up at all).
      for (const text of texts.flatMap((t) => [t, t])) {
        // The other text's look-ups start the lexicon afresh between two analyses of this one.
        const o = segment(others[turn++ % 2], otherMemo.segment).tokens;
        indexWords(small, o, new Int32Array(o.length), otherOwner);
        const tokens = segment(text, memo.segment).tokens;
        const word = new Int32Array(tokens.length);
        indexWords(small, tokens, word, owner);
        const expected = new Int32Array(tokens.length);
        fresh.index(tokens, expected);
        assert.deepEqual(described(small, word), described(fresh, expected));
        for (const m of [...memoParts(memo), ...memoParts(otherMemo)]) m.sweep();
      }
    }), { numRuns: 30, seed: 64 });
  });

  it('takes no ids of another lexicon', () => {
    let k = 0;
    const lexicons = [new Lexicon(tables()), new Lexicon(tables())];
    // The second lexicon meets the words in another order, so the same text has other ids in it.
    lexicons[1].index(segment('Quarterly fees rose at the quay in Marlow.').tokens, new Int32Array(9));
    fc.assert(fc.property(editsOf(ARTICLE), (texts) => checkAll(texts, () => lexicons[k++ % 2])), { numRuns: 40, seed: 63 });
  });
});
