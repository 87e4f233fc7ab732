// "News Annotator: Export Annotations…": pick a format, a scope (this article
// or every article in the workspace) and a destination (beside the article,
// elsewhere, or the clipboard); then the file opens. The workspace export runs
// under a cancellable progress notification and reports what it skipped.
import * as vscode from 'vscode';
import { FORMAT_IDS, FORMATS, render, type ExportArticle, type ExportOptions, type FormatId, type Rendered } from '../../../server/src/export';
import { findArticles, loadArticle, SkipError, useEngine } from './export-load';

export const EXPORT_COMMAND = 'newsAnnotator.exportAnnotations';
const LANGUAGE_ID = 'news-article';
const WORKSPACE_BASE = 'news-annotator-export';

type Destination = 'beside' | 'saveAs' | 'clipboard';
interface Choice<T> extends vscode.QuickPickItem { value: T }

async function choose<T>(items: Array<Choice<T>>, title: string, placeHolder: string): Promise<T | undefined> {
  return (await vscode.window.showQuickPick(items, { title, placeHolder, ignoreFocusOut: true }))?.value;
}

function exportOptions(): ExportOptions {
  const cfg = vscode.workspace.getConfiguration('newsAnnotator.export');
  const both = cfg.get<boolean>('w3cAnnotateEntitiesAndQuotes', false);
  const text = (key: string) => cfg.get<string>(key, '').trim() || undefined;
  return {
    bom: cfg.get<boolean>('csvByteOrderMark', true),
    w3cEntities: both,
    w3cQuotes: both,
    reviewer: text('claimReviewPublisher'),
    reviewUrl: text('claimReviewUrl'),
  };
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
  return vscode.Uri.joinPath(folder, WORKSPACE_BASE + suffix);
}

async function writeRendered(format: FormatId, target: vscode.Uri, rendered: Rendered): Promise<vscode.Uri> {
  const enc = new TextEncoder();
  if (!FORMATS[format].folder) {
    await vscode.workspace.fs.writeFile(target, enc.encode(rendered.files[0].content));
    return target;
  }
  await vscode.workspace.fs.createDirectory(target);
  for (const f of rendered.files) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(target, f.name), enc.encode(f.content));
  const first = rendered.files.find((f) => f.name.endsWith('.ann')) ?? rendered.files[0];
  return vscode.Uri.joinPath(target, first.name);
}

/** Loads every article with a cancellable progress notification; null when cancelled. */
async function loadWorkspace(skipped: string[]): Promise<ExportArticle[] | null> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Exporting annotations', cancellable: true },
    async (progress, token) => {
      progress.report({ message: 'finding articles…' });
      const uris = await findArticles(token);
      const articles: ExportArticle[] = [];
      for (const [k, uri] of uris.entries()) {
        if (token.isCancellationRequested) return null;
        progress.report({ message: `${k + 1}/${uris.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / uris.length });
        try {
          articles.push(await loadArticle(uri));
        } catch (err) {
          if (!(err instanceof SkipError)) throw err;
          skipped.push(`${vscode.workspace.asRelativePath(uri)}: ${err.message}`);
        }
        // Let the cancel button and the editor breathe between articles.
        await new Promise((r) => setTimeout(r, 0));
      }
      return token.isCancellationRequested ? null : articles;
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

export async function exportAnnotations(resource?: unknown): Promise<void> {
  const article = currentArticle(resource);
  const format = await choose(
    FORMAT_IDS.map((id) => ({ label: FORMATS[id].label, detail: FORMATS[id].detail, value: id })),
    'Export Annotations (1/3)', 'Format',
  );
  if (!format) return;
  const info = FORMATS[format];
  let scope: 'article' | 'workspace' = article ? 'article' : 'workspace';
  if (article && vscode.workspace.workspaceFolders?.length) {
    const picked = await choose<'article' | 'workspace'>([
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

  const skipped: string[] = [];
  let articles: ExportArticle[] | null;
  if (scope === 'article' && article) {
    try {
      articles = [await loadArticle(article)];
    } catch (err) {
      if (!(err instanceof SkipError)) throw err;
      void vscode.window.showErrorMessage(`Cannot export ${baseName(article)}: ${err.message}`);
      return;
    }
  } else {
    articles = await loadWorkspace(skipped);
    if (articles === null) {
      void vscode.window.showInformationMessage('Export cancelled; nothing was written.');
      return;
    }
    if (articles.length === 0) {
      reportSkipped(skipped);
      void vscode.window.showWarningMessage('No articles to export (*.article, *.news, or the newsAnnotator.files patterns).');
      return;
    }
  }

  let where = target;
  if (destination === 'saveAs') {
    const chosen = await vscode.window.showSaveDialog({ defaultUri: target, saveLabel: 'Export', title: `Export ${info.label}` });
    if (!chosen) return;
    where = chosen;
  }
  const rendered = render(format, articles, baseName(where), exportOptions());
  skipped.push(...rendered.skipped);
  const what = `${info.label} of ${articles.length === 1 ? articles[0].file : `${articles.length} articles`}`;
  if (destination === 'clipboard') {
    const file = rendered.files.find((f) => f.name.endsWith('.ann')) ?? rendered.files[0];
    await vscode.env.clipboard.writeText(file.content);
    void vscode.window.showInformationMessage(`Copied the ${what} to the clipboard.`);
  } else {
    const opened = await writeRendered(format, where, rendered);
    await vscode.window.showTextDocument(opened, { preview: false });
    void vscode.window.showInformationMessage(`Exported the ${what} to ${vscode.workspace.asRelativePath(where)}.`);
  }
  reportSkipped(skipped);
}

export function registerExportCommand(context: vscode.ExtensionContext): void {
  useEngine(context.asAbsolutePath('dist/analysis.js'));
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_COMMAND, (resource?: unknown) =>
      exportAnnotations(resource).catch((err: unknown) => {
        void vscode.window.showErrorMessage(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
      }),
    ),
    { dispose: () => skipLog?.dispose() },
  );
}
