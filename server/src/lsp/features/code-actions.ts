// Quick fixes for our diagnostics: remove boilerplate (a WorkspaceEdit). The claims glue adds its
// own through hooks (claims/claims-actions.ts: "Tag as claim", claim status, re-attach).
import {
  type CodeAction,
  CodeActionKind,
  type Diagnostic,
  type TextEdit,
  type ServerCapabilities,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { dataOf, locate } from './diagnostics';

function isWhitespace(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/**
 * The stretch to delete for a piece of boilerplate: a whole line (with its line break, and one
 * surrounding blank line) when it stands alone, else the piece and the spaces before it.
 */
export function removalSpan(text: string, start: number, end: number): { start: number; end: number } {
  let ls = start;
  while (ls > 0 && isWhitespace(text[ls - 1])) ls--;
  let le = end;
  while (le < text.length && isWhitespace(text[le])) le++;
  const aloneOnLine = (ls === 0 || text[ls - 1] === '\n') && (le === text.length || text[le] === '\n' || text[le] === '\r');
  if (!aloneOnLine) return { start: ls, end };
  let e = le;
  if (text[e] === '\r') e++;
  if (text[e] === '\n') e++;
  // Also take one blank line after it, so no double blank line is left behind.
  const before = text.slice(Math.max(0, ls - 3), ls);
  const blankBefore = ls === 0 || before.endsWith('\n\n') || before.endsWith('\n\r\n') || before === '\n';
  if (blankBefore && (text[e] === '\n' || (text[e] === '\r' && text[e + 1] === '\n'))) e += text[e] === '\r' ? 2 : 1;
  // At the end of the text, take the blank line before it instead.
  if (blankBefore && e === text.length && ls > 0) {
    const s = text[ls - 2] === '\r' ? ls - 2 : ls - 1;
    return { start: s, end: e };
  }
  return { start: ls, end: e };
}

function removeEdit(doc: TextDocument, span: { start: number; end: number }): TextEdit {
  return { range: toRange(doc, removalSpan(doc.getText(), span.start, span.end)), newText: '' };
}

/** What the server announces for this feature in `initialize`. */
export const codeActionCapability = { codeActionKinds: [CodeActionKind.QuickFix] } satisfies ServerCapabilities['codeActionProvider'];

export function register(ctx: ServerContext): void {
  ctx.connection.onCodeAction((params) => {
    const doc = ctx.store.get(params.textDocument.uri);
    if (!doc) return [];
    const actions: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      const data = dataOf(d);
      const span = data?.rule === 'boilerplate' ? locate(doc, d, data) : null;
      if (!span) continue;
      actions.push({
        title: 'Remove boilerplate',
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: true,
        edit: { changes: { [doc.uri]: [removeEdit(doc, span)] } },
      });
    }
    // Every boilerplate piece at once, when there are several.
    const snap = ctx.store.current(doc.uri);
    const all = snap?.analysis.boilerplate ?? [];
    if (all.length > 1 && actions.some((a) => a.title === 'Remove boilerplate')) {
      const spans = all.map((b) => removalSpan(doc.getText(), b.start, b.end));
      const edits = spans
        .filter((s, i) => i === 0 || s.start >= spans[i - 1].end)
        .map((s) => ({ range: toRange(doc, s), newText: '' }));
      actions.push({
        title: `Remove all boilerplate (${all.length})`,
        kind: CodeActionKind.QuickFix,
        edit: { changes: { [doc.uri]: edits } },
      });
    }
    for (const extra of ctx.hooks.codeActions) for (const a of extra(params, doc)) actions.push(a);
    return actions;
  });
}
