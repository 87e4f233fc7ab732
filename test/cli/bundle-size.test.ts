// A size budget for what every CLI call loads and compiles before its first word (issue 15,
// figure 3: one call on a sentence within 2.5× a bare `node -e 0`). Compiling the engine bundle
// is the largest single cost of a call, and it grows with every round of rules (771 → 852 KB in
// one session). Not a timing test: it fails when the bundles `npm run build` writes grow past a
// stated size, so growth is a decision. Raise a budget only with figure 3 measured
// (`npm run bench -- --only startup`, in alternating pairs with main) and written in
// docs/performance.md.
import { strict as assert } from 'node:assert';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Bytes, as `npm run build` writes them (whitespace minified, names kept). */
const BUDGET: Record<string, number> = {
  'dist/analysis.js': 720_000,
  'dist/cli.js': 170_000,
};

describe('start-up size budget (figure 3)', () => {
  for (const [file, budget] of Object.entries(BUDGET)) {
    it(`${file} stays within ${budget.toLocaleString('en')} bytes`, () => {
      const path = join(ROOT, file);
      assert.ok(existsSync(path), `${file} is missing: run npm run build first`);
      const size = statSync(path).size;
      assert.ok(size <= budget, `${file} is ${size.toLocaleString('en')} bytes, over its budget of ${budget.toLocaleString('en')} (see this test's header)`);
    });
  }
});
