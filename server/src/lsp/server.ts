// Capabilities and handler registration. Each feature lives in features/ and registers itself.
import {
  type ClientCapabilities,
  type Connection,
  DidChangeConfigurationNotification,
  ErrorCodes,
  type InitializeResult,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import type { ServerContext } from './context';
import { DocumentStore, SYNC_KIND } from './documents';
import * as claimsQueue from './claims/claims-queue';
import * as codeActions from './features/code-actions';
import * as codeLens from './features/code-lens';
import * as diagnostics from './features/diagnostics';
import * as exporting from './features/export';
import * as hover from './features/hover';
import * as references from './features/references';
import * as rename from './features/rename';
import * as semanticTokens from './features/semantic-tokens';
import * as summary from './features/summary';
import * as symbols from './features/symbols';
import * as warmUp from './features/warm-up';
import * as workspaceSymbols from './features/workspace-symbols';
import { registerClaims } from './claims/claims';
import { registerCorrections } from './corrections';
import { createHooks } from './hooks';
import { ANALYSIS_STATUS_NOTIFICATION, type AnalysisStatus } from '../shared/protocol';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';

export const SERVER_NAME = 'news-annotator';
export const SERVER_VERSION = '0.1.0';

const FEATURES = [semanticTokens, hover, diagnostics, codeActions, symbols, references, rename, workspaceSymbols, codeLens, summary, claimsQueue, warmUp];

export function startServer(connection: Connection): ServerContext {
  let settings: Settings = DEFAULT_SETTINGS;
  let caps: ClientCapabilities = {};
  let folders: WorkspaceFolder[] = [];
  const initialized: Array<() => void> = [];
  const settingsListeners: Array<(pushed: unknown) => Promise<void> | void> = [];
  const store = new DocumentStore(() => settings);
  const hooks = createHooks();

  const ctx: ServerContext = {
    connection,
    store,
    hooks,
    settings: () => settings,
    client: () => caps,
    workspaceFolders: () => folders,
    onInitialized: (l) => initialized.push(l),
    onSettingsChanged: (l) => settingsListeners.push(l),
    refresh() {
      const w = caps.workspace;
      if (w?.semanticTokens?.refreshSupport) void connection.languages.semanticTokens.refresh();
      if (w?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
      if (w?.codeLens?.refreshSupport) void connection.sendRequest('workspace/codeLens/refresh');
      diagnostics.pushAll();
    },
  };

  store.onTooLarge = (snap) => {
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: snap.message ?? 'Article too large to analyse.' });
    const status: AnalysisStatus = { uri: snap.uri, state: snap.state, message: snap.message };
    void connection.sendNotification(ANALYSIS_STATUS_NOTIFICATION, status);
  };
  store.onFailure = (uri, err) => {
    connection.console.error(`analysis failed on ${uri}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  };

  async function pullSettings(pushed?: unknown): Promise<void> {
    if (caps.workspace?.configuration) {
      settings = readSettings(await connection.workspace.getConfiguration('newsAnnotator').catch(() => ({})));
    } else if (pushed !== undefined) settings = readSettings(pushed);
  }

  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities;
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) settings = readSettings(init.settings);
    const commands = [...hooks.commands.keys()];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: SYNC_KIND },
        semanticTokensProvider: semanticTokens.semanticTokensCapability,
        hoverProvider: hover.hoverCapability,
        diagnosticProvider: diagnostics.diagnosticCapability,
        codeActionProvider: codeActions.codeActionCapability,
        documentSymbolProvider: symbols.documentSymbolCapability,
        documentHighlightProvider: references.documentHighlightCapability,
        referencesProvider: references.referencesCapability,
        renameProvider: rename.renameCapability,
        workspaceSymbolProvider: workspaceSymbols.workspaceSymbolCapability,
        codeLensProvider: codeLens.codeLensCapability,
        ...(commands.length > 0 ? { executeCommandProvider: { commands } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });

  connection.onInitialized(async () => {
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsAnnotator' });
    }
    if (caps.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const gone = new Set(e.removed.map((f) => f.uri));
        folders = [...folders.filter((f) => !gone.has(f.uri)), ...e.added];
      });
    }
    // Started together, so a request right after `initialized` finds every pull under way.
    await Promise.all([pullSettings(), ...settingsListeners.map((l) => l(undefined))]);
    initialized.forEach((l) => l());
  });

  connection.onDidChangeConfiguration(async (change) => {
    const pushed = (change.settings as { newsAnnotator?: unknown } | null)?.newsAnnotator;
    await Promise.all([pullSettings(pushed), ...settingsListeners.map((l) => l(pushed))]);
    store.invalidate();
    ctx.refresh();
  });

  connection.onExecuteCommand(async (params) => {
    const run = hooks.commands.get(params.command);
    if (!run) throw new ResponseError(ErrorCodes.MethodNotFound, `unknown command ${params.command}`);
    return run(params.arguments ?? []);
  });

  store.listen(connection);
  for (const f of FEATURES) f.register(ctx);
  const claims = registerClaims(ctx);
  registerCorrections(ctx, claims);
  // The export reads the claims sessions of open articles and their sidecar setting.
  exporting.register(ctx, claims);
  return ctx;
}
