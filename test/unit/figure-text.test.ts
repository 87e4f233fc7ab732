// The one figure formatter (hover, memo, CSV, CLI text): how values read, with the stored value untouched.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/analysis';
import { figureNumber, figureValueText, figureWithValue } from '../../server/src/shared/figure-text';

const fig = (kind: string, value: number | null, extra: { unit?: string | null; approx?: boolean; bound?: 'min' | 'max' | null } = {}) => ({
  kind,
  value,
  unit: extra.unit ?? null,
  approx: extra.approx ?? false,
  bound: extra.bound ?? null,
});

describe('figure values as read', () => {
  it('writes years and other calendar numbers without a thousands separator', () => {
    assert.equal(figureValueText(fig('DATE', 2016)), '2016');
    assert.equal(figureValueText(fig('DATE', 1999, { approx: true })), '≈ 1999');
  });

  it('writes fractions as fractions, keeping the exact value in the figure', () => {
    const [third] = analyze('About a third of the staff left.').figures;
    assert.equal(third.kind, 'FRACTION');
    assert.equal(third.value, 1 / 3, 'the stored value stays exact');
    assert.equal(figureValueText(third), '≈ 1/3');
    assert.equal(figureNumber(fig('FRACTION', 2 / 3)), '2/3');
    assert.equal(figureNumber(fig('FRACTION', 0.75)), '3/4');
    assert.equal(figureNumber(fig('FRACTION', 1.5)), '1 1/2');
    // No small denominator fits: a rounded decimal.
    assert.equal(figureNumber(fig('FRACTION', 0.413729)), '0.4137');
  });

  it('reads units of time and measure in the plural after a number other than one', () => {
    assert.equal(figureValueText(fig('DURATION', 90, { unit: 'day', bound: 'min' })), '≥ 90 days');
    assert.equal(figureValueText(fig('DURATION', 1, { unit: 'decade' })), '1 decade');
    assert.equal(figureValueText(fig('DURATION', 2, { unit: 'century' })), '2 centuries');
    assert.equal(figureValueText(fig('QUANTITY', 14e6, { unit: 'tonne', approx: true })), '≈ 14 million tonnes');
    assert.equal(figureValueText(fig('QUANTITY', 6, { unit: 'foot' })), '6 feet');
    assert.equal(figureValueText(fig('PERCENT', 3.5, { unit: 'percentage point' })), '3.5 percentage points');
    // Abbreviations, currencies and counted nouns from the text stay as they are.
    assert.equal(figureValueText(fig('QUANTITY', 140, { unit: 'km/h', bound: 'max' })), '≤ 140 km/h');
    assert.equal(figureValueText(fig('MONEY', 40, { unit: 'USD' })), '40 USD');
    assert.equal(figureValueText(fig('CARDINAL', 60, { unit: 'vessels' })), '60 vessels');
  });

  it('groups other numbers, rounds to four decimals, and says large round amounts in words', () => {
    assert.equal(figureValueText(fig('CARDINAL', 20000, { bound: 'min' })), '≥ 20,000');
    assert.equal(figureValueText(fig('QUANTITY', 12345.678, { unit: 'kg' })), '12,345.678 kg');
    assert.equal(figureValueText(fig('CARDINAL', 1 / 3)), '0.3333');
    // An exchange rate keeps the four decimals it is written with; cents scaled to dollars keep theirs.
    assert.equal(figureValueText(fig('CARDINAL', 1.3742)), '1.3742');
    assert.equal(figureValueText(fig('MONEY', 72.77 / 100, { unit: 'USD' })), '0.7277 USD');
    assert.equal(figureValueText(fig('QUANTITY', 5 + 7 / 12, { unit: 'foot' })), '5.5833 feet');
    assert.equal(figureValueText(fig('QUANTITY', 150000, { unit: 'square foot' })), '150,000 square feet');
    assert.equal(figureValueText(fig('QUANTITY', 2, { unit: 'cubic meter' })), '2 cubic meters');
    assert.equal(figureValueText(fig('QUANTITY', 6.4, { unit: 'magnitude' })), 'magnitude 6.4');
    assert.equal(figureValueText(fig('MONEY', 4.5e9, { unit: 'USD' })), '4.5 billion USD');
    assert.equal(figureValueText(fig('MONEY', 3_456_789, { unit: 'USD' })), '3,456,789 USD');
    assert.equal(figureValueText(fig('PERCENT', 40, { unit: '%', approx: true })), '≈ 40%');
    assert.equal(figureValueText(fig('ORDINAL', 3)), '3rd');
    assert.equal(figureValueText(fig('ORDINAL', 12)), '12th');
    assert.equal(figureValueText(fig('DATE', null)), '');
  });

  it('adds the value to a list item only where it reads differently from the words', () => {
    assert.equal(figureWithValue({ text: '12%', ...fig('PERCENT', 12, { unit: '%' }) }), '12% [PERCENT]');
    assert.equal(figureWithValue({ text: 'a third', ...fig('FRACTION', 1 / 3) }), 'a third [FRACTION: 1/3]');
    assert.equal(figureWithValue({ text: 'Friday', ...fig('DATE', null) }), 'Friday [DATE]');
  });
});
