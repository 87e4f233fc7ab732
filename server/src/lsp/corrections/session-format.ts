// How the claims session writes and compares corrections: a file with
// corrections is version 2; one that never had any keeps its version and has no
// `corrections` key (a version-1 sidecar is written back exactly as it was).
import { correctionFingerprint } from '../../annotations/format';
import type { Correction, Sidecar } from '../../annotations/types';

export function withCorrections(s: Sidecar, corrections: readonly Correction[]): Sidecar {
  if (corrections.length === 0 && s.version !== 2) {
    const out = { ...s };
    delete out.corrections;
    return out;
  }
  return { ...s, version: 2, corrections: [...corrections] };
}

/** True when `ours` holds a correction, or a value of one, that `file` lacks. */
export function correctionsLacking(ours: Sidecar, file: Sidecar): boolean {
  const onDisk = new Set((file.corrections ?? []).map(correctionFingerprint));
  return (ours.corrections ?? []).some((c) => !onDisk.has(correctionFingerprint(c)));
}
