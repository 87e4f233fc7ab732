// The layering ARCHITECTURE.md states, checked on the imports of every .ts file (read with the
// TypeScript parser, as the regex-safety test reads literals): a new file is covered without
// being listed here. Type-only imports count: they tie the code together just the same.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';
import { tsFiles } from './source-files';

const ROOT = resolve(__dirname, '..', '..');
const TREES = ['server/src', 'client/src'];

interface Arrow {
  from: string;
  /** A repository path for a relative import, else the module name as written. */
  to: string;
}

const repoPath = (abs: string) => relative(ROOT, abs).split(sep).join('/');

function resolveImport(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const base = resolve(dirname(file), spec);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return repoPath(candidate);
  }
  return repoPath(base);
}

/** Module names in import/export declarations, `require(...)` and `import(...)`. */
function importsOf(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) out.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      out.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

export function arrowsOfTree(): Arrow[] {
  return TREES.flatMap((t) => tsFiles(join(ROOT, t))).flatMap((abs) => importsOf(abs).map((spec) => ({ from: repoPath(abs), to: resolveImport(abs, spec) })));
}

const inside = (path: string, folder: string) => path.startsWith(`${folder}/`);
const NODE_IO = /^(?:node:)?(?:fs|fs\/promises|net|child_process|worker_threads)$/;
const EDITOR = /^(?:vscode|vscode-languageserver|vscode-languageclient)(?:\/|$)/;

interface Rule {
  name: string;
  /** True when the arrow breaks the rule. */
  breaks: (a: Arrow) => boolean;
}

export const RULES: Rule[] = [
  {
    name: 'analysis/ is pure: it imports only analysis/, and never fs, net, vscode or the language server',
    breaks: (a) =>
      inside(a.from, 'server/src/analysis') &&
      (a.to.startsWith('server/') || a.to.startsWith('client/') ? !inside(a.to, 'server/src/analysis') : NODE_IO.test(a.to) || EDITOR.test(a.to)),
  },
  {
    name: 'export/ never imports cli/, lsp/ or io/, nor the file system (exporters are pure)',
    breaks: (a) =>
      inside(a.from, 'server/src/export') &&
      (['cli', 'lsp', 'io'].some((l) => inside(a.to, `server/src/${l}`)) || NODE_IO.test(a.to) || EDITOR.test(a.to)),
  },
  {
    name: 'annotations/ never imports a higher layer (lsp/, cli/, export/, io/)',
    breaks: (a) => inside(a.from, 'server/src/annotations') && ['lsp', 'cli', 'export', 'io'].some((l) => inside(a.to, `server/src/${l}`)),
  },
  {
    name: 'shared/ (the vocabulary the client bundles) imports only shared/ and the analysis types',
    breaks: (a) =>
      inside(a.from, 'server/src/shared') &&
      (a.to.startsWith('server/') ? !inside(a.to, 'server/src/shared') && a.to !== 'server/src/analysis/types.ts' : NODE_IO.test(a.to)),
  },
  {
    name: 'the client imports nothing from the server tree but the shared vocabulary (server/src/shared/)',
    breaks: (a) => inside(a.from, 'client/src') && a.to.startsWith('server/') && !inside(a.to, 'server/src/shared'),
  },
  {
    name: 'corrections/ is pure: analysis/, shared/ and the pure parts of annotations/ only; no file system, no LSP',
    breaks: (a) =>
      inside(a.from, 'server/src/corrections') &&
      (['cli', 'lsp', 'io', 'export'].some((l) => inside(a.to, `server/src/${l}`)) ||
        ['server/src/annotations/store.ts', 'server/src/annotations/lock.ts', 'server/src/annotations/index.ts'].includes(a.to) ||
        NODE_IO.test(a.to) ||
        EDITOR.test(a.to)),
  },
  {
    name: 'lsp/ and io/ never import cli/ (the CLI sits on top)',
    breaks: (a) => (inside(a.from, 'server/src/lsp') || inside(a.from, 'server/src/io')) && inside(a.to, 'server/src/cli'),
  },
];

export function violations(arrows: readonly Arrow[]): string[] {
  return RULES.flatMap((r) => arrows.filter(r.breaks).map((a) => `${r.name}: ${a.from} -> ${a.to}`));
}

/** Files that import each other in a loop (Tarjan's strongly connected components). */
export function circles(arrows: readonly Arrow[]): string[][] {
  const next = new Map<string, string[]>();
  for (const a of arrows) {
    if (!a.to.startsWith('server/') && !a.to.startsWith('client/')) continue;
    next.set(a.from, [...(next.get(a.from) ?? []), a.to]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const part: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        part.push(w);
      } while (w !== v);
      if (part.length > 1) out.push(part.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe('layering (ARCHITECTURE.md invariants, read from the imports)', () => {
  const arrows = arrowsOfTree();

  it('reads the imports of every file', () => {
    assert.ok(arrows.some((a) => a.from === 'client/src/commands/export.ts' && a.to === 'server/src/shared/protocol.ts'));
    assert.ok(arrows.some((a) => a.from === 'server/src/lsp/server.ts' && a.to === 'vscode-languageserver'));
  });

  it('keeps every layer to its imports', () => {
    assert.deepEqual(violations(arrows), []);
  });

  it('has no files that import each other in a loop', () => {
    assert.deepEqual(circles(arrows), []);
  });

  // Each rule must catch an arrow added back: the checks above would pass on a checker that sees nothing.
  for (const [rule, arrow] of [
    [0, { from: 'server/src/analysis/figures/index.ts', to: 'server/src/annotations/types.ts' }],
    [0, { from: 'server/src/analysis/index.ts', to: 'node:fs' }],
    [1, { from: 'server/src/export/json.ts', to: 'server/src/cli/output.ts' }],
    [1, { from: 'server/src/export/prepare.ts', to: 'server/src/lsp/convert.ts' }],
    [2, { from: 'server/src/annotations/store.ts', to: 'server/src/lsp/server.ts' }],
    [3, { from: 'server/src/shared/vocabulary.ts', to: 'server/src/annotations/types.ts' }],
    [4, { from: 'client/src/commands/export.ts', to: 'server/src/export/index.ts' }],
    [4, { from: 'client/src/commands/claims.ts', to: 'server/src/lsp/server.ts' }],
    [5, { from: 'server/src/corrections/apply.ts', to: 'server/src/annotations/store.ts' }],
    [5, { from: 'server/src/corrections/apply.ts', to: 'vscode-languageserver' }],
    [6, { from: 'server/src/lsp/features/export.ts', to: 'server/src/cli/io.ts' }],
  ] as const) {
    it(`catches an arrow back: ${arrow.from} -> ${arrow.to}`, () => {
      const found = violations([arrow]);
      assert.equal(found.length, 1, found.join('\n'));
      assert.ok(found[0].startsWith(RULES[rule].name), found[0]);
    });
  }

  it('catches a loop added back (cli/run.ts <-> cli/claims.ts)', () => {
    const found = circles([...arrows, { from: 'server/src/cli/claims.ts', to: 'server/src/cli/run.ts' }]);
    assert.equal(found.length, 1);
    assert.ok(found[0].includes('server/src/cli/run.ts') && found[0].includes('server/src/cli/claims.ts'), found[0].join(', '));
  });
});
