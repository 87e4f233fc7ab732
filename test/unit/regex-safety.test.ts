// Every regular expression in the analysis library and the CLI is checked for catastrophic
// backtracking with `recheck`. Literals are found through the TypeScript parser, so a new
// pattern is covered without being listed here.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { checkSync } from 'recheck';
import { tsFiles } from './source-files';

const ROOTS = ['server/src'];

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function regexLiterals(file: string): Found[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: Found[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(src);
      const slash = text.lastIndexOf('/');
      out.push({
        file,
        line: src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1,
        source: text.slice(1, slash),
        flags: text.slice(slash + 1),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

describe('regular expressions', () => {
  const found = ROOTS.flatMap((r) => tsFiles(r)).flatMap(regexLiterals);

  it('finds the patterns to check', () => {
    assert.ok(found.length > 10, `only ${found.length} regex literals found`);
  });

  it('has no pattern with catastrophic backtracking', function () {
    this.timeout(120_000);
    const bad: string[] = [];
    for (const f of found) {
      const r = checkSync(f.source, f.flags, { timeout: 10_000 });
      if (r.status === 'vulnerable') bad.push(`${f.file}:${f.line} /${f.source}/${f.flags} — ${r.complexity?.type ?? ''}`);
    }
    assert.deepEqual(bad, []);
  });

  it('has no exported RegExp object (built with new RegExp) with catastrophic backtracking', function () {
    this.timeout(120_000);
    const bad: string[] = [];
    let count = 0;
    for (const file of ROOTS.flatMap((r) => tsFiles(r))) {
      if (!file.includes('analysis')) continue;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(join(process.cwd(), file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (!(value instanceof RegExp)) continue;
        count++;
        if (checkSync(value.source, value.flags, { timeout: 10_000 }).status === 'vulnerable') bad.push(`${file}: ${name}`);
      }
    }
    assert.ok(count > 0, 'no exported patterns found');
    assert.deepEqual(bad, []);
  });

  it('would catch a vulnerable pattern', () => {
    assert.equal(checkSync('^(a+)+$', '').status, 'vulnerable');
  });
});
