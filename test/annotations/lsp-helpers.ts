// Helpers for the claims tests over LSP: a real client talking to our server,
// in this process (the harness) or as a separate process (for two writers).
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { type ClientCapabilities, DidSaveTextDocumentNotification, InitializedNotification, InitializeRequest } from 'vscode-languageserver';
import { CAPABILITIES, ROOT, startInProcess, type TestClient } from '../lsp/harness';
import type { ClaimsList } from '../../server/src/shared/protocol';

/** Like an editor that lets the server ask for didSave (VS Code does). */
export const SAVE_CAPABILITIES: ClientCapabilities = {
  ...CAPABILITIES,
  textDocument: { ...CAPABILITIES.textDocument, synchronization: { dynamicRegistration: true } },
};

export function startServer(): Promise<TestClient> {
  return startInProcess(SAVE_CAPABILITIES);
}

export function execute(conn: MessageConnection, command: string, arg: object): Promise<{ ok: boolean; id?: string; created?: boolean; message?: string }> {
  return conn.sendRequest('workspace/executeCommand', { command, arguments: [arg] });
}

export function listClaims(conn: MessageConnection, uri: string): Promise<ClaimsList | null> {
  return conn.sendRequest('newsAnnotator/claims', { uri });
}

export function save(conn: MessageConnection, uri: string): Promise<void> {
  return conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Waits until `check` holds (polling), or fails after `ms`. */
export async function until(check: () => Promise<boolean> | boolean, ms = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(25);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The server from source in a child process over stdio (a second editor). */
export async function spawnServer(): Promise<{ conn: MessageConnection; child: ChildProcess; close(): Promise<void> }> {
  const child = spawn(process.execPath, ['-r', 'tsx/cjs', join(ROOT, 'server/src/lsp/main.ts'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    cwd: ROOT,
  });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/semanticTokens/refresh', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  conn.onRequest('workspace/codeLens/refresh', () => null);
  conn.onRequest('window/showMessageRequest', () => null);
  conn.onNotification(() => undefined);
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: SAVE_CAPABILITIES, workspaceFolders: null });
  await conn.sendNotification(InitializedNotification.type, {});
  return {
    conn,
    child,
    async close() {
      await conn.sendRequest('shutdown').catch(() => undefined);
      conn.dispose();
      child.kill();
    },
  };
}
