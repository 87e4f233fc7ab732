// The "Article" view in the Explorer: names by type with counts, quotes by source, claims by status.
import * as vscode from 'vscode';
import type { LazyClient } from '../client';
import { OVERVIEW_REQUEST, type ClaimStatusLabel, type Overview } from '../../../server/src/shared/protocol';
import { CLAIM_STATUSES } from '../../../server/src/shared/vocabulary';
import { activeArticle, onArticleChanged } from './active-article';
import { legendNodes } from './legend';

interface Node {
  label: string;
  description?: string;
  icon?: string | vscode.ThemeIcon;
  tooltip?: string;
  /** Starts collapsed even though its children are leaves with no target (the legend). */
  collapsed?: boolean;
  children?: Node[];
  target?: { uri: string; range: Overview['entities'][number]['range'] };
}

const TYPES = [
  { type: 'PERSON', label: 'People', icon: 'person' },
  { type: 'ORGANIZATION', label: 'Organisations', icon: 'organization' },
  { type: 'LOCATION', label: 'Places', icon: 'location' },
  { type: 'MISC', label: 'Other names', icon: 'tag' },
] as const;

const STATUS_ORDER: readonly ClaimStatusLabel[] = ['check-worthy', ...CLAIM_STATUSES];

function branch(label: string, icon: string, children: Node[]): Node {
  return { label, description: String(children.length), icon, children };
}

export function overviewToNodes(o: Overview): Node[] {
  const nodes: Node[] = [];
  for (const t of TYPES) {
    const items = o.entities
      .filter((e) => e.type === t.type)
      .sort((a, b) => b.mentions - a.mentions)
      .map((e) => ({ label: e.name, description: `${e.mentions}×`, icon: t.icon, target: { uri: o.uri, range: e.range } }));
    if (items.length > 0) nodes.push(branch(t.label, t.icon, items));
  }
  const sources = o.sources.map((s) =>
    branch(s.source ?? 'Unattributed', s.source ? 'person' : 'warning',
      s.quotes.map((q) => ({ label: q.text, description: q.kind, icon: 'quote', target: { uri: o.uri, range: q.range } }))),
  );
  if (sources.length > 0) nodes.push({ ...branch('Quotes', 'quote', sources), description: String(o.sources.reduce((n, s) => n + s.quotes.length, 0)) });
  const statuses = STATUS_ORDER.map((status) =>
    branch(status, status === 'check-worthy' ? 'search' : 'checklist',
      o.claims.filter((c) => c.status === status).map((c) => ({ label: c.text, icon: 'comment', target: { uri: o.uri, range: c.range } }))),
  ).filter((b) => (b.children?.length ?? 0) > 0);
  if (statuses.length > 0) nodes.push({ ...branch('Claims', 'checklist', statuses), description: String(o.claims.length) });
  return nodes;
}

/** The colour legend, last in the view. */
function legendBranch(): Node {
  return { label: 'Colours', icon: 'symbol-color', collapsed: true, children: legendNodes().map((n) => ({ label: n.label, description: n.description, icon: n.icon, tooltip: n.tooltip })) };
}

export class ArticleTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Node[] = [];
  private readonly subs: vscode.Disposable[];

  constructor(private readonly client: LazyClient) {
    this.subs = [
      onArticleChanged(() => void this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('newsAnnotator.colors')) void this.refresh();
      }),
    ];
    client.onStarted(() => void this.refresh());
  }

  async refresh(): Promise<void> {
    const doc = activeArticle();
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.articleOpen', !!doc);
    const client = this.client.running;
    if (!doc || !client) return;
    const overview = await client.sendRequest<Overview | null>(OVERVIEW_REQUEST, { uri: doc.uri.toString() }).catch(() => null);
    if (!overview || activeArticle() !== doc) return;
    this.roots = [...overviewToNodes(overview), legendBranch()];
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    return node ? node.children ?? [] : this.roots;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const state = node.children
      ? node.collapsed || (node.children.length > 0 && !node.children[0].children)
        ? vscode.TreeItemCollapsibleState.Collapsed
        : vscode.TreeItemCollapsibleState.Expanded
      : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, state);
    item.description = node.description;
    if (node.icon) item.iconPath = typeof node.icon === 'string' ? new vscode.ThemeIcon(node.icon) : node.icon;
    if (node.tooltip) item.tooltip = node.tooltip;
    if (node.target) {
      item.command = { title: 'Show in article', command: 'newsAnnotator.revealRange', arguments: [node.target.uri, node.target.range] };
      item.tooltip = node.label;
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
    this.subs.forEach((s) => s.dispose());
  }
}
