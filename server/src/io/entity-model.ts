// The entity model file, read for the analysis library (which reads no files): beside the bundles
// in dist/ (dist/ner-model.bin), or in the entities folder when running from source (tsx). It is
// read on first use only, into a SharedArrayBuffer, so worker threads can be handed the same
// memory (modelBytes() → worker → useModelBytes) instead of reading and holding a copy each.
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_MODEL_FILE, useModelLoader } from '../analysis';

/** The model file: beside this code once bundled (dist/), else in the source tree. */
export function entityModelPath(dir = __dirname): string {
  const beside = join(dir, ENTITY_MODEL_FILE);
  const source = join(dir, '../analysis/entities/model', ENTITY_MODEL_FILE);
  return existsSync(beside) || !existsSync(source) ? beside : source;
}

/** A file's bytes in shared memory. */
export function readShared(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    for (let at = 0; at < size; ) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) return bytes.subarray(0, at);
      at += n;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** Has the library read the model file on first use (nothing is read now). */
export function useEntityModelFile(path?: string): void {
  useModelLoader(() => readShared(path ?? entityModelPath()));
}
