// The workspace names file on disk: found in the nearest folder above an article that has
// `.vscode/news-annotator.names.json`, read safely (a regular file within the size limit,
// strict UTF-8), and changed atomically under the sidecar store's lock, keeping the file's
// mode and unknown fields. A file that does not parse is never overwritten.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { withLock } from '../annotations/lock';
import { emptyNames, MAX_NAMES_CHARS, type NamesFile, parseNames, serializeNames, withName } from '../annotations/names';
import { SidecarReadOnlyError, writeAtomic } from '../annotations/store';
import type { EntityTypeChoice } from '../annotations/types';

export type NamesState = { kind: 'missing' } | { kind: 'ok'; file: NamesFile; mtimeMs: number } | { kind: 'invalid'; message: string };

import { findNamesFile } from './find-names';
import { InputError } from './read-article';

export { findNamesFile };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function readNames(file: string): NamesState {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'invalid', message: `${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  }
  if (!st.isFile()) return { kind: 'invalid', message: `${file} is not a regular file` };
  if (st.size > MAX_NAMES_CHARS) return { kind: 'invalid', message: `${file} is too large (${st.size} bytes; the limit is ${MAX_NAMES_CHARS})` };
  let text: string;
  try {
    text = UTF8.decode(fs.readFileSync(file));
  } catch (err) {
    if (err instanceof TypeError) return { kind: 'invalid', message: `${file} is not valid UTF-8` };
    return { kind: 'invalid', message: `${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  }
  const r = parseNames(text);
  return r.ok ? { kind: 'ok', file: r.file, mtimeMs: st.mtimeMs } : { kind: 'invalid', message: `${file}: ${r.message}` };
}

/** The names of the workspace names file above `articlePath`, if there is one. Throws InputError when it is broken. */
export function workspaceNamesOf(articlePath: string): ReadonlyMap<string, EntityTypeChoice> | null {
  const file = findNamesFile(articlePath);
  if (!file) return null;
  const state = readNames(file);
  if (state.kind === 'invalid') throw new InputError(file, `invalid names file: ${state.message}`);
  return state.kind === 'ok' ? state.file.names : null;
}

export class NamesFileError extends Error {}

/** Records `name` as `type` in the names file (created, with its .vscode folder, if missing). */
export function recordName(file: string, name: string, type: EntityTypeChoice): { wrote: boolean } {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return withLock(file, () => {
    const now = readNames(file);
    if (now.kind === 'invalid') throw new NamesFileError(`${now.message}; it was left untouched (fix it to record names)`);
    const before = now.kind === 'ok' ? now.file : emptyNames();
    const next = withName(before, name, type);
    if (next === before && now.kind === 'ok') return { wrote: false };
    const content = serializeNames(next);
    // Compare-and-swap: the file must still be what we read (a text editor may ignore our lock).
    const read = now.kind === 'ok' ? fs.readFileSync(file, 'utf8') : null;
    try {
      writeAtomic(file, content, () => {
        try {
          return fs.readFileSync(file, 'utf8') === read;
        } catch {
          return read === null;
        }
      });
    } catch (err) {
      if (err instanceof SidecarReadOnlyError) throw new NamesFileError(`${path.basename(file)} is read-only, so the name was not recorded in it.`);
      throw new NamesFileError(`${path.basename(file)} was not saved (${err instanceof Error && err.message ? err.message : 'it changed meanwhile'}); try again.`);
    }
    return { wrote: true };
  });
}
