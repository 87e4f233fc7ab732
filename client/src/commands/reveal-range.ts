// Used by the Article tree: select a range in the article it came from.
import * as vscode from 'vscode';

interface PlainRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export async function revealRange(uri: string, range: PlainRange): Promise<void> {
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preserveFocus: false });
  editor.selection = new vscode.Selection(r.start, r.end);
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
