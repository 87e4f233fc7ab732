// A correction whose words are gone from the article is kept (orphaned, in the sidecar) and
// applies nowhere: one Information diagnostic on the first line says so, with a quick fix to
// remove it (when the words come back, by undo or a paste, it applies again by itself).
import { type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { Correction } from '../../annotations/types';
import { CORRECTION_COMMANDS } from '../../shared/vocabulary';
import { toRange } from '../convert';
import type { Snapshot } from '../documents';
import { SOURCE } from '../features/diagnostics';
import { excerpt } from '../lookup';

export const ORPHANED_CORRECTION_RULE = 'orphaned-correction';

interface OrphanedCorrectionData {
  rule: typeof ORPHANED_CORRECTION_RULE;
  uri: string;
  id: string;
}

const WHAT: Record<Correction['kind'], string> = {
  'entity-type': 'the type of',
  'quote-source': 'the source of the quote',
  dismiss: 'the dismissed finding',
  'entity-merge': 'the merge of',
  'entity-split': 'the split of',
};

export function orphanedCorrectionDiagnostics(snap: Snapshot): Diagnostic[] {
  const top = toRange(snap.doc, { start: 0, end: snap.lines.lineContentEnd(0) });
  return snap.corrections
    .filter((c) => c.anchor === 'orphaned')
    .map((c) => {
      const data: OrphanedCorrectionData = { rule: ORPHANED_CORRECTION_RULE, uri: snap.uri, id: c.id };
      return {
        range: top,
        severity: DiagnosticSeverity.Information,
        source: SOURCE,
        code: ORPHANED_CORRECTION_RULE,
        message: `A correction no longer applies: ${WHAT[c.kind]} “${excerpt(c.target.quote.exact, 60)}” is no longer in the text (kept in the sidecar; it applies again if the words come back).`,
        data,
      };
    });
}

export function orphanedCorrectionActions(params: CodeActionParams): CodeAction[] {
  return params.context.diagnostics
    .filter((d) => d.code === ORPHANED_CORRECTION_RULE && (d.data as OrphanedCorrectionData | undefined)?.rule === ORPHANED_CORRECTION_RULE)
    .map((d) => {
      const { uri, id } = d.data as OrphanedCorrectionData;
      const title = 'Remove this correction';
      return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: CORRECTION_COMMANDS.removeCorrection, arguments: [{ uri, id }] } };
    });
}
