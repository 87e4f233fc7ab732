// The palette commands (category "News Annotator") and the internal ones the views use.
import * as vscode from 'vscode';
import type { LazyClient } from '../client';
import type { ArticleTree } from '../views/article-tree';
import { annotateThisFile } from './annotate-file';
import { revealRange } from './reveal-range';

export function registerCommands(context: vscode.ExtensionContext, client: LazyClient, tree: ArticleTree): void {
  const reg = (id: string, run: (...args: never[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  reg('newsAnnotator.annotateFile', annotateThisFile);
  reg('newsAnnotator.showOutline', () => vscode.commands.executeCommand('outline.focus'));
  reg('newsAnnotator.showArticleView', () => vscode.commands.executeCommand('newsAnnotator.article.focus'));
  reg('newsAnnotator.restartServer', () => client.restart());
  reg('newsAnnotator.refreshArticleView', () => tree.refresh());
  reg('newsAnnotator.revealRange', revealRange);
}
