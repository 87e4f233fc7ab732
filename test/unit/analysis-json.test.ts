// The analysis is plain data: JSON gives it back exactly (no undefined fields, no NaN or
// Infinity, no Map). The editor's analysis worker sends it to the server as JSON
// (lsp/analysis-worker.ts), and the CLI writes it as JSON.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis';

const ROOT = join(__dirname, '..', '..');
const ARTICLES = [
  ['samples', /\.article$/],
  ['test/fixtures/house-styles', /\.txt$/],
  ['test/fixtures/attributions-canadian', /\.txt$/],
] as const;

describe('the analysis as JSON', () => {
  for (const [dir, ext] of ARTICLES) {
    it(`comes back from JSON exactly (${dir})`, () => {
      const files = readdirSync(join(ROOT, dir)).filter((f) => ext.test(f)).sort();
      assert.ok(files.length > 0);
      for (const f of files) {
        const analysis = analyze(readFileSync(join(ROOT, dir, f), 'utf8'));
        assert.deepStrictEqual(JSON.parse(JSON.stringify(analysis)), analysis, f);
      }
    });
  }

  it('would notice a field JSON cannot carry', () => {
    const analysis = analyze('Port news\n\nThe mayor said the berths will reopen.');
    const lossy = { ...analysis, figures: [{ ...analysis.figures[0], value: Number.POSITIVE_INFINITY }] };
    assert.throws(() => assert.deepStrictEqual(JSON.parse(JSON.stringify(lossy)), lossy));
  });
});
