// The `analyze` command: one file in this thread, streamed; a corpus (JSON lines, or several
// files) on worker threads, answered in input order. The engine is loaded only by the thread
// that analyses, so a run on workers never decodes the model on the main thread.
import { existsSync, fstatSync, statSync } from 'node:fs';
import { CHUNK_SIZE } from '../analysis/chunks';
import { join } from 'node:path';
import { findNamesFile } from '../io/find-names';
import { DEFAULT_SIDECAR_SUFFIX } from '../shared/vocabulary';
import { expandFolders } from '../io/article-files';
import { InputError, readArticle } from '../io/read-article';
import { readArticleText } from './article-file';
import { type Analyze, analysisJson } from './contract-stream';
import { engineModule } from './engine';
import { writeAll, type Io } from './io';
import { answerLines, countLineEnds } from './jsonl';
import type { Answer, OrderedPool, PoolOptions } from './pool';

export interface AnalyzeOptions {
  files: string[];
  format: 'text' | 'json';
  jsonl: boolean;
  color: boolean | null;
  /** Worker threads; 1 analyses in this thread; 0 is the default (see threadsFor). */
  jobs: number;
  /** The number of the first input line (--jsonl), for the messages of a shard. */
  firstLine: number;
  /** The engine's own result, without the corrections in each file's sidecar. */
  raw: boolean;
}

const cores = (): number => (require('node:os') as typeof import('node:os')).availableParallelism();

/**
 * A thread costs about 2 s of CPU before it pays (the model decoded, the engine compiled and
 * warmed up: ~0.5 MB of analysis a second on the first 100,000 words), the cost of analysing
 * some 4 MB: by default a run starts one thread per this much input, at most one per core.
 */
const BYTES_PER_THREAD = 8 * 1024 * 1024;

/** Threads for `bytes` of input by default: one per BYTES_PER_THREAD, at least 1, at most one per core. */
export function threadsFor(bytes: number, most = cores()): number {
  return Math.max(1, Math.min(most, Math.floor(bytes / BYTES_PER_THREAD)));
}

/** The size of stdin when it is a file (`< corpus.jsonl`), else null (a pipe: not known ahead). */
function stdinBytes(io: Io): number | null {
  const fd = (io.stdin as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return null;
  try {
    const st = fstatSync(fd);
    return st.isFile() ? st.size : null;
  } catch {
    return null;
  }
}

function totalBytes(files: string[]): number {
  let n = 0;
  for (const f of files) {
    try {
      n += statSync(f).size;
    } catch {
      // A file that cannot be read gets its error when its turn comes.
    }
  }
  return n;
}

/** The pool (and node:worker_threads) is loaded only by runs that use it. */
function pool(o: PoolOptions): OrderedPool {
  return new (require('./pool') as typeof import('./pool')).OrderedPool(o);
}

/** The engine's analyze(), loaded on first call. */
function engine(): Analyze {
  return engineModule().analyze as Analyze;
}

export const RAW_HINT = ' (fix it, or use --raw for the engine\'s result without corrections)';

/** The engine followed by the corrections in FILE's sidecar. Throws InvalidSidecarError for a broken one. */
export function correctedEngine(file: string): Analyze {
  // Most files have no sidecar and no workspace names: then nothing more is loaded (the CLI's start-up is measured).
  const namesFile = findNamesFile(file);
  if (!existsSync(file + DEFAULT_SIDECAR_SUFFIX) && !namesFile) return engine();
  const { correctionsOf, correcting, workspaceNamesOf } = require('../io/corrections') as typeof import('../io/corrections');
  let corrections;
  let names;
  try {
    corrections = correctionsOf(file);
    names = namesFile ? workspaceNamesOf(file) : null;
  } catch (err) {
    // A broken sidecar or names file (an InputError): say how to go on without it.
    if (err instanceof InputError) err.message += RAW_HINT;
    throw err;
  }
  return corrections.length === 0 && !names?.size ? engine() : Object.assign(correcting(engine(), corrections, names), { whole: true });
}

/** Corrections refer to offsets in the whole text: such an article is analysed in one piece (the engine still chunks inside). */
export function chunkSizeFor(analyze: Analyze): number | undefined {
  return (analyze as { whole?: boolean }).whole ? Number.MAX_SAFE_INTEGER : undefined;
}

/** The bundle that doubles as the worker (dist/cli.js); absent when running from source. */
function workerScript(): string | null {
  const script = join(__dirname, 'cli.js');
  return existsSync(script) ? script : null;
}

export async function runAnalyze(o: AnalyzeOptions, io: Io): Promise<number> {
  const useColor = o.color ?? (Boolean((io.stdout as { isTTY?: boolean }).isTTY) && !io.env.NO_COLOR);
  if (o.jsonl) {
    // Threads: as asked; else by the size of a file on stdin; else (a pipe) one more each time
    // the input has brought BYTES_PER_THREAD more.
    const size = o.jobs > 0 ? null : stdinBytes(io);
    const most = o.jobs > 0 ? o.jobs : size !== null ? threadsFor(size) : cores();
    const script = most > 1 ? workerScript() : null;
    if (!script) return jsonlHere(io, o.firstLine);
    return jsonlOnWorkers(io, script, most, o.firstLine, o.jobs > 0 || size !== null ? null : (read) => threadsFor(read + BYTES_PER_THREAD, most));
  }
  // "analyze corpus/": a folder stands for the article files in it (one stat per argument).
  try {
    o = { ...o, files: expandFolders(o.files) };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.stderr.write(`news-annotator: ${err.message}\n`);
    return 1;
  }
  if (o.files.length > 1) {
    const jobs = Math.min(o.files.length, o.jobs > 0 ? o.jobs : threadsFor(totalBytes(o.files)));
    const script = jobs > 1 ? workerScript() : null;
    if (script) return filesOnWorkers({ ...o, jobs }, io, script, useColor);
  }
  let failed = 0;
  for (const file of o.files) {
    try {
      if (o.format === 'json') await writeAll(io.stdout, await fileJson(file, o.raw));
      else {
        const article = await readArticle(file);
        const analyze = o.raw ? engine() : correctedEngine(file);
        const { renderText } = require('./render-text') as typeof import('./render-text');
        io.stdout.write(renderText(analyze(article), { file, color: useColor }));
      }
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      io.stderr.write(`news-annotator: ${err.message}\n`);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}

/**
 * Before a long article is read (more than one piece), V8's young generation is kept at the size
 * it has (issue 15, figure 5). Left alone it grows to two 16 MB semi-spaces, committed to the end
 * of the run, where the peak is. Its size limit is read only when the heap is made (a flag given
 * at run time changes nothing), but how fast it grows is read each time it grows, so this must
 * come before the reading and the engine's loading grow it: 10 MB article, peak RSS in alternating
 * pairs in docs/performance.md, for ~5 % more CPU. Process-wide, like io/collect.ts's
 * --expose-gc; a sentence, or a corpus of articles on --jsonl, never comes here.
 */
function keepYoungGenerationSmall(): void {
  (require('node:v8') as typeof import('node:v8')).setFlagsFromString('--semi-space-growth-factor=1');
}

function fileBytes(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // reading it says what is wrong
  }
}

/**
 * FILE's contract JSON, to be written in parts. Read here and not in the caller: once this
 * returns, only the writer (which keeps a long article's pieces compressed) holds the text.
 * A caller that held it in a local, even one set to '' after, kept all of it alive while it
 * wrote (the interpreter's frame still held the call's argument: 10 MB for a 10 MB file).
 */
export async function fileJson(file: string, raw: boolean): Promise<Iterable<string | Uint8Array>> {
  if (fileBytes(file) > CHUNK_SIZE) keepYoungGenerationSmall();
  const text = await readArticleText(file);
  const analyze = raw ? engine() : correctedEngine(file);
  return analysisJson(text, { file }, analyze, chunkSizeFor(analyze));
}

/** Input cut into batches of whole lines of at least this many bytes (one line may be longer). */
const BATCH_BYTES = 64 * 1024;

/** Reads stdin as bytes and hands on batches of whole lines with the number of their first line. */
async function batches(io: Io, firstLine: number, each: (bytes: Uint8Array, firstLine: number, readSoFar: number) => Promise<void>): Promise<void> {
  let held: Buffer[] = [];
  let heldBytes = 0;
  let line = firstLine;
  let read = 0;
  const cut = async (bytes: Uint8Array) => {
    // A batch owns its memory, so it can be moved to a worker without copying.
    const own = new Uint8Array(bytes.length);
    own.set(bytes);
    const first = line;
    line += countLineEnds(own);
    await each(own, first, read);
  };
  for await (const chunk of io.stdin as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    held.push(buf);
    heldBytes += buf.length;
    read += buf.length;
    // Cut after the last line end of this chunk (a long line is only joined once it ends).
    const nl = heldBytes < BATCH_BYTES ? -1 : buf.lastIndexOf(10);
    if (nl === -1) continue;
    const all = held.length === 1 ? held[0] : Buffer.concat(held, heldBytes);
    const end = heldBytes - buf.length + nl + 1;
    await cut(all.subarray(0, end));
    held = end < all.length ? [all.subarray(end)] : [];
    heldBytes = all.length - end;
  }
  if (heldBytes > 0) await cut(held.length === 1 ? held[0] : Buffer.concat(held, heldBytes));
}

async function jsonlHere(io: Io, firstLine: number): Promise<number> {
  const analyze = engine();
  let failed = 0;
  await batches(io, firstLine, async (bytes, firstLine) => {
    const r = answerLines(bytes, firstLine, analyze);
    if (r.err) io.stderr.write(r.err);
    if (r.out) await writeAll(io.stdout, [r.out], '');
    failed += r.failed;
  });
  return failed > 0 ? 1 : 0;
}

/** Writes the answers in order: one write per answer part, stderr messages at their place. */
function emitter(io: Io): { emit: (a: Answer) => Promise<void>; failed: () => number } {
  let failed = 0;
  return {
    emit: async (a: Answer) => {
      if (a.err) io.stderr.write(a.err);
      failed += a.failed ?? 0;
      if (a.out && a.out.length > 0) await writeAll(io.stdout, [a.out], '');
    },
    failed: () => failed,
  };
}

async function finish(workers: OrderedPool, io: Io, failed: () => number): Promise<number> {
  const error = await workers.finish();
  if (error) {
    io.stderr.write(`news-annotator: ${error}\n`);
    return 1;
  }
  return failed() > 0 ? 1 : 0;
}

/** `grow`, when given, says how many threads the input read so far can keep busy. */
async function jsonlOnWorkers(io: Io, script: string, jobs: number, firstLine: number, grow: ((read: number) => number) | null): Promise<number> {
  const out = emitter(io);
  let allowed = grow ? grow(0) : jobs;
  const workers = pool({ script, jobs, perWorker: 2, emit: out.emit, allowed: () => allowed });
  await batches(io, firstLine, async (bytes, firstLine, read) => {
    if (grow) allowed = grow(read);
    await workers.room();
    workers.submit({ kind: 'lines', bytes, firstLine });
  });
  return finish(workers, io, out.failed);
}

async function filesOnWorkers(o: AnalyzeOptions, io: Io, script: string, color: boolean): Promise<number> {
  const out = emitter(io);
  const workers = pool({ script, jobs: Math.min(o.jobs, o.files.length), perWorker: 1, emit: out.emit });
  for (const file of o.files) {
    await workers.room();
    workers.submit({ kind: 'file', file, format: o.format, color, raw: o.raw });
  }
  return finish(workers, io, out.failed);
}
