// Code actions for claims: "Tag as claim" (on a check-worthy hint, else on the sentence under the
// cursor when it has a statistic or an attribution), "Tag selection as claim" on any selection,
// "Re-attach to selection" for orphans, and status / untag actions on a tagged claim.
// Every action runs a server command, so it works in any LSP editor.
import { type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { claimAt } from '../../annotations/operations';
import { trimSpan } from '../../annotations/tagging';
import { CLAIM_COMMANDS, CLAIM_STATUSES, isStatisticKind } from '../../shared/vocabulary';
import type { ServerContext } from '../context';
import { type OffsetSpan, toSpan } from '../convert';
import { dataOf, locate } from '../features/diagnostics';
import { excerpt } from '../lookup';
import type { ClaimsRegistry } from './claims-registry';
import { ORPHAN_RULE, type OrphanData } from './claims-view';

const TAG = 'Tag as claim';

function wanted(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only;
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function isOrphanDiagnostic(d: Diagnostic): d is Diagnostic & { data: OrphanData } {
  return d.code === ORPHAN_RULE && (d.data as OrphanData | undefined)?.rule === ORPHAN_RULE;
}

function action(title: string, name: string, arg: object, extra: Partial<CodeAction> = {}): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, ...extra, command: { title, command: name, arguments: [arg] } };
}

/**
 * "Tag as claim" on each check-worthy hint in the request, at the hint's text where it is now.
 * Offered whatever the sidecar's state: the command says why it cannot tag (an unsaved article,
 * a broken sidecar).
 */
function hintFixes(doc: TextDocument, params: CodeActionParams): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of params.context.diagnostics) {
    const data = dataOf(d);
    const span = data?.rule === 'check-worthy' ? locate(doc, d, data) : null;
    if (span) out.push(action(TAG, CLAIM_COMMANDS.tag, { uri: doc.uri, start: span.start, end: span.end }, { diagnostics: [d], isPreferred: true }));
  }
  return out;
}

/** The sentence at `offset` when a statistic or an attribution makes it worth tagging, and no hint offers it already. */
function worthySentence(ctx: ServerContext, doc: TextDocument, params: CodeActionParams, offset: number): OffsetSpan | null {
  const snap = ctx.store.current(doc.uri);
  const sentence = snap?.analysis.segmentation.sentences.find((s) => s.start <= offset && offset <= s.end);
  if (!snap || !sentence) return null;
  const inSentence = (a: OffsetSpan) => a.start < sentence.end && a.end > sentence.start;
  const worthy =
    snap.analysis.figures.some((f) => isStatisticKind(f.kind) && inSentence(f)) || snap.analysis.attributions.some((a) => inSentence(a.content));
  const offered = params.context.diagnostics.some((d) => d.code === 'check-worthy' && inSentence(toSpan(doc, d.range)));
  return worthy && !offered ? { start: sentence.start, end: sentence.end } : null;
}

export function claimCodeActions(ctx: ServerContext, registry: ClaimsRegistry) {
  return (params: CodeActionParams, doc: TextDocument): CodeAction[] => {
    if (!wanted(params, CodeActionKind.QuickFix)) return [];
    const actions = hintFixes(doc, params);
    const session = registry.get(doc.uri);
    if (!session || !session.sidecarFile || session.problems) return actions;
    const uri = doc.uri;
    const { start, end } = toSpan(doc, params.range);
    const selection = trimSpan(doc.getText(), start, end);

    const orphans = session.claims.filter((c) => c.anchor === 'orphaned');
    const orphanDiags = params.context.diagnostics.filter(isOrphanDiagnostic);
    if (selection) {
      actions.push(action('Tag selection as claim', CLAIM_COMMANDS.tag, { uri, ...selection }));
      for (const c of orphans) {
        const diagnostics = orphanDiags.filter((d) => d.data.claimId === c.id);
        const title = `Re-attach to selection: “${excerpt(c.target.quote.exact, 40)}”`;
        actions.push(action(title, CLAIM_COMMANDS.reattach, { uri, id: c.id, ...selection }, { diagnostics }));
      }
    }

    const tagged = claimAt(session.claims, start);
    if (tagged) {
      for (const status of CLAIM_STATUSES) {
        if (status !== tagged.status) actions.push(action(`Claim status: ${status}`, CLAIM_COMMANDS.setStatus, { uri, id: tagged.id, status }));
      }
      actions.push(action('Untag claim', CLAIM_COMMANDS.untag, { uri, id: tagged.id }));
      return actions;
    }

    const sentence = selection ? null : worthySentence(ctx, doc, params, start);
    if (sentence) actions.push(action(TAG, CLAIM_COMMANDS.tag, { uri, ...sentence }));
    return actions;
  };
}
