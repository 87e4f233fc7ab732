// `newsAnnotator.files`: glob patterns of more files (beyond *.article, *.news) to open as articles.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../client';

function patterns(): string[] {
  const value = vscode.workspace.getConfiguration('newsAnnotator').get<unknown>('files');
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string' && p.length > 0) : [];
}

function matches(doc: vscode.TextDocument, globs: string[]): boolean {
  return globs.some((pattern) => vscode.languages.match({ scheme: doc.uri.scheme, pattern }, doc) > 0);
}

export function watchArticleFiles(context: vscode.ExtensionContext): void {
  const apply = (doc: vscode.TextDocument) => {
    const globs = patterns();
    if (doc.languageId === LANGUAGE_ID || globs.length === 0) return;
    if (doc.languageId !== 'plaintext' && doc.languageId !== 'markdown') return;
    if (matches(doc, globs)) void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  };
  vscode.workspace.textDocuments.forEach(apply);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(apply),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsAnnotator.files')) vscode.workspace.textDocuments.forEach(apply);
    }),
  );
}
