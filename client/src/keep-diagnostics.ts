// Warnings must not blink out while typing. With pull diagnostics, each keystroke makes the
// language client cancel the request in flight and ask again; vscode-languageclient 9 answers a
// cancelled request with an empty *full* report and stores it (lib/common/diagnostic.js,
// `provideDiagnostics` → `handleFailedRequest` → `pullAsync` → `this.diagnostics.set(uri, [])`),
// so every warning vanished from the editor and the status bar until the next answer came.
// This middleware turns that cancelled answer into "unchanged": the shown diagnostics stay
// until the re-pull the client already schedules replaces them.
// No runtime import of `vscode`: unit tests run it under plain Node.

/** The report kinds of the client's diagnostics API (vsdiag.DocumentDiagnosticReportKind). */
export const UNCHANGED = 'unChanged';

interface Token {
  readonly isCancellationRequested: boolean;
}

type Next<D, T, R> = (document: D, previousResultId: string | undefined, token: T) => R | null | undefined | Thenable<R | null | undefined>;

export function keepDiagnosticsOnCancel<D, T extends Token, R>(
  document: D,
  previousResultId: string | undefined,
  token: T,
  next: Next<D, T, R>,
): Thenable<R | { kind: typeof UNCHANGED; resultId: string | undefined } | null | undefined> {
  return Promise.resolve(next(document, previousResultId, token)).then((report) =>
    token.isCancellationRequested ? { kind: UNCHANGED, resultId: previousResultId } : report,
  );
}
