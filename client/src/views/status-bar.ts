// A status bar item with the article's counts; a click opens the outline. Until the article's
// names are coloured it says "analysing…" (the server may still be starting). Its tooltip holds
// the colour legend.
import * as vscode from 'vscode';
import type { LazyClient } from '../client';
import { CLAIMS_CHANGED_NOTIFICATION, SUMMARY_REQUEST, type Summary } from '../../../server/src/shared/protocol';
import { activeArticle, onArticleChanged } from './active-article';
import type { FirstColours } from './first-colours';
import { legendMarkdown } from './legend';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsAnnotator.summary', vscode.StatusBarAlignment.Right, 100);
  private readonly subs: vscode.Disposable[];

  constructor(private readonly client: LazyClient, private readonly colours: FirstColours) {
    this.item.name = 'News Annotator';
    this.item.command = 'newsAnnotator.showOutline';
    this.subs = [
      onArticleChanged(() => void this.update()),
      colours.onDidColour(() => void this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('newsAnnotator.colors')) void this.update();
      }),
      // A correction or a tag changes the counts without an edit (the server says so).
      client.onNotification(CLAIMS_CHANGED_NOTIFICATION, () => void this.update()),
    ];
    client.onStarted(() => void this.update());
    void this.update();
  }

  /** Until the first colours: the server may still start, or its first analysis run. */
  private showAnalysing(doc: vscode.TextDocument): void {
    this.item.text = '$(loading~spin) Analysing…';
    const tip = new vscode.MarkdownString(
      `**News Annotator** is ${this.client.running ? 'analysing' : 'starting and will analyse'} ${vscode.workspace.asRelativePath(doc.uri)}: ` +
        'names, figures and quotes are coloured when it is done.',
    );
    this.item.tooltip = tip;
    this.item.show();
  }

  async update(): Promise<void> {
    const doc = activeArticle();
    if (!doc) {
      this.item.hide();
      return;
    }
    const client = this.client.running;
    const coloured = this.colours.isColoured(doc.uri) || !semanticHighlighting(doc);
    if (!client || !coloured) {
      this.showAnalysing(doc);
      if (!client) return;
    }
    const summary = await client
      .sendRequest<Summary | null>(SUMMARY_REQUEST, { uri: doc.uri.toString() })
      .catch(() => null);
    if (!summary || activeArticle() !== doc || !(this.colours.isColoured(doc.uri) || !semanticHighlighting(doc))) return;
    const c = summary.counts;
    this.item.text =
      summary.state === 'ok'
        ? `$(person) ${c.people}  $(organization) ${c.organizations}  $(location) ${c.places}  $(symbol-numeric) ${c.figures}  $(quote) ${c.quotes}`
        : `$(warning) News Annotator: ${summary.label}`;
    const tip = new vscode.MarkdownString(
      `**News Annotator**\n\n${summary.label}\n\n${c.words} words · ${c.checkWorthy} check-worthy to tag · ${c.taggedClaims} tagged · ` +
        `${c.unattributedQuotes} unattributed quotes · analysed in ${summary.analysisMs} ms\n\n*Click to open the outline.*`,
    );
    if (summary.message) tip.appendMarkdown(`\n\n${summary.message}`);
    tip.appendMarkdown(`\n\n---\n\n${legendMarkdown()}`);
    tip.supportHtml = true;
    tip.supportThemeIcons = true;
    this.item.tooltip = tip;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    this.subs.forEach((s) => s.dispose());
  }
}

/** Without semantic highlighting no tokens ever come: the counts show as soon as they are known. */
function semanticHighlighting(doc: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration('editor', doc).get<boolean | string>('semanticHighlighting.enabled') !== false;
}
