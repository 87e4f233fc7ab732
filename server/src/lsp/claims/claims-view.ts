// How claims are shown: list items for the tree view, hover sections,
// diagnostics (orphans and a broken sidecar at the top of the article,
// drifted claims where they are), and the diagnostics on the sidecar itself.
import * as path from 'node:path';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeProblems, type SidecarProblem } from '../../annotations/format';
import type { Claim } from '../../annotations/types';
import { firstLineRange, lineColumnRange, toRange } from '../convert';
import { excerpt } from '../lookup';
import type { ClaimItem, ClaimsList } from '../../shared/protocol';
import { SOURCE } from '../features/diagnostics';
import { md } from '../features/hover';
import type { ClaimsSession } from './claims-session';

export const ORPHAN_RULE = 'orphaned-claim';
export const DRIFT_RULE = 'drifted-claim';
export const INVALID_SIDECAR_RULE = 'invalid-sidecar';

export interface OrphanData {
  rule: typeof ORPHAN_RULE;
  uri: string;
  claimId: string;
}

function clampSpan(doc: TextDocument, start: number, end: number): { start: number; end: number } {
  const n = doc.getText().length;
  return { start: Math.min(start, n), end: Math.min(Math.max(start, end), n) };
}

export function claimItem(doc: TextDocument | undefined, c: Claim): ClaimItem {
  const { start, end } = c.target.position;
  return {
    id: c.id,
    kind: c.kind,
    status: c.status,
    anchor: c.anchor,
    text: c.target.quote.exact,
    range: c.anchor === 'orphaned' || !doc ? null : toRange(doc, clampSpan(doc, start, end)),
    source: c.source?.entity ?? c.source?.text ?? null,
    note: c.note,
    evidence: c.evidence.map((e) => ({ url: e.url, title: e.title })),
    author: c.author,
    updatedAt: c.updatedAt,
    original: c.original,
  };
}

export function problemText(s: ClaimsSession): string | null {
  if (!s.problems) return null;
  const name = s.sidecarFile ? path.basename(s.sidecarFile) : 'The claims file';
  // Not a file at all (a folder, a pipe), or one we cannot read: say what and where, not "invalid".
  if (s.problems.every((p) => p.whole)) return `${describeProblems(s.problems.slice(0, 3))}. It is left untouched.`;
  return `${name} is invalid (${describeProblems(s.problems.slice(0, 3))}). It is left untouched; fix it to tag claims again.`;
}

export function claimsList(s: ClaimsSession, doc: TextDocument | undefined): ClaimsList {
  return { uri: s.uri, sidecar: s.sidecarFile, problem: problemText(s), claims: s.claims.map((c) => claimItem(doc, c)) };
}

const STATUS_LABEL: Record<Claim['status'], string> = {
  unverified: 'unverified',
  checking: 'being checked',
  verified: 'verified ✓',
  false: 'false ✗',
  misleading: 'misleading',
  unverifiable: 'unverifiable',
};

export function hoverSection(s: ClaimsSession, offset: number): string | null {
  const here = s.claims.filter(
    (c) => c.anchor !== 'orphaned' && c.target.position.start <= offset && offset <= c.target.position.end,
  );
  if (here.length === 0) return null;
  return here
    .map((c) => {
      const lines = [`**Claim** (${c.kind}) — ${STATUS_LABEL[c.status]}${c.anchor === 'drifted' ? ' · text changed since tagged' : ''}`];
      if (c.source) lines.push(`Source: ${md(c.source.entity ?? c.source.text)}`);
      if (c.note) lines.push(`Note: ${md(c.note)}`);
      if (c.original) lines.push(`Tagged as: “${md(excerpt(c.original, 120))}”`);
      if (c.author) lines.push(`Tagged by ${md(c.author)}`);
      // Values that lost a same-field conflict in a merge: shown, so nobody's edit disappears unseen.
      for (const h of (c.history ?? []).slice(-3)) {
        const v = typeof h.value === 'string' ? h.value : JSON.stringify(h.value);
        lines.push(`Also set at the same time, not kept: ${md(h.field)} “${md(excerpt(v ?? '', 80))}” (${md(h.at)})`);
      }
      const safeUrl = (u: string) => u.replace(/[()\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
      // Only web links are rendered as links: a hand-edited sidecar must not smuggle in command: URIs.
      const evidence = c.evidence.map((e) =>
        /^https?:\/\//i.test(e.url) ? `- Evidence: [${md(e.title ?? e.url)}](${safeUrl(e.url)})` : `- Evidence: ${md(e.title ? `${e.title} — ${e.url}` : e.url)}`,
      );
      return lines.join('  \n') + (evidence.length > 0 ? `\n\n${evidence.join('\n')}` : '');
    })
    .join('\n\n---\n\n');
}

export function articleDiagnostics(s: ClaimsSession, doc: TextDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const top = firstLineRange(doc);
  const problem = problemText(s);
  if (problem) {
    out.push({ range: top, severity: DiagnosticSeverity.Error, source: SOURCE, code: INVALID_SIDECAR_RULE, message: problem });
  }
  for (const c of s.claims) {
    if (c.anchor === 'orphaned') {
      const data: OrphanData = { rule: ORPHAN_RULE, uri: s.uri, claimId: c.id };
      out.push({
        range: top,
        severity: DiagnosticSeverity.Warning,
        source: SOURCE,
        code: ORPHAN_RULE,
        message: `Orphaned claim (${c.status}): “${excerpt(c.target.quote.exact, 80)}” is no longer in the text. Select where it went and use “Re-attach to selection”.`,
        data,
      });
    } else if (c.anchor === 'drifted') {
      out.push({
        range: toRange(doc, clampSpan(doc, c.target.position.start, c.target.position.end)),
        severity: DiagnosticSeverity.Information,
        source: SOURCE,
        code: DRIFT_RULE,
        message: `Claim text changed since it was tagged (was “${excerpt(c.original ?? '', 80)}”); check its status (${c.status}) still holds.`,
      });
    }
  }
  return out;
}

/** Diagnostics on the sidecar file itself, naming the problem and its line. */
export function sidecarDiagnostics(problems: readonly SidecarProblem[] | null): Diagnostic[] {
  return (problems ?? []).map((p) => ({
    range: lineColumnRange(p.line, p.column),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: INVALID_SIDECAR_RULE,
    message: `${p.message}. News Annotator will not overwrite this file until it is fixed.`,
  }));
}
