// Every regular expression in the analysis library and the CLI is checked for catastrophic
// backtracking with `recheck`. Literals are found through the TypeScript parser, so a new
// pattern is covered without being listed here.
//
// Deterministic: recheck decides by its exact checker (automata theory) wherever its static
// criteria allow (most patterns); larger ones (bounded repeats such as {0,30}, where the
// automaton explodes) go to its fuzz checker with a fixed seed and step limits only. No
// wall-clock limit anywhere: those made the verdict depend on how loaded the machine was
// (a safe pattern was once flagged). A pattern it cannot decide ("unknown") fails the test
// too, with the reason: rewrite it so it can be checked.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { checkSync, type Diagnostics } from 'recheck';
import { tsFiles } from './source-files';

/** Seeded, bounded by steps, never by time. */
function verdict(source: string, flags: string): Diagnostics {
  return checkSync(source, flags, {
    checker: 'auto',
    randomSeed: 20_260_301,
    timeout: null,
    attackTimeout: null,
    incubationTimeout: null,
    seedingTimeout: null,
  });
}

/** Why a pattern is not known to be safe, or null. */
export function problemOf(source: string, flags: string): string | null {
  const r = verdict(source, flags);
  if (r.status === 'safe') return null;
  if (r.status === 'vulnerable') return `vulnerable (${r.complexity.type}, ${r.checker} checker)`;
  return `unknown: ${r.error.kind}${'message' in r.error ? ` ${String((r.error as { message?: unknown }).message ?? '')}` : ''}`;
}

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

  it('has no pattern with catastrophic backtracking, and none it cannot decide', function () {
    this.timeout(600_000);
    const bad: string[] = [];
    for (const f of found) {
      const problem = problemOf(f.source, f.flags);
      if (problem) bad.push(`${f.file}:${f.line} /${f.source}/${f.flags} — ${problem}`);
    }
    assert.deepEqual(bad, []);
  });

  it('has no exported RegExp object (built with new RegExp) with catastrophic backtracking', function () {
    this.timeout(600_000);
    const bad: string[] = [];
    let count = 0;
    for (const file of ROOTS.flatMap((r) => tsFiles(r))) {
      if (!file.includes('analysis')) continue;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(join(process.cwd(), file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (!(value instanceof RegExp)) continue;
        count++;
        const problem = problemOf(value.source, value.flags);
        if (problem) bad.push(`${file}: ${name} — ${problem}`);
      }
    }
    assert.ok(count > 0, 'no exported patterns found');
    assert.deepEqual(bad, []);
  });

  it('would catch a vulnerable pattern, and one it cannot decide', () => {
    assert.match(problemOf('^(a+)+$', '') ?? '', /^vulnerable \(exponential, automaton checker\)/);
    assert.match(problemOf('(', '') ?? '', /^unknown: /);
    assert.equal(problemOf('^[a-z]+$', ''), null);
  });

  it('gives the same verdicts on every run', () => {
    for (const f of found.slice(0, 10)) assert.equal(problemOf(f.source, f.flags), problemOf(f.source, f.flags), f.source);
  });
});
