// A lock file beside the sidecar, so that two processes (two editors, the CLI)
// read-merge-write one at a time. Created with O_EXCL; a lock left by a killed
// process (dead pid on this machine, or older than STALE_MS) is taken over.
import * as fs from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

const STALE_MS = 10_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function isStale(lockPath: string): boolean {
  let content: string;
  let mtime: number;
  try {
    content = fs.readFileSync(lockPath, 'utf8');
    mtime = fs.statSync(lockPath).mtimeMs;
  } catch {
    return false; // gone already: just retry
  }
  if (Date.now() - mtime > STALE_MS) return true;
  const [pidText, host] = content.split('\n');
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return Date.now() - mtime > 1000; // not ours to read: wait a little
  if (host !== hostname()) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export class LockTimeoutError extends Error {}

/** Runs `fn` holding `${path}.lock`; waits up to `timeoutMs` for another holder. */
export function withLock<T>(path: string, fn: () => T, timeoutMs = 5_000): T {
  const lockPath = `${path}.lock`;
  const deadline = Date.now() + timeoutMs;
  let delay = 2;
  for (;;) {
    try {
      // Written first, then linked into place: the lock never exists without its owner's pid,
      // even if this process is killed between the two steps.
      // Named like the store's temp files, so a killed writer's leftover is swept the same way.
      const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.lock.tmp`);
      fs.writeFileSync(tmp, `${process.pid}\n${hostname()}\n`);
      try {
        fs.linkSync(tmp, lockPath);
      } finally {
        fs.rmSync(tmp, { force: true });
      }
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (isStale(lockPath)) {
        try {
          fs.unlinkSync(lockPath);
        } catch {
          /* someone else took it over first */
        }
        continue;
      }
      if (Date.now() > deadline) throw new LockTimeoutError(`${lockPath} is held by another process; try again.`);
      sleep(delay);
      delay = Math.min(delay * 2, 50);
    }
  }
  try {
    return fn();
  } finally {
    try {
      fs.unlinkSync(lockPath);
    } catch {
      /* already removed as stale by someone else */
    }
  }
}
