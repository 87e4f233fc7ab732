// A lock file beside the sidecar, so that two processes (two editors, the CLI)
// read-merge-write one at a time. Created with O_EXCL; a lock left by a killed
// process (dead pid on this machine, or older than STALE_MS) is taken over.
import * as fs from 'node:fs';
import { hostname } from 'node:os';

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
  const [pid, host] = content.split('\n');
  if (host !== hostname()) return false;
  try {
    process.kill(Number(pid), 0);
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
      const fd = fs.openSync(lockPath, 'wx');
      try {
        fs.writeSync(fd, `${process.pid}\n${hostname()}\n`);
      } finally {
        fs.closeSync(fd);
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
