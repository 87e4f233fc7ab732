// The analysis library's model files, read for it (it reads no files): beside the bundles in dist/
// (dist/ner-model.bin, dist/checkworthy-model.bin, dist/attribution-model.bin), or in the library's
// folders when running from source (tsx). Each is read on first use only, into shared memory
// (readShared), so the entity model can be handed to worker threads without a copy.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_FILES, useModelFiles } from '../analysis';
import { readShared } from './entity-model';

/** A model file: beside this code once bundled (dist/), else in its folder of the source tree. */
export function modelFilePath(name: string, dir = __dirname): string {
  const beside = join(dir, name);
  const folder = MODEL_FILES[name];
  if (folder === undefined) throw new Error(`${name} is not a model file of the analysis library`);
  const source = join(dir, '../analysis', folder, name);
  return existsSync(beside) || !existsSync(source) ? beside : source;
}

/** Has the library read its model files from `dir` (or the source tree) on first use; nothing is read now. */
export function useModelFilesIn(dir = __dirname): void {
  useModelFiles((name) => readShared(modelFilePath(name, dir)));
}
