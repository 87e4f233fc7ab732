// "News Annotator: Export Annotations…": pick a format, a scope (this article or every article in
// the workspace) and a destination (beside the article, elsewhere, or the clipboard). The server
// renders the export (`newsAnnotator/export`, from its analyses, the claims and the settings);
// this command only writes the files it returns, then opens them. The workspace export runs
// under a cancellable progress notification and reports what it skipped.
import * as vscode from 'vscode';
import type { LazyClient } from '../client';
import { EXPORT_REQUEST, type ExportParams, type ExportResult } from '../../../server/src/shared/protocol';
import { FORMAT_IDS, FORMATS, LANGUAGE_ID, WORKSPACE_EXPORT_BASE, type FormatId } from '../../../server/src/shared/vocabulary';

export const EXPORT_COMMAND = 'newsAnnotator.exportAnnotations';
/** JSON-RPC's "request cancelled" code (LSP's RequestCancelled). */
const REQUEST_CANCELLED = -32800;

type Destination = 'beside' | 'saveAs' | 'clipboard';
type Scope = ExportParams['scope'];
interface Choice<T> extends vscode.QuickPickItem { value: T }

async function choose<T>(items: Array<Choice<T>>, title: string, placeHolder: string): Promise<T | undefined> {
  return (await vscode.window.showQuickPick(items, { title, placeHolder, ignoreFocusOut: true }))?.value;
}

/** The article the command was run on: the editor-title button's resource, else the active editor. */
function currentArticle(resource: unknown): vscode.Uri | undefined {
  if (resource instanceof vscode.Uri) return resource;
  const doc = vscode.window.activeTextEditor?.document;
  return doc && doc.languageId === LANGUAGE_ID && !doc.isUntitled ? doc.uri : undefined;
}

const baseName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

function defaultTarget(format: FormatId, article: vscode.Uri | undefined): vscode.Uri {
  const suffix = FORMATS[format].suffix;
  if (article) return article.with({ path: article.path + suffix });
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('open a folder to export all its articles');
  return vscode.Uri.joinPath(folder, WORKSPACE_EXPORT_BASE + suffix);
}

async function writeFiles(format: FormatId, target: vscode.Uri, result: ExportResult): Promise<vscode.Uri> {
  const enc = new TextEncoder();
  if (!FORMATS[format].folder) {
    await vscode.workspace.fs.writeFile(target, enc.encode(result.files[0].content));
    return target;
  }
  await vscode.workspace.fs.createDirectory(target);
  for (const f of result.files) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(target, f.name), enc.encode(f.content));
  const first = result.files.find((f) => f.name.endsWith('.ann')) ?? result.files[0];
  return vscode.Uri.joinPath(target, first.name);
}

/** Asks the server for the export; a workspace export shows its progress and can be cancelled (null then). */
async function requestExport(lazy: LazyClient, params: ExportParams): Promise<ExportResult | null> {
  const client = await lazy.start();
  if (params.scope === 'article') return client.sendRequest<ExportResult>(EXPORT_REQUEST, params);
  const { WorkDoneProgress } = await import('vscode-languageclient/node');
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Exporting annotations', cancellable: true },
    async (progress, token) => {
      const workDoneToken = `newsAnnotator.export.${Date.now()}`;
      let done = 0;
      const sub = client.onProgress(WorkDoneProgress.type, workDoneToken, (p) => {
        if (p.kind === 'end') return;
        const pct = p.percentage ?? done;
        progress.report({ message: p.message, increment: Math.max(0, pct - done) });
        done = Math.max(done, pct);
      });
      try {
        return await client.sendRequest<ExportResult>(EXPORT_REQUEST, { ...params, workDoneToken }, token);
      } catch (err) {
        if ((err as { code?: number }).code === REQUEST_CANCELLED || token.isCancellationRequested) return null;
        throw err;
      } finally {
        sub.dispose();
      }
    },
  );
}

let skipLog: vscode.OutputChannel | undefined;

function reportSkipped(skipped: string[]): void {
  if (skipped.length === 0) return;
  skipLog ??= vscode.window.createOutputChannel('News Annotator: Export');
  skipLog.appendLine(`${new Date().toISOString()} — not exported:`);
  for (const s of skipped) skipLog.appendLine(`  ${s}`);
  const head = skipped.slice(0, 3).join('; ') + (skipped.length > 3 ? `; and ${skipped.length - 3} more` : '');
  void vscode.window.showWarningMessage(`Not exported: ${head}`, 'Show Details').then((b) => b && skipLog?.show());
}

export async function exportAnnotations(client: LazyClient, resource?: unknown): Promise<void> {
  const article = currentArticle(resource);
  const format = await choose(
    FORMAT_IDS.map((id) => ({ label: FORMATS[id].label, detail: FORMATS[id].detail, value: id })),
    'Export Annotations (1/3)', 'Format',
  );
  if (!format) return;
  const info = FORMATS[format];
  let scope: Scope = article ? 'article' : 'workspace';
  if (article && vscode.workspace.workspaceFolders?.length) {
    const picked = await choose<Scope>([
      { label: 'This article', description: baseName(article), value: 'article' },
      { label: 'All articles in the workspace', value: 'workspace' },
    ], 'Export Annotations (2/3)', 'Scope');
    if (!picked) return;
    scope = picked;
  } else if (!article && !vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showWarningMessage('Open an article (or a folder of articles) to export annotations.');
    return;
  }
  const target = defaultTarget(format, scope === 'article' ? article : undefined);
  const canCopy = !info.folder || scope === 'article';
  const destination = await choose<Destination>([
    { label: info.folder ? 'Save into a folder beside it' : 'Save beside it', description: vscode.workspace.asRelativePath(target), value: 'beside' },
    { label: 'Save as…', value: 'saveAs' },
    ...(canCopy ? [{ label: 'Copy to clipboard', description: info.folder ? 'the .ann file' : undefined, value: 'clipboard' as const }] : []),
  ], 'Export Annotations (3/3)', 'Destination');
  if (!destination) return;

  let where = target;
  if (destination === 'saveAs') {
    const chosen = await vscode.window.showSaveDialog({ defaultUri: target, saveLabel: 'Export', title: `Export ${info.label}` });
    if (!chosen) return;
    where = chosen;
  }
  const params: ExportParams = { format, scope, name: baseName(where), ...(scope === 'article' && article ? { uri: article.toString() } : {}) };
  const result = await requestExport(client, params);
  if (result === null) {
    void vscode.window.showInformationMessage('Export cancelled; nothing was written.');
    return;
  }
  if (result.articles.length === 0) {
    if (scope === 'article' && article) {
      const why = result.skipped[0]?.replace(/^[^:]*: /, '') ?? 'nothing to export';
      void vscode.window.showErrorMessage(`Cannot export ${baseName(article)}: ${why}`);
      return;
    }
    reportSkipped(result.skipped);
    void vscode.window.showWarningMessage('No articles to export (*.article, *.news, or the newsAnnotator.files patterns).');
    return;
  }
  const what = `${info.label} of ${result.articles.length === 1 ? result.articles[0] : `${result.articles.length} articles`}`;
  if (destination === 'clipboard') {
    const file = result.files.find((f) => f.name.endsWith('.ann')) ?? result.files[0];
    await vscode.env.clipboard.writeText(file.content);
    void vscode.window.showInformationMessage(`Copied the ${what} to the clipboard.`);
  } else {
    const opened = await writeFiles(format, where, result);
    await vscode.window.showTextDocument(opened, { preview: false });
    void vscode.window.showInformationMessage(`Exported the ${what} to ${vscode.workspace.asRelativePath(where)}.`);
  }
  reportSkipped(result.skipped);
}

export function registerExportCommand(context: vscode.ExtensionContext, client: LazyClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_COMMAND, (resource?: unknown) =>
      exportAnnotations(client, resource).catch((err: unknown) => {
        void vscode.window.showErrorMessage(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
      }),
    ),
    { dispose: () => skipLog?.dispose() },
  );
}
