// What every feature's `register` receives: the connection, the document store, settings and hooks.
import type { ClientCapabilities, Connection, WorkspaceFolder } from 'vscode-languageserver';
import type { DocumentStore } from './documents';
import type { Hooks } from './hooks';
import type { Settings } from './settings';

export interface ServerContext {
  readonly connection: Connection;
  readonly store: DocumentStore;
  readonly hooks: Hooks;
  settings(): Settings;
  /** Client capabilities and workspace folders, known after `initialize`. */
  client(): ClientCapabilities;
  workspaceFolders(): WorkspaceFolder[];
  /** Asks the client to re-pull tokens, diagnostics and code lenses (after settings or sidecar changes). */
  refresh(): void;
  /** Listeners run after `initialize`, when client capabilities are known. */
  onInitialized(listener: () => void): void;
  /**
   * Listeners that read settings of their own: run when the server reads its settings (after
   * `initialize` and on every `workspace/didChangeConfiguration`, with what a client without
   * `workspace/configuration` pushed), before the features are asked to refresh.
   */
  onSettingsChanged(listener: (pushed: unknown) => Promise<void> | void): void;
}
