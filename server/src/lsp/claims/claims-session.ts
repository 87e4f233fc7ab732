// One open article's claims: loaded from the sidecar (re-anchored to the
// text, which it reads from the document store and never copies), moved along with every change, merged with changes made on disk by
// others, and committed through the store (atomic, locked, merging). The
// sidecar's positions always refer to the text whose hash it records.
// Opening an article never writes: the sidecar is written when the user
// changed something (an edit that moved claims, a command), or to restore
// claims a stale copy of the file dropped.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { applyEdits, applyTextChange, type Edit } from '../../annotations/edits';
import { claimFingerprint, emptySidecar, type SidecarProblem } from '../../annotations/format';
import { textHash } from '../../annotations/hash';
import { canonical, type MergeConflict, mergeSidecars } from '../../annotations/merge';
import { reanchorAll } from '../../annotations/reanchor';
import { commitSidecar, type DiskState, readSidecar, SidecarInvalidError } from '../../annotations/store';
import { type Claim, type Correction, MERGED_FIELDS, type Sidecar, type Tombstone } from '../../annotations/types';
import { anchorCorrections, moveCorrections } from '../../corrections';
import { correctionsLacking, withCorrections } from '../corrections/session-format';

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

/** True when `ours` holds a claim, or a value of a claim, that the file lacks. */
function fileLacks(ours: readonly Claim[], file: readonly Claim[]): boolean {
  const onDisk = new Map(file.map((c) => [c.id, c]));
  return ours.some((c) => {
    const d = onDisk.get(c.id);
    return !d || MERGED_FIELDS.some((f) => canonical(c[f]) !== canonical(d[f]));
  });
}

const now = () => new Date().toISOString();

export class ClaimsSession {
  readonly file: string | null;
  readonly sidecarFile: string | null;
  claims: Claim[] = [];
  /** Claims untagged here or elsewhere (tombstones), written with the claims. */
  deleted: Tombstone[] = [];
  /** The person's corrections of the engine (format v2), anchored in `text`; a new array on every change. */
  corrections: Correction[] = [];
  /** Set while the sidecar on disk cannot be read or fails the schema: nothing is written then. */
  problems: SidecarProblem[] | null = null;
  /** In-memory claims differ from the sidecar on disk (moved by edits not yet saved, or re-anchored). */
  dirty = false;
  /** The user changed something since the last write (an edit moved claims): worth writing. */
  userChanged = false;
  /** A merge with the file on disk restored what the file had lost: write it back. */
  needsWrite = false;
  /** Same-field conflicts found by merges, not yet shown to the user. */
  conflicts: MergeConflict[] = [];
  private disk: DiskState = { kind: 'missing', hash: null };
  /** The last valid sidecar read or written: the base of merges, kept while the file is gone or broken. */
  private base: Sidecar | null = null;

  constructor(
    readonly uri: string,
    /** The article's current text: the open document's (claims/claims-registry.ts). */
    private readonly readText: () => string,
    /** The sidecar's name suffix it was opened with (`newsAnnotator.claims.sidecarSuffix`). */
    readonly suffix: string,
  ) {
    this.file = filePathOf(uri);
    this.sidecarFile = this.file ? this.file + suffix : null;
  }

  get text(): string {
    return this.readText();
  }

  get sidecarUri(): string | null {
    return this.sidecarFile ? pathToFileURL(this.sidecarFile).href : null;
  }

  /** Reads the sidecar and re-anchors it to the text (in memory only); true if the claims changed. */
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
      if (this.corrections.length > 0) this.corrections = [];
      this.dirty = false;
      return before.length > 0;
    }
    this.base = this.disk.sidecar;
    this.deleted = this.disk.sidecar.deleted ?? [];
    this.claims = reanchorAll(this.disk.sidecar.claims, this.text).claims;
    this.corrections = anchorCorrections(this.disk.sidecar.corrections ?? [], this.text);
    this.dirty = this.disk.sidecar.textHash !== textHash(this.text) || !sameClaims(this.claims, this.disk.sidecar.claims);
    return !sameClaims(before, this.claims);
  }

  /**
   * Moves the claims along with a change the document has just taken (`before` is its text
   * before); true if any moved. `edits` are the editor's own changes when known; without them
   * the change is inferred from the two texts (exact, but ambiguous for repeated characters).
   */
  onText(before: string, edits: readonly Edit[] | null = null): boolean {
    const next = this.text;
    if (before === next || (this.claims.length === 0 && this.corrections.length === 0)) return false;
    const corrections = moveCorrections(this.corrections, before, next, edits);
    if (corrections !== this.corrections) {
      this.corrections = corrections;
      this.dirty = this.userChanged = true;
    }
    if (this.claims.length === 0) return false;
    const moved = edits ? applyEdits(this.claims, edits, next) : applyTextChange(this.claims, before, next);
    const changed = moved.some((c, k) => c !== this.claims[k]);
    this.claims = moved;
    if (changed) this.dirty = this.userChanged = true;
    return changed;
  }

  /**
   * Picks up a change of the sidecar made outside (a colleague, git, a text editor) and merges
   * it with what we hold: nothing we hold is dropped unless the file untagged it. True if the
   * claims changed.
   */
  refreshFromDisk(): boolean {
    if (!this.sidecarFile) return false;
    const onDisk = readSidecar(this.sidecarFile);
    if (onDisk.kind === this.disk.kind && onDisk.hash === this.disk.hash && (onDisk.kind !== 'invalid' || this.problems)) return false;
    if (onDisk.kind === 'invalid') {
      this.disk = onDisk;
      this.problems = onDisk.problems;
      return true;
    }
    const wasInvalid = this.problems !== null;
    this.problems = null;
    this.disk = onDisk;
    if (onDisk.kind === 'missing') {
      // Deleted or moved away: keep the claims; they are written again on the next change.
      if (this.claims.length > 0) this.dirty = true;
      return wasInvalid;
    }
    const before = this.claims;
    if (!this.base && this.claims.length === 0 && this.deleted.length === 0) {
      // Nothing of ours to merge (the file was broken or absent when opened): take it as it is.
      this.load();
      return true;
    }
    const m = mergeSidecars(this.base, this.current(), onDisk.sidecar, new Date().toISOString());
    this.base = onDisk.sidecar;
    this.claims = reanchorAll(m.sidecar.claims, this.text).claims;
    this.deleted = m.sidecar.deleted ?? [];
    const correctionsBefore = this.corrections;
    this.corrections = anchorCorrections(m.sidecar.corrections ?? [], this.text);
    for (const c of m.conflicts) this.conflicts.push(c);
    this.needsWrite =
      fileLacks(m.sidecar.claims, onDisk.sidecar.claims) ||
      (m.sidecar.deleted?.length ?? 0) > (onDisk.sidecar.deleted?.length ?? 0) ||
      correctionsLacking(m.sidecar, onDisk.sidecar);
    this.dirty = this.needsWrite || !sameClaims(this.claims, onDisk.sidecar.claims) || onDisk.sidecar.textHash !== textHash(this.text);
    const correctionsChanged = correctionsBefore.length !== this.corrections.length || correctionsLacking(withCorrections(m.sidecar, this.corrections), withCorrections(m.sidecar, correctionsBefore));
    return wasInvalid || !sameClaims(before, this.claims) || correctionsChanged;
  }

  /** The sidecar as it should be for the current text. */
  private current(): Sidecar {
    const template = this.base ?? emptySidecar(path.basename(this.file ?? 'article'), '');
    const s: Sidecar = { ...template, textHash: textHash(this.text), claims: this.claims };
    if (this.deleted.length > 0) s.deleted = this.deleted;
    else delete s.deleted;
    return withCorrections(s, this.corrections);
  }

  /**
   * Writes the claims (only if something changed). Throws SidecarInvalidError,
   * without writing, when the sidecar on disk is broken; SidecarReadOnlyError
   * when it is read-only.
   */
  commit(): boolean {
    if (!this.sidecarFile) throw new Error('This article has no file yet: save it before tagging claims.');
    if (this.problems) throw new SidecarInvalidError(this.sidecarFile, this.problems);
    if (this.disk.kind === 'missing' && this.claims.length === 0 && this.deleted.length === 0 && this.corrections.length === 0) {
      this.dirty = this.userChanged = this.needsWrite = false;
      return false;
    }
    try {
      const text = this.text;
      const r = commitSidecar(
        this.sidecarFile,
        this.disk,
        this.current(),
        (merged) => ({ ...merged, textHash: textHash(text), claims: reanchorAll(merged.claims, text).claims }),
        now,
      );
      this.disk = r.state;
      this.base = r.state.sidecar;
      this.claims = r.state.sidecar.claims;
      this.deleted = r.state.sidecar.deleted ?? [];
      if (r.merged || correctionsLacking(r.state.sidecar, withCorrections(r.state.sidecar, this.corrections))) {
        this.corrections = anchorCorrections(r.state.sidecar.corrections ?? [], this.text);
      }
      for (const c of r.conflicts) this.conflicts.push(c);
      this.dirty = this.userChanged = this.needsWrite = false;
      return r.wrote;
    } catch (err) {
      if (err instanceof SidecarInvalidError) this.problems = err.problems;
      throw err;
    }
  }

  /** The conflicts not yet shown, now marked as shown. */
  takeConflicts(): MergeConflict[] {
    const out = this.conflicts;
    this.conflicts = [];
    return out;
  }
}
