// `analyze --jsonl`: input lines as bytes, and the answer to one line. The same code runs
// in-process (--jobs 1) and in the worker threads, so both give the same bytes.
// Lines end at \n, \r\n or a bare \r (as readline counts them); a JSON text never holds a raw
// \r or \n, so a cut there never splits a document.
import { type Analyze, analysisJson } from './contract-stream';

const LF = 10;
const CR = 13;

/** How many lines end inside `bytes` (\r\n counts once; a \r as the very last byte counts). */
export function countLineEnds(bytes: Uint8Array): number {
  let n = 0;
  for (let at = bytes.indexOf(LF); at !== -1; at = bytes.indexOf(LF, at + 1)) n++;
  for (let at = bytes.indexOf(CR); at !== -1; at = bytes.indexOf(CR, at + 1)) if (bytes[at + 1] !== LF) n++;
  return n;
}

/** The lines of `bytes` (a whole number of lines, the last one may lack its end), without their ends. */
export function* splitLines(bytes: Uint8Array): Generator<Uint8Array> {
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(LF, start);
    if (end === -1) end = bytes.length;
    // Looked for within this line only, so a batch is scanned once.
    const inLine = bytes.subarray(start, end).indexOf(CR);
    const cr = inLine === -1 ? -1 : start + inLine;
    if (cr !== -1) {
      yield bytes.subarray(start, cr);
      start = bytes[cr + 1] === LF ? cr + 2 : cr + 1;
    } else {
      yield bytes.subarray(start, end);
      start = end + 1;
    }
  }
}

export interface LineAnswer {
  /** The output line, newline included ('' for a blank input line). */
  out: string;
  /** The message for stderr, newline included ('' when the line was answered). */
  err: string;
  failed: boolean;
}

const decoder = new TextDecoder('utf-8');

/** The answer to input line `lineNo` (1-based): its result, or an error line with its id. */
export function answerLine(bytes: Uint8Array, lineNo: number, analyze: Analyze): LineAnswer {
  const line = decoder.decode(bytes);
  if (line.trim() === '') return { out: '', err: '', failed: false };
  let doc: { id?: unknown; text?: unknown };
  try {
    doc = JSON.parse(line) as { id?: unknown; text?: unknown };
  } catch {
    return fail(`stdin line ${lineNo}: not valid JSON`, { error: 'invalid JSON', line: lineNo });
  }
  if (doc === null || typeof doc !== 'object' || typeof doc.text !== 'string') {
    return fail(`stdin line ${lineNo}: expected an object with a string "text"`, { id: doc?.id ?? null, error: 'missing text', line: lineNo });
  }
  try {
    let out = '';
    for (const piece of analysisJson(doc.text, doc.id === undefined ? {} : { id: doc.id }, analyze)) {
      out += typeof piece === 'string' ? piece : decoder.decode(piece);
    }
    return { out: `${out}\n`, err: '', failed: false };
  } catch (e) {
    // An engine failure on one document is that document's error, not the end of the run.
    const why = e instanceof Error ? e.message : String(e);
    return fail(`stdin line ${lineNo}: analysis failed: ${why}`, { id: doc.id ?? null, error: 'analysis failed', line: lineNo });
  }
}

function fail(message: string, result: Record<string, unknown>): LineAnswer {
  return { out: `${JSON.stringify(result)}\n`, err: `news-annotator: ${message}\n`, failed: true };
}

/** Answers a whole number of lines starting at line `firstLine`: one output string, one stderr string. */
export function answerLines(bytes: Uint8Array, firstLine: number, analyze: Analyze): { out: string; err: string; failed: number } {
  let out = '';
  let err = '';
  let failed = 0;
  let lineNo = firstLine;
  for (const line of splitLines(bytes)) {
    const a = answerLine(line, lineNo++, analyze);
    out += a.out;
    err += a.err;
    if (a.failed) failed++;
  }
  return { out, err, failed };
}
