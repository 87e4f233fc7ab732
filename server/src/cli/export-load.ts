// Reads an article and its sidecar from disk into the exporters' input.
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../analysis';
import { describeProblems, parseSidecar } from '../annotations/format';
import type { Sidecar } from '../annotations/types';
import { prepareArticle, type ExportArticle } from '../export';
import { InputError, readArticle } from './read-input';

/** The sidecar's default place (DESIGN.md §3): `NAME.EXT` → `NAME.EXT.annotations.json`. */
export const sidecarPathFor = (article: string): string => `${article}.annotations.json`;

async function readSidecar(path: string): Promise<Sidecar | null> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError(`${path}: cannot read the sidecar (${(err as Error).message})`);
  }
  const parsed = parseSidecar(text);
  // An unreadable sidecar is an error, not "no claims": exporting without them would hide work.
  if (!parsed.ok) throw new InputError(`${path}: invalid sidecar: ${describeProblems(parsed.problems)}`);
  return parsed.sidecar;
}

export async function loadArticle(file: string): Promise<ExportArticle> {
  const text = await readArticle(file);
  const sidecar = await readSidecar(sidecarPathFor(file));
  return prepareArticle({ file, uri: pathToFileURL(resolve(file)).href, text, analysis: analyze(text), sidecar });
}
