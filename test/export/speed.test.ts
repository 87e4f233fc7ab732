// Exporting is linear in the article: a 50× longer article may not take
// disproportionately longer in any format (a guard against quadratic work).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis';
import { parseSidecar } from '../../server/src/annotations/format';
import { FORMAT_IDS, prepareArticle, render } from '../../server/src/export';

const ROOT = join(__dirname, '../..');

describe('export: speed', function () {
  this.timeout(120_000);
  it('renders every format of a ~18,000-word article in well under a second', () => {
    const base = readFileSync(join(ROOT, 'samples/river-dam.article'), 'utf8');
    const parsed = parseSidecar(readFileSync(join(__dirname, 'fixtures/river-dam.article.annotations.json'), 'utf8'));
    assert.ok(parsed.ok);
    const text = Array(50).fill(base).join('\n');
    const article = prepareArticle({ file: 'long.article', uri: 'file:///long.article', text, analysis: analyze(text), sidecar: parsed.sidecar });
    const options = { w3cEntities: true, w3cQuotes: true };
    for (const format of FORMAT_IDS) {
      const t = performance.now();
      const out = render(format, [article], 'long', options);
      const ms = performance.now() - t;
      assert.ok(out.files.length > 0);
      // Measured 2–12 ms on the 2-core dev machine; 400 ms leaves room for load, not for O(n²).
      assert.ok(ms < 400, `${format}: ${ms.toFixed(1)} ms`);
    }
  });
});
