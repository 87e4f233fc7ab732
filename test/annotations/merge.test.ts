import { strict as assert } from 'node:assert';
import { mergeClaims, mergeClaimSets } from '../../server/src/annotations/merge';
import type { Claim } from '../../server/src/annotations/types';
import { makeClaim } from './claim-helpers';

const TEXT = 'One. Two. Three. Four.';
const one = makeClaim(TEXT, 0, 4, 'one');
const two = makeClaim(TEXT, 5, 9, 'two');
const later = (c: Claim, patch: Partial<Claim>, t = '2026-03-01T00:00:00.000Z'): Claim => ({ ...c, ...patch, updatedAt: t });
const ids = (cs: Claim[]) => cs.map((c) => c.id).sort();

describe('three-way merge by claim id', () => {
  it('keeps additions from both sides', () => {
    const three = makeClaim(TEXT, 10, 16, 'three');
    const four = makeClaim(TEXT, 17, 22, 'four');
    assert.deepEqual(ids(mergeClaims([one], [one, three], [one, four])), ['four', 'one', 'three']);
  });

  it('applies an untag (a tombstone), on either side', () => {
    const gone = { id: 'two', deletedAt: '2026-02-01T00:00:00.000Z' };
    assert.deepEqual(ids(mergeClaimSets({ claims: [one, two] }, { claims: [one], deleted: [gone] }, { claims: [one, two] }).claims), ['one']);
    assert.deepEqual(ids(mergeClaimSets({ claims: [one, two] }, { claims: [one, two] }, { claims: [one], deleted: [gone] }).claims), ['one']);
  });

  it('keeps a claim that is merely missing on one side (a stale copy, not an untag)', () => {
    assert.deepEqual(ids(mergeClaims([one, two], [one], [one, two])), ['one', 'two']);
    assert.deepEqual(ids(mergeClaims([one, two], [one, two], [two])), ['one', 'two']);
  });

  it('keeps a claim deleted on one side but changed on the other', () => {
    const changed = later(two, { status: 'false' });
    assert.deepEqual(ids(mergeClaims([one, two], [one], [one, changed])), ['one', 'two']);
  });

  it('takes the changed side, or the later change when both changed', () => {
    const mine = later(one, { note: 'mine' }, '2026-03-01T00:00:00.000Z');
    const theirs = later(one, { status: 'verified' }, '2026-03-02T00:00:00.000Z');
    assert.equal(mergeClaims([one], [mine], [one])[0].note, 'mine');
    assert.equal(mergeClaims([one], [one], [theirs])[0].status, 'verified');
    assert.equal(mergeClaims([one], [mine], [theirs])[0].status, 'verified');
  });

  it('without a base, keeps the union', () => {
    assert.deepEqual(ids(mergeClaims(null, [one], [two])), ['one', 'two']);
  });
});
