// No array is spread into a call's arguments where its length is not fixed: every argument
// goes on the stack, and a long article (a 10 MB line has hundreds of thousands of quotes or
// names) overflowed it — "Maximum call stack size exceeded" from the outline. Checked over the
// whole server source with the TypeScript parser, so a new case is caught where it is written.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { extent } from '../../server/src/lsp/features/symbols';
import { ROOT } from './harness';

/** Calls that take any number of arguments, where a spread array becomes that many arguments. */
const VARIADIC = /(?:^|\.)(?:push|unshift|splice|concat|min|max|fromCharCode|fromCodePoint|apply)$/;

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

describe('no unbounded spread into call arguments', () => {
  it('finds none in server/src (push(...xs), Math.min(...xs) and the like)', () => {
    const found: string[] = [];
    for (const file of tsFiles(join(ROOT, 'server/src'))) {
      const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
      const visit = (node: ts.Node) => {
        if (ts.isCallExpression(node) && node.arguments.some(ts.isSpreadElement) && VARIADIC.test(node.expression.getText(src))) {
          found.push(`${file.slice(ROOT.length + 1)}:${src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1} ${node.expression.getText(src)}(...)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(src);
    }
    assert.deepEqual(found, []);
  });

  it('the outline spans a million items without a stack overflow', () => {
    const starts = Array.from({ length: 1_000_000 }, (_, k) => 5 + k * 3);
    const ends = starts.map((s) => s + 2);
    assert.deepEqual(extent(starts, ends), { start: 5, end: 5 + 999_999 * 3 + 2 });
  });
});
