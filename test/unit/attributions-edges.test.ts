import { strict as assert } from 'node:assert';
import { findAttributions } from '../../server/src/analysis/attributions';
import { segment } from '../../server/src/analysis/segment';
import type { Attribution } from '../../server/src/analysis/types';

// Edges of the attribution stage: unit signs at a content's end, cues at the very end of a
// text, and degenerate input whose output must stay proportional to the input.

function attributions(text: string): Attribution[] {
  return findAttributions(segment(text), [], []);
}

/** Characters of all contents together: what the output holds besides fixed-size fields. */
function contentChars(list: Attribution[]): number {
  let n = 0;
  for (const a of list) n += a.content.end - a.content.start;
  return n;
}

describe('attributions: edges', () => {
  it('keeps a percent sign at the end of the content', () => {
    const list = attributions('Story\n\nExports rose 7%, the trade office said.');
    assert.equal(list.length, 1);
    assert.equal(list[0].content.text, 'Exports rose 7%');
    assert.equal(list[0].source?.text, 'the trade office');
  });

  it('keeps a degree sign after a number, not a stray sign after a word', () => {
    const list = attributions('Story\n\nThe river reached 31°, the weather service said.');
    assert.equal(list[0].content.text, 'The river reached 31°');
  });

  it('skips a long adverbial with a place and its state before "that"', () => {
    const list = attributions('Story\n\nThe senator said on Thursday during a town hall in Dover, Delaware, that the toll would go.');
    assert.equal(list.length, 1);
    assert.equal(list[0].content.text, 'the toll would go');
  });

  it('does not fail on a cue that ends the text', () => {
    for (const text of ['They called', 'The mayor said', 'Officials told', 'According to']) {
      assert.doesNotThrow(() => attributions(text), text);
    }
  });

  it('a cue between two content-first clauses reports only its own clause', () => {
    const list = attributions('Story\n\nThe bridge will open in May, he said, and the tolls will end, she said.');
    const hers = list.find((a) => a.source?.text === 'she');
    assert.ok(hers, JSON.stringify(list.map((a) => a.content.text)));
    assert.equal(hers.content.text, 'the tolls will end');
  });

  // Without full stops a text is one sentence: each cue must not report everything before or
  // after it, or the output grows with the square of the input.
  for (const [name, unit] of [['said ', 'said '], ['he said, she said, ', 'he said, she said, '], ['according to him, ', 'according to him, ']]) {
    it(`output stays proportional to the input for "${name.trim()}" repeated`, () => {
      const small = unit.repeat(1000);
      const large = unit.repeat(4000);
      const a = contentChars(attributions(small));
      const b = contentChars(attributions(large));
      assert.ok(b <= 5 * Math.max(a, 1), `content characters grew from ${a} to ${b} for 4x the input`);
      assert.ok(b <= 25 * large.length, `content characters ${b} for ${large.length} characters of input`);
    });
  }
});
