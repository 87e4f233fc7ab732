// The language client: how to start the bundled server (IPC; `--inspect` in debug mode) and
// which documents it serves. Started lazily, when the first article is open.
import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from '../../server/src/shared/vocabulary';

export { LANGUAGE_ID };
/** Port for attaching a debugger to the server (see .vscode/launch.json). */
export const DEBUG_PORT = 6009;

export async function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<LanguageClient> {
  // Loaded on first use: activation (which also happens for plain text and Markdown files)
  // does not pay for evaluating the language client library.
  const { LanguageClient, TransportKind } = await import('vscode-languageclient/node');
  const module = context.asAbsolutePath('dist/server.js');
  // Two malloc arenas: the analysis worker's freed memory goes back to the system instead of
  // staying in a thread arena (steady RSS with a 1 MB article open: 163 MB -> 139 MB).
  const env = { ...process.env, MALLOC_ARENA_MAX: '2' };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', `--inspect=${DEBUG_PORT}`] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    outputChannel: output,
  };
  return new LanguageClient('newsAnnotator', 'News Annotator', serverOptions, clientOptions);
}

/** Starts the client once; later calls return the same start. */
export class LazyClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;
  private readonly listeners: Array<(c: LanguageClient) => void> = [];

  constructor(private readonly context: vscode.ExtensionContext, readonly output: vscode.OutputChannel) {}

  get running(): LanguageClient | undefined {
    return this.client?.isRunning() ? this.client : undefined;
  }

  /** Runs once the client has started (at once if it already has). */
  onStarted(listener: (c: LanguageClient) => void): void {
    this.listeners.push(listener);
    if (this.client?.isRunning()) listener(this.client);
  }

  start(): Promise<LanguageClient> {
    if (!this.starting) {
      this.starting = createClient(this.context, this.output).then(async (client) => {
        await client.start();
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
    void this.client?.stop();
  }
}
