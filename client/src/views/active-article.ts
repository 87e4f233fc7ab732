// Tells the views when the article they should show changed: another editor became active, or
// the active article was edited (debounced, so typing does not flood the server with requests).
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../client';

const DEBOUNCE_MS = 300;

export function activeArticle(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc?.languageId === LANGUAGE_ID ? doc : undefined;
}

export function onArticleChanged(listener: () => void): vscode.Disposable {
  let timer: NodeJS.Timeout | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(listener, DEBOUNCE_MS);
  };
  const subs = [
    vscode.window.onDidChangeActiveTextEditor(listener),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) later();
    }),
    vscode.workspace.onDidOpenTextDocument(later),
  ];
  return { dispose: () => (clearTimeout(timer), subs.forEach((s) => s.dispose())) };
}
