// textDocument/semanticTokens: full, range and delta, all read from one layout per version.
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import type { Snapshot } from '../documents';
import { layoutTokens, type PackedTokens } from './token-layout';
import { LEGEND } from './token-legend';

export const semanticTokensCapability = { legend: LEGEND, full: { delta: true }, range: true };

/**
 * LSP's relative encoding: five integers per token, line/character relative to the previous one.
 * Packed: a delta is worked out from it without an array of numbers per keystroke.
 */
function encode(tokens: PackedTokens, from = 0, to = tokens.length / 5): Int32Array {
  const data = new Int32Array((to - from) * 5);
  let line = 0;
  let char = 0;
  for (let i = from, k = 0; i < to; i++, k += 5) {
    const t = i * 5;
    const dl = tokens[t] - line;
    data[k] = dl;
    data[k + 1] = dl === 0 ? tokens[t + 1] - char : tokens[t + 1];
    data[k + 2] = tokens[t + 2];
    data[k + 3] = tokens[t + 3];
    data[k + 4] = tokens[t + 4];
    line = tokens[t];
    char = tokens[t + 1];
  }
  return data;
}

/** Index of the first token that ends after the position (tokens are in order and disjoint). */
function firstEndingAfter(tokens: PackedTokens, line: number, character: number): number {
  let lo = 0;
  let hi = tokens.length / 5;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = mid * 5;
    const before = tokens[t] < line || (tokens[t] === line && tokens[t + 1] + tokens[t + 2] <= character);
    if (before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One edit replacing what differs between the previous and the new data (common prefix/suffix kept). */
export function diff(prev: ArrayLike<number>, next: ArrayLike<number>): SemanticTokensEdit[] {
  let head = 0;
  const min = Math.min(prev.length, next.length);
  while (head < min && prev[head] === next[head]) head++;
  if (head === prev.length && head === next.length) return [];
  let tail = 0;
  while (tail < min - head && prev[prev.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  const data: number[] = [];
  for (let i = head; i < next.length - tail; i++) data.push(next[i]);
  return [{ start: head, deleteCount: prev.length - head - tail, data }];
}

export function register(ctx: ServerContext): void {
  const { connection, store, hooks } = ctx;
  // The last result per document, packed, for deltas.
  const last = new Map<string, { id: string; data: Int32Array }>();
  let counter = 0;

  const tokensOf = (snap: Snapshot) => layoutTokens(snap, hooks.taggedClaims(snap.uri), ctx.settings().colors === 'annotator');
  const remember = (uri: string, data: Int32Array): string => {
    const id = String(++counter);
    last.set(uri, { id, data });
    return id;
  };

  store.documents.onDidClose((e) => last.delete(e.document.uri));

  connection.languages.semanticTokens.on(async (params, token) => {
    const snap = await store.snapshot(params.textDocument.uri, token);
    if (!snap) return { data: [] };
    const data = encode(tokensOf(snap));
    return { resultId: remember(snap.uri, data), data: Array.from(data) };
  });

  connection.languages.semanticTokens.onDelta(async (params, token): Promise<SemanticTokens | SemanticTokensDelta> => {
    const snap = await store.snapshot(params.textDocument.uri, token);
    if (!snap) return { data: [] };
    const data = encode(tokensOf(snap));
    const prev = last.get(snap.uri);
    const resultId = remember(snap.uri, data);
    if (!prev || prev.id !== params.previousResultId) return { resultId, data: Array.from(data) };
    return { resultId, edits: diff(prev.data, data) };
  });

  connection.languages.semanticTokens.onRange(async (params, token) => {
    const snap = await store.snapshot(params.textDocument.uri, token);
    if (!snap) return { data: [] };
    const { start, end } = params.range;
    const tokens = tokensOf(snap);
    const from = firstEndingAfter(tokens, start.line, start.character);
    let to = from;
    const count = tokens.length / 5;
    while (to < count && (tokens[to * 5] < end.line || (tokens[to * 5] === end.line && tokens[to * 5 + 1] < end.character))) to++;
    return { data: Array.from(encode(tokens, from, to)) };
  });
}
