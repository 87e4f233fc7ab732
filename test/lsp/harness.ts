// A real LSP client for the tests: it speaks JSON-RPC to our server, either in this process over
// in-memory streams (fast, no build needed) or to the bundled dist/server.js over stdio.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import {
  createConnection,
  createMessageConnection,
  type MessageConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import {
  type ClientCapabilities,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  type Position,
  type Range,
  SemanticTokenModifiers,
  ShutdownRequest,
} from 'vscode-languageserver';
import { startServer } from '../../server/src/lsp/server';

export const ROOT = join(__dirname, '..', '..');

export const CAPABILITIES: ClientCapabilities = {
  textDocument: {
    synchronization: { dynamicRegistration: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    semanticTokens: {
      requests: { full: { delta: true }, range: true },
      tokenTypes: [],
      tokenModifiers: Object.values(SemanticTokenModifiers),
      formats: ['relative'],
    },
    diagnostic: { dynamicRegistration: false },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    rename: { prepareSupport: true },
  },
  workspace: { workspaceFolders: true },
};

export interface TestClient {
  conn: MessageConnection;
  init: InitializeResult;
  /** Notifications the server sent, by method. */
  notifications: Array<{ method: string; params: unknown }>;
  open(uri: string, text: string, languageId?: string): Promise<void>;
  change(uri: string, version: number, range: Range, text: string): Promise<void>;
  close(): Promise<void>;
}

async function handshake(
  conn: MessageConnection,
  notifications: TestClient['notifications'],
  dispose: () => void,
  capabilities: ClientCapabilities,
  initializationOptions?: unknown,
  workspaceFolders: Array<{ uri: string; name: string }> | null = null,
  watchParent = false,
  configuration: Record<string, unknown> = {},
): Promise<TestClient> {
  conn.onNotification((method, params) => {
    notifications.push({ method, params });
  });
  // The server may ask for settings or to refresh; answer like an editor with these settings (by section).
  conn.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => p.items.map((i) => configuration[i.section ?? ''] ?? null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/showMessageRequest', () => null);
  conn.listen();
  const init = await conn.sendRequest(InitializeRequest.type, {
    // No process id for in-process servers: the server would watch it with a timer that keeps mocha alive.
    processId: watchParent ? process.pid : null,
    rootUri: null,
    capabilities,
    workspaceFolders,
    initializationOptions,
  });
  await conn.sendNotification(InitializedNotification.type, {});
  return {
    conn,
    init,
    notifications,
    async open(uri, text, languageId = 'news-article') {
      await conn.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId, version: 1, text },
      });
    },
    async change(uri, version, range, text) {
      await conn.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range, text }],
      });
    },
    async close() {
      await conn.sendRequest(ShutdownRequest.type).catch(() => undefined);
      conn.dispose();
      dispose();
    },
  };
}

/** A server in this process, connected through in-memory streams. */
export function startInProcess(capabilities = CAPABILITIES, initializationOptions?: unknown): Promise<TestClient> {
  return startInProcessWith({ capabilities, initializationOptions });
}

export function startInProcessWith(o: {
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  workspaceFolders?: Array<{ uri: string; name: string }>;
  /** Settings by section ('newsAnnotator.claims' → {…}); pulled when the capabilities allow it. */
  configuration?: Record<string, unknown>;
}): Promise<TestClient> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(server);
  server.listen();
  const conn = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  return handshake(conn, [], () => server.dispose(), o.capabilities ?? CAPABILITIES, o.initializationOptions, o.workspaceFolders ?? null, false, o.configuration);
}

/** The bundled server (dist/server.js, built by `npm run build`) over stdio. */
export function spawnBundled(args: string[] = ['--stdio'], entry = 'dist/server.js'): Promise<TestClient & { child: ChildProcess }> {
  const file = join(ROOT, entry);
  if (!existsSync(file)) throw new Error(`${entry} is missing: run \`npm run build\` first`);
  const child = spawn(process.execPath, [file, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  return handshake(conn, [], () => child.kill(), CAPABILITIES, undefined, null, true).then((c) => Object.assign(c, { child }));
}

export function pos(line: number, character: number): Position {
  return { line, character };
}

/** Position of an offset in a text (test-side, independent of the server's conversion). */
export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Offset of a position in a text (test-side). */
export function offsetOf(text: string, p: Position): number {
  const lines = text.split('\n');
  let off = 0;
  for (let i = 0; i < p.line; i++) off += lines[i].length + 1;
  return off + p.character;
}
