// Dispatches the commands, and the `analyze` command itself.
import { createInterface } from 'node:readline';
import { analyze } from '../analysis';
import { contractJsonChunks } from '../export/contract';
import { InputError, readArticle } from '../io/read-article';
import { FORMAT_IDS } from '../shared/vocabulary';
import { runClaims, runReanchor } from './claims';
import { runExport } from './export';
import { asksHelp, writeAll, type Io } from './io';
import { renderText } from './render-text';

export type { Io } from './io';

export const USAGE = `Usage:
  news-annotator analyze FILE... [--format text|json]   the article coloured, then a summary (or the JSON contract)
  news-annotator analyze --jsonl          read {"id","text"} lines on stdin, write one result line each
  news-annotator export FILE... [--format ${FORMAT_IDS.join('|')}] [--out PATH]
  news-annotator claims FILE... [--format text|json]    list tagged claims with status and anchor state
  news-annotator reanchor FILE... [--dry-run]           re-anchor claims after outside edits (exit 1 if any orphan)
  news-annotator lsp [--stdio]            run the language server over stdio
  news-annotator --help | --version

  news-annotator COMMAND --help describes each command.
Exit codes: 0 success, 1 input or analysis error, 2 usage error.
`;

export const ANALYZE_USAGE = `Usage:
  news-annotator analyze FILE... [--format text|json] [--color | --no-color]
  news-annotator analyze --jsonl

  Finds the entities, figures, quotes and attributions, check-worthy sentences and boilerplate.
  --format text  (default) in a terminal, the whole article with names, figures and quotes
                 coloured, then a summary: entities by type, quotes by source, figures with
                 their values, the check-worthy sentences best-scored first, boilerplate
  --format json  one JSON object per file (the contract in ARCHITECTURE.md); --json for short
  --jsonl        read {"id","text"} lines on stdin, write one JSON line per input, in order
  --color        colour even when not writing to a terminal; --no-color (or NO_COLOR=1) never
`;

export const LSP_USAGE = `Usage:
  news-annotator lsp [--stdio]

  Runs the language server on stdin/stdout, for editors other than VS Code
  (see docs/editors.md). It answers until the editor closes the connection.
`;

class UsageError extends Error {}

interface AnalyzeOptions {
  files: string[];
  format: 'text' | 'json';
  jsonl: boolean;
  color: boolean | null;
}

function parseAnalyze(args: string[]): AnalyzeOptions {
  const o: AnalyzeOptions = { files: [], format: 'text', jsonl: false, color: null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format takes text or json, not ${v ?? 'nothing'}`);
      o.format = v;
    } else if (a === '--json') o.format = 'json';
    else if (a === '--jsonl') o.jsonl = true;
    else if (a === '--color') o.color = true;
    else if (a === '--no-color') o.color = false;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else o.files.push(a);
  }
  if (o.jsonl && o.files.length > 0) throw new UsageError('--jsonl reads stdin; give no files with it');
  if (!o.jsonl && o.files.length === 0) throw new UsageError('analyze needs at least one FILE (or --jsonl)');
  return o;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(USAGE);
      return command ? 0 : 2;
    }
    if (command === '--version') {
      io.stdout.write('news-annotator 0.1.0\n');
      return 0;
    }
    if (command === 'analyze') {
      if (asksHelp(rest)) return help(io, ANALYZE_USAGE);
      return await runAnalyze(parseAnalyze(rest), io);
    }
    if (command === 'export') return await runExport(rest, io);
    if (command === 'claims') return await runClaims(rest, io);
    if (command === 'reanchor') return await runReanchor(rest, io);
    if (command === 'lsp') {
      if (asksHelp(rest)) return help(io, LSP_USAGE);
      // The server bundle starts listening on stdio when loaded.
      require('./lsp-entry');
      return await new Promise<number>(() => undefined);
    }
    throw new UsageError(`unknown command ${command}`);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`news-annotator: ${err.message}\n\n${command === 'analyze' ? ANALYZE_USAGE : USAGE}`);
      return 2;
    }
    if (err instanceof InputError) {
      io.stderr.write(`news-annotator: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

function help(io: Io, usage: string): number {
  io.stdout.write(usage);
  return 0;
}

async function runAnalyze(o: AnalyzeOptions, io: Io): Promise<number> {
  if (o.jsonl) return runJsonl(io);
  let failed = 0;
  const useColor = o.color ?? (Boolean((io.stdout as { isTTY?: boolean }).isTTY) && !io.env.NO_COLOR);
  for (const file of o.files) {
    let text: string;
    try {
      text = await readArticle(file);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      io.stderr.write(`news-annotator: ${err.message}\n`);
      failed++;
      continue;
    }
    const analysis = analyze(text);
    if (o.format === 'json') await writeAll(io.stdout, contractJsonChunks(analysis, { file }));
    else io.stdout.write(renderText(analysis, { file, color: useColor }));
  }
  return failed > 0 ? 1 : 0;
}

async function runJsonl(io: Io): Promise<number> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    let doc: { id?: unknown; text?: unknown };
    try {
      doc = JSON.parse(line) as { id?: unknown; text?: unknown };
    } catch {
      io.stderr.write(`news-annotator: stdin line ${lineNo}: not valid JSON\n`);
      io.stdout.write(JSON.stringify({ error: 'invalid JSON', line: lineNo }) + '\n');
      failed++;
      continue;
    }
    if (doc === null || typeof doc !== 'object' || typeof doc.text !== 'string') {
      io.stderr.write(`news-annotator: stdin line ${lineNo}: expected an object with a string "text"\n`);
      io.stdout.write(JSON.stringify({ id: doc?.id ?? null, error: 'missing text', line: lineNo }) + '\n');
      failed++;
      continue;
    }
    await writeAll(io.stdout, contractJsonChunks(analyze(doc.text), doc.id === undefined ? {} : { id: doc.id }));
  }
  return failed > 0 ? 1 : 0;
}
