// The library's model files: ready-made tables that ship beside the bundles (dist/) and are
// opened in place on first use, once per process, instead of travelling as base64 in the code and
// being decoded at every start. The library reads no files: its host says once how to read a
// model file by its name (useModelFiles; server/src/io/model-files.ts reads them beside the
// bundle or, from source, in the folders below). The entity model also keeps its own hand-over
// (entities/model.ts: useModelBytes for worker threads sharing its memory).
import { ATTRIBUTION_MODEL_FILE } from './attributions/learned/model-format';
import { CLAIM_MODEL_FILE } from './claims/model-format';
import { ENTITY_MODEL_FILE, useModelLoader } from './entities/model';

/** Reads a model file's bytes by its name (throws when it cannot). */
export type ModelFileReader = (name: string) => Uint8Array;

/** Each model file, and the folder of the analysis library it lives in when running from source. */
export const MODEL_FILES: Readonly<Record<string, string>> = {
  [ENTITY_MODEL_FILE]: 'entities/model',
  [CLAIM_MODEL_FILE]: 'claims/model',
  [ATTRIBUTION_MODEL_FILE]: 'attributions/learned',
};

let reader: ModelFileReader | null = null;
/** Bumped at every hand-over, so models opened from the previous reader are opened again. */
let handOver = 0;

/** Reads every model file through `read` on first use (nothing is read now; the last hand-over wins). */
export function useModelFiles(read: ModelFileReader): void {
  reader = read;
  handOver++;
  useModelLoader(() => read(ENTITY_MODEL_FILE));
}

/**
 * A model opened from its file on first call and kept. `what` names it in errors ("check-worthiness
 * model: cannot read checkworthy-model.bin: …"); `open` checks the bytes and throws a clear error.
 */
export function modelFromFile<T>(name: string, what: string, open: (bytes: Uint8Array) => T): () => T {
  let opened: T | null = null;
  let openedAt = -1;
  return () => {
    if (opened !== null && openedAt === handOver) return opened;
    if (!reader) throw new Error(`${what}: none loaded; the host must say how to read ${name} (useModelFiles)`);
    let bytes: Uint8Array;
    try {
      bytes = reader(name);
    } catch (err) {
      throw new Error(`${what}: cannot read ${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
    opened = open(bytes);
    openedAt = handOver;
    return opened;
  };
}
