// Runs analyze() in a worker thread for large articles: the server bundle (dist/server.js) is
// started again as a worker. Without the bundle (tests running from source) it is unavailable
// and the store analyses in-thread.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../analysis';
import { type AnalysisJob, WORKER_ROLE } from './analysis-worker';

const IDLE_MS = 5_000;

export class OffThreadAnalyzer {
  private worker: Worker | null = null;
  private idle: NodeJS.Timeout | undefined;
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void }>();

  constructor(private readonly script: string) {}

  /** The analyzer if the server bundle is in `dir` (dist/), else null. */
  static beside(dir: string): OffThreadAnalyzer | null {
    const script = join(dir, 'server.js');
    return existsSync(script) ? new OffThreadAnalyzer(script) : null;
  }

  analyze(text: string, options: AnalyzeOptions = {}): Promise<Analysis> {
    clearTimeout(this.idle);
    const worker = this.worker ?? this.start();
    const id = this.next++;
    return new Promise<Analysis>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const job: AnalysisJob = { id, text, options };
      worker.postMessage(job);
    });
  }

  private start(): Worker {
    const worker = new Worker(this.script, { workerData: { role: WORKER_ROLE } });
    worker.unref();
    worker.on('message', (m: { id: number; analysis?: Analysis; error?: string }) => {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (m.analysis) w?.resolve(m.analysis);
      else w?.reject(new Error(m.error ?? 'analysis failed'));
      if (this.waiting.size === 0) this.idle = setTimeout(() => this.stop(), IDLE_MS).unref();
    });
    const fail = (err: Error) => {
      for (const w of this.waiting.values()) w.reject(err);
      this.waiting.clear();
      this.worker = null;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.worker === worker) fail(new Error(`analysis worker exited (${code})`));
    });
    this.worker = worker;
    return worker;
  }

  stop(): void {
    const w = this.worker;
    this.worker = null;
    clearTimeout(this.idle);
    void w?.terminate();
  }
}
