// Full garbage collections on demand, for code that knows a lot of memory has just become
// garbage (a piece of a long article analysed, a large analysis done in the editor). V8 lets
// the heap grow to several times what is live before it collects on its own.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/** V8's gc(), made reachable without starting Node with --expose-gc; null if that fails. */
export function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/**
 * A collection of the young generation only (about a millisecond when little survives): the
 * buffers that died young are given back soon after (V8 frees their memory outside the heap
 * in the background), without a full collection.
 */
export function collectYoung(): void {
  (collector() as ((o?: { type: string }) => void) | null)?.({ type: 'minor' });
}

/** The heap's live and garbage objects plus the memory of buffers, in bytes. */
function used(): number {
  const h = getHeapStatistics();
  return h.used_heap_size + h.external_memory;
}

/** Collects whenever memory has grown `budget` bytes past what was live after the last collection. */
export class MemoryBudget {
  private floor = used();

  constructor(private readonly budget: number) {}

  check(): void {
    if (used() - this.floor <= this.budget) return;
    const gc = collector();
    if (!gc) return;
    gc();
    this.floor = used();
  }
}
