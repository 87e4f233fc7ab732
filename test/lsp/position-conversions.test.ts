// Offsets become LSP positions (and back) in server/src/lsp/convert.ts only (ARCHITECTURE.md,
// "Invariants"): one place decides the unit and the line breaks. Checked over the server's LSP
// sources with the TypeScript parser, as the spread-arguments test does, so a conversion written
// anywhere else is caught where it is written.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as ts from 'typescript';
import { tsFiles } from '../unit/source-files';
import { ROOT } from './harness';

const LSP = join(ROOT, 'server/src/lsp');
const HOME = 'server/src/lsp/convert.ts';
const CONVERTERS = new Set(['positionAt', 'offsetAt']);

const isNumber = (e: ts.Expression) => ts.isNumericLiteral(e);

/** Conversions in one source: calls of positionAt/offsetAt, and positions computed by hand ({line, character}). */
export function conversionsIn(name: string, source: string): string[] {
  const src = ts.createSourceFile(name, source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const at = (node: ts.Node) => `${name}:${src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const called = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      if (CONVERTERS.has(called)) found.push(`${at(node)} ${called}(`);
    } else if (ts.isObjectLiteralExpression(node)) {
      const props = new Map<string, ts.Expression>();
      for (const p of node.properties) if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name)) props.set(p.name.text, p.initializer);
      const line = props.get('line');
      const character = props.get('character');
      // A fixed place ({line: 0, character: 0}) converts nothing.
      if (line && character && !(isNumber(line) && isNumber(character))) found.push(`${at(node)} {line, character}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return found;
}

describe('offset and position conversions', () => {
  it('happen in server/src/lsp/convert.ts only', () => {
    const found = tsFiles(LSP)
      .map((abs) => relative(ROOT, abs).split(sep).join('/'))
      .filter((file) => file !== HOME)
      .flatMap((file) => conversionsIn(file, readFileSync(join(ROOT, file), 'utf8')));
    assert.deepEqual(found, []);
  });

  it('the check sees a conversion written by hand (and leaves convert.ts its own)', () => {
    const sample = [
      'const a = doc.offsetAt(range.start);',
      'const b = snap.doc.positionAt(12);',
      'const r = { start: { line: p.line - 1, character: p.column - 1 }, end: { line: 0, character: 0 } };',
    ].join('\n');
    assert.deepEqual(conversionsIn('sample.ts', sample), ['sample.ts:1 offsetAt(', 'sample.ts:2 positionAt(', 'sample.ts:3 {line, character}']);
    assert.ok(conversionsIn(HOME, readFileSync(join(ROOT, HOME), 'utf8')).length > 0, 'convert.ts does the conversions');
  });
});
