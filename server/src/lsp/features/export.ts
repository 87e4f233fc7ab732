// `newsAnnotator/export`: renders one article, or every article of the workspace folders, in
// one export format. Open articles come from the document store (the editor's text, unsaved
// edits included, analysed once per version) and their claims from the claims sessions; the
// others are read from disk with their sidecars, named by `newsAnnotator.claims.sidecarSuffix`.
// The client only writes the files this answers with.
import { relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type CancellationToken, ErrorCodes, ResponseError, type WorkDoneProgressReporter } from 'vscode-languageserver';
import { describeProblems } from '../../annotations/format';
import { prepareArticle, render, type ExportArticle, type ExportOptions } from '../../export';
import { InvalidSidecarError, readExportArticle } from '../../io/export-article';
import { InputError } from '../../io/read-article';
import { EXPORT_REQUEST, type ExportParams, type ExportResult } from '../../shared/protocol';
import { DEFAULT_SIDECAR_SUFFIX, isFormatId } from '../../shared/vocabulary';
import type { ServerContext } from '../context';
import { cancelled } from '../documents';
import { findArticles } from '../workspace-files';
import type { ClaimsRegistry } from '../claims/claims-registry';

/** An article left out of the export, with the reason shown to the user. */
class Skip extends Error {}

/** What the export reads of the claims feature: the open articles' sessions and the sidecar suffix. */
type Claims = Pick<ClaimsRegistry, 'get' | 'settings'>;

function filePath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** How an article is named in the export: its path in its workspace folder, as VS Code shows it. */
function labelFor(ctx: ServerContext, uri: string): string {
  const file = filePath(uri);
  if (!file) return decodeURIComponent(uri.slice(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf(':')) + 1)) || uri;
  const folders = ctx.workspaceFolders().flatMap((f) => {
    const root = filePath(f.uri);
    return root ? [{ root, name: f.name }] : [];
  });
  for (const f of folders) {
    const rel = relative(f.root, file);
    if (rel && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel)) {
      const path = rel.split(sep).join('/');
      return folders.length > 1 ? `${f.name}/${path}` : path;
    }
  }
  return file;
}

/** The `newsAnnotator.export.*` settings, read at each export so a change applies at once. */
async function exportOptions(ctx: ServerContext, sidecarSuffix: string): Promise<ExportOptions> {
  const raw = ctx.client().workspace?.configuration
    ? await ctx.connection.workspace.getConfiguration('newsAnnotator.export').catch(() => null)
    : null;
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const both = r.w3cAnnotateEntitiesAndQuotes === true;
  return {
    bom: r.csvByteOrderMark !== false,
    rawFormulas: r.csvRawFormulas === true,
    w3cEntities: both,
    w3cQuotes: both,
    reviewer: text(r.claimReviewPublisher),
    reviewUrl: text(r.claimReviewUrl),
    sidecarSuffix,
  };
}

/** An open article: the store's snapshot of its current version and its session's claims. */
async function openArticle(ctx: ServerContext, claims: Claims, uri: string, label: string, token: CancellationToken): Promise<ExportArticle> {
  const snap = await ctx.store.snapshot(uri, token);
  if (!snap) throw new Skip('it is no longer open');
  if (snap.state !== 'ok') throw new Skip(snap.message ?? 'it could not be analysed');
  const session = claims.get(uri);
  // Exporting without the claims of a broken sidecar would silently lose work.
  if (session?.problems) throw new Skip(`its sidecar is invalid (${describeProblems(session.problems.slice(0, 1))})`);
  // The claims are re-anchored to the snapshot's text, should the two ever differ.
  return prepareArticle({ file: label, uri, text: snap.analysis.text, analysis: snap.analysis, sidecar: null, claims: session?.claims ?? [] });
}

async function diskArticle(ctx: ServerContext, claims: Claims, path: string, label: string): Promise<ExportArticle> {
  try {
    return await readExportArticle(path, { label, sidecarSuffix: claims.settings.sidecarSuffix, maxChars: ctx.settings().maxArticleChars });
  } catch (err) {
    if (err instanceof InvalidSidecarError) throw new Skip(`its sidecar is invalid (${err.problems})`);
    if (err instanceof InputError) throw new Skip(err.reason);
    throw err;
  }
}

/** Open documents by file path, so an article open in the editor is exported as the editor holds it. */
function openByPath(ctx: ServerContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const doc of ctx.store.all()) {
    const file = filePath(doc.uri);
    if (file) out.set(file, doc.uri);
  }
  return out;
}

interface Source {
  label: string;
  load: () => Promise<ExportArticle>;
}

function articleSource(ctx: ServerContext, claims: Claims, uri: string, token: CancellationToken): Source {
  const label = labelFor(ctx, uri);
  if (ctx.store.get(uri)) return { label, load: () => openArticle(ctx, claims, uri, label, token) };
  const file = filePath(uri);
  if (!file) throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is neither open nor a file`);
  const open = openByPath(ctx).get(file);
  if (open) return { label, load: () => openArticle(ctx, claims, open, label, token) };
  return { label, load: () => diskArticle(ctx, claims, file, label) };
}

async function workspaceSources(ctx: ServerContext, claims: Claims, token: CancellationToken): Promise<Source[]> {
  const roots = ctx.workspaceFolders().flatMap((f) => filePath(f.uri) ?? []);
  const suffix = claims.settings.sidecarSuffix;
  const found = await findArticles(roots, ctx.settings().files, () => token.isCancellationRequested);
  const open = openByPath(ctx);
  return found
    .filter((file) => !file.endsWith(suffix) && !file.endsWith(DEFAULT_SIDECAR_SUFFIX))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((file) => {
      const uri = open.get(file);
      const label = labelFor(ctx, uri ?? pathToFileURL(file).href);
      return uri ? { label, load: () => openArticle(ctx, claims, uri, label, token) } : { label, load: () => diskArticle(ctx, claims, file, label) };
    });
}

function checkParams(p: unknown): ExportParams {
  const o = (p && typeof p === 'object' ? p : {}) as Partial<ExportParams>;
  const bad = (message: string) => new ResponseError(ErrorCodes.InvalidParams, message);
  if (typeof o.format !== 'string' || !isFormatId(o.format)) throw bad(`unknown export format ${String(o.format)}`);
  if (o.scope !== 'article' && o.scope !== 'workspace') throw bad('scope is "article" or "workspace"');
  if (o.scope === 'article' && typeof o.uri !== 'string') throw bad('an article export needs the article\'s uri');
  if (typeof o.name !== 'string' || !o.name || /[\\/]/.test(o.name)) throw bad('name is the file name to write, without folders');
  return o as ExportParams;
}

/** Reads the articles one by one, reporting progress and yielding so a cancel is heard between them. */
async function loadAll(sources: Source[], progress: WorkDoneProgressReporter, token: CancellationToken) {
  const articles: ExportArticle[] = [];
  const skipped: string[] = [];
  progress.begin('Exporting annotations', 0, `${sources.length} article${sources.length === 1 ? '' : 's'}`, true);
  try {
    for (const [k, s] of sources.entries()) {
      if (token.isCancellationRequested) throw cancelled();
      progress.report(Math.round((100 * k) / Math.max(1, sources.length)), `${k + 1}/${sources.length} ${s.label}`);
      try {
        articles.push(await s.load());
      } catch (err) {
        if (!(err instanceof Skip)) throw err;
        skipped.push(`${s.label}: ${err.message}`);
      }
      await new Promise((r) => setImmediate(r));
    }
    if (token.isCancellationRequested) throw cancelled();
  } finally {
    progress.done();
  }
  return { articles, skipped };
}

export function exportRequest(ctx: ServerContext, claims: Claims) {
  return async (raw: unknown, token: CancellationToken): Promise<ExportResult> => {
    const params = checkParams(raw);
    const progress = ctx.connection.window.attachWorkDoneProgress(params.workDoneToken);
    const sources =
      params.scope === 'article' ? [articleSource(ctx, claims, params.uri as string, token)] : await workspaceSources(ctx, claims, token);
    const { articles, skipped } = await loadAll(sources, progress, token);
    if (articles.length === 0) return { files: [], articles: [], skipped };
    const rendered = render(params.format, articles, params.name, await exportOptions(ctx, claims.settings.sidecarSuffix));
    return { files: rendered.files, articles: articles.map((a) => a.file), skipped: [...skipped, ...rendered.skipped] };
  };
}

export function register(ctx: ServerContext, claims: Claims): void {
  ctx.connection.onRequest(EXPORT_REQUEST, exportRequest(ctx, claims));
}
