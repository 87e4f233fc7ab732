// The furniture patterns are skipped for a line whose first character none of their alternatives
// can open with (segment/boilerplate.ts). The set is read from each pattern's source; where it
// cannot be read for sure the pattern is always tried. A wrong set would hide furniture, so each
// reading is checked here against lines the pattern matches and lines it cannot.
import { strict as assert } from 'node:assert';
import { firstCharacters, lineKind } from '../../server/src/analysis/segment/boilerplate';

const chars = (re: RegExp): string | null => {
  const s = firstCharacters(re);
  return s === null ? null : [...s].sort().join('');
};

describe('furniture patterns: the first characters a line needs', () => {
  it('reads the first letters of an anchored alternation, in both cases when the pattern ignores case', () => {
    assert.equal(chars(/^(?:Sign up|Subscribe|Register)\b.{0,10}$/), 'RS');
    assert.equal(chars(/^(?:Get|Receive) our$/i), 'GRgr');
    assert.equal(chars(/^Thanks for reading$/), 'T');
    assert.equal(chars(/^(?:©|Copyright)$/i), 'Cc©');
    assert.equal(chars(/^\((?:Adds|Updates) [^()]{0,20}\)$/), '(');
  });

  it('reads digits for "\\d" and the alternatives of a group inside an alternation', () => {
    assert.equal(chars(/^\d{1,2} min read$/), '0123456789');
    assert.equal(chars(/^(?:Leave a Comment|\d+ Comments?)$/), '0123456789L');
    assert.equal(chars(/^(?:We use|(?:Accept|Reject) all) cookies$/), 'ARW');
  });

  it('gives up (always tried) where the opening is not a plain character', () => {
    assert.equal(chars(/^\d{0,2} min read$/), null); // no digit at all is allowed
    assert.equal(chars(/^(?:Leave|(?:Accept)?Reject)$/), null); // an inner group may be left out
    assert.equal(chars(/^(?:Video|Play)?:? ?\d{1,2}:\d\d$/), null); // the group may be left out
    assert.equal(chars(/^(?:[^.!?]{0,10}[:\s])?https?:\/\/\S+$/), null);
    assert.equal(chars(/^A?B$/), null); // the first letter is optional
    assert.equal(chars(/Share$/), null); // not anchored
  });

  it('still reads every kind of furniture line and leaves story lines alone', () => {
    const furniture: Array<[string, string]> = [
      ['Subscribe to our weekly newsletter', 'signup'], ['© 2026 Harbour Media', 'footer'], ['copyright 2026', 'footer'],
      ['Share', 'share'], ['14:20 GMT', 'timestamp'], ['3 min read', 'timestamp'], ['Follow us on Twitter', 'promo'],
      ['(Adds detail on the vote)', 'editor-note'], ['Watch: the minister speaks', 'promo'], ['1:56', 'promo'],
      ['AP MLS: https://example.com/hub/mls', 'promo'], ['Related Topics', 'read-more'], ['Loading...', 'advert'],
    ];
    for (const [line, kind] of furniture) assert.equal(lineKind(line), kind, line);
    for (const line of ['The ministry said on Tuesday that ferries would sail.', 'Shares of Harbourline rose 4%.', '“We will sail,” she said.']) {
      assert.equal(lineKind(line), null, line);
    }
  });
});
