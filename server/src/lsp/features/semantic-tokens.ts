// textDocument/semanticTokens: full, range and delta, all read from one layout per version.
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import type { Snapshot } from '../documents';
import { layoutTokens, type PlacedToken } from './token-layout';
import { LEGEND } from './token-legend';

export const semanticTokensCapability = { legend: LEGEND, full: { delta: true }, range: true };

/** LSP's relative encoding: five integers per token, line/character relative to the previous one. */
export function encode(tokens: readonly PlacedToken[]): number[] {
  const data = new Array<number>(tokens.length * 5);
  let line = 0;
  let char = 0;
  tokens.forEach((t, i) => {
    const dl = t.line - line;
    data[5 * i] = dl;
    data[5 * i + 1] = dl === 0 ? t.character - char : t.character;
    data[5 * i + 2] = t.length;
    data[5 * i + 3] = t.type;
    data[5 * i + 4] = t.mods;
    line = t.line;
    char = t.character;
  });
  return data;
}

/** One edit replacing what differs between the previous and the new data (common prefix/suffix kept). */
export function diff(prev: readonly number[], next: readonly number[]): SemanticTokensEdit[] {
  let head = 0;
  const min = Math.min(prev.length, next.length);
  while (head < min && prev[head] === next[head]) head++;
  if (head === prev.length && head === next.length) return [];
  let tail = 0;
  while (tail < min - head && prev[prev.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  return [{ start: head, deleteCount: prev.length - head - tail, data: next.slice(head, next.length - tail) }];
}

export function register(ctx: ServerContext): void {
  const { connection, store, hooks } = ctx;
  const last = new Map<string, { id: string; data: number[] }>();
  let counter = 0;

  const tokensOf = (snap: Snapshot) => layoutTokens(snap, hooks.taggedClaims(snap.uri));
  const remember = (uri: string, data: number[]): SemanticTokens => {
    const id = String(++counter);
    last.set(uri, { id, data });
    return { resultId: id, data };
  };

  store.documents.onDidClose((e) => last.delete(e.document.uri));

  connection.languages.semanticTokens.on(async (params, token) => {
    const snap = await store.snapshot(params.textDocument.uri, token);
    if (!snap) return { data: [] };
    return remember(snap.uri, encode(tokensOf(snap)));
  });

  connection.languages.semanticTokens.onDelta(async (params, token): Promise<SemanticTokens | SemanticTokensDelta> => {
    const snap = await store.snapshot(params.textDocument.uri, token);
    if (!snap) return { data: [] };
    const data = encode(tokensOf(snap));
    const prev = last.get(snap.uri);
    const result = remember(snap.uri, data);
    if (!prev || prev.id !== params.previousResultId) return result;
    return { resultId: result.resultId, edits: diff(prev.data, data) };
  });

  connection.languages.semanticTokens.onRange(async (params, token) => {
    const snap = await store.snapshot(params.textDocument.uri, token);
    if (!snap) return { data: [] };
    const { start, end } = params.range;
    const inRange = tokensOf(snap).filter(
      (t) =>
        (t.line > start.line || (t.line === start.line && t.character + t.length > start.character)) &&
        (t.line < end.line || (t.line === end.line && t.character < end.character)),
    );
    return { data: encode(inRange) };
  });
}
