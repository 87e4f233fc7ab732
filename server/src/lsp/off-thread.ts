// Runs analyze() in a worker thread for large articles: the server bundle (dist/server.js) is
// started again as a worker. Without the bundle (tests running from source) it is unavailable
// and the store analyses in-thread.
// The worker is kept while it is needed, so the next keystroke in a large article does not pay
// the model load and the engine's warm-up again (1.4 s instead of 0.7 s on a 100k-word article):
// after each pause in typing it gives its garbage back (one full collection), and it is ended
// only at a pause when `stillNeeded` says no large article is open any more.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type Analysis, type AnalyzeOptions, mergeAnalyses, type MergeReuse, PieceMerger } from '../analysis';
import { type AnalysisAnswer, type AnalysisJob, type PieceAnswer, WORKER_ROLE } from './analysis-worker';
import { rememberPieces } from './analysis-pieces';

/** A pause this long after the last answer counts as a pause in typing. */
const PAUSE_MS = 5_000;

export class OffThreadAnalyzer {
  private worker: Worker | null = null;
  private pause: NodeJS.Timeout | undefined;
  private tidy = false;
  private next = 1;
  private startCount = 0;
  private readonly waiting = new Map<number, { text: string; doc?: string; resolve: (a: Analysis) => void; reject: (e: Error) => void }>();
  /** Per document, the pieces of the worker's last answer by ref: what the worker may send as a ref alone. */
  private readonly held = new Map<string, Map<number, Analysis>>();
  /** Per document, what its last merge shifted (the pieces before an edit are taken as they are). */
  private readonly shifted = new Map<string, MergeReuse>();
  private parsed = 0;
  /** Documents forgotten while an answer about them was on its way. */
  private readonly closing = new Set<string>();

  /**
   * Asked at each pause: is an article that needs the worker still open? The server sets it
   * from its open documents; by default the worker is kept for the life of the server.
   */
  stillNeeded: () => boolean = () => true;

  constructor(
    private readonly script: string,
    private readonly pauseMs = PAUSE_MS,
  ) {}

  /** The analyzer if the server bundle is in `dir` (dist/), else null. */
  static beside(dir: string, pauseMs?: number): OffThreadAnalyzer | null {
    const script = join(dir, 'server.js');
    return existsSync(script) ? new OffThreadAnalyzer(script, pauseMs) : null;
  }

  /** How many workers were started so far: each start pays the model load and warm-up. */
  get starts(): number {
    return this.startCount;
  }

  get running(): boolean {
    return this.worker !== null;
  }

  /** How many pieces arrived as JSON so far (the rest were held already): for tests. */
  get piecesParsed(): number {
    return this.parsed;
  }

  /** `doc`: the open document the text is a version of, analysed incrementally until `forget(doc)`. */
  analyze(text: string, options: AnalyzeOptions = {}, doc?: string): Promise<Analysis> {
    clearTimeout(this.pause);
    this.tidy = false;
    const worker = this.worker ?? this.start();
    const id = this.next++;
    // Opened again: the worker starts it afresh (it handles the `forget` first) and sends every piece.
    if (doc !== undefined) this.closing.delete(doc);
    return new Promise<Analysis>((resolve, reject) => {
      this.waiting.set(id, { text, doc, resolve, reject });
      worker.postMessage({ kind: 'analyze', id, text, options, doc } satisfies AnalysisJob);
    });
  }

  /** The document was closed: its incremental analyser in the worker is dropped. */
  forget(doc: string): void {
    this.worker?.postMessage({ kind: 'forget', doc } satisfies AnalysisJob);
    // An answer still on its way refers to pieces held now: they go once it has arrived.
    if ([...this.waiting.values()].some((w) => w.doc === doc)) this.closing.add(doc);
    else this.drop(doc);
  }

  private drop(doc: string): void {
    this.held.delete(doc);
    this.shifted.delete(doc);
    this.closing.delete(doc);
  }

  /**
   * The whole analysis from an answer's pieces: new ones parsed, the others taken from the
   * document's last answer, all merged as analyze() merges them. Every answer passes here, in the
   * order the worker sent them, so both sides agree on what the server holds.
   */
  private assemble(text: string, doc: string | undefined, pieces: PieceAnswer[]): Analysis {
    const before = doc === undefined ? undefined : this.held.get(doc);
    const now = new Map<number, Analysis>();
    const analyses = pieces.map(({ offset, ref, json }) => {
      const analysis = json === undefined ? (before?.get(ref) ?? now.get(ref)) : (JSON.parse(json) as Analysis);
      if (json !== undefined) this.parsed++;
      if (!analysis) throw new Error(`analysis worker referred to piece ${ref}, which this document does not hold`);
      now.set(ref, analysis);
      return { offset, analysis };
    });
    if (doc !== undefined) this.held.set(doc, now);
    if (analyses.length === 1) return { ...analyses[0].analysis, text };
    const merger = new PieceMerger(doc === undefined ? undefined : (this.shifted.get(doc) ?? new Map()));
    const merged = mergeAnalyses(text, analyses, merger);
    if (doc !== undefined) this.shifted.set(doc, merger.shifted);
    rememberPieces(
      merged,
      analyses.map((p, i) => ({ ...p, end: analyses[i + 1]?.offset ?? text.length })),
    );
    return merged;
  }

  private start(): Worker {
    const worker = new Worker(this.script, { workerData: { role: WORKER_ROLE } });
    this.startCount++;
    worker.unref();
    worker.on('message', (m: AnalysisAnswer) => {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (!w) return;
      if ('pieces' in m) {
        try {
          w.resolve(this.assemble(w.text, w.doc, m.pieces));
        } catch (err) {
          // Out of step with the worker: it starts this document afresh next time.
          if (w.doc !== undefined) {
            this.worker?.postMessage({ kind: 'forget', doc: w.doc } satisfies AnalysisJob);
            this.drop(w.doc);
          }
          w.reject(err instanceof Error ? err : new Error(String(err)));
        }
      } else w.reject(new Error(m.error));
      const doc = w.doc;
      if (doc !== undefined && this.closing.has(doc) && ![...this.waiting.values()].some((x) => x.doc === doc)) this.drop(doc);
      if (this.waiting.size === 0) this.armPause();
    });
    const fail = (err: Error) => {
      for (const w of this.waiting.values()) w.reject(err);
      this.waiting.clear();
      this.held.clear();
      this.shifted.clear();
      this.closing.clear();
      this.worker = null;
      clearTimeout(this.pause);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.worker === worker) fail(new Error(`analysis worker exited (${code})`));
    });
    this.worker = worker;
    return worker;
  }

  private armPause(): void {
    clearTimeout(this.pause);
    this.pause = setTimeout(() => this.paused(), this.pauseMs).unref();
  }

  /** At a pause: end the worker if no longer needed, else let it tidy once and look again later. */
  private paused(): void {
    if (!this.worker || this.waiting.size > 0) return;
    if (!this.stillNeeded()) return this.stop();
    if (!this.tidy) {
      this.tidy = true;
      this.worker.postMessage({ kind: 'compact' } satisfies AnalysisJob);
    }
    this.armPause();
  }

  stop(): void {
    const w = this.worker;
    this.worker = null;
    clearTimeout(this.pause);
    void w?.terminate();
  }
}
