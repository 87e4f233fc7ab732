import { strict as assert } from 'node:assert';
import { applyEdits, applyTextChange, diffEdit } from '../../server/src/annotations/edits';
import { reanchorClaim } from '../../server/src/annotations/reanchor';
import { makeClaim } from './claim-helpers';

const TEXT = 'PORTVALE (Wirewire) – Grain exports rose 14% in March, the port authority said on Tuesday.';
const QUOTE = 'Grain exports rose 14% in March';
const S = TEXT.indexOf(QUOTE);

function edit(text: string, start: number, end: number, insert: string) {
  return { text: text.slice(0, start) + insert + text.slice(end), edit: { start, end, newLength: insert.length } };
}

describe('claims follow live edits', () => {
  const claim = makeClaim(TEXT, S, S + QUOTE.length);

  it('shifts with text inserted before, ignores text after', () => {
    const a = edit(TEXT, 0, 0, 'UPDATE ');
    const [c] = applyEdits([claim], [a.edit], a.text);
    assert.equal(a.text.slice(c.target.position.start, c.target.position.end), QUOTE);
    assert.equal(c.anchor, 'anchored');
    const b = edit(TEXT, TEXT.length, TEXT.length, ' More.');
    assert.deepEqual(applyEdits([claim], [b.edit], b.text)[0].target.position, claim.target.position);
  });

  it('an insertion right at either boundary stays outside', () => {
    const a = edit(TEXT, S, S, '(Corrected) ');
    const [c] = applyEdits([claim], [a.edit], a.text);
    assert.equal(a.text.slice(c.target.position.start, c.target.position.end), QUOTE);
    const b = edit(TEXT, S + QUOTE.length, S + QUOTE.length, ' 2026');
    assert.equal(applyEdits([claim], [b.edit], b.text)[0].target.quote.exact, QUOTE);
  });

  it('a partly rewritten claim stays on what remains and is marked drifted, remembering the tagged text', () => {
    const k = S + QUOTE.indexOf('14%');
    const a = edit(TEXT, k, k + 3, '15.5%');
    const [c] = applyEdits([claim], [a.edit], a.text);
    assert.equal(c.target.quote.exact, 'Grain exports rose 15.5% in March');
    assert.equal(c.anchor, 'drifted');
    assert.equal(c.original, QUOTE);
    // Undo: back on the tagged text, anchored again.
    const u = edit(a.text, k, k + 5, '14%');
    const [back] = applyEdits([c], [u.edit], u.text);
    assert.equal(back.anchor, 'anchored');
    assert.equal(back.original, null);
  });

  it('an edit overlapping the start keeps the remaining part', () => {
    const a = edit(TEXT, S - 3, S + 6, '');
    const [c] = applyEdits([claim], [a.edit], a.text);
    assert.equal(c.target.quote.exact, 'exports rose 14% in March');
    assert.equal(c.anchor, 'drifted');
  });

  it('a deleted claim is orphaned, kept, and comes back on undo', () => {
    const a = edit(TEXT, S - 2, S + QUOTE.length + 1, '');
    const [c] = applyEdits([claim], [a.edit], a.text);
    assert.equal(c.anchor, 'orphaned');
    assert.equal(c.target.quote.exact, QUOTE, 'quote kept for re-attaching');
    const u = edit(a.text, S - 2, S - 2, TEXT.slice(S - 2, S + QUOTE.length + 1));
    const [back] = applyEdits([c], [u.edit], u.text);
    assert.equal(u.text, TEXT);
    assert.equal(back.anchor, 'anchored');
    assert.deepEqual(back.target.position, claim.target.position);
  });

  it('an ambiguous change (typing "G" before "Grain") leaves the claim anchored', () => {
    const after = TEXT.slice(0, S) + 'G' + TEXT.slice(S);
    const [c] = applyTextChange([claim], TEXT, after);
    assert.equal(c.anchor, 'anchored');
    assert.equal(after.slice(c.target.position.start, c.target.position.end), QUOTE);
    assert.equal(c.target.position.start, S + 1);
    // Typing inside the claim is still a change of the claim.
    const inside = TEXT.slice(0, S + 5) + ' (corn)' + TEXT.slice(S + 5);
    assert.equal(applyTextChange([claim], TEXT, inside)[0].anchor, 'drifted');
  });

  it('diffEdit finds the single replaced range', () => {
    assert.deepEqual(diffEdit('abcdef', 'abXYef'), { start: 2, end: 4, newLength: 2 });
    assert.equal(diffEdit('same', 'same'), null);
  });
});

describe('re-anchoring after outside edits', () => {
  const claim = makeClaim(TEXT, S, S + QUOTE.length);

  it('keeps the stored position when the quote is still there', () => {
    const r = reanchorClaim(claim, TEXT);
    assert.equal(r.placement, 'kept');
  });

  it('finds the quote where it moved, preferring the occurrence with the right context', () => {
    const moved = `${QUOTE}, a rival said. ` + TEXT.replace('PORTVALE', 'PORTVALE, April 2');
    const r = reanchorClaim(claim, moved);
    assert.equal(r.placement, 'moved');
    assert.equal(r.claim.target.position.start, moved.lastIndexOf(QUOTE));
    assert.equal(r.claim.anchor, 'anchored');
  });

  it('finds a reworded quote approximately and marks it drifted', () => {
    const edited = TEXT.replace('Grain exports rose', 'Grain exports climbed');
    const r = reanchorClaim(claim, 'New first paragraph.\n\n' + edited);
    assert.equal(r.placement, 'fuzzy');
    assert.equal(r.claim.target.quote.exact, 'Grain exports climbed 14% in March');
    assert.equal(r.claim.anchor, 'drifted');
    assert.equal(r.claim.original, QUOTE);
  });

  it('orphans a claim whose text is gone, keeping everything about it', () => {
    const r = reanchorClaim({ ...claim, note: 'call them' }, 'A different story entirely about the weather on Sunday.');
    assert.equal(r.placement, 'orphaned');
    assert.equal(r.claim.anchor, 'orphaned');
    assert.equal(r.claim.note, 'call them');
    assert.equal(r.claim.target.quote.exact, QUOTE);
  });
});
