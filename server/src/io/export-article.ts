// An article on disk and its sidecar, read into the exporters' input. The CLI's export and the
// server's export of articles that are not open both read them here, so they agree.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../analysis';
import { applyCorrections } from '../corrections';
import { describeProblems } from '../annotations/format';
import { readSidecar, sidecarPathFor } from '../annotations/store';
import type { Sidecar } from '../annotations/types';
import { prepareArticle, type ExportArticle } from '../export';
import { DEFAULT_SIDECAR_SUFFIX } from '../shared/vocabulary';
import { workspaceNamesOf } from './names-file';
import { InputError, readArticle } from './read-article';

export interface ReadOptions {
  /** How the article is named in the export and in messages (default: the path). */
  label?: string;
  /** Sidecar name suffix (`newsAnnotator.claims.sidecarSuffix`, `--sidecar-suffix`). */
  sidecarSuffix?: string;
  /** Longer articles are refused (`newsAnnotator.maxArticleChars`). */
  maxChars?: number;
}

/** The article's sidecar cannot be parsed: `message` names the sidecar, `problems` says what is wrong. */
export class InvalidSidecarError extends InputError {
  constructor(
    sidecarFile: string,
    readonly problems: string,
  ) {
    super(sidecarFile, `invalid sidecar: ${problems}`);
  }
}

/** The claims file of an article; null when there is none. Throws InvalidSidecarError when it cannot be parsed. */
export function sidecarOf(path: string, suffix = DEFAULT_SIDECAR_SUFFIX): Sidecar | null {
  const file = sidecarPathFor(path, suffix);
  const state = readSidecar(file);
  if (state.kind === 'missing') return null;
  // An unreadable sidecar is an error, not "no claims": exporting without them would hide work.
  if (state.kind === 'invalid') throw new InvalidSidecarError(file, describeProblems(state.problems));
  return state.sidecar;
}

export async function readExportArticle(path: string, o: ReadOptions = {}): Promise<ExportArticle> {
  const label = o.label ?? path;
  const text = await readArticle(path, label);
  if (o.maxChars !== undefined && text.length > o.maxChars) {
    throw new InputError(label, `${text.length.toLocaleString('en-US')} characters is over the newsAnnotator.maxArticleChars limit (${o.maxChars.toLocaleString('en-US')})`);
  }
  const sidecar = sidecarOf(path, o.sidecarSuffix);
  // The person's corrections apply to exports as to every view.
  const analysis = applyCorrections(analyze(text), sidecar?.corrections ?? [], workspaceNamesOf(path)).analysis;
  return prepareArticle({ file: label, uri: pathToFileURL(resolve(path)).href, text, analysis, sidecar });
}
