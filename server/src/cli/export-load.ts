// Reads an article and its sidecar from disk into the exporters' input.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../analysis';
import { describeProblems } from '../annotations/format';
import { readSidecar, sidecarPathFor } from '../annotations/store';
import type { Sidecar } from '../annotations/types';
import { prepareArticle, type ExportArticle } from '../export';
import { InputError, readArticle } from './read-input';

function loadSidecar(article: string): Sidecar | null {
  const path = sidecarPathFor(article);
  const state = readSidecar(path);
  if (state.kind === 'missing') return null;
  // An unreadable sidecar is an error, not "no claims": exporting without them would hide work.
  if (state.kind === 'invalid') throw new InputError(`${path}: invalid sidecar: ${describeProblems(state.problems)}`);
  return state.sidecar;
}

export async function loadArticle(file: string): Promise<ExportArticle> {
  const text = await readArticle(file);
  const sidecar = loadSidecar(file);
  return prepareArticle({ file, uri: pathToFileURL(resolve(file)).href, text, analysis: analyze(text), sidecar });
}
