// Reads an article file with clear, one-line errors for bad input (the CLI and the server's
// export of articles that are not open).
import { isUtf8 } from 'node:buffer';
import { promises as fs } from 'node:fs';

/** Articles larger than this are refused rather than analysed slowly. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

/** Why a file cannot be used; `message` is "FILE: reason". */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

const tooLarge = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB is larger than the ${MAX_INPUT_BYTES / 1048576} MB limit; split the file`;

/** Refuses what is too large or binary; the UTF-8 check is left to the caller. */
function checkBytes(bytes: Uint8Array, label: string): void {
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(label, tooLarge(bytes.length));
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError(label, 'looks like a binary file (NUL bytes), not an article');
}

export function decodeArticle(bytes: Uint8Array, label: string): string {
  checkBytes(bytes, label);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(label, 'not valid UTF-8 text');
  }
}

export async function readArticle(path: string, label = path): Promise<string> {
  return decodeArticle(await readBytes(path, label), label);
}

/**
 * The article's bytes, checked as readArticle checks them (valid UTF-8 included) but not
 * decoded: held as UTF-8, a long article takes no more memory than its text, and half as much
 * once it has one character beyond Latin-1 (a curly quote, a dash).
 */
export async function readArticleBytes(path: string, label = path): Promise<Uint8Array> {
  const bytes = await readBytes(path, label);
  checkBytes(bytes, label);
  if (!isUtf8(bytes)) throw new InputError(label, 'not valid UTF-8 text');
  return bytes;
}

async function readBytes(path: string, label: string): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch {
    throw new InputError(label, 'no such file');
  }
  if (stat.isDirectory()) throw new InputError(label, 'is a folder, not a file');
  if (stat.size > MAX_INPUT_BYTES) throw new InputError(label, tooLarge(stat.size));
  return fs.readFile(path);
}
