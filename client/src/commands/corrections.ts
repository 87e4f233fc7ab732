// Palette command for corrections: a thin wrapper that picks a type and runs the server's
// newsAnnotator.correctEntity on the selection (or the name at the cursor); the server owns
// the sidecar write and every view follows. The quick fixes offer the other corrections.
import * as vscode from 'vscode';
import type { LazyClient } from '../client';
import { CORRECTION_COMMANDS, ENTITY_TYPE_CHOICE_LABEL, LANGUAGE_ID, type CommandResult } from '../../../server/src/shared/vocabulary';

/** Picks a type and runs `command` on the selection (or the name at the cursor). */
function typeCommand(client: LazyClient, command: string, placeHolder: string, done: (label: string) => string) {
  return async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) {
      void vscode.window.showWarningMessage('Open a news article (.article, .news) first.');
      return;
    }
    const picked = await vscode.window.showQuickPick(
      Object.entries(ENTITY_TYPE_CHOICE_LABEL).map(([type, label]) => ({ label, type })),
      { placeHolder },
    );
    if (!picked) return;
    const doc = editor.document;
    const { start, end } = editor.selection;
    const c = await client.start();
    const r = (await c.sendRequest('workspace/executeCommand', {
      command,
      arguments: [{ uri: doc.uri.toString(), start: doc.offsetAt(start), end: doc.offsetAt(end), type: picked.type }],
    })) as CommandResult | null;
    // Refusals were shown by the server.
    if (r?.ok) void vscode.window.setStatusBarMessage(`News Annotator: ${done(picked.label.toLowerCase())}`, 4000);
  };
}

export function registerCorrectionCommands(context: vscode.ExtensionContext, client: LazyClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(
      'newsAnnotator.corrections.correctType',
      typeCommand(client, CORRECTION_COMMANDS.correctEntity, 'Every mention of this name is a…', (l) => `corrected to ${l}`),
    ),
    vscode.commands.registerCommand(
      'newsAnnotator.corrections.addWorkspaceName',
      typeCommand(client, CORRECTION_COMMANDS.addWorkspaceName, 'In every article of this workspace, this name is a…', (l) => `recorded as ${l} in the workspace names`),
    ),
  );
}
