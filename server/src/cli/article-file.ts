// An article file read for the JSON writer in blocks of 64 KB, never as one buffer of its size.
// Freeing a buffer of several megabytes raises glibc's mmap threshold to that size, and every
// later allocation below it (output parts, zlib's buffers) then comes from the heap arenas,
// fragmented and not given back: on the 10 MB article, letting go of its bytes made the run
// peak ~10 MB higher instead of lower (measured; see docs/performance.md, eighth session).
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { MAX_INPUT_BYTES, readArticleBytes } from '../io/read-article';

/** Read size: below glibc's default mmap threshold (128 KB). */
const BLOCK_BYTES = 64 * 1024;
/** readArticleBytes refuses a file with a NUL byte in this many first bytes. */
const PROBE_BYTES = 8192;

/**
 * FILE's text, with the checks and messages of readArticleBytes (a byte order mark dropped as
 * TextDecoder drops it). A file that fails a check, or cannot be read, is read again by
 * readArticleBytes, which throws its InputError: the messages have one home.
 */
export async function readArticleText(path: string): Promise<string> {
  const text = readInBlocks(path);
  if (text !== null) return text;
  return new TextDecoder().decode(await readArticleBytes(path));
}

/** The file's text, or null at the first problem (left to readArticleBytes to name). */
function readInBlocks(path: string): string | null {
  let fd: number;
  try {
    // Only a regular file: a named pipe is not opened twice (its writer would lose what it wrote).
    if (!statSync(path).isFile()) return null;
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const block = Buffer.allocUnsafeSlow(BLOCK_BYTES);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const parts: string[] = [];
    let read = 0;
    for (;;) {
      const n = readSync(fd, block, 0, BLOCK_BYTES, null);
      if (n === 0) break;
      if (read < PROBE_BYTES && block.subarray(0, Math.min(n, PROBE_BYTES - read)).includes(0)) return null;
      read += n;
      if (read > MAX_INPUT_BYTES) return null;
      parts.push(decoder.decode(block.subarray(0, n), { stream: true }));
    }
    parts.push(decoder.decode());
    return parts.join('');
  } catch {
    // Not valid UTF-8 (the decoder throws), or a read error.
    return null;
  } finally {
    closeSync(fd);
  }
}
