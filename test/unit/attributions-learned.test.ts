import { strict as assert } from 'node:assert';
import { findAttributions } from '../../server/src/analysis/attributions';
import { LearnedAttributions, WeightTable, type LearnedData } from '../../server/src/analysis/attributions/learned/model';
import { encodeLearnedFile, openLearnedFile } from '../../server/src/analysis/attributions/learned/model-format';
import { shippedModel } from '../../server/src/analysis/attributions/learned/shipped';
import { stem } from '../../server/src/analysis/attributions/learned/features';
import { segment } from '../../server/src/analysis/segment';
import type { Attribution } from '../../server/src/analysis/types';

// The learned part of the attribution stage (learned/): reported speech the rules miss, false
// attributions the rules make, and the model file itself. Sentences are our own.

/** With the shipped model (the default), or the rules alone (`null`). */
function attributions(body: string, hook?: null): Attribution[] {
  return findAttributions(segment('Test story\n\n' + body), [], [], hook);
}

function show(list: Attribution[]): string {
  return JSON.stringify(list.map((a) => [a.source?.text ?? null, a.cue?.text ?? null, a.content.text, a.kind]));
}

describe('learned attributions: speech the rules miss', () => {
  const cases: Array<[string, string, string, string, string]> = [
    ['a time phrase between the verb and "that"', 'Ferro has said for months that the port sees no reason to raise fees.', 'Ferro', 'said', 'the port sees no reason to raise fees'],
    ['an aside between dashes before "that"', 'Nadia Ferro, the port director, said — on the radio, as it happens — that the cranes would arrive in June.', 'Nadia Ferro', 'said', 'the cranes would arrive in June'],
  ];
  for (const [what, sentence, source, cue, content] of cases) {
    it(`${what}: "${sentence}"`, () => {
      const list = attributions(sentence);
      const a = list.find((x) => x.content.text === content);
      assert.ok(a, show(list));
      assert.equal(a.source?.text, source);
      assert.equal(a.cue?.text, cue);
      // The rules alone do not find it: this is the model's doing.
      assert.ok(!attributions(sentence, null).some((x) => x.content.text === content), show(attributions(sentence, null)));
    });
  }

  it('a speaker before "said of …," and a quotation: a direct quote of that speaker', () => {
    const sentence = 'A council adviser said of the mayor, “She takes the flooding very seriously.”';
    const list = attributions(sentence);
    assert.equal(list.length, 1, show(list));
    assert.equal(list[0].source?.text, 'A council adviser');
    assert.equal(list[0].content.text, 'She takes the flooding very seriously.');
    assert.equal(list[0].kind, 'direct');
    assert.equal(attributions(sentence, null)[0]?.source ?? null, null);
  });

  it('an opening adverbial with a cue-like noun is not the speaker: the name after it is', () => {
    const sentence = 'Making the rounds of the morning shows, Ferro said she was facing a new level of scrutiny.';
    const list = attributions(sentence);
    assert.equal(list.length, 1, show(list));
    assert.equal(list[0].source?.text, 'Ferro');
    assert.equal(list[0].cue?.text, 'said');
    assert.equal(list[0].content.text, 'she was facing a new level of scrutiny');
    // The rules take "shows" for a cue.
    assert.ok(attributions(sentence, null).some((x) => x.cue?.text === 'shows'), show(attributions(sentence, null)));
  });

  it('adds no cue for beliefs, intentions or expectations', () => {
    for (const sentence of [
      'The ministry is expected to publish the results on Friday.',
      'She wanted to tell the whole story to the committee.',
      'The airline declined to comment on the report.',
      'Only time will tell if the new cranes help.',
    ]) assert.equal(attributions(sentence).length, 0, `${sentence} ${show(attributions(sentence))}`);
  });

  it('a cue it finds inside the content of the rules\' attribution gives way to it', () => {
    const list = attributions('Ferro has said for months that the port sees no reason to raise fees, the paper reported.');
    assert.equal(list.length, 1, show(list));
    assert.equal(list[0].source?.text, 'the paper');
    assert.equal(list[0].content.text, 'Ferro has said for months that the port sees no reason to raise fees');
  });
});

describe('learned attributions: the model file', () => {
  function tiny(): LearnedData {
    return {
      cue: { keys: Uint32Array.from([3, 7, 0xfffffff0]), weights: Int16Array.from([5, -2, 300]) },
      threshold: 4,
      keepThreshold: -1,
      span: { keys: Uint32Array.from([11]), weights: Int16Array.from([-7]) },
      vocabulary: ['said', 'noted'],
      doubtful: ['said'],
    };
  }

  it('writes its tables to a file and reads every weight back in place, with the thresholds', () => {
    const m = tiny();
    const bytes = encodeLearnedFile(m);
    const back = openLearnedFile(bytes, m.vocabulary, m.doubtful);
    m.cue.keys.forEach((k, i) => assert.equal(back.cues.sum([k]), m.cue.weights[i], `cue key ${k}`));
    m.span.keys.forEach((k, i) => assert.equal(back.spans.sum([k]), m.span.weights[i], `span key ${k}`));
    assert.deepEqual([back.cues.entries, back.spans.entries], [3, 1]);
    assert.equal(back.cues.sum([99]), 0);
    assert.equal(back.threshold, 4);
    assert.equal(back.keepThreshold, -1);
    assert.equal(back.cues.keys.buffer, bytes.buffer, 'a view over the file, not a copy');
  });

  it('rejects bytes that are not a complete model of its layout, saying why', () => {
    const bytes = encodeLearnedFile(tiny());
    assert.throws(() => openLearnedFile(new Uint8Array(24), [], []), /attribution model: 24 bytes is too short/);
    assert.throws(() => openLearnedFile(new Uint8Array(100), [], []), /attribution model: not an attribution model file/);
    assert.throws(() => openLearnedFile(bytes.subarray(0, bytes.length - 64), [], []), /attribution model: the file is \d+ bytes, its header says \d+ \(truncated or damaged\)/);
    const old = bytes.slice();
    old[4] = 2;
    assert.throws(() => openLearnedFile(old, [], []), /layout version 2, this engine reads version 3/);
    const badSlots = bytes.slice();
    new DataView(badSlots.buffer).setUint32(24, 1000, true);
    assert.throws(() => openLearnedFile(badSlots, [], []), /the cue-and-keep table \(offset 64, 1000 slots, 3 entries\) does not fit the file/);
  });

  it('sums the weights of known features and ignores unknown ones', () => {
    const table = WeightTable.build(tiny().cue);
    assert.equal(table.sum([3, 7, 0xfffffff0]), 303);
    assert.equal(table.sum([3, 3, 99]), 10);
    assert.equal(table.sum([]), 0);
  });

  it('ships a model whose cue words are words of speech, not beliefs or intentions', () => {
    const words = shippedModel().words;
    assert.ok(words.has('said') && words.has('told'));
    for (const w of ['expected', 'wanted', 'believes', 'declined', 'endorsed']) assert.ok(!words.has(w), w);
  });

  it('asks nothing of a model that knows no words', () => {
    const empty = new LearnedAttributions({ ...tiny(), vocabulary: [] });
    assert.equal(empty.words.size, 0);
  });

  it('gives a verb\'s forms one stem', () => {
    assert.deepEqual(['argue', 'argued', 'argues', 'arguing'].map(stem), ['argu', 'argu', 'argu', 'argu']);
    assert.deepEqual(['denied', 'denies'].map(stem), ['deni', 'deni']);
  });
});
