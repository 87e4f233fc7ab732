// One code lens on the first line with the article's counts. It carries no command (an empty
// id), so editors show it as a label, not a link.
import type { CodeLens, ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { summaryOf } from './summary';

/** What the server announces for this feature in `initialize`. */
export const codeLensCapability = { resolveProvider: false } satisfies ServerCapabilities['codeLensProvider'];

export function register(ctx: ServerContext): void {
  ctx.connection.onCodeLens(async (params, token): Promise<CodeLens[]> => {
    if (!ctx.settings().codeLens) return [];
    const snap = await ctx.store.snapshot(params.textDocument.uri, token);
    if (!snap) return [];
    const { label } = summaryOf(ctx, snap);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return [{ range, command: { title: label, command: '' } }];
  });
}
