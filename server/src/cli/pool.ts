// Worker threads for corpus runs (`analyze --jsonl`, `analyze FILE...`): tasks go out to up to
// `jobs` workers, answers come back in any order and are handed on strictly in task order.
// Workers start as tasks arrive (a one-line input starts one), each loads the engine once and
// keeps it; a bounded window of tasks ahead of the oldest unfinished one keeps memory flat.
import { Worker } from 'node:worker_threads';
import { WORKER_ARG } from './worker-role';

export type Task =
  | { kind: 'lines'; bytes: Uint8Array; firstLine: number }
  | { kind: 'file'; file: string; format: 'text' | 'json'; color: boolean; raw?: boolean };

/** A worker's answer to task `seq`, maybe in several parts; `done` on the last. */
export interface Answer {
  seq: number;
  out?: Uint8Array;
  err?: string;
  failed?: number;
  done: boolean;
}

interface Slot {
  worker: Worker;
  busy: number;
}

export interface PoolOptions {
  script: string;
  jobs: number;
  /** Tasks a worker may hold at once (2 keeps it fed while its last answer travels back). */
  perWorker: number;
  /** How many of the `jobs` workers may run now (default: all); asked before starting one. */
  allowed?: () => number;
  /** Hands one answer part on, in order; the pool waits for it before the next. */
  emit: (a: Answer) => void | Promise<void>;
}

export class OrderedPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ seq: number; task: Task }> = [];
  private readonly parked = new Map<number, Answer[]>();
  private readonly window: number;
  private nextSeq = 0;
  private nextOut = 0;
  private writing: Promise<void> = Promise.resolve();
  private failure: string | null = null;
  private roomWaiters: Array<() => void> = [];
  private doneWaiters: Array<() => void> = [];

  constructor(private readonly o: PoolOptions) {
    this.window = Math.max(4, o.jobs * o.perWorker * 2);
  }

  /** Why the run stopped (a worker died), or null. */
  get error(): string | null {
    return this.failure;
  }

  submit(task: Task): void {
    if (this.failure) return;
    this.queue.push({ seq: this.nextSeq++, task });
    this.dispatch();
  }

  /** Resolves when another task may be submitted without growing the backlog past the window. */
  room(): Promise<void> {
    if (this.failure || this.nextSeq - this.nextOut < this.window) return Promise.resolve();
    return new Promise((r) => this.roomWaiters.push(r));
  }

  /** Resolves once every submitted task is answered and handed on (or the run failed); ends the workers. */
  async finish(): Promise<string | null> {
    if (!this.failure && this.nextOut < this.nextSeq) await new Promise<void>((r) => this.doneWaiters.push(r));
    await this.writing;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    return this.failure;
  }

  private dispatch(): void {
    while (this.queue.length > 0 && this.queue[0].seq < this.nextOut + this.window) {
      const slot = this.pick();
      if (!slot) return;
      const { seq, task } = this.queue.shift()!;
      slot.busy++;
      const transfer = task.kind === 'lines' ? [task.bytes.buffer as ArrayBuffer] : [];
      slot.worker.postMessage({ seq, task }, transfer);
    }
  }

  /** The least busy worker with room; a new worker while all are busy and fewer than `jobs` run. */
  private pick(): Slot | null {
    let best: Slot | null = null;
    for (const s of this.slots) if (s.busy < this.o.perWorker && (!best || s.busy < best.busy)) best = s;
    const allowed = Math.min(this.o.jobs, this.o.allowed?.() ?? this.o.jobs);
    if ((!best || best.busy > 0) && this.slots.length < allowed) return this.start();
    return best;
  }

  private start(): Slot {
    const worker = new Worker(this.o.script, { argv: [WORKER_ARG] });
    const slot: Slot = { worker, busy: 0 };
    this.slots.push(slot);
    worker.on('message', (a: Answer) => this.take(slot, a));
    worker.on('error', (err) => this.fail(`an analysis worker failed: ${err.message}`));
    worker.on('exit', (code) => {
      if (slot.busy > 0) this.fail(`an analysis worker stopped (exit code ${code})`);
    });
    return slot;
  }

  private take(slot: Slot, a: Answer): void {
    if (a.done) slot.busy--;
    if (a.seq === this.nextOut) this.handOn(a);
    else {
      const list = this.parked.get(a.seq);
      if (list) list.push(a);
      else this.parked.set(a.seq, [a]);
    }
    this.dispatch();
  }

  /** Hands on an answer part of the oldest unfinished task, then whatever it unblocks. */
  private handOn(a: Answer): void {
    this.write(a);
    if (!a.done) return;
    this.nextOut++;
    for (let parts = this.parked.get(this.nextOut); parts; parts = this.parked.get(this.nextOut)) {
      this.parked.delete(this.nextOut);
      const last = parts[parts.length - 1];
      for (const p of parts) this.write(p);
      if (!last.done) break;
      this.nextOut++;
    }
    this.wake();
  }

  private write(a: Answer): void {
    this.writing = this.writing.then(() => this.o.emit(a));
  }

  private wake(): void {
    if (this.failure || this.nextSeq - this.nextOut < this.window) {
      const waiters = this.roomWaiters;
      this.roomWaiters = [];
      for (const r of waiters) r();
    }
    if (this.failure || this.nextOut >= this.nextSeq) {
      const waiters = this.doneWaiters;
      this.doneWaiters = [];
      for (const r of waiters) r();
    }
  }

  private fail(message: string): void {
    if (this.failure) return;
    this.failure = message;
    this.queue.length = 0;
    this.wake();
  }
}
