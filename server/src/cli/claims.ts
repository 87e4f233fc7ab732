// The `claims` and `reanchor` commands: list the claims tagged in an
// article's sidecar, and re-anchor them after the article was edited outside
// the editor (git, another tool), for a newsroom's CI. Uses the sidecar
// library directly, never the LSP layer.
import * as path from 'node:path';
import { lineAt, lineStarts } from '../analysis/lines';
import { describeProblems } from '../annotations/format';
import { textHash } from '../annotations/hash';
import { reanchorAll, type Placement } from '../annotations/reanchor';
import { commitSidecar, readSidecar, SidecarInvalidError, sidecarPathFor } from '../annotations/store';
import type { Claim } from '../annotations/types';
import { InputError, readArticle } from '../io/read-article';
import { DEFAULT_SIDECAR_SUFFIX, SIDECAR_SUFFIX_PATTERN } from '../shared/vocabulary';
import { excerpt } from '../shared/text';
import { asksHelp, type Io } from './io';

export const CLAIMS_USAGE = `Usage:
  news-annotator claims FILE... [--format text|json] [--sidecar-suffix .annotations.json]
      list the claims tagged in FILE.annotations.json, with status and anchor state
  news-annotator reanchor FILE... [--dry-run] [--format text|json] [--sidecar-suffix .annotations.json]
      re-anchor the claims to FILE's current text and save the sidecar;
      exit code 1 if any claim is orphaned (its text is gone)
`;

interface Options {
  files: string[];
  format: 'text' | 'json';
  dryRun: boolean;
  suffix: string;
}

function parse(command: string, args: string[]): Options | string {
  const o: Options = { files: [], format: 'text', dryRun: false, suffix: DEFAULT_SIDECAR_SUFFIX };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v !== 'text' && v !== 'json') return `--format takes text or json, not ${v ?? 'nothing'}`;
      o.format = v;
    } else if (a === '--json') o.format = 'json';
    else if (a === '--dry-run' && command === 'reanchor') o.dryRun = true;
    else if (a === '--sidecar-suffix' || a.startsWith('--sidecar-suffix=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      // Same rule as the editor setting: a plain file-name suffix ending in .json.
      if (!v || !SIDECAR_SUFFIX_PATTERN.test(v)) return `--sidecar-suffix takes a suffix such as .annotations.json, not ${v ?? 'nothing'}`;
      o.suffix = v;
    }
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else o.files.push(a);
  }
  if (o.files.length === 0) return `${command} needs at least one article FILE`;
  return o;
}

function usage(io: Io, message: string): number {
  io.stderr.write(`news-annotator: ${message}\n\n${CLAIMS_USAGE}`);
  return 2;
}

/** 1-based line:column of an offset (\n, \r\n and a bare \r end a line, as in the editor). */
function lineCol(starts: readonly number[], offset: number): string {
  const line = lineAt(starts, offset);
  return `${line + 1}:${offset - starts[line] + 1}`;
}

function claimRow(c: Claim, starts: readonly number[], placement?: Placement): Record<string, unknown> {
  const { start, end } = c.target.position;
  return {
    id: c.id,
    kind: c.kind,
    status: c.status,
    anchor: c.anchor,
    ...(placement ? { placement } : {}),
    start,
    end,
    at: c.anchor === 'orphaned' ? null : lineCol(starts, start),
    text: c.target.quote.exact,
    original: c.original,
    source: c.source?.entity ?? c.source?.text ?? null,
    note: c.note,
    evidence: c.evidence.map((e) => e.url),
  };
}

function textLine(row: Record<string, unknown>): string {
  const at = row.at === null ? '(orphaned)' : `${String(row.at)}`;
  const placement = row.placement && row.placement !== 'kept' ? ` (${String(row.placement)})` : '';
  const cols = [String(row.id).padEnd(16), String(row.status).padEnd(12), String(row.anchor).padEnd(9), at.padEnd(10), String(row.kind).padEnd(10)];
  return `  ${cols.join(' ')} “${excerpt(String(row.text), 70)}”${placement}\n`;
}

type Load =
  | { ok: true; text: string; sidecarFile: string; state: ReturnType<typeof readSidecar> }
  | { ok: false; message: string };

async function load(file: string, suffix: string): Promise<Load> {
  let text: string;
  try {
    text = await readArticle(file);
  } catch (err) {
    if (err instanceof InputError) return { ok: false, message: err.message };
    throw err;
  }
  const sidecarFile = sidecarPathFor(file, suffix);
  const state = readSidecar(sidecarFile);
  if (state.kind === 'invalid') {
    return { ok: false, message: `${sidecarFile}: invalid sidecar, left untouched: ${describeProblems(state.problems)}` };
  }
  return { ok: true, text, sidecarFile, state };
}

type Loaded = Extract<Load, { ok: true }>;

/**
 * Parses the arguments and runs `body` for each article that loads (with its sidecar); a file
 * that does not is reported and counted. Answers {code} when --help or a usage error ended the
 * run, else how many files failed.
 */
async function eachArticle(
  command: 'claims' | 'reanchor',
  args: string[],
  io: Io,
  body: (file: string, l: Loaded, o: Options) => Promise<boolean | void> | boolean | void,
): Promise<{ code: number } | { failed: number }> {
  if (asksHelp(args)) {
    io.stdout.write(CLAIMS_USAGE);
    return { code: 0 };
  }
  const o = parse(command, args);
  if (typeof o === 'string') return { code: usage(io, o) };
  let failed = 0;
  for (const file of o.files) {
    const l = await load(file, o.suffix);
    if (!l.ok) io.stderr.write(`news-annotator: ${l.message}\n`);
    // A body answers false when it could not finish this file.
    if (!l.ok || (await body(file, l, o)) === false) failed++;
  }
  return { failed };
}

export async function runClaims(args: string[], io: Io): Promise<number> {
  const r = await eachArticle('claims', args, io, (file, l, o) => {
    // Show where each claim is in the text as it is now, without writing anything.
    const claims = l.state.kind === 'ok' ? l.state.sidecar.claims : [];
    const current = l.state.kind === 'ok' && l.state.sidecar.textHash === textHash(l.text) ? claims : reanchorAll(claims, l.text).claims;
    const starts = lineStarts(l.text);
    const rows = current.map((c) => claimRow(c, starts));
    if (o.format === 'json') {
      io.stdout.write(JSON.stringify({ file, sidecar: l.state.kind === 'ok' ? l.sidecarFile : null, claims: rows }) + '\n');
    } else {
      const orphans = current.filter((c) => c.anchor === 'orphaned').length;
      const drifted = current.filter((c) => c.anchor === 'drifted').length;
      io.stdout.write(
        `${file}: ${current.length} claim${current.length === 1 ? '' : 's'}` +
          (current.length ? ` (${drifted} drifted, ${orphans} orphaned)` : l.state.kind === 'missing' ? ' (no sidecar)' : '') +
          '\n',
      );
      for (const row of rows) io.stdout.write(textLine(row));
    }
  });
  return 'code' in r ? r.code : r.failed > 0 ? 1 : 0;
}

export async function runReanchor(args: string[], io: Io): Promise<number> {
  let orphanedTotal = 0;
  const r = await eachArticle('reanchor', args, io, (file, l, o) => {
    if (l.state.kind !== 'ok') {
      if (o.format === 'json') io.stdout.write(JSON.stringify({ file, sidecar: null, claims: [], orphaned: 0 }) + '\n');
      else io.stdout.write(`${file}: no sidecar, nothing to re-anchor\n`);
      return;
    }
    const base = l.state;
    const report = reanchorAll(base.sidecar.claims, l.text);
    const starts = lineStarts(l.text);
    const rows = report.outcomes.map((x) => claimRow(x.claim, starts, x.placement));
    const count = (p: Placement) => report.outcomes.filter((x) => x.placement === p).length;
    const orphaned = report.claims.filter((c) => c.anchor === 'orphaned').length;
    // A verdict given on words that have since changed needs a second look.
    const recheck = report.claims.filter((c) => c.anchor === 'drifted' && c.status !== 'unverified' && c.status !== 'checking').length;
    orphanedTotal += orphaned;
    let wrote = false;
    if (!o.dryRun) {
      const ours = { ...base.sidecar, textHash: textHash(l.text), claims: report.claims };
      try {
        wrote = commitSidecar(l.sidecarFile, base, ours, (merged) => ({ ...merged, claims: reanchorAll(merged.claims, l.text).claims })).wrote;
      } catch (err) {
        if (!(err instanceof SidecarInvalidError)) throw err;
        io.stderr.write(`news-annotator: ${err.message}\n`);
        return false;
      }
    }
    if (o.format === 'json') {
      io.stdout.write(JSON.stringify({ file, sidecar: l.sidecarFile, wrote, orphaned, recheck, claims: rows }) + '\n');
      return;
    }
    io.stdout.write(
      `${file}: ${rows.length} claim${rows.length === 1 ? '' : 's'} — ${count('kept')} in place, ${count('moved')} moved, ` +
        `${count('fuzzy')} found approximately, ${orphaned} orphaned` +
        `${o.dryRun ? ' (dry run, nothing written)' : wrote ? `; ${path.basename(l.sidecarFile)} updated` : '; sidecar unchanged'}\n`,
    );
    if (recheck > 0) io.stdout.write(`  ${recheck} checked claim${recheck === 1 ? '' : 's'} changed since the verdict: recheck\n`);
    for (const [k, x] of report.outcomes.entries()) {
      if (x.placement !== 'kept' || x.claim.anchor !== 'anchored') io.stdout.write(textLine(rows[k]));
    }
  });
  if ('code' in r) return r.code;
  if (orphanedTotal > 0) io.stderr.write(`news-annotator: ${orphanedTotal} orphaned claim(s): their text is gone; re-attach them in the editor\n`);
  return r.failed > 0 || orphanedTotal > 0 ? 1 : 0;
}
