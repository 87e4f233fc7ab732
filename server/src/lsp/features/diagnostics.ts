// Diagnostics only for what the writer should act on: a quote nobody said, a check-worthy claim
// not yet tagged, boilerplate left in the copy. Names and figures are never diagnostics.
// Pull model (textDocument/diagnostic); editors without it get the same list pushed.
import {
  type Diagnostic,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  type DocumentDiagnosticReport,
  type ServerCapabilities,
} from 'vscode-languageserver';
import type { Attribution } from '../../analysis';
import { isDismissed } from '../../corrections';
import type { ServerContext } from '../context';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type OffsetSpan, toRange, toSpan } from '../convert';
import type { Snapshot } from '../documents';
import { excerpt } from '../lookup';
import { untaggedCandidates } from '../claims/claims-queue';
import { type SeveritySetting, toSeverity } from '../settings';
import type { FindingCode } from '../../shared/vocabulary';

export const SOURCE = 'news-annotator';

export type RuleCode = FindingCode | 'too-large' | 'analysis-failed' | 'too-many';

/** Carried in Diagnostic.data so a quick fix can act without re-deriving the finding. */
export interface DiagnosticData {
  rule: RuleCode;
  uri: string;
  version: number;
  start: number;
  end: number;
  text: string;
}

/** The finding carried by one of our diagnostics, or null for anyone else's. */
export function dataOf(d: Diagnostic): DiagnosticData | null {
  const data = d.data as Partial<DiagnosticData> | undefined;
  return d.source === SOURCE && data && typeof data.rule === 'string' ? (data as DiagnosticData) : null;
}

/** The diagnostic's current offsets, if its text is still there (the client moves ranges as you type). */
export function locate(doc: TextDocument, d: Diagnostic, data: DiagnosticData): OffsetSpan | null {
  const span = toSpan(doc, d.range);
  if (doc.getText().slice(span.start, span.end) === data.text) return span;
  if (data.version === doc.version) return { start: data.start, end: data.end };
  return null;
}

function make(
  snap: Snapshot,
  rule: RuleCode,
  severity: SeveritySetting | DiagnosticSeverity,
  span: { start: number; end: number; text: string },
  message: string,
): Diagnostic | null {
  const sev = typeof severity === 'number' ? severity : toSeverity(severity);
  if (sev === null) return null;
  // Dismissed by the person (a correction in the sidecar): it stays dismissed through edits.
  if (snap.analysis.dismissed && isDismissed(snap.analysis, rule, span)) return null;
  const data: DiagnosticData = { rule, uri: snap.uri, version: snap.version, start: span.start, end: span.end, text: span.text };
  return { range: toRange(snap.doc, span), severity: sev, code: rule, source: SOURCE, message, data };
}

function isUnattributed(list: readonly Attribution[], i: number): boolean {
  const a = list[i];
  if (a.kind !== 'direct' || a.source || a.sourceEntity) return false;
  // A continuation paragraph belongs to the quote it continues.
  for (let j = i; j >= 0 && list[j].continuation; j--) {
    const prev = list[j - 1];
    if (prev && (prev.source || prev.sourceEntity)) return false;
  }
  return true;
}

/** Quotes the start of the sentence, so a list of them (Problems, hovers) tells them apart. */
export function checkWorthyMessage(c: { text: string; score: number; reasons: readonly string[] }): string {
  const why = c.reasons.length > 0 ? ` (${c.reasons.join(', ')})` : '';
  return `Check-worthy claim: “${excerpt(c.text, 60)}”${why}. Tag it to track its verification.`;
}

export function computeDiagnostics(ctx: ServerContext, snap: Snapshot): Diagnostic[] {
  const s = ctx.settings();
  const out: Array<Diagnostic | null> = [];
  if (snap.state !== 'ok') {
    const rule = snap.state === 'too-large' ? 'too-large' : 'analysis-failed';
    const firstLine = snap.lines.lineContentEnd(0);
    out.push(make(snap, rule, DiagnosticSeverity.Information, { start: 0, end: firstLine, text: '' }, snap.message ?? ''));
    return out.filter((d): d is Diagnostic => d !== null);
  }
  const { attributions, boilerplate } = snap.analysis;
  attributions.forEach((a, i) => {
    if (!isUnattributed(attributions, i)) return;
    out.push(
      make(snap, 'unattributed-quote', s.diagnostics.unattributedQuote, a.content,
        'Direct quote with no source found: say who said it.'),
    );
  });
  for (const c of untaggedCandidates(ctx, snap)) {
    out.push(make(snap, 'check-worthy', s.diagnostics.checkWorthy, c, checkWorthyMessage(c)));
  }
  for (const b of boilerplate) {
    out.push(
      make(snap, 'boilerplate', s.diagnostics.boilerplate, b,
        `Boilerplate left in the story (${b.kind}): “${excerpt(b.text, 50)}”.`),
    );
  }
  for (const extra of ctx.hooks.diagnostics) for (const d of extra(snap.uri, snap)) out.push(d);
  return capped(snap, out.filter((d): d is Diagnostic => d !== null));
}

/** VS Code shows about 1,000 problems per file: keep the most severe, and say how many were left out. */
export const MAX_DIAGNOSTICS = 1000;

function capped(snap: Snapshot, all: Diagnostic[]): Diagnostic[] {
  if (all.length <= MAX_DIAGNOSTICS) return all;
  const kept = [...all]
    .sort((a, b) => (a.severity ?? 1) - (b.severity ?? 1))
    .slice(0, MAX_DIAGNOSTICS - 1)
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const first = { start: 0, end: snap.lines.lineContentEnd(0), text: '' };
  const note = make(snap, 'too-many', DiagnosticSeverity.Information, first,
    `${all.length - kept.length} more findings are not shown (at most ${MAX_DIAGNOSTICS} per article); the least severe were left out.`);
  return note ? [note, ...kept] : kept;
}

const PUSH_DELAY_MS = 150;

/** What the server announces for this feature in `initialize`. */
export const diagnosticCapability = { interFileDependencies: false, workspaceDiagnostics: false } satisfies ServerCapabilities['diagnosticProvider'];

export function register(ctx: ServerContext): void {
  const { connection, store } = ctx;
  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const snap = await store.snapshot(params.textDocument.uri, token);
    if (!snap) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    return { kind: DocumentDiagnosticReportKind.Full, items: computeDiagnostics(ctx, snap) };
  });

  // Editors without pull diagnostics (older Neovim, Helix) get them pushed after a short pause.
  ctx.onInitialized(() => {
    if (ctx.client().textDocument?.diagnostic) return;
    const timers = new Map<string, NodeJS.Timeout>();
    const push = (uri: string) => {
      clearTimeout(timers.get(uri));
      timers.set(uri, setTimeout(async () => {
        timers.delete(uri);
        const snap = await store.snapshot(uri).catch(() => undefined);
        if (snap) void connection.sendDiagnostics({ uri, version: snap.version, diagnostics: computeDiagnostics(ctx, snap) });
      }, PUSH_DELAY_MS));
    };
    store.documents.onDidChangeContent((e) => push(e.document.uri));
    store.documents.onDidClose((e) => {
      clearTimeout(timers.get(e.document.uri));
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    pushAll = () => store.all().forEach((d) => push(d.uri));
  });
}

/** Re-sends pushed diagnostics for every open document (no-op under the pull model). */
export let pushAll: () => void = () => undefined;
