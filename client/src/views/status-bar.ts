// A status bar item with the article's counts; a click opens the outline.
import * as vscode from 'vscode';
import type { LazyClient } from '../client';
import { SUMMARY_REQUEST, type Summary } from '../../../server/src/shared/protocol';
import { activeArticle, onArticleChanged } from './active-article';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsAnnotator.summary', vscode.StatusBarAlignment.Right, 100);
  private readonly subs: vscode.Disposable[];

  constructor(private readonly client: LazyClient) {
    this.item.name = 'News Annotator';
    this.item.command = 'newsAnnotator.showOutline';
    this.subs = [onArticleChanged(() => void this.update())];
    client.onStarted(() => void this.update());
  }

  async update(): Promise<void> {
    const doc = activeArticle();
    const client = this.client.running;
    if (!doc || !client) {
      this.item.hide();
      return;
    }
    const summary = await client
      .sendRequest<Summary | null>(SUMMARY_REQUEST, { uri: doc.uri.toString() })
      .catch(() => null);
    if (!summary || activeArticle() !== doc) return;
    const c = summary.counts;
    this.item.text =
      summary.state === 'ok'
        ? `$(person) ${c.people}  $(organization) ${c.organizations}  $(location) ${c.places}  $(symbol-numeric) ${c.figures}  $(quote) ${c.quotes}`
        : `$(warning) News Annotator: ${summary.label}`;
    const tip = new vscode.MarkdownString(
      `**News Annotator**\n\n${summary.label}\n\n${c.words} words · ${c.checkWorthy} check-worthy · ` +
        `${c.unattributedQuotes} unattributed quotes · analysed in ${summary.analysisMs} ms\n\n*Click to open the outline.*`,
    );
    if (summary.message) tip.appendMarkdown(`\n\n${summary.message}`);
    this.item.tooltip = tip;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    this.subs.forEach((s) => s.dispose());
  }
}
