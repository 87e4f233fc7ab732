// Palette command for corrections: a thin wrapper that picks a type and runs the server's
// newsAnnotator.correctEntity on the selection (or the name at the cursor); the server owns
// the sidecar write and every view follows. The quick fixes offer the other corrections.
import * as vscode from 'vscode';
import type { LazyClient } from '../client';
import { CORRECTION_COMMANDS, ENTITY_TYPE_CHOICE_LABEL, LANGUAGE_ID, type CommandResult } from '../../../server/src/shared/vocabulary';

export function registerCorrectionCommands(context: vscode.ExtensionContext, client: LazyClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('newsAnnotator.corrections.correctType', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== LANGUAGE_ID) {
        void vscode.window.showWarningMessage('Open a news article (.article, .news) first.');
        return;
      }
      const picked = await vscode.window.showQuickPick(
        Object.entries(ENTITY_TYPE_CHOICE_LABEL).map(([type, label]) => ({ label, type })),
        { placeHolder: 'Every mention of this name is a…' },
      );
      if (!picked) return;
      const doc = editor.document;
      const { start, end } = editor.selection;
      const c = await client.start();
      const r = (await c.sendRequest('workspace/executeCommand', {
        command: CORRECTION_COMMANDS.correctEntity,
        arguments: [{ uri: doc.uri.toString(), start: doc.offsetAt(start), end: doc.offsetAt(end), type: picked.type }],
      })) as CommandResult | null;
      if (r?.ok) void vscode.window.setStatusBarMessage(`News Annotator: corrected to ${picked.label.toLowerCase()}`, 4000);
    }),
  );
}
