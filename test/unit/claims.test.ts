import { strict as assert } from 'node:assert';
import { analyze, CLAIM_THRESHOLD } from '../../server/src/analysis';
import { defaultClaimModel } from '../../server/src/analysis/claims/model';
import { decodeClaimModel, encodeClaimModel } from '../../server/src/analysis/claims/model-format';

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

  it('still leaves furniture out at threshold 0', () => {
    const all = texts(0);
    assert.ok(!all.some((t) => t.startsWith('Reporting by') || t.startsWith('OSK, May 2')), all.join(' | '));
  });
});

describe('claim model file', () => {
  it('round-trips through its binary format', () => {
    const m = {
      keys: Uint32Array.from([3, 17, 4000000000]), weights: Int16Array.from([-32767, 5, 32767]),
      scale: 0.001, plattA: 0.8, plattB: -0.1, threshold: 0.3,
    };
    assert.deepEqual(decodeClaimModel(encodeClaimModel(m)), m);
  });

  it('refuses a truncated or foreign file with a clear message', () => {
    const bytes = encodeClaimModel({ keys: Uint32Array.from([1]), weights: Int16Array.from([1]), scale: 1, plattA: 1, plattB: 0, threshold: 0.5 });
    assert.throws(() => decodeClaimModel(bytes.slice(0, bytes.length - 1)), /check-worthiness model: bad length/);
    assert.throws(() => decodeClaimModel(new Uint8Array(16)), /check-worthiness model: bad magic/);
  });

  it('gives probabilities that grow with the raw score', () => {
    const m = defaultClaimModel();
    assert.ok(m.plattA > 0);
    assert.ok(m.probability(-5) < m.probability(0) && m.probability(0) < m.probability(5));
  });
});
