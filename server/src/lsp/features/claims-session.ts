// One open article's claims: loaded from the sidecar (re-anchored to the
// text), moved along with every change, merged with changes made on disk by
// others, and committed through the store (atomic, locked, merging). The
// sidecar's positions always refer to the text whose hash it records.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { applyEdits, applyTextChange, type Edit } from '../../annotations/edits';
import { claimFingerprint, emptySidecar, type SidecarProblem } from '../../annotations/format';
import { textHash } from '../../annotations/hash';
import { mergeSidecars } from '../../annotations/merge';
import { reanchorAll } from '../../annotations/reanchor';
import { commitSidecar, type DiskState, readSidecar, SidecarInvalidError } from '../../annotations/store';
import type { Claim, Sidecar } from '../../annotations/types';

/** The file path of a file: URI; null for untitled and remote documents. */
export function filePathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

function sameClaims(a: readonly Claim[], b: readonly Claim[]): boolean {
  if (a.length !== b.length) return false;
  const fa = a.map(claimFingerprint).sort();
  const fb = b.map(claimFingerprint).sort();
  return fa.every((f, k) => f === fb[k]);
}

export class ClaimsSession {
  readonly file: string | null;
  readonly sidecarFile: string | null;
  claims: Claim[] = [];
  /** Set while the sidecar on disk cannot be read or fails the schema: nothing is written then. */
  problems: SidecarProblem[] | null = null;
  /** In-memory claims differ from the sidecar on disk (moved by edits not yet saved). */
  dirty = false;
  private disk: DiskState = { kind: 'missing', hash: null };

  constructor(
    readonly uri: string,
    public text: string,
    suffix: string,
  ) {
    this.file = filePathOf(uri);
    this.sidecarFile = this.file ? this.file + suffix : null;
  }

  get sidecarUri(): string | null {
    return this.sidecarFile ? pathToFileURL(this.sidecarFile).href : null;
  }

  /** Reads the sidecar and re-anchors it to the text; returns true if the claims changed. */
  load(): boolean {
    if (!this.sidecarFile) return false;
    const before = this.claims;
    this.disk = readSidecar(this.sidecarFile);
    if (this.disk.kind === 'invalid') {
      this.problems = this.disk.problems;
      return true;
    }
    this.problems = null;
    if (this.disk.kind === 'missing') {
      this.claims = [];
      this.dirty = false;
      return before.length > 0;
    }
    this.claims = reanchorAll(this.disk.sidecar.claims, this.text).claims;
    this.dirty = this.disk.sidecar.textHash !== textHash(this.text) || !sameClaims(this.claims, this.disk.sidecar.claims);
    return !sameClaims(before, this.claims);
  }

  /**
   * Moves the claims along with a change; true if any moved. `edits` are the
   * editor's own changes when known; without them the change is inferred
   * from the two texts (exact, but ambiguous for repeated characters).
   */
  onText(next: string, edits: readonly Edit[] | null = null): boolean {
    const before = this.text;
    this.text = next;
    if (before === next || this.claims.length === 0) return false;
    const moved = edits ? applyEdits(this.claims, edits, next) : applyTextChange(this.claims, before, next);
    const changed = moved.some((c, k) => c !== this.claims[k]);
    this.claims = moved;
    if (changed) this.dirty = true;
    return changed;
  }

  /** Picks up a change of the sidecar made outside (a colleague, git); true if claims changed. */
  refreshFromDisk(): boolean {
    if (!this.sidecarFile) return false;
    const now = readSidecar(this.sidecarFile);
    if (now.hash === this.disk.hash && (now.kind !== 'invalid' || this.problems)) return false;
    if (now.kind === 'invalid') {
      this.problems = now.problems;
      return true;
    }
    const wasInvalid = this.problems !== null;
    this.problems = null;
    if (wasInvalid || this.disk.kind !== 'ok') {
      this.disk = now;
      if (now.kind === 'missing') return false;
      return this.load() || wasInvalid;
    }
    const before = this.claims;
    const theirs: Sidecar = now.kind === 'ok' ? now.sidecar : { ...this.disk.sidecar, claims: [] };
    const merged = mergeSidecars(this.disk.sidecar, this.current(), theirs);
    this.claims = reanchorAll(merged.claims, this.text).claims;
    this.disk = now;
    this.dirty = now.kind !== 'ok' || !sameClaims(this.claims, now.sidecar.claims) || now.sidecar.textHash !== textHash(this.text);
    return !sameClaims(before, this.claims);
  }

  /** The sidecar as it should be for the current text. */
  private current(): Sidecar {
    const base = this.disk.kind === 'ok' ? this.disk.sidecar : emptySidecar(path.basename(this.file ?? 'article'), '');
    return { ...base, textHash: textHash(this.text), claims: this.claims };
  }

  /**
   * Writes the claims (only if something changed). Throws SidecarInvalidError,
   * without writing, when the sidecar on disk is broken.
   */
  commit(): boolean {
    if (!this.sidecarFile) throw new Error('This article has no file yet: save it before tagging claims.');
    if (this.problems) throw new SidecarInvalidError(this.sidecarFile, this.problems);
    if (this.disk.kind === 'missing' && this.claims.length === 0) {
      this.dirty = false;
      return false;
    }
    try {
      const text = this.text;
      const r = commitSidecar(this.sidecarFile, this.disk, this.current(), (merged) => ({
        ...merged,
        textHash: textHash(text),
        claims: reanchorAll(merged.claims, text).claims,
      }));
      this.disk = r.state;
      this.claims = r.state.sidecar.claims;
      this.dirty = false;
      return r.wrote;
    } catch (err) {
      if (err instanceof SidecarInvalidError) this.problems = err.problems;
      throw err;
    }
  }
}
