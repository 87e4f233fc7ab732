// Activation only: wire the client, commands, views and the file associations together.
import * as vscode from 'vscode';
import { LANGUAGE_ID, LazyClient } from './client';
import { registerCommands } from './commands';
import { registerClaimCommands } from './commands/claims';
import { registerCorrectionCommands } from './commands/corrections';
import { watchArticleFiles } from './commands/file-associations';
import { registerExportCommand } from './commands/export';
import { registerQueueCommands } from './commands/claims-queue';
import { ArticleTree } from './views/article-tree';
import { ClaimDecorations } from './views/claim-decorations';
import { ClaimsTree } from './views/claims-tree';
import { FirstColours } from './views/first-colours';
import { StatusBar } from './views/status-bar';

/** Set by the bundle's first line (see esbuild.mjs); absent when run from source. */
declare const __newsAnnotatorLoadStart: number | undefined;
/** When this module (and everything it imports) finished evaluating. */
const moduleEvaluated = performance.now();

export function activate(context: vscode.ExtensionContext): void {
  const activateStart = performance.now();
  const loadStart = typeof __newsAnnotatorLoadStart === 'number' ? __newsAnnotatorLoadStart : activateStart;
  const output = vscode.window.createOutputChannel('News Annotator');
  const colours = new FirstColours(output);
  const client = new LazyClient(context, output, colours);
  const statusBar = new StatusBar(client, colours);
  const tree = new ArticleTree(client);
  const claimsTree = new ClaimsTree(client);
  const claimsView = vscode.window.createTreeView('newsAnnotator.claims', { treeDataProvider: claimsTree, showCollapseAll: true });
  claimsTree.view = claimsView;
  context.subscriptions.push(output, colours, client, statusBar, tree, claimsTree, claimsView, new ClaimDecorations(client));
  context.subscriptions.push(vscode.window.registerTreeDataProvider('newsAnnotator.article', tree));
  registerCommands(context, client, tree);
  registerClaimCommands(context, client);
  registerCorrectionCommands(context, client);
  registerQueueCommands(context, client, claimsTree);
  registerExportCommand(context, client);
  watchArticleFiles(context);

  // The server starts with the first article, not with every text file that activates us.
  const startIfArticle = (doc: vscode.TextDocument) => {
    if (doc.languageId === LANGUAGE_ID) void client.start();
  };
  vscode.workspace.textDocuments.forEach(startIfArticle);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(startIfArticle));

  const done = performance.now();
  output.appendLine(
    `Activated: evaluating the bundle ${(moduleEvaluated - loadStart).toFixed(1)} ms, activate() ${(done - activateStart).toFixed(1)} ms ` +
      `(${(activateStart - moduleEvaluated).toFixed(1)} ms passed in VS Code between loading and activating).`,
  );
  client.onStarted(() => output.appendLine(`Language server ready ${(performance.now() - done).toFixed(0)} ms after activation.`));
}

export function deactivate(): void {
  // The client is disposed through context.subscriptions.
}
