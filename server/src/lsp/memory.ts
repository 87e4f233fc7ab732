// After a large article is analysed, the heap is full of the engine's garbage and V8 keeps the
// pages. One full collection once typing has paused lets V8 hand them back: with a 1 MB article
// open the server then stays near what it actually holds instead of its peak.
import { collector } from '../io/collect';

const PAUSE_MS = 2_000;

let timer: NodeJS.Timeout | undefined;

/** Schedules one full garbage collection after a pause (each call restarts the pause). */
export function compactSoon(): void {
  clearTimeout(timer);
  timer = setTimeout(() => collector()?.(), PAUSE_MS);
  timer.unref();
}
