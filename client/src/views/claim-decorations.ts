// A tagged claim's status, shown without recolouring its text: a small icon just before the
// claim, a faint band behind its text (an outline in high-contrast themes, where bands are not
// used), an icon in the gutter (one per line: the most pressing status there, since a paragraph
// often holds several claims), a mark in the overview ruler, and a dashed outline when the text
// changed since it was tagged. The hover (the server's) says the status in words. Drawn from the server's claims list
// (`newsAnnotator/claims`) for every visible article, redrawn when the claims change.
import * as vscode from 'vscode';
import type { LazyClient } from '../client';
import { CLAIMS_CHANGED_NOTIFICATION, CLAIMS_REQUEST, type ClaimItem, type ClaimsList } from '../../../server/src/shared/protocol';
import { LANGUAGE_ID } from '../../../server/src/shared/vocabulary';
import { CLAIM_LOOK, CLAIM_STATUS_IDS, type ClaimStatusId, type ThemeKind } from '../palette';

export function themeKind(kind: vscode.ColorThemeKind): ThemeKind {
  switch (kind) {
    case vscode.ColorThemeKind.Light:
      return 'light';
    case vscode.ColorThemeKind.HighContrast:
      return 'highContrast';
    case vscode.ColorThemeKind.HighContrastLight:
      return 'highContrastLight';
    default:
      return 'dark';
  }
}

/** The gutter icon of a status as an SVG data URI, in the status colour of the theme kind. */
export function statusIcon(status: ClaimStatusId, kind: ThemeKind): vscode.Uri {
  const look = CLAIM_LOOK[status];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><path fill="${look.color[kind]}" fill-rule="evenodd" d="${look.glyph}"/></svg>`;
  return vscode.Uri.parse(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
}

interface Types {
  kind: ThemeKind;
  band: Record<ClaimStatusId, vscode.TextEditorDecorationType>;
  icon: Record<ClaimStatusId, vscode.TextEditorDecorationType>;
  drifted: vscode.TextEditorDecorationType;
}

function createTypes(kind: ThemeKind): Types {
  const hc = kind === 'highContrast' || kind === 'highContrastLight';
  const band = {} as Types['band'];
  const icon = {} as Types['icon'];
  for (const s of CLAIM_STATUS_IDS) {
    band[s] = vscode.window.createTextEditorDecorationType({
      before: {
        contentIconPath: statusIcon(s, kind),
        width: '0.95em',
        height: '0.95em',
        margin: '0 0.15em 0 0',
        backgroundColor: new vscode.ThemeColor(`newsAnnotator.claim.${s}Background`),
      },
      backgroundColor: new vscode.ThemeColor(`newsAnnotator.claim.${s}Background`),
      ...(hc ? { border: '1px solid', borderColor: new vscode.ThemeColor(`newsAnnotator.claim.${s}`) } : {}),
      overviewRulerColor: new vscode.ThemeColor(`newsAnnotator.claim.${s}`),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    icon[s] = vscode.window.createTextEditorDecorationType({ gutterIconPath: statusIcon(s, kind), gutterIconSize: '80%' });
  }
  const drifted = vscode.window.createTextEditorDecorationType({
    border: '1px dashed',
    borderColor: new vscode.ThemeColor('newsAnnotator.claim.driftedBorder'),
  });
  return { kind, band, icon, drifted };
}

function disposeTypes(t: Types): void {
  for (const s of CLAIM_STATUS_IDS) {
    t.band[s].dispose();
    t.icon[s].dispose();
  }
  t.drifted.dispose();
}

/** Which status the gutter shows when several claims start on one line: what needs acting on first. */
const URGENCY: readonly ClaimStatusId[] = ['false', 'misleading', 'checking', 'unverified', 'unverifiable', 'verified'];

const toRange = (r: NonNullable<ClaimItem['range']>) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export class ClaimDecorations implements vscode.Disposable {
  private types: Types = createTypes(themeKind(vscode.window.activeColorTheme.kind));
  private readonly subs: vscode.Disposable[];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LazyClient) {
    this.subs = [
      vscode.window.onDidChangeVisibleTextEditors(() => this.later()),
      vscode.window.onDidChangeActiveColorTheme((theme) => {
        const kind = themeKind(theme.kind);
        if (kind === this.types.kind) return;
        disposeTypes(this.types);
        this.types = createTypes(kind);
        this.later();
      }),
      client.onNotification(CLAIMS_CHANGED_NOTIFICATION, () => this.later()),
    ];
    client.onStarted(() => this.later());
  }

  private later(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.redraw(), 50);
  }

  async redraw(): Promise<void> {
    const client = this.client.running;
    if (!client) return;
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document.languageId === LANGUAGE_ID);
    const lists = new Map<string, Promise<ClaimsList | null>>();
    for (const editor of editors) {
      const uri = editor.document.uri.toString();
      if (!lists.has(uri)) lists.set(uri, client.sendRequest<ClaimsList | null>(CLAIMS_REQUEST, { uri }).catch(() => null));
    }
    for (const editor of editors) {
      const list = await lists.get(editor.document.uri.toString());
      this.draw(editor, list?.claims ?? []);
    }
  }

  private draw(editor: vscode.TextEditor, claims: readonly ClaimItem[]): void {
    const t = this.types;
    const placed = claims.filter((c): c is ClaimItem & { range: NonNullable<ClaimItem['range']> } => c.range !== null && c.anchor !== 'orphaned');
    // The gutter shows one icon a line: the most pressing status of the claims starting there.
    const lineStatus = new Map<number, ClaimStatusId>();
    for (const c of placed) {
      const was = lineStatus.get(c.range.start.line);
      if (!was || URGENCY.indexOf(c.status) < URGENCY.indexOf(was)) lineStatus.set(c.range.start.line, c.status);
    }
    for (const s of CLAIM_STATUS_IDS) {
      editor.setDecorations(t.band[s], placed.filter((c) => c.status === s).map((c) => toRange(c.range)));
      const lines = [...lineStatus].filter(([, st]) => st === s).map(([line]) => new vscode.Range(line, 0, line, 0));
      editor.setDecorations(t.icon[s], lines);
    }
    editor.setDecorations(t.drifted, placed.filter((c) => c.anchor === 'drifted').map((c) => toRange(c.range)));
  }

  dispose(): void {
    clearTimeout(this.timer);
    disposeTypes(this.types);
    this.subs.forEach((s) => s.dispose());
  }
}
