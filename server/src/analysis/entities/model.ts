// The entity model in use: the tables of a model file (model-format.ts), opened in place once per
// process. The library reads no files: its host hands the file's bytes over (useModelBytes) or says
// how to read them on first use (useModelLoader). dist/analysis.js does the latter for the file
// beside it (server/src/io/entity-model.ts), so every user of the bundle gets the model; the bytes
// can be passed on to worker threads (modelBytes), shared rather than copied when they sit in a
// SharedArrayBuffer.
import { openModel, type NerModel } from './model-format';

export type { NerModel } from './model-format';

/** The model file's name, in the entities folder's model/ (source) and beside the bundles (dist/). */
export const ENTITY_MODEL_FILE = 'ner-model.bin';

let loader: (() => Uint8Array) | null = null;
let current: NerModel | null = null;

/** Uses these bytes of a model file from now on (checked now: a bad file throws a clear error). */
export function useModelBytes(bytes: Uint8Array): void {
  current = openModel(bytes);
}

/** Reads the model file through `read` on next use (the last hand-over wins). */
export function useModelLoader(read: () => Uint8Array): void {
  loader = read;
  current = null;
}

/** The bytes of the model in use, loading it if needed: hand them to a worker's useModelBytes. */
export function modelBytes(): Uint8Array {
  return defaultModel().bytes;
}

/** The model in use, loaded on first call. */
export function defaultModel(): NerModel {
  if (current) return current;
  if (!loader) {
    throw new Error(`entity model: none loaded; the host must hand over the bytes of ${ENTITY_MODEL_FILE} (useModelBytes) or a way to read them (useModelLoader)`);
  }
  let bytes: Uint8Array;
  try {
    bytes = loader();
  } catch (err) {
    throw new Error(`entity model: cannot read ${ENTITY_MODEL_FILE}: ${err instanceof Error ? err.message : String(err)}`);
  }
  current = openModel(bytes);
  return current;
}
