// The TextMate grammar, tokenised by the same engine VS Code uses (vscode-textmate + Oniguruma):
// headline, bullets, dateline, quotations, figures, credit lines and boilerplate get their scopes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { ROOT } from './harness';

const GRAMMAR = join(ROOT, 'syntaxes', 'news-article.tmLanguage.json');

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope: string) =>
      scope === 'text.news-article' ? textmate.parseRawGrammar(readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null,
  });
  const g = await registry.loadGrammar('text.news-article');
  assert.ok(g, 'grammar loads');
  return g;
}

/** The scopes of the first token covering `piece` on the line where it first occurs. */
function scopesOf(grammar: textmate.IGrammar, text: string, piece: string): string[] {
  let state = textmate.INITIAL;
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    const at = line.indexOf(piece);
    if (at >= 0) {
      const tok = r.tokens.find((t) => t.startIndex <= at && at < t.endIndex)!;
      return tok.scopes;
    }
    state = r.ruleStack;
  }
  throw new Error(`${piece} not in text`);
}

const ARTICLE = [
  'Harbour authority to double Port Veyla capacity, minister says',
  '',
  '* Investment of about $4.2 billion over five years',
  '',
  'PORT VEYLA, March 4 (Meridian) - The authority handled 3.1 million containers, up 12% from 2022.',
  '',
  '“We cannot keep turning ships away,” Okafor said. "Every week counts."',
  '',
  'Reporting by Lena Marsh; Editing by Paul Ostrander',
  '',
  'Sign up for our Ports & Shipping newsletter here',
].join('\n');

describe('TextMate grammar', () => {
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  const cases: Array<[string, string]> = [
    ['Harbour authority', 'markup.heading'],
    ['*', 'punctuation.definition.list'],
    ['Investment', 'markup.list.unnumbered'],
    ['PORT VEYLA', 'variable.other.constant.place'],
    ['March 4', 'constant.numeric.date'],
    ['Meridian', 'entity.name.type.agency'],
    ['$4.2 billion', 'constant.numeric'],
    ['3.1 million', 'constant.numeric'],
    ['12%', 'constant.numeric'],
    ['We cannot', 'string.quoted.double'],
    ['Every week', 'string.quoted.double'],
    ['Reporting by', 'comment.line.credit'],
    ['Sign up', 'comment.block.boilerplate'],
  ];
  for (const [piece, scope] of cases) {
    it(`scopes “${piece}” as ${scope}`, () => {
      const scopes = scopesOf(grammar, ARTICLE, piece);
      assert.ok(scopes.some((s) => s.startsWith(scope)), `${piece}: ${scopes.join(' ')}`);
    });
  }

  it('leaves ordinary body text and names unscoped (the server colours names)', () => {
    assert.deepEqual(scopesOf(grammar, ARTICLE, 'Okafor said'), ['text.news-article']);
  });

  it('does not take an uppercase sentence opening for a dateline without date or agency', () => {
    const scopes = scopesOf(grammar, 'Title\n\nNATO - the alliance met.', 'NATO');
    assert.ok(!scopes.some((s) => s.includes('dateline')), scopes.join(' '));
  });
});
