// Workspace symbols: the names found across the workspace's articles. Open documents are read
// from the store; files on disk are analysed on demand and cached by modification time.
import { stat, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SymbolKind, type SymbolInformation, type ServerCapabilities } from 'vscode-languageserver';
import { analyze, type Entity } from '../../analysis';
import type { ServerContext } from '../context';
import { LineIndex, toRange } from '../convert';
import { cancelled, EDITOR_PIECE_CHARS } from '../documents';
import { findArticles } from '../workspace-files';

const KIND: Record<string, SymbolKind> = {
  PERSON: SymbolKind.Variable,
  ORGANIZATION: SymbolKind.Class,
  LOCATION: SymbolKind.Module,
  MISC: SymbolKind.Key,
};
const MAX_RESULTS = 500;

/** Case-insensitive subsequence match, as editors filter symbol names. */
export function matchesQuery(name: string, query: string): boolean {
  if (query.length === 0) return true;
  const n = name.toLowerCase();
  let i = 0;
  for (const c of query.toLowerCase()) {
    if (c === ' ') continue;
    i = n.indexOf(c, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

function symbolsOf(uri: string, entities: Entity[], lines: LineIndex, container: string): SymbolInformation[] {
  return entities
    .filter((e) => e.role !== 'credit' && e.mentions.length > 0)
    .map((e) => {
      const m = e.mentions[0];
      return {
        name: e.name,
        kind: KIND[e.type] ?? SymbolKind.Key,
        location: { uri, range: { start: lines.position(m.start), end: lines.position(m.end) } },
        containerName: container,
      };
    });
}

/** What the server announces for this feature in `initialize`. */
export const workspaceSymbolCapability = true satisfies ServerCapabilities['workspaceSymbolProvider'];

export function register(ctx: ServerContext): void {
  const cache = new Map<string, { mtimeMs: number; symbols: SymbolInformation[] }>();

  ctx.connection.onWorkspaceSymbol(async (params, token) => {
    const out: SymbolInformation[] = [];
    const seen = new Set<string>();
    for (const doc of ctx.store.all()) {
      const snap = await ctx.store.snapshot(doc.uri, token);
      if (!snap) continue;
      seen.add(doc.uri);
      const name = doc.uri.slice(doc.uri.lastIndexOf('/') + 1);
      for (const e of snap.analysis.entities) {
        if (e.role === 'credit' || e.mentions.length === 0) continue;
        out.push({ name: e.name, kind: KIND[e.type] ?? SymbolKind.Key, location: { uri: doc.uri, range: toRange(snap.doc, e.mentions[0]) }, containerName: decodeURIComponent(name) });
      }
    }
    const roots = ctx.workspaceFolders().map((f) => f.uri).filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    const files = await findArticles(roots, ctx.settings().files, () => token.isCancellationRequested);
    for (const file of files) {
      if (token.isCancellationRequested) throw cancelled();
      const uri = pathToFileURL(file).href;
      if (seen.has(uri)) continue;
      const st = await stat(file).catch(() => null);
      if (!st || st.size > ctx.settings().maxArticleChars * 2) continue;
      let entry = cache.get(file);
      if (!entry || entry.mtimeMs !== st.mtimeMs) {
        const text = await readFile(file, 'utf8').catch(() => null);
        if (text === null || text.length > ctx.settings().maxArticleChars) continue;
        const symbols = symbolsOf(uri, analyze(text, { chunkSize: EDITOR_PIECE_CHARS }).entities, new LineIndex(text), file.slice(file.lastIndexOf('/') + 1));
        entry = { mtimeMs: st.mtimeMs, symbols };
        cache.set(file, entry);
      }
      for (const s of entry.symbols) out.push(s);
    }
    return out.filter((s) => matchesQuery(s.name, params.query)).slice(0, MAX_RESULTS);
  });
}
