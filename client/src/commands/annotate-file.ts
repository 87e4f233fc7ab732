// "News Annotator: Annotate This File": switch the current text or Markdown file into the article mode.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../client';

export async function annotateThisFile(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Open a text or Markdown file first, then run “Annotate This File”.');
    return;
  }
  if (editor.document.languageId === LANGUAGE_ID) return;
  await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
}
