// The sidecar on disk: where it lives, reading it safely (regular files only,
// size limit before reading, strict UTF-8), and committing changes atomically
// (temp file + fsync + rename, keeping the file's mode) under a lock, with
// compare-and-swap on the file's content hash and a merge when someone else
// wrote in between. An unreadable, invalid or read-only sidecar is never overwritten.
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  describeProblems,
  MAX_SIDECAR_BYTES,
  parseSidecar,
  serializeForDisk,
  type SidecarProblem,
} from './format';
import { DEFAULT_SIDECAR_SUFFIX } from '../shared/vocabulary';
import { withLock } from './lock';
import { type MergeConflict, mergeSidecars } from './merge';
import type { Sidecar } from './types';

export function sidecarPathFor(articlePath: string, suffix = DEFAULT_SIDECAR_SUFFIX): string {
  return articlePath + suffix;
}

export type DiskState =
  | { kind: 'missing'; hash: null }
  | { kind: 'ok'; hash: string; raw: string; sidecar: Sidecar }
  | { kind: 'invalid'; hash: string | null; problems: SidecarProblem[] };

export function contentHash(raw: string | Buffer): string {
  return createHash('sha256').update(raw).digest('hex');
}

/** A problem with the file as a whole (not a place in it). */
function fileProblem(message: string): SidecarProblem {
  return { message, line: 1, column: 1, offset: 0, whole: true };
}

const KIND_NAMES: Array<[(st: fs.Stats) => boolean, string]> = [
  [(st) => st.isDirectory(), 'a folder'],
  [(st) => st.isFIFO(), 'a named pipe (FIFO)'],
  [(st) => st.isSocket(), 'a socket'],
  [(st) => st.isCharacterDevice(), 'a character device'],
  [(st) => st.isBlockDevice(), 'a block device'],
];

/** Why a path that exists cannot hold a sidecar, or null for a regular file. */
function notRegular(file: string, st: fs.Stats): SidecarProblem | null {
  if (st.isFile()) return null;
  const what = KIND_NAMES.find(([test]) => test(st))?.[1] ?? 'not a regular file';
  return fileProblem(`${file} is ${what}, not a claims file; move it away to store claims for this article`);
}

/** Byte offset of the first byte that is not part of valid UTF-8, or -1. */
export function invalidUtf8At(bytes: Uint8Array): number {
  for (let k = 0; k < bytes.length; ) {
    const b = bytes[k];
    let need: number;
    let min: number;
    if (b < 0x80) {
      k++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return k;
    let cp = b & (0x3f >> need);
    for (let j = 1; j <= need; j++) {
      const c = bytes[k + j];
      if (c === undefined || (c & 0xc0) !== 0x80) return k;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return k;
    k += need + 1;
  }
  return -1;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

type RawRead = { kind: 'missing' } | { kind: 'bytes'; bytes: Buffer } | { kind: 'problem'; problem: SidecarProblem };

/** The file's bytes, if it is a regular file within the size limit; never blocks on a FIFO. */
function readBytes(file: string): RawRead {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'problem', problem: fileProblem(`${file} cannot be read (${code ?? String(err)})`) };
  }
  const odd = notRegular(file, st);
  if (odd) return { kind: 'problem', problem: odd };
  let fd: number;
  try {
    // Non-blocking: had the file been swapped for a FIFO since the stat, open must not hang.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'problem', problem: fileProblem(`${file} cannot be read (${code ?? String(err)})`) };
  }
  try {
    const fst = fs.fstatSync(fd);
    const oddNow = notRegular(file, fst);
    if (oddNow) return { kind: 'problem', problem: oddNow };
    if (fst.size > MAX_SIDECAR_BYTES) {
      return { kind: 'problem', problem: fileProblem(`${file} is too large (${fst.size} bytes; the limit is ${MAX_SIDECAR_BYTES})`) };
    }
    const buf = Buffer.alloc(fst.size);
    let got = 0;
    while (got < fst.size) {
      const n = fs.readSync(fd, buf, got, fst.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return { kind: 'bytes', bytes: buf.subarray(0, got) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads and validates the sidecar; never throws for bad content, never blocks. */
export function readSidecar(file: string): DiskState {
  const r = readBytes(file);
  if (r.kind === 'missing') return { kind: 'missing', hash: null };
  if (r.kind === 'problem') return { kind: 'invalid', hash: null, problems: [r.problem] };
  const hash = contentHash(r.bytes);
  let raw: string;
  try {
    raw = UTF8.decode(r.bytes);
  } catch {
    // Decoding would replace the bad bytes with U+FFFD and a save would write that: refuse instead.
    const at = Math.max(0, invalidUtf8At(r.bytes));
    let line = 1;
    for (let k = r.bytes.indexOf(10); k !== -1 && k < at; k = r.bytes.indexOf(10, k + 1)) line++;
    const problem: SidecarProblem = {
      message: `not valid UTF-8 (byte ${at}); save the file as UTF-8`,
      line,
      column: 1,
      offset: 0,
    };
    return { kind: 'invalid', hash, problems: [problem] };
  }
  const parsed = parseSidecar(raw);
  if (!parsed.ok) return { kind: 'invalid', hash, problems: parsed.problems };
  return { kind: 'ok', hash, raw, sidecar: parsed.sidecar };
}

/** The hash of the file's bytes now (null if missing or unreadable), without parsing. */
function hashNow(file: string): string | null {
  const r = readBytes(file);
  return r.kind === 'bytes' ? contentHash(r.bytes) : null;
}

export class SidecarReadOnlyError extends Error {
  constructor(readonly file: string) {
    super(`${path.basename(file)} is read-only, so the claims were not saved to it (they are kept in the editor). Make the file writable to save them.`);
  }
}

/** The sidecar changed between our check and the rename: merge again. */
class ChangedMeanwhile extends Error {}

/** Read-only to us, or read-only by its mode (which also binds root, who could write anyway). */
function isReadOnly(file: string, st: fs.Stats): boolean {
  if ((st.mode & 0o222) === 0) return true;
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/**
 * Writes `content` to `file` atomically: readers see the old or the new bytes, never a mix.
 * An existing file keeps its mode (and owner, where we may set it); a read-only one is refused.
 * `unchanged`, when given, is checked just before the rename (compare-and-swap).
 */
export function writeAtomic(file: string, content: string, unchanged?: () => boolean): void {
  let target = file;
  let st: fs.Stats | null = null;
  try {
    st = fs.statSync(file);
    // Through a symbolic link: replace the file it points to, and keep the link.
    target = fs.realpathSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (st && isReadOnly(target, st)) throw new SidecarReadOnlyError(file);
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // A new file gets the usual mode (0666 less the umask); an existing one keeps its own.
  const fd = fs.openSync(tmp, 'wx', st ? 0o600 : 0o666);
  try {
    fs.writeFileSync(fd, content, 'utf8');
    if (st) {
      fs.fchmodSync(fd, st.mode & 0o7777);
      try {
        fs.fchownSync(fd, st.uid, st.gid);
      } catch {
        /* not ours to give away: the mode still holds */
      }
    }
    fs.fsyncSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  fs.closeSync(fd);
  try {
    if (unchanged && !unchanged()) throw new ChangedMeanwhile();
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  // Persist the rename itself (best effort: not every platform can fsync a directory).
  try {
    const dfd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  } catch {
    /* ignore */
  }
}

/** Removes temporary files left by writers that were killed mid-save (their pid is gone). */
function sweepTemps(file: string): void {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') fs.rmSync(path.join(dir, name), { force: true });
    }
  }
}

export class SidecarInvalidError extends Error {
  constructor(
    readonly file: string,
    readonly problems: SidecarProblem[],
  ) {
    super(`${path.basename(file)} is not a valid sidecar, so it was left untouched: ${describeProblems(problems)}`);
  }
}

/** What we would write is more than we accept to read back: refused, nothing written. */
export class SidecarTooLargeError extends Error {
  constructor(
    readonly file: string,
    readonly bytes: number,
  ) {
    super(
      `${path.basename(file)} was not saved: it would be ${bytes} bytes, more than the ${MAX_SIDECAR_BYTES} News Annotator reads back. ` +
        'Remove claims or long notes you no longer need.',
    );
  }
}

/** Other writers kept changing the file while we tried to merge with it. */
export class SidecarBusyError extends Error {
  constructor(readonly file: string) {
    super(`${path.basename(file)} kept changing while the claims were being saved; they are kept in the editor and saved on the next change.`);
  }
}

export interface CommitResult {
  state: Extract<DiskState, { kind: 'ok' }>;
  /** False when the file already had these bytes. */
  wrote: boolean;
  /** True when someone else's changes were merged in. */
  merged: boolean;
  /** Same-field edits made at once: one value kept, the other put in the claim's history. */
  conflicts: MergeConflict[];
}

const CAS_ATTEMPTS = 6;

/**
 * Writes `ours` unless the file changed since `base` was read, in which case
 * the versions are merged (see merge.ts; `reconcile` then re-anchors claims
 * that came from another text). The file is compared again just before the
 * rename (compare-and-swap), so a writer that ignores our lock — a text
 * editor, git — is merged with too, with or without file watching. Refuses to
 * touch an invalid or read-only sidecar, or to write one too large to read back.
 */
export function commitSidecar(
  file: string,
  base: DiskState,
  ours: Sidecar,
  reconcile: (merged: Sidecar) => Sidecar = (s) => s,
  now: () => string = () => new Date().toISOString(),
): CommitResult {
  return withLock(file, () => {
    sweepTemps(file);
    const conflicts: MergeConflict[] = [];
    let merged = false;
    let baseSidecar = base.kind === 'ok' ? base.sidecar : null;
    let baseHash = base.hash;
    for (let attempt = 0; ; attempt++) {
      const current = readSidecar(file);
      if (current.kind === 'invalid') throw new SidecarInvalidError(file, current.problems);
      let next = ours;
      if (current.hash !== baseHash && current.kind === 'ok') {
        const m = mergeSidecars(baseSidecar, ours, current.sidecar, now());
        next = reconcile(m.sidecar);
        for (const c of m.conflicts) conflicts.push(c);
        merged = true;
      }
      const content = serializeForDisk(next);
      const bytes = Buffer.byteLength(content, 'utf8');
      if (bytes > MAX_SIDECAR_BYTES) throw new SidecarTooLargeError(file, bytes);
      // What we write must read back: never put an invalid sidecar on disk.
      const reread = parseSidecar(content);
      if (!reread.ok) throw new SidecarInvalidError(file, reread.problems);
      next = reread.sidecar;
      if (current.kind === 'ok' && current.raw === content) {
        return { state: current, wrote: false, merged, conflicts };
      }
      try {
        writeAtomic(file, content, () => hashNow(file) === current.hash);
      } catch (err) {
        if (!(err instanceof ChangedMeanwhile)) throw err;
        if (attempt + 1 >= CAS_ATTEMPTS) throw new SidecarBusyError(file);
        // Someone wrote between our read and the rename: merge what we meant to write with it.
        baseSidecar = current.kind === 'ok' ? current.sidecar : null;
        baseHash = current.hash;
        ours = next;
        continue;
      }
      return { state: { kind: 'ok', hash: contentHash(Buffer.from(content, 'utf8')), raw: content, sidecar: next }, wrote: true, merged, conflicts };
    }
  });
}
