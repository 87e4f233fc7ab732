// The incremental analyser must give exactly what a fresh analyze() gives, after any sequence of
// edits: random edit sequences (fast-check, fixed seeds) over our sample articles and test
// fixtures, each analysis compared deep-equal with a fresh one.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { getHeapStatistics } from 'node:v8';
import { analyze, createIncrementalAnalyzer, type AnalyzeOptions } from '../../server/src/analysis';
import { collector } from '../../server/src/io/collect';

const ROOT = join(__dirname, '..', '..');

function filesIn(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir)).filter((f) => ext.test(f)).sort().map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));
}

const SAMPLES = filesIn('samples', /\.article$/);
const FIXTURES = [
  ...filesIn('test/fixtures/house-styles', /\.txt$/),
  ...filesIn('test/fixtures/ws/articles', /\.article$/),
  // Quote-heavy copy: quotations over several paragraphs, "said:" before a quoted paragraph.
  ...filesIn('test/fixtures/attributions-canadian', /\.txt$/),
];
const ALL = [...SAMPLES, ...FIXTURES];

/** One edit, positions as fractions of the text's length so they fit any text. */
type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'copy'; from: number; length: number; to: number }
  /** Writes the word at `at` with a capital, or without one (how the document writes a word elsewhere matters). */
  | { kind: 'case'; at: number };

// What people type, and what changes what the engine sees: words, names (entity history and
// grouping), figures, quotation marks (quotes across paragraphs), sentence ends, line and
// paragraph breaks, a bullet, a dateline, furniture.
const TYPED = fc.constantFrom(
  'e', 'x', ' ', '.', ',', '"', '“', '”', '\n', '\n\n', 'Smith', ' Smith', 'Mr. ', ' said ', 'Reuters',
  ' 12 percent', '$4.5 million', 'the ', ' according to ', '\n\n- ', '\n\nLONDON (Reuters) - ', '\n\nRead more',
  'KAZAKHSTAN', ' Ms. Okafor said. ', "'", ' (L) ', ' said:', '\n\n“We will', '.” ', ' she told reporters. “',
);

const EDIT: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: TYPED }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('case' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('copy' as const), from: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.integer({ min: 1, max: 400 }), to: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
);

function apply(text: string, e: Edit): string {
  const pos = (f: number) => Math.min(text.length, Math.floor(f * (text.length + 1)));
  switch (e.kind) {
    case 'insert': {
      const at = pos(e.at);
      return text.slice(0, at) + e.text + text.slice(at);
    }
    case 'delete': {
      const at = pos(e.at);
      return text.slice(0, at) + text.slice(at + e.length);
    }
    case 'copy': {
      const from = pos(e.from);
      const piece = text.slice(from, from + e.length);
      const to = pos(e.to);
      return text.slice(0, to) + piece + text.slice(to);
    }
    case 'case': {
      let at = pos(e.at);
      while (at > 0 && /\p{L}/u.test(text[at - 1])) at--;
      const c = text[at] ?? '';
      const flipped = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
      return text.slice(0, at) + flipped + text.slice(at + 1);
    }
  }
}

/** Analyses the text and each edit of it both ways and compares. */
function sameAfterEdits(start: string, edits: Edit[], optionsAt: (step: number) => AnalyzeOptions = () => ({})): void {
  const inc = createIncrementalAnalyzer();
  let text = start;
  assert.deepStrictEqual(inc.analyze(text, optionsAt(0)), analyze(text, optionsAt(0)));
  edits.forEach((e, i) => {
    text = apply(text, e);
    const options = optionsAt(i + 1);
    assert.deepStrictEqual(inc.analyze(text, options), analyze(text, options), `after ${JSON.stringify(e)}`);
  });
}

describe('incremental analysis', () => {
  it('equals a fresh analysis after random edits of the sample articles', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SAMPLES.length - 1 }), fc.array(EDIT, { minLength: 1, maxLength: 8 }), (i, edits) => {
        sameAfterEdits(SAMPLES[i], edits);
      }),
      { numRuns: 60, seed: 15 },
    );
  });

  it('equals a fresh analysis after random edits of the test fixtures (house styles, furniture, datelines)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: FIXTURES.length - 1 }), fc.array(EDIT, { minLength: 1, maxLength: 6 }), (i, edits) => {
        sameAfterEdits(FIXTURES[i], edits);
      }),
      { numRuns: 60, seed: 16 },
    );
  });

  it('equals a fresh analysis of a long article analysed in pieces, as the claim threshold changes', function () {
    // Hundreds of analyses of a long article: on a loaded machine this outlasts the default 30 s.
    this.timeout(120_000);
    const long = ALL.join('\n\n');
    fc.assert(
      fc.property(fc.array(EDIT, { minLength: 1, maxLength: 4 }), (edits) => {
        sameAfterEdits(long, edits, (step) => ({ chunkSize: 6000, claimThreshold: step % 2 === 0 ? 0.2 : undefined }));
      }),
      { numRuns: 12, seed: 17 },
    );
  });

  it('reads a paragraph again when what its figures read outside it changes (the article\'s dollar, the next word)', () => {
    const FILLER = 'The meeting ran late into the evening and nobody on the floor wanted to leave before the vote was taken.';
    // An edit of another paragraph makes the "$" Canadian or "P45" pesos; the word after "ten-pound" is in the next paragraph.
    const texts = [
      `Council budget\n\n${FILLER}\n\nThe council will spend $5 million on roads.`,
      `OTTAWA (CP) - The council met on Monday.\n\n${FILLER}\n\nThe council will spend $5 million on roads.`,
      `Council budget\n\n${FILLER}\n\nThe council will spend $5 million on roads.`,
      `Market report\n\n${FILLER}\n\nA kilo of rice cost P45 on Monday.`,
      `MANILA, Philippines — Rice traders in the capital met on Monday to discuss prices.\n\n${FILLER}\n\nA kilo of rice cost P45 on Monday.`,
      'Harbour news\n\nShe found a ten-pound\n\nnote in the street.',
      'Harbour news\n\nShe found a ten-pound\n\nbag in the street.',
    ];
    const inc = createIncrementalAnalyzer();
    for (const text of texts) assert.deepStrictEqual(inc.analyze(text), analyze(text));
    assert.deepStrictEqual(analyze(texts[1]).figures.map((f) => f.unit), [null, 'CAD']);
    assert.deepStrictEqual(analyze(texts[2]).figures.map((f) => f.unit), ['USD']);
    assert.deepStrictEqual(analyze(texts[4]).figures.map((f) => f.unit), [null, 'PHP', null]);
  });

  it('drafts a paragraph\'s attributions again when a quotation or a word beside it changes', () => {
    const FILLER = 'Crews worked through the night to clear the road before the first buses came through.';
    // Each text differs from the one before only outside the paragraph whose attributions change.
    const texts = [
      `Harbour news\n\nThe mayor said:\n\nThe berths will reopen on Monday.\n\n${FILLER}`,
      // A quotation opens just after "said:": the content is now the quoted paragraph.
      `Harbour news\n\nThe mayor said:\n\n“The berths will reopen on Monday.”\n\n${FILLER}`,
      `Harbour news\n\nThe mayor said:\n\nThe berths will reopen on Monday.\n\n${FILLER}`,
      // A quotation running over two paragraphs (left open at the first one's end), closed or not further on.
      `Harbour news\n\n“The berths will reopen on Monday,” the mayor said. “We have waited long enough.\n\n“The crews know what to do.”\n\n${FILLER}`,
      `Harbour news\n\n“The berths will reopen on Monday,” the mayor said. “We have waited long enough.\n\nThe crews know what to do.\n\n${FILLER}`,
      // The word before a paragraph's first cue is the last word of the paragraph before.
      `Harbour news\n\nThe plan was dropped, the council\n\nsaid the berths will reopen.\n\n${FILLER}`,
      `Harbour news\n\nThe plan was dropped, the\n\nsaid the berths will reopen.\n\n${FILLER}`,
      // Single marks quote only in an article with no double ones: an edit far away decides.
      `Harbour news\n\n‘The berths will reopen on Monday,’ the mayor said.\n\n${FILLER}`,
      `Harbour news\n\n‘The berths will reopen on Monday,’ the mayor said.\n\n${FILLER} The “night shift” ended at six.`,
    ];
    const inc = createIncrementalAnalyzer();
    for (const text of texts) assert.deepStrictEqual(inc.analyze(text).attributions, analyze(text).attributions, text);
    assert.notDeepStrictEqual(analyze(texts[0]).attributions, analyze(texts[1]).attributions);
  });

  it('lower-cases a sentence\'s words again when a word of it changes, whatever stays (attributions/lower-memo.ts)', () => {
    const FILLER = 'Crews worked through the night to clear the road before the first buses came through.';
    // Each text keeps the sentence's length, token count and offsets, and changes one word's
    // letters or case: a cue word comes and goes ("said" / "sand", "told" / "Told").
    const texts = [
      `Harbour news\n\nThe mayor said the berths will reopen on Monday.\n\n${FILLER}`,
      `Harbour news\n\nThe mayor sand the berths will reopen on Monday.\n\n${FILLER}`,
      `Harbour news\n\nThe mayor said the berths will reopen on Monday.\n\n${FILLER}`,
      `Harbour news\n\nThe mayor told the crews the berths will reopen.\n\n${FILLER}`,
      `Harbour news\n\nThe mayor Told the crews the berths will reopen.\n\n${FILLER}`,
      `Harbour news\n\nThe mayor told the crews the berths will reopen.\n\n${FILLER}`,
      // The same sentence twice, and one of them edited.
      `Harbour news\n\nThe mayor said the berths will reopen.\n\nThe mayor said the berths will reopen.\n\n${FILLER}`,
      `Harbour news\n\nThe mayor said the berths will reopen.\n\nThe mayor sand the berths will reopen.\n\n${FILLER}`,
    ];
    const inc = createIncrementalAnalyzer();
    for (const text of texts) assert.deepStrictEqual(inc.analyze(text).attributions, analyze(text).attributions, text);
    assert.notDeepStrictEqual(analyze(texts[0]).attributions, analyze(texts[1]).attributions);
  });

  it('reads a mention\'s roles again when the words after it on the next line change (attributions/roles.ts)', () => {
    const FILLER = 'Crews worked through the night to clear the road before the first buses came through.';
    // "Clara Vance," ends a line; her role is on the next one ("the foreign minister"), within the
    // 80 characters past her name the roles memo keys on. Then "the minister said" is hers or not.
    const texts = [
      `Harbour news\n\nThe plan came from Clara Vance,\nthe foreign minister.\n\n“We will reopen,” the minister said.\n\n${FILLER}`,
      `Harbour news\n\nThe plan came from Clara Vance,\nthe harbour director.\n\n“We will reopen,” the minister said.\n\n${FILLER}`,
      `Harbour news\n\nThe plan came from Clara Vance,\nthe foreign minister.\n\n“We will reopen,” the minister said.\n\n${FILLER}`,
      // The word before the name, and the line before it.
      `Harbour news\n\nForeign Minister Clara Vance approved the plan.\n\n“We will reopen,” the minister said.\n\n${FILLER}`,
      `Harbour news\n\nForeign Director Clara Vance approved the plan.\n\n“We will reopen,” the minister said.\n\n${FILLER}`,
      `Harbour news\n\nForeign Minister\nClara Vance approved the plan.\n\n“We will reopen,” the minister said.\n\n${FILLER}`,
    ];
    const inc = createIncrementalAnalyzer();
    for (const text of texts) assert.deepStrictEqual(inc.analyze(text).attributions, analyze(text).attributions, text);
    const speaker = (text: string) => analyze(text).attributions.map((a) => a.sourceEntity);
    assert.notDeepStrictEqual(speaker(texts[0]), speaker(texts[1]));
  });

  it('compares a paragraph kept by place with what it reads, before and after an edit that shifts the paragraphs (attributions/placed-memo.ts)', () => {
    const FILLER = 'Crews worked through the night to clear the road before the first buses came through.';
    // Paragraphs and tokens are looked up by index, or as far from the end: a paragraph added
    // before one whose word changes (length, offsets and token count kept; the words before it of the
    // same lengths) puts the old one at
    // the same distance from the end; the word, and the white space between words, must still be read.
    const texts = [
      `Harbour news\n\nThe mayor said the berths will reopen on Monday.\n\n${FILLER}`,
      `Harbour news\n\nWeather note\n\nThe mayor sand the berths will reopen on Monday.\n\n${FILLER}`,
      `Harbour news\n\nThe mayor said the berths will reopen on Monday.\n\n${FILLER}`,
      `Harbour news\n\nWeather note\n\nThe mayor said the berths will reopen on Monday.\n\n${FILLER}`,
      `Harbour news\n\nThe mayor sand the berths will reopen on Monday.\n\n${FILLER}`,
      `Harbour news\n\nThe mayor said the berths will reopen on Monday.\n\nWeather note\n\n${FILLER}`,
      `Harbour news\n\nThe mayor said the\tberths will\u00a0reopen on Monday.\n\nWeather note\n\n${FILLER}`,
      `Harbour news\n\nThe mayor told viewers on “Morning Show” the berths will reopen.\n\n${FILLER}`,
      `Harbour news\n\nWeather note\n\nThe mayor told viewers\ton “Morning Show” the berths will reopen.\n\n${FILLER}`,
    ];
    const inc = createIncrementalAnalyzer();
    for (const text of texts) assert.deepStrictEqual(inc.analyze(text).attributions, analyze(text).attributions, text);
    assert.notDeepStrictEqual(analyze(texts[0]).attributions, analyze(texts[4]).attributions);
  });

  it('keeps a headline\'s own quotation with its drafts ("X: ‘…’" in an article whose quotations are double)', () => {
    const FILLER = 'Crews worked through the night to clear the road before the first buses came through.';
    // The single marks are no quotation of the article's (it has double ones); the headline's
    // draft makes its own, which must move with the kept draft when another paragraph is edited.
    const texts = [
      `Mayor Lee Hammers Harbour Board: ‘You Should Be Investigated.’\n\n“We will reopen,” the mayor said.\n\n${FILLER}`,
      `Mayor Lee Hammers Harbour Board: ‘You Should Be Investigated.’\n\n“We will reopen,” the mayor said.\n\n${FILLER} More.`,
      `Mayor Lee Hammers Harbour Board: ‘You Should Be Investigated.’\n\n“We will reopen,” the mayor said.\n\n${FILLER} More to come.`,
    ];
    const inc = createIncrementalAnalyzer();
    for (const text of texts) assert.deepStrictEqual(inc.analyze(text).attributions, analyze(text).attributions, text);
    assert.ok(analyze(texts[1]).attributions.some((a) => a.kind === 'direct' && a.content.text === 'You Should Be Investigated.'));
  });

  it('reuses the pieces an edit did not touch, and keeps only what the current text holds', () => {
    const inc = createIncrementalAnalyzer();
    const article = SAMPLES[0];
    inc.analyze(article);
    const first = inc.stats();
    assert.equal(first.hits, 0);
    const at = article.indexOf(' ', Math.floor(article.length / 2));
    inc.analyze(`${article.slice(0, at)} very${article.slice(at)}`);
    const second = inc.stats();
    const reused = second.hits - first.hits;
    const worked = second.misses - first.misses;
    assert.ok(reused > 5 * worked, `reused ${reused}, worked out again ${worked}`);
    // Another text: nothing of the first is kept once it is analysed.
    const other = SAMPLES[1];
    inc.analyze(other);
    const fresh = createIncrementalAnalyzer();
    fresh.analyze(other);
    assert.equal(inc.stats().kept, fresh.stats().kept);
  });

  it('keeps no old version of the text alive however many edits (what it keeps is copied out of the text)', function () {
    // Ninety analyses of a 300 KB article and full collections: more than 30 s on a loaded machine.
    this.timeout(120_000);
    const gc = collector();
    if (!gc) this.skip();
    const heap = () => {
      gc!();
      gc!();
      return getHeapStatistics().used_heap_size;
    };
    // A long article, so that each version's text (about 300 KB) would show.
    let text = ALL.join('\n\n').repeat(3);
    const inc = createIncrementalAnalyzer();
    const edits = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const at = Math.floor((((i * 7919) % 997) / 997) * text.length);
        text = `${text.slice(0, at)}${'abcdefghij'[i % 10]}${text.slice(at)}`;
        inc.analyze(text);
      }
    };
    // The first edits also compile code and grow the engine's tables: measured after them.
    edits(0, 30);
    const before = heap();
    edits(30, 90);
    const grown = heap() - before;
    // 60 versions of the text kept alive would be about 12 MB (UTF-16); a few lines worked out again are not.
    assert.ok(grown < 30 * text.length, `the heap grew ${(grown / 1e6).toFixed(1)} MB over 60 edits of a ${(text.length / 1e3).toFixed(0)} k-character text`);
  });
});
