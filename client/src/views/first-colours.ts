// When did each article get its first colours? The semantic-token middleware (client.ts) tells
// us when the first tokens of a document arrived; until then the status bar says "analysing…".
// The output channel gets one line per article with the time from opening to first colours,
// split into what VS Code and the server each took, so a slow start can be traced.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../../server/src/shared/vocabulary';

export class FirstColours implements vscode.Disposable {
  /** When each article opened; `early`: it was open before the extension activated (the time is the activation's). */
  private readonly opened = new Map<string, { at: number; early: boolean }>();
  private readonly coloured = new Set<string>();
  private readonly changed = new vscode.EventEmitter<string>();
  readonly onDidColour = this.changed.event;
  private readonly subs: vscode.Disposable[];
  private serverReady: number | undefined;

  constructor(private readonly output: vscode.OutputChannel) {
    const seen = (early: boolean) => (d: vscode.TextDocument) => {
      if (d.languageId === LANGUAGE_ID && !this.opened.has(d.uri.toString())) this.opened.set(d.uri.toString(), { at: performance.now(), early });
    };
    vscode.workspace.textDocuments.forEach(seen(true));
    this.subs = [
      // Also "Annotate This File": VS Code reopens the document in the article language.
      vscode.workspace.onDidOpenTextDocument(seen(false)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.opened.delete(d.uri.toString());
        this.coloured.delete(d.uri.toString());
      }),
    ];
  }

  /** The language server answered `initialize`. */
  markServerReady(): void {
    this.serverReady ??= performance.now();
  }

  isColoured(uri: vscode.Uri): boolean {
    return this.coloured.has(uri.toString());
  }

  /** Tokens of `doc` arrived (asked for at `askedAt`); the first time, log and tell the views. */
  markColoured(doc: vscode.TextDocument, askedAt: number, tokens: number): void {
    const key = doc.uri.toString();
    if (this.coloured.has(key)) return;
    this.coloured.add(key);
    const now = performance.now();
    const { at: opened, early } = this.opened.get(key) ?? { at: askedAt, early: false };
    const since = early ? 'after the extension activated (the article was already open)' : 'after it opened';
    const server = this.serverReady !== undefined && this.serverReady > opened ? ` (server ready after ${Math.round(this.serverReady - opened)} ms)` : '';
    this.output.appendLine(
      `First colours for ${vscode.workspace.asRelativePath(doc.uri)}: ${Math.round(now - opened)} ms ${since}${server}; ` +
        `VS Code asked for them after ${Math.round(askedAt - opened)} ms, the server answered in ${Math.round(now - askedAt)} ms (${tokens} tokens).`,
    );
    this.changed.fire(key);
  }

  dispose(): void {
    this.changed.dispose();
    this.subs.forEach((s) => s.dispose());
  }
}
