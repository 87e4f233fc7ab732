// The "Claims" view in the Explorer: the queue of check-worthy sentences still to tag, best-scored
// first with their reasons and a Tag button each, then the tagged claims grouped by status.
// Next/Previous (palette, view title, Alt+F8 / Shift+Alt+F8) walk the queue in the editor
// (queue-step.ts).
//
// Actions on a queued sentence are menu entries on the `newsAnnotator.candidate` items
// (package.json `view/item/context`): a new one ("Not check-worthy", when corrections exist)
// is a command taking a `QueueNode`, plus its menu line; the server's untaggedCandidates()
// then leaves the dismissed sentence out, and this view follows.
import * as vscode from 'vscode';
import type { LazyClient } from '../client';
import {
  CHECK_WORTHY_REQUEST,
  CLAIMS_REQUEST,
  type CheckWorthyCandidate,
  type CheckWorthyList,
  type ClaimItem,
  type ClaimsList,
} from '../../../server/src/shared/protocol';
import { excerpt } from '../../../server/src/shared/text';
import { CLAIM_STATUSES, STATUS_DETAIL, type ClaimStatus } from '../../../server/src/shared/vocabulary';
import { activeArticle, onArticleChanged } from './active-article';

type PlainRange = CheckWorthyCandidate['range'];

export interface QueueNode {
  kind: 'candidate';
  uri: string;
  candidate: CheckWorthyCandidate;
  parent: GroupNode;
}

interface ClaimNode {
  kind: 'claim';
  uri: string;
  claim: ClaimItem;
  parent: GroupNode;
}

interface GroupNode {
  kind: 'group';
  id: string;
  label: string;
  icon: vscode.ThemeIcon;
  children: Array<QueueNode | ClaimNode>;
  empty?: string;
}

type Node = GroupNode | QueueNode | ClaimNode;

export const CANDIDATE_CONTEXT = 'newsAnnotator.candidate';

const STATUS_ICON: Record<ClaimStatus, string> = {
  unverified: 'circle-large-outline',
  checking: 'watch',
  verified: 'pass',
  false: 'error',
  misleading: 'warning',
  unverifiable: 'circle-slash',
};

const title = (s: string) => s[0].toUpperCase() + s.slice(1);

function toRange(r: PlainRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** The groups of the view: the queue first, then one per status that has claims, then orphans. */
export function claimGroups(uri: string, queue: CheckWorthyList | null, claims: ClaimsList | null): GroupNode[] {
  const groups: GroupNode[] = [];
  const toCheck: GroupNode = { kind: 'group', id: 'queue', label: 'To check', icon: new vscode.ThemeIcon('search'), children: [] };
  toCheck.children = (queue?.candidates ?? []).map((candidate) => ({ kind: 'candidate', uri, candidate, parent: toCheck }));
  toCheck.empty = queue ? `Nothing left to tag: no untagged sentence scores ${queue.threshold} or more.` : 'Not analysed yet.';
  groups.push(toCheck);
  const placed = (claims?.claims ?? []).filter((c) => c.anchor !== 'orphaned');
  for (const status of CLAIM_STATUSES) {
    const g: GroupNode = {
      kind: 'group',
      id: status,
      label: title(status),
      icon: new vscode.ThemeIcon(STATUS_ICON[status], new vscode.ThemeColor(`newsAnnotator.claim.${status}`)),
      children: [],
    };
    g.children = placed.filter((c) => c.status === status).map((claim) => ({ kind: 'claim', uri, claim, parent: g }));
    if (g.children.length > 0) groups.push(g);
  }
  const orphans = (claims?.claims ?? []).filter((c) => c.anchor === 'orphaned');
  if (orphans.length > 0) {
    const g: GroupNode = { kind: 'group', id: 'orphaned', label: 'No longer in the text', icon: new vscode.ThemeIcon('debug-disconnect'), children: [] };
    g.children = orphans.map((claim) => ({ kind: 'claim', uri, claim, parent: g }));
    groups.push(g);
  }
  return groups;
}

export class ClaimsTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: GroupNode[] = [];
  private readonly subs: vscode.Disposable[];
  view: vscode.TreeView<Node> | undefined;

  constructor(private readonly client: LazyClient) {
    this.subs = [onArticleChanged(() => void this.refresh())];
    client.onStarted(() => void this.refresh());
  }

  /** The queue of the active article, straight from the server. */
  async queue(doc: vscode.TextDocument): Promise<CheckWorthyList | null> {
    const client = await this.client.start();
    return client.sendRequest<CheckWorthyList | null>(CHECK_WORTHY_REQUEST, { uri: doc.uri.toString() }).catch(() => null);
  }

  async refresh(): Promise<void> {
    const doc = activeArticle();
    const client = this.client.running;
    if (!doc || !client) return;
    const uri = doc.uri.toString();
    const [queue, claims] = await Promise.all([
      client.sendRequest<CheckWorthyList | null>(CHECK_WORTHY_REQUEST, { uri }).catch(() => null),
      client.sendRequest<ClaimsList | null>(CLAIMS_REQUEST, { uri }).catch(() => null),
    ]);
    if (activeArticle() !== doc) return;
    this.roots = claimGroups(uri, queue, claims);
    // No badge: on the Explorer's icon a number reads as unsaved files.
    if (this.view) this.view.description = queue ? `${queue.candidates.length} to check` : undefined;
    this.changed.fire(undefined);
  }

  /** The tree's node for a queued sentence (to reveal it), after a refresh. */
  nodeFor(range: PlainRange): QueueNode | undefined {
    const queue = this.roots.find((g) => g.id === 'queue');
    return queue?.children.find((n): n is QueueNode => n.kind === 'candidate' && sameRange(n.candidate.range, range));
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.roots;
    return node.kind === 'group' ? node.children : [];
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'group' ? undefined : node.parent;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, node.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.id = `group:${node.id}`;
      item.iconPath = node.icon;
      item.description = node.children.length > 0 ? String(node.children.length) : node.empty;
      if (node.id !== 'queue' && node.id !== 'orphaned') item.tooltip = STATUS_DETAIL[node.id as ClaimStatus];
      return item;
    }
    if (node.kind === 'candidate') {
      const c = node.candidate;
      const item = new vscode.TreeItem(excerpt(c.text, 90), vscode.TreeItemCollapsibleState.None);
      item.id = `candidate:${c.range.start.line}:${c.range.start.character}:${c.text.length}`;
      item.description = `${c.score.toFixed(2)} · ${c.reasons.join(', ')}`;
      item.iconPath = new vscode.ThemeIcon('circle-small-filled');
      item.contextValue = CANDIDATE_CONTEXT;
      const tip = new vscode.MarkdownString();
      tip.appendText(c.text);
      tip.appendMarkdown(`\n\n**Score** ${c.score.toFixed(2)} — ${c.reasons.map((r) => `*${r}*`).join(', ') || 'no reasons given'}`);
      item.tooltip = tip;
      item.command = { title: 'Show in article', command: 'newsAnnotator.revealRange', arguments: [node.uri, c.range] };
      return item;
    }
    const c = node.claim;
    const item = new vscode.TreeItem(excerpt(c.text, 90), vscode.TreeItemCollapsibleState.None);
    item.id = `claim:${c.id}`;
    item.iconPath = new vscode.ThemeIcon(STATUS_ICON[c.status], new vscode.ThemeColor(`newsAnnotator.claim.${c.status}`));
    item.description = [c.kind, c.anchor === 'drifted' ? 'text changed' : '', c.anchor === 'orphaned' ? c.status : '', c.evidence.length ? `${c.evidence.length} evidence` : '']
      .filter(Boolean)
      .join(' · ');
    item.contextValue = 'newsAnnotator.claim';
    const tip = new vscode.MarkdownString();
    tip.appendText(c.text);
    tip.appendMarkdown(`\n\n**${title(c.status)}** — ${STATUS_DETAIL[c.status]}`);
    if (c.note) tip.appendMarkdown('\n\nNote: ').appendText(c.note);
    item.tooltip = tip;
    if (c.range) item.command = { title: 'Show in article', command: 'newsAnnotator.revealRange', arguments: [node.uri, c.range] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
    this.subs.forEach((s) => s.dispose());
  }
}

function sameRange(a: PlainRange, b: PlainRange): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export { toRange as plainToRange };
