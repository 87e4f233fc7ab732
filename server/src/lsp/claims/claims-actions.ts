// Code actions for claims: "Tag as claim" on a sentence with a figure or an
// attribution, "Tag selection as claim" on any selection, "Re-attach to
// selection" for orphans, and status / untag actions on a tagged claim.
// Every action runs a server command, so it works in any LSP editor.
import { type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { claimAt } from '../../annotations/operations';
import { trimSpan } from '../../annotations/tagging';
import { CLAIM_COMMANDS, CLAIM_STATUSES, isStatisticKind } from '../../shared/vocabulary';
import type { ServerContext } from '../context';
import { toSpan } from '../convert';
import { excerpt } from '../lookup';
import type { ClaimsRegistry } from './claims-registry';
import { ORPHAN_RULE, type OrphanData } from './claims-view';

function wanted(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only;
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function isOrphanDiagnostic(d: Diagnostic): d is Diagnostic & { data: OrphanData } {
  return d.code === ORPHAN_RULE && (d.data as OrphanData | undefined)?.rule === ORPHAN_RULE;
}

export function claimCodeActions(ctx: ServerContext, registry: ClaimsRegistry) {
  return (params: CodeActionParams, doc: TextDocument): CodeAction[] => {
    const session = registry.get(doc.uri);
    if (!session || !session.sidecarFile || session.problems || !wanted(params, CodeActionKind.QuickFix)) return [];
    const uri = doc.uri;
    const { start, end } = toSpan(doc, params.range);
    const selection = trimSpan(doc.getText(), start, end);
    const actions: CodeAction[] = [];
    const command = (title: string, name: string, arg: object, diagnostics?: Diagnostic[]): CodeAction => ({
      title,
      kind: CodeActionKind.QuickFix,
      ...(diagnostics ? { diagnostics } : {}),
      command: { title, command: name, arguments: [arg] },
    });

    const orphans = session.claims.filter((c) => c.anchor === 'orphaned');
    const orphanDiags = params.context.diagnostics.filter(isOrphanDiagnostic);
    if (selection) {
      actions.push(command('Tag selection as claim', CLAIM_COMMANDS.tag, { uri, ...selection }));
      for (const c of orphans) {
        const diags = orphanDiags.filter((d) => d.data.claimId === c.id);
        actions.push(
          command(`Re-attach to selection: “${excerpt(c.target.quote.exact, 40)}”`, CLAIM_COMMANDS.reattach, { uri, id: c.id, ...selection }, diags),
        );
      }
    }

    const tagged = claimAt(session.claims, start);
    if (tagged) {
      for (const status of CLAIM_STATUSES) {
        if (status !== tagged.status) actions.push(command(`Claim status: ${status}`, CLAIM_COMMANDS.setStatus, { uri, id: tagged.id, status }));
      }
      actions.push(command('Untag claim', CLAIM_COMMANDS.untag, { uri, id: tagged.id }));
      return actions;
    }

    // The sentence under the cursor, when it carries a figure or an attribution.
    const snap = ctx.store.current(uri);
    if (!snap || selection) return actions;
    const sentence = snap.analysis.segmentation.sentences.find((s) => s.start <= start && start <= s.end);
    if (!sentence) return actions;
    const inSentence = (a: { start: number; end: number }) => a.start < sentence.end && a.end > sentence.start;
    const worthy =
      snap.analysis.figures.some((f) => isStatisticKind(f.kind) && inSentence(f)) ||
      snap.analysis.attributions.some((a) => inSentence(a.content));
    // The check-worthy quick fix (code-actions.ts) already offers this sentence: do not repeat it.
    const offered = params.context.diagnostics.some((d) => {
      const span = toSpan(doc, d.range);
      return d.code === 'check-worthy' && span.start < sentence.end && span.end > sentence.start;
    });
    if (worthy && !offered) {
      actions.push(command('Tag as claim', CLAIM_COMMANDS.tag, { uri, start: sentence.start, end: sentence.end }));
    }
    return actions;
  };
}
