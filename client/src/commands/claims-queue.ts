// Commands of the claims queue: walk it (Next / Previous Claim to Check) and tag a queued
// sentence in one click from the Claims view, or mark it not check-worthy. Both run the server's
// own commands (tag; dismissFinding, a correction in the sidecar); the view refreshes when the
// server says the claims changed.
import * as vscode from 'vscode';
import type { LazyClient } from '../client';
import { CLAIMS_CHANGED_NOTIFICATION } from '../../../server/src/shared/protocol';
import { excerpt } from '../../../server/src/shared/text';
import { CLAIM_COMMANDS, CORRECTION_COMMANDS, LANGUAGE_ID, type CommandResult, type FindingCode } from '../../../server/src/shared/vocabulary';
import { type ClaimsTree, plainToRange, type QueueNode } from '../views/claims-tree';
import { stepInQueue } from '../views/queue-step';

export const QUEUE_COMMANDS = {
  next: 'newsAnnotator.claims.next',
  previous: 'newsAnnotator.claims.previous',
  tagCandidate: 'newsAnnotator.claims.tagCandidate',
  dismissCandidate: 'newsAnnotator.claims.dismissCandidate',
  showView: 'newsAnnotator.showClaimsView',
} as const;

export function registerQueueCommands(context: vscode.ExtensionContext, client: LazyClient, tree: ClaimsTree): void {
  const step = async (direction: 1 | -1) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) {
      void vscode.window.showWarningMessage('Open a news article (.article, .news) first.');
      return;
    }
    const queue = await tree.queue(editor.document);
    const next = queue && stepInQueue(queue.candidates, editor.selection.active, direction);
    if (!next) {
      void vscode.window.showInformationMessage('No check-worthy sentence left to tag in this article.');
      return;
    }
    const range = plainToRange(next.range);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    const at = queue.candidates.indexOf(next) + 1;
    vscode.window.setStatusBarMessage(`Claim to check ${at} of ${queue.candidates.length} (score ${next.score.toFixed(2)}): ${next.reasons.join(', ')}`, 5000);
    await tree.refresh();
    const node = tree.nodeFor(next.range);
    if (node && tree.view?.visible) await tree.view.reveal(node, { select: true, focus: false }).then(undefined, () => undefined);
  };

  const tag = async (node?: QueueNode) => {
    if (!node || node.kind !== 'candidate') return;
    const c = await client.start();
    const r = (await c.sendRequest('workspace/executeCommand', {
      command: CLAIM_COMMANDS.tag,
      arguments: [{ uri: node.uri, range: node.candidate.range }],
    })) as CommandResult | null;
    if (r?.ok) vscode.window.setStatusBarMessage(`Tagged: “${excerpt(node.candidate.text, 50)}”`, 3000);
  };

  // The server takes offsets; the sentence's range is turned into them by the editor's document.
  const dismiss = async (node?: QueueNode) => {
    if (!node || node.kind !== 'candidate') return;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(node.uri));
    const range = plainToRange(node.candidate.range);
    const code: FindingCode = 'check-worthy';
    const c = await client.start();
    const r = (await c.sendRequest('workspace/executeCommand', {
      command: CORRECTION_COMMANDS.dismissFinding,
      arguments: [{ uri: node.uri, start: doc.offsetAt(range.start), end: doc.offsetAt(range.end), code }],
    })) as CommandResult | null;
    if (r?.ok) vscode.window.setStatusBarMessage(`Not check-worthy: “${excerpt(node.candidate.text, 50)}”`, 3000);
    else if (r?.message) void vscode.window.showWarningMessage(r.message);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(QUEUE_COMMANDS.next, () => step(1)),
    vscode.commands.registerCommand(QUEUE_COMMANDS.previous, () => step(-1)),
    vscode.commands.registerCommand(QUEUE_COMMANDS.tagCandidate, tag),
    vscode.commands.registerCommand(QUEUE_COMMANDS.dismissCandidate, dismiss),
    vscode.commands.registerCommand(QUEUE_COMMANDS.showView, () => vscode.commands.executeCommand('newsAnnotator.claims.focus')),
  );
  context.subscriptions.push(client.onNotification(CLAIMS_CHANGED_NOTIFICATION, () => void tree.refresh()));
}
