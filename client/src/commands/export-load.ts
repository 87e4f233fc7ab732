// Reads articles and their sidecars through the VS Code file system (so open,
// unsaved edits are exported as the user sees them) into the exporters' input.
import * as vscode from 'vscode';
import type { Analysis } from '../../../server/src/analysis';
import { describeProblems, parseSidecar } from '../../../server/src/annotations/format';
import { sidecarPathFor } from '../../../server/src/annotations/store';
import type { Sidecar } from '../../../server/src/annotations/types';
import { decodeArticle } from '../../../server/src/cli/read-input';
import { prepareArticle, type ExportArticle } from '../../../server/src/export';

type Analyze = (text: string) => Analysis;
let enginePath: string | undefined;
let engine: Analyze | undefined;

/** Where the bundled analysis library is (`dist/analysis.js`, built from server/src/analysis). */
export function useEngine(path: string): void {
  enginePath = path;
}

// The engine and its 1.7 MB entity model load on the first export, not at activation
// (bundling it into the client would make every activation parse it).
function analyze(text: string): Analysis {
  if (!engine) {
    if (!enginePath) throw new Error('the analysis engine is not configured');
    engine = (require(enginePath) as { analyze: Analyze }).analyze; // eslint-disable-line @typescript-eslint/no-require-imports
  }
  return engine(text);
}

/** Why an article could not be exported; shown to the user. */
export class SkipError extends Error {}

async function readBytes(uri: vscode.Uri): Promise<Uint8Array | null> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return null;
    throw new SkipError(`cannot read ${vscode.workspace.asRelativePath(uri)}: ${(err as Error).message}`);
  }
}

async function readSidecarOf(article: vscode.Uri): Promise<Sidecar | null> {
  const uri = article.with({ path: sidecarPathFor(article.path) });
  const bytes = await readBytes(uri);
  if (!bytes) return null;
  const parsed = parseSidecar(new TextDecoder('utf-8').decode(bytes));
  // Exporting without the claims of a broken sidecar would silently lose work.
  if (!parsed.ok) throw new SkipError(`its sidecar is invalid (${describeProblems(parsed.problems.slice(0, 1))})`);
  return parsed.sidecar;
}

async function articleText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const bytes = await readBytes(uri);
  if (!bytes) throw new SkipError('the file no longer exists');
  try {
    return decodeArticle(bytes, vscode.workspace.asRelativePath(uri));
  } catch (err) {
    throw new SkipError((err as Error).message.replace(/^[^:]*: /, ''));
  }
}

export async function loadArticle(uri: vscode.Uri): Promise<ExportArticle> {
  const text = await articleText(uri);
  const limit = vscode.workspace.getConfiguration('newsAnnotator').get<number>('maxArticleChars', 2_000_000);
  if (text.length > limit) throw new SkipError(`${text.length.toLocaleString('en')} characters is over the newsAnnotator.maxArticleChars limit`);
  const sidecar = await readSidecarOf(uri);
  return prepareArticle({ file: vscode.workspace.asRelativePath(uri, false), uri: uri.toString(), text, analysis: analyze(text), sidecar });
}

/** Every article in the workspace: *.article, *.news and the `newsAnnotator.files` globs. */
export async function findArticles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const extra = vscode.workspace.getConfiguration('newsAnnotator').get<unknown>('files');
  const globs = ['**/*.{article,news}', ...(Array.isArray(extra) ? extra.filter((g): g is string => typeof g === 'string' && g.length > 0) : [])];
  const found = new Map<string, vscode.Uri>();
  for (const glob of globs) {
    for (const uri of await vscode.workspace.findFiles(glob, '**/node_modules/**', undefined, token)) {
      if (!uri.path.endsWith('.annotations.json')) found.set(uri.toString(), uri);
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
