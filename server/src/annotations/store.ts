// The sidecar on disk: where it lives, reading it safely (size limit before
// reading), and committing changes atomically (temp file + fsync + rename)
// under a lock, with compare-and-swap on the file's content hash and a
// three-way merge when someone else wrote in between. An unreadable or invalid
// sidecar is never overwritten.
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeProblems, MAX_SIDECAR_CHARS, parseSidecar, serializeSidecar, type SidecarProblem } from './format';
import { withLock } from './lock';
import { mergeSidecars } from './merge';
import type { Sidecar } from './types';

export const DEFAULT_SUFFIX = '.annotations.json';

export function sidecarPathFor(articlePath: string, suffix = DEFAULT_SUFFIX): string {
  return articlePath + suffix;
}

export type DiskState =
  | { kind: 'missing'; hash: null }
  | { kind: 'ok'; hash: string; raw: string; sidecar: Sidecar }
  | { kind: 'invalid'; hash: string | null; problems: SidecarProblem[] };

export function contentHash(raw: string | Buffer): string {
  return createHash('sha256').update(raw).digest('hex');
}

/** Reads and validates the sidecar; never throws for bad content. */
export function readSidecar(file: string): DiskState {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing', hash: null };
    return { kind: 'invalid', hash: null, problems: [{ message: `cannot read: ${code ?? String(err)}`, line: 1, column: 1, offset: 0 }] };
  }
  try {
    const size = fs.fstatSync(fd).size;
    // UTF-8 bytes ≥ UTF-16 units for the ASCII-heavy JSON we expect; refuse before reading.
    if (size > MAX_SIDECAR_CHARS * 3) {
      return {
        kind: 'invalid',
        hash: null,
        problems: [{ message: `sidecar is too large (${size} bytes; the limit is ${MAX_SIDECAR_CHARS} characters)`, line: 1, column: 1, offset: 0 }],
      };
    }
    const buf = Buffer.alloc(size);
    let got = 0;
    while (got < size) {
      const n = fs.readSync(fd, buf, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    const bytes = buf.subarray(0, got);
    const raw = bytes.toString('utf8');
    const hash = contentHash(bytes);
    const parsed = parseSidecar(raw);
    if (!parsed.ok) return { kind: 'invalid', hash, problems: parsed.problems };
    return { kind: 'ok', hash, raw, sidecar: parsed.sidecar };
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes `content` to `file` atomically: readers see the old or the new bytes, never a mix. */
export function writeAtomic(file: string, content: string): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, 'wx', 0o644);
  try {
    fs.writeFileSync(fd, content, 'utf8');
    fs.fsyncSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  fs.closeSync(fd);
  try {
    fs.renameSync(tmp, file);
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

export interface CommitResult {
  state: Extract<DiskState, { kind: 'ok' }>;
  /** False when the file already had these bytes. */
  wrote: boolean;
  /** True when someone else's changes were merged in. */
  merged: boolean;
}

/**
 * Writes `ours` unless the file changed since `base` was read, in which case
 * the three versions are merged (and `reconcile` gets a chance to re-anchor
 * claims that came from another text). Refuses to touch an invalid sidecar.
 */
export function commitSidecar(
  file: string,
  base: DiskState,
  ours: Sidecar,
  reconcile: (merged: Sidecar) => Sidecar = (s) => s,
): CommitResult {
  return withLock(file, () => {
    sweepTemps(file);
    for (let attempt = 0; ; attempt++) {
      const current = readSidecar(file);
      if (current.kind === 'invalid') throw new SidecarInvalidError(file, current.problems);
      let next = ours;
      let merged = false;
      if (current.hash !== base.hash && current.kind === 'ok') {
        next = reconcile(mergeSidecars(base.kind === 'ok' ? base.sidecar : null, ours, current.sidecar));
        merged = true;
      }
      const content = serializeSidecar(next);
      // What we write must read back: never put an invalid sidecar on disk.
      const reread = parseSidecar(content);
      if (!reread.ok) throw new SidecarInvalidError(file, reread.problems);
      next = reread.sidecar;
      if (current.kind === 'ok' && current.raw === content) {
        return { state: current, wrote: false, merged };
      }
      // Compare-and-swap: a writer that ignores our lock (git, a text editor) may have
      // written while we merged; if so, merge again with what is there now.
      const check = readSidecar(file);
      if (check.hash !== current.hash && attempt < 5) {
        base = current;
        ours = next;
        continue;
      }
      writeAtomic(file, content);
      const bytes = Buffer.from(content, 'utf8');
      return { state: { kind: 'ok', hash: contentHash(bytes), raw: content, sidecar: next }, wrote: true, merged };
    }
  });
}
