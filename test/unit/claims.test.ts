import { strict as assert } from 'node:assert';
import { analyze, CLAIM_THRESHOLD } from '../../server/src/analysis';
import { ClaimModel, defaultClaimModel } from '../../server/src/analysis/claims/model';
import { encodeClaimModel, NO_WEIGHT, openClaimModelFile } from '../../server/src/analysis/claims/model-format';

const STORY = `Bridge tolls to rise next year, authority says

OSK, May 2 (Wirewire) – The Osk Bridge Authority said on Tuesday that tolls would rise by 12% in January, the largest increase since the bridge opened.

Traffic fell by a quarter after the floods because the northern road was closed for a week.

The weather was mild on Tuesday.

Commuters crossed the river in the morning.

Reporting by Ana Lima; Editing by Tom Reed`;

describe('claim candidates', () => {
  const a = analyze(STORY);
  const claimFor = (fragment: string) => a.claims.find((c) => c.text.includes(fragment));

  it('flags a sentence with a figure, an attribution and a superlative, with its reasons', () => {
    const c = claimFor('tolls would rise by 12%');
    assert.ok(c, JSON.stringify(a.claims.map((x) => x.text)));
    assert.ok(c.reasons.includes('attributed assertion'), c.reasons.join(', '));
    assert.ok(c.reasons.includes('superlative'), c.reasons.join(', '));
    assert.ok(c.reasons.includes('figure'), c.reasons.join(', '));
    assert.ok(c.score > 0.8 && c.score <= 1, String(c.score));
  });

  it('flags a causal claim with a change over time', () => {
    const c = claimFor('Traffic fell');
    assert.ok(c);
    assert.ok(c.reasons.includes('causal claim'), c.reasons.join(', '));
    assert.ok(c.reasons.includes('change over time'), c.reasons.join(', '));
  });

  it('leaves plain description, the dateline and the credit line alone', () => {
    assert.equal(claimFor('weather was mild'), undefined);
    assert.equal(claimFor('Commuters crossed'), undefined);
    assert.equal(claimFor('Reporting by'), undefined);
    assert.ok(!a.claims.some((c) => c.text.startsWith('OSK, May 2')));
  });

  it('reports spans that are whole sentences of the text, at or above the threshold', () => {
    assert.ok(a.claims.length > 0);
    for (const c of a.claims) {
      assert.equal(STORY.slice(c.start, c.end), c.text);
      assert.ok(c.score >= CLAIM_THRESHOLD && c.score <= 1);
      assert.ok(a.segmentation.sentences.some((s) => s.start === c.start && s.end === c.end));
    }
  });
});

describe('claim threshold option', () => {
  const texts = (t: number | undefined) => analyze(STORY, { claimThreshold: t }).claims.map((c) => c.text);

  it('defaults to the threshold chosen on held-out training data, a probability strictly inside 0–1', () => {
    assert.ok(CLAIM_THRESHOLD > 0.05 && CLAIM_THRESHOLD < 0.95, String(CLAIM_THRESHOLD));
    assert.equal(CLAIM_THRESHOLD, defaultClaimModel().threshold);
    assert.deepEqual(texts(undefined), texts(CLAIM_THRESHOLD));
  });

  it('reports more sentences at a lower threshold and fewer at a higher one, with the same scores', () => {
    const low = analyze(STORY, { claimThreshold: 0 }).claims;
    const mid = analyze(STORY).claims;
    const high = analyze(STORY, { claimThreshold: 0.99 }).claims;
    assert.ok(low.length > mid.length, `${low.length} vs ${mid.length}`);
    assert.ok(high.length < mid.length, `${high.length} vs ${mid.length}`);
    for (const c of mid) assert.equal(low.find((x) => x.start === c.start)?.score, c.score);
    for (const c of high) assert.ok(c.score >= 0.99);
  });

  it('clamps thresholds outside 0–1 and ignores values that are not numbers', () => {
    assert.deepEqual(texts(-3), texts(0));
    assert.deepEqual(texts(7), texts(1));
    assert.deepEqual(texts(Number.NaN), texts(undefined));
  });

  it('never flags an appeal for information, even at threshold 0', () => {
    const appeal = analyze('Two charged after store robbery\n\nTwo men were charged on Saturday after a robbery at a store, police said.\n\nAnyone with information is asked to call police at 555-0100.\n\nPolice urge anyone who has information about the 2 suspects to come forward.', { claimThreshold: 0 });
    const all = appeal.claims.map((c) => c.text);
    assert.ok(all.some((t) => t.startsWith('Two men')), all.join(' | '));
    assert.ok(!all.some((t) => t.startsWith('Anyone with') || t.startsWith('Police urge')), all.join(' | '));
  });

  it('still leaves furniture out at threshold 0', () => {
    const all = texts(0);
    assert.ok(!all.some((t) => t.startsWith('Reporting by') || t.startsWith('OSK, May 2')), all.join(' | '));
  });
});

describe('claim model file', () => {
  it('round-trips through its file: every weight found by its key, the numbers exact', () => {
    const m = {
      keys: Uint32Array.from([3, 17, 4000000000, 0]), weights: Int16Array.from([-32767, 5, 32767, -1]),
      scale: 0.001, plattA: 0.8, plattB: -0.1, threshold: 0.3,
    };
    const file = openClaimModelFile(encodeClaimModel(m));
    assert.deepEqual([file.features, file.scale, file.plattA, file.plattB, file.threshold], [4, 0.001, 0.8, -0.1, 0.3]);
    m.keys.forEach((k, i) => assert.equal(file.table.get(k, NO_WEIGHT), m.weights[i], `key ${k}`));
    assert.equal(file.table.get(99, NO_WEIGHT), NO_WEIGHT);
    const model = new ClaimModel(file);
    assert.equal(model.raw(Uint32Array.from([3, 17, 99]), 3), -32767 * 0.001 + 5 * 0.001);
    assert.equal(model.weight(4000000000), 32767 * 0.001);
    assert.equal(model.weight(99), 0);
  });

  it('refuses a truncated, foreign or damaged file with a clear message', () => {
    const bytes = encodeClaimModel({ keys: Uint32Array.from([1]), weights: Int16Array.from([1]), scale: 1, plattA: 1, plattB: 0, threshold: 0.5 });
    assert.throws(() => openClaimModelFile(bytes.slice(0, bytes.length - 1)), /check-worthiness model: the file is \d+ bytes, its header says \d+ \(truncated or damaged\)/);
    assert.throws(() => openClaimModelFile(new Uint8Array(16)), /check-worthiness model: 16 bytes is too short/);
    assert.throws(() => openClaimModelFile(new Uint8Array(200)), /check-worthiness model: not a check-worthiness model file/);
    const old = bytes.slice();
    old[4] = 1;
    assert.throws(() => openClaimModelFile(old), /check-worthiness model: layout version 1, this engine reads version 2/);
    const badSlots = bytes.slice();
    badSlots[16] = 3;
    assert.throws(() => openClaimModelFile(badSlots), /a table of 3 slots for 1 features does not fit the file/);
  });

  it('gives probabilities that grow with the raw score', () => {
    const m = defaultClaimModel();
    assert.ok(m.plattA > 0);
    assert.ok(m.probability(-5) < m.probability(0) && m.probability(0) < m.probability(5));
  });
});
