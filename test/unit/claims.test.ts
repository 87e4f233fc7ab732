import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/analysis';
import { CLAIM_THRESHOLD } from '../../server/src/analysis/claims';

const STORY = `Bridge tolls to rise next year, authority says

OSK, May 2 (Wirewire) – The Osk Bridge Authority said on Tuesday that tolls would rise by 12% in January, the largest increase since the bridge opened.

Traffic fell after the floods because the northern road was closed for a week.

The weather was mild on Tuesday.

Commuters crossed the river in the morning.

Reporting by Ana Lima; Editing by Tom Reed`;

describe('claim candidates', () => {
  const a = analyze(STORY);
  const claimFor = (fragment: string) => a.claims.find((c) => c.text.includes(fragment));

  it('scores a sentence with a figure, an attribution and a superlative highest, with its reasons', () => {
    const c = claimFor('tolls would rise by 12%');
    assert.ok(c, JSON.stringify(a.claims.map((x) => x.text)));
    assert.ok(c.reasons.includes('attributed assertion'), c.reasons.join(', '));
    assert.ok(c.reasons.includes('superlative'), c.reasons.join(', '));
    assert.ok(c.reasons.some((r) => r.includes('figure')), c.reasons.join(', '));
    assert.ok(c.score >= 0.9 && c.score <= 1);
  });

  it('takes a causal claim with a comparison', () => {
    const c = claimFor('Traffic fell');
    assert.ok(c);
    assert.ok(c.reasons.includes('causal claim'));
  });

  it('leaves plain description, the dateline and the credit line alone', () => {
    assert.equal(claimFor('weather was mild'), undefined);
    assert.equal(claimFor('Commuters crossed'), undefined);
    assert.equal(claimFor('Reporting by'), undefined);
    assert.ok(!a.claims.some((c) => c.text.startsWith('OSK, May 2')));
  });

  it('reports spans that are whole sentences of the text, above the threshold', () => {
    for (const c of a.claims) {
      assert.equal(STORY.slice(c.start, c.end), c.text);
      assert.ok(c.score >= CLAIM_THRESHOLD);
      assert.ok(a.segmentation.sentences.some((s) => s.start === c.start && s.end === c.end));
    }
  });
});
