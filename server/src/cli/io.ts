// The streams and environment a command runs with (process.* in main.ts, captured in tests).
export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** Writes the pieces and a final newline, waiting for the stream to drain when it asks to. */
export async function writeAll(out: NodeJS.WritableStream, pieces: Iterable<string | Uint8Array>, end = '\n'): Promise<void> {
  for (const piece of pieces) {
    if (!out.write(piece)) await new Promise((r) => out.once('drain', r));
  }
  if (end && !out.write(end)) await new Promise((r) => out.once('drain', r));
}

/** `--help` or `-h` anywhere among a command's arguments. */
export function asksHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}
