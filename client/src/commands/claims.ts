// Palette commands for claims (category "News Annotator"). They gather what the
// server cannot know — the cursor, a status picked from a list, a note typed
// in — and run the server's claims commands, which own every sidecar write.
import * as vscode from 'vscode';
import type { LazyClient } from '../client';
import {
  CHECK_WORTHY_REQUEST,
  CLAIMS_CHANGED_NOTIFICATION,
  CLAIMS_REQUEST,
  type CheckWorthyList,
  type ClaimItem,
  type ClaimsList,
} from '../../../server/src/shared/protocol';
import { excerpt } from '../../../server/src/shared/text';
import { CLAIM_COMMANDS, CLAIM_STATUSES, LANGUAGE_ID, STATUS_DETAIL, type CommandResult } from '../../../server/src/shared/vocabulary';

function articleEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showWarningMessage('Open a news article (.article, .news) first.');
    return undefined;
  }
  return editor;
}

const plain = (p: vscode.Position) => ({ line: p.line, character: p.character });

function contains(range: ClaimItem['range'], p: vscode.Position): boolean {
  if (!range) return false;
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  return r.contains(p);
}

const label = (c: ClaimItem): string => excerpt(c.text, 70);

export function registerClaimCommands(context: vscode.ExtensionContext, client: LazyClient): void {
  const run = async (command: string, arg: object): Promise<CommandResult | undefined> => {
    const c = await client.start();
    const r = (await c.sendRequest('workspace/executeCommand', { command, arguments: [arg] })) as CommandResult | null;
    return r ?? undefined; // refusals were already shown by the server
  };

  const list = async (editor: vscode.TextEditor): Promise<ClaimsList | null> => {
    const c = await client.start();
    return (await c.sendRequest(CLAIMS_REQUEST, { uri: editor.document.uri.toString() })) as ClaimsList | null;
  };

  /** The claim under the cursor, else one picked from the article's claims. */
  const pickClaim = async (editor: vscode.TextEditor, filter: (c: ClaimItem) => boolean = () => true): Promise<ClaimItem | undefined> => {
    const claims = (await list(editor))?.claims.filter(filter) ?? [];
    const here = claims.find((c) => contains(c.range, editor.selection.active));
    if (here) return here;
    if (claims.length === 0) {
      void vscode.window.showInformationMessage('No tagged claims in this article yet: select text and run “Tag Selection as Claim”.');
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      claims.map((c) => ({ label: label(c), description: `${c.status} · ${c.anchor}`, claim: c })),
      { placeHolder: 'No claim at the cursor: pick one' },
    );
    return picked?.claim;
  };

  const reg = (id: string, body: () => Promise<unknown>) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, body));

  reg('newsAnnotator.claims.tag', async () => {
    const editor = articleEditor();
    if (!editor) return;
    // No selection: the check-worthy sentence at the cursor (where Next Claim to Check went), else the line.
    let range: vscode.Range = editor.selection;
    if (range.isEmpty) {
      const c = await client.start();
      const queue = await c.sendRequest<CheckWorthyList | null>(CHECK_WORTHY_REQUEST, { uri: editor.document.uri.toString() }).catch(() => null);
      const here = queue?.candidates.find((x) => contains(x.range, editor.selection.active));
      range = here ? new vscode.Range(here.range.start.line, here.range.start.character, here.range.end.line, here.range.end.character) : editor.document.lineAt(editor.selection.active.line).range;
    }
    const r = await run(CLAIM_COMMANDS.tag, { uri: editor.document.uri.toString(), range: { start: plain(range.start), end: plain(range.end) } });
    if (r?.ok && r.id) vscode.window.setStatusBarMessage('Claim tagged', 3000);
  });

  reg('newsAnnotator.claims.setStatus', async () => {
    const editor = articleEditor();
    const claim = editor && (await pickClaim(editor));
    if (!editor || !claim) return;
    const picked = await vscode.window.showQuickPick(
      CLAIM_STATUSES.map((s) => ({ label: s, detail: STATUS_DETAIL[s], picked: s === claim.status, description: s === claim.status ? '(current)' : '' })),
      { placeHolder: `Status of “${label(claim)}”` },
    );
    if (picked) await run(CLAIM_COMMANDS.setStatus, { uri: editor.document.uri.toString(), id: claim.id, status: picked.label });
  });

  reg('newsAnnotator.claims.addNote', async () => {
    const editor = articleEditor();
    const claim = editor && (await pickClaim(editor));
    if (!editor || !claim) return;
    const note = await vscode.window.showInputBox({ prompt: `Note on “${label(claim)}”`, value: claim.note });
    if (note !== undefined) await run(CLAIM_COMMANDS.addNote, { uri: editor.document.uri.toString(), id: claim.id, note });
  });

  reg('newsAnnotator.claims.addEvidence', async () => {
    const editor = articleEditor();
    const claim = editor && (await pickClaim(editor));
    if (!editor || !claim) return;
    const url = await vscode.window.showInputBox({
      prompt: `Evidence link for “${label(claim)}”`,
      placeHolder: 'https://…',
      validateInput: (v) => (/^[a-z][a-z0-9+.-]*:\S+$/i.test(v.trim()) ? null : 'Give a link such as https://example.org/report'),
    });
    if (url === undefined) return;
    const title = await vscode.window.showInputBox({ prompt: 'Title of the evidence (optional)' });
    await run(CLAIM_COMMANDS.addEvidence, { uri: editor.document.uri.toString(), id: claim.id, url, title: title ?? null });
  });

  reg('newsAnnotator.claims.untag', async () => {
    const editor = articleEditor();
    const claim = editor && (await pickClaim(editor));
    if (editor && claim) await run(CLAIM_COMMANDS.untag, { uri: editor.document.uri.toString(), id: claim.id });
  });

  reg('newsAnnotator.claims.reattach', async () => {
    const editor = articleEditor();
    if (!editor) return;
    if (editor.selection.isEmpty) {
      void vscode.window.showInformationMessage('Select the text the claim should be attached to, then run this again.');
      return;
    }
    const orphans = (await list(editor))?.claims.filter((c) => c.anchor === 'orphaned') ?? [];
    const pick = orphans.length === 1 ? { claim: orphans[0] } : await vscode.window.showQuickPick(
      orphans.map((c) => ({ label: label(c), description: c.status, claim: c })),
      { placeHolder: orphans.length ? 'Re-attach which orphaned claim?' : 'No orphaned claims' },
    );
    if (!pick) return;
    const s = editor.selection;
    await run(CLAIM_COMMANDS.reattach, { uri: editor.document.uri.toString(), id: pick.claim.id, range: { start: plain(s.start), end: plain(s.end) } });
  });

  reg('newsAnnotator.claims.openSidecar', async () => {
    const editor = articleEditor();
    const sidecar = editor && (await list(editor))?.sidecar;
    const exists = sidecar ? await vscode.workspace.fs.stat(vscode.Uri.file(sidecar)).then(() => true, () => false) : false;
    if (!sidecar || !exists) {
      void vscode.window.showInformationMessage('This article has no claims file yet: tag a claim first.');
      return;
    }
    await vscode.window.showTextDocument(vscode.Uri.file(sidecar), { viewColumn: vscode.ViewColumn.Beside });
  });

  // The article view lists tagged claims: refresh it when they change.
  context.subscriptions.push(
    client.onNotification(CLAIMS_CHANGED_NOTIFICATION, () => void vscode.commands.executeCommand('newsAnnotator.refreshArticleView')),
  );
}
