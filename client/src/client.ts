// The language client: how to start the bundled server (IPC; `--inspect` in debug mode) and
// which documents it serves. Started lazily, when the first article is open.
import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/shared/server-process';
import { LANGUAGE_ID } from '../../server/src/shared/vocabulary';
import { keepDiagnosticsOnCancel } from './keep-diagnostics';
import type { FirstColours } from './views/first-colours';

export { LANGUAGE_ID };
/** Port for attaching a debugger to the server (see .vscode/launch.json). */
export const DEBUG_PORT = 6009;

/** Semantic-token middleware: tells `colours` when a document's first tokens arrived. */
function timeTokens(colours: FirstColours): NonNullable<LanguageClientOptions['middleware']> {
  const seen = <R extends { data?: Uint32Array; edits?: unknown[] } | null | undefined>(doc: vscode.TextDocument, asked: number, r: R): R => {
    if (r) colours.markColoured(doc, asked, r.data ? r.data.length / 5 : -1);
    return r;
  };
  return {
    provideDocumentSemanticTokens: async (doc, token, next) => seen(doc, performance.now(), await next(doc, token)),
    provideDocumentSemanticTokensEdits: async (doc, previous, token, next) => seen(doc, performance.now(), await next(doc, previous, token)),
    provideDocumentRangeSemanticTokens: async (doc, range, token, next) => seen(doc, performance.now(), await next(doc, range, token)),
  };
}

export async function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, colours?: FirstColours): Promise<LanguageClient> {
  // Loaded on first use: activation (which also happens for plain text and Markdown files)
  // does not pay for evaluating the language client library.
  const { LanguageClient, TransportKind } = await import('vscode-languageclient/node');
  const module = context.asAbsolutePath('dist/server.js');
  const env = { ...process.env, ...SERVER_ENV };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env, execArgv: SERVER_EXEC_ARGV } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: [...SERVER_EXEC_ARGV, '--nolazy', `--inspect=${DEBUG_PORT}`] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    outputChannel: output,
    middleware: {
      ...(colours ? timeTokens(colours) : {}),
      // Keep the warnings shown while a pull is cancelled by typing (see keep-diagnostics.ts).
      provideDiagnostics: (doc, previousResultId, token, next) => keepDiagnosticsOnCancel(doc, previousResultId, token, next) as ReturnType<typeof next>,
    },
  };
  return new LanguageClient('newsAnnotator', 'News Annotator', serverOptions, clientOptions);
}

/** Starts the client once; later calls return the same start. */
export class LazyClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;
  private readonly listeners: Array<(c: LanguageClient) => void> = [];
  /** One handler per notification method (the language client keeps only the last one registered), fanned out. */
  private readonly fanout = new Map<string, vscode.EventEmitter<unknown>>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.OutputChannel,
    private readonly colours?: FirstColours,
  ) {}

  get running(): LanguageClient | undefined {
    return this.client?.isRunning() ? this.client : undefined;
  }

  /** Runs once the client has started (at once if it already has). */
  onStarted(listener: (c: LanguageClient) => void): void {
    this.listeners.push(listener);
    if (this.client?.isRunning()) listener(this.client);
  }

  /** Listens to a server notification; any number of listeners per method. */
  onNotification(method: string, listener: (params: unknown) => void): vscode.Disposable {
    let emitter = this.fanout.get(method);
    if (!emitter) {
      const e = (emitter = new vscode.EventEmitter<unknown>());
      this.fanout.set(method, e);
      this.onStarted((c) => c.onNotification(method, (params: unknown) => e.fire(params)));
    }
    return emitter.event(listener);
  }

  start(): Promise<LanguageClient> {
    if (!this.starting) {
      this.starting = createClient(this.context, this.output, this.colours).then(async (client) => {
        await client.start();
        this.colours?.markServerReady();
        this.client = client;
        this.listeners.forEach((l) => l(client));
        return client;
      });
      this.starting.catch((err) => {
        this.output.appendLine(`The News Annotator server did not start: ${String(err)}`);
        this.starting = undefined;
      });
    }
    return this.starting;
  }

  async restart(): Promise<void> {
    if (this.client) await this.client.restart();
    else await this.start();
  }

  dispose(): void {
    this.fanout.forEach((e) => e.dispose());
    void this.client?.stop();
  }
}
