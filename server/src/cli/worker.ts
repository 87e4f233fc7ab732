// One analysis worker of a corpus run (pool.ts): dist/cli.js started again as a worker thread.
// It loads the engine and its model at once, while the main thread is still reading input,
// then answers tasks: a batch of JSON lines, or one article file (its output sent in parts of
// about a megabyte, so a long article is never one string).
import { parentPort } from 'node:worker_threads';
import type { Analysis } from '../analysis';
import { InputError, readArticle } from '../io/read-article';
import { readArticleText } from './article-file';
import { chunkSizeFor, correctedEngine } from './analyze';
import { type Analyze, analysisJson } from './contract-stream';
import { engineModule } from './engine';
import { answerLines } from './jsonl';
import type { Answer, Task } from './pool';

const PART_BYTES = 1 << 20;
const encoder = new TextEncoder();

export function runCliWorker(): void {
  const port = parentPort;
  if (!port) return;
  const analyze = engineModule(false).analyze as Analyze;
  // The model is decoded on first use: do it now, before the first task arrives.
  analyze('Warm-up.');
  const send = (a: Answer) => port.postMessage(a, a.out ? [a.out.buffer as ArrayBuffer] : []);
  let chain = Promise.resolve();
  port.on('message', ({ seq, task }: { seq: number; task: Task }) => {
    // Files are read asynchronously: answer tasks one after another all the same.
    chain = chain.then(() => answer(seq, task, analyze, send));
  });
}

async function answer(seq: number, task: Task, analyze: Analyze, send: (a: Answer) => void): Promise<void> {
  if (task.kind === 'lines') {
    const r = answerLines(task.bytes, task.firstLine, analyze);
    send({ seq, out: encoder.encode(r.out), err: r.err, failed: r.failed, done: true });
    return;
  }
  let article: string;
  try {
    article = task.format === 'json' ? await readArticleText(task.file) : await readArticle(task.file);
    // The corrections in the file's sidecar, unless --raw (as in this thread: analyze.ts).
    if (!task.raw) analyze = correctedEngine(task.file);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    send({ seq, err: `news-annotator: ${e.message}\n`, failed: 1, done: true });
    return;
  }
  try {
    if (task.format === 'text') {
      const { renderText } = require('./render-text') as typeof import('./render-text');
      send({ seq, out: encoder.encode(renderText(analyze(article) as Analysis, { file: task.file, color: task.color })), done: true });
      return;
    }
    let part = '';
    for (const piece of analysisJson(article, { file: task.file }, analyze, chunkSizeFor(analyze))) {
      part += typeof piece === 'string' ? piece : new TextDecoder().decode(piece);
      if (part.length >= PART_BYTES) {
        send({ seq, out: encoder.encode(part), done: false });
        part = '';
      }
    }
    send({ seq, out: encoder.encode(`${part}\n`), done: true });
  } catch (e) {
    send({ seq, err: `news-annotator: ${task.file}: analysis failed: ${e instanceof Error ? e.message : String(e)}\n`, failed: 1, done: true });
  }
}
