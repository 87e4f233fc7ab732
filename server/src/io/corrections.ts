// The corrections stored in an article's sidecar, applied to the engine's result: what the CLI
// shows (unless --raw) and what exports of files on disk contain, the same as the editor shows.
import type { Analysis } from '../analysis/types';
import type { Correction, EntityTypeChoice } from '../annotations/types';
import { applyCorrections } from '../corrections';
import { DEFAULT_SIDECAR_SUFFIX } from '../shared/vocabulary';
import { sidecarOf } from './export-article';
export { workspaceNamesOf } from './names-file';

/** The corrections in the sidecar of `path` (none without one). Throws InvalidSidecarError when it cannot be parsed. */
export function correctionsOf(path: string, suffix = DEFAULT_SIDECAR_SUFFIX): Correction[] {
  return sidecarOf(path, suffix)?.corrections ?? [];
}

/** `analyze` followed by the workspace names and the corrections (the same function when there are none). */
export function correcting(
  analyze: (text: string) => Analysis,
  corrections: readonly Correction[],
  names: ReadonlyMap<string, EntityTypeChoice> | null = null,
): (text: string) => Analysis {
  if (corrections.length === 0 && !names?.size) return analyze;
  return (text) => applyCorrections(analyze(text), corrections, names).analysis;
}
