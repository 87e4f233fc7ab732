// Dispatches the commands and reads the `analyze` options. A command's code (and the engine
// with its model) is loaded only when that command runs, so a call pays for what it uses.
import { InputError } from '../io/read-article';
import { FORMAT_IDS } from '../shared/vocabulary';
import { type AnalyzeOptions, runAnalyze } from './analyze';
import { engineModule } from './engine';
import { asksHelp, type Io } from './io';

export type { Io } from './io';

export const USAGE = `Usage:
  news-annotator analyze FILE|FOLDER... [--format text|json]   the article coloured, then a summary (or the JSON contract)
  news-annotator analyze --jsonl [--jobs N]  read {"id","text"} lines on stdin, write one result line each
  news-annotator export FILE... [--format ${FORMAT_IDS.join('|')}] [--out PATH]
  news-annotator claims FILE... [--format text|json]    list tagged claims with status and anchor state
  news-annotator reanchor FILE... [--dry-run]           re-anchor claims after outside edits (exit 1 if any orphan)
  news-annotator lsp [--stdio]            run the language server over stdio
  news-annotator --help | --version

  news-annotator COMMAND --help describes each command.
Exit codes: 0 success, 1 input or analysis error, 2 usage error.
`;

export const ANALYZE_USAGE = `Usage:
  news-annotator analyze FILE|FOLDER... [--format text|json] [--raw] [--color | --no-color] [--jobs N]
  news-annotator analyze --jsonl [--jobs N] [--first-line N]

  A FOLDER stands for the article files below it (.txt, .text, .article, .news, .md), in path order.

  Finds the entities, figures, quotes and attributions, check-worthy sentences and boilerplate.
  --format text  (default) in a terminal, the whole article with names, figures and quotes
                 coloured, then a summary: entities by type, quotes by source, figures with
                 their values, the check-worthy sentences best-scored first, boilerplate
  --format json  one JSON object per file (the contract in ARCHITECTURE.md); --json for short
  --raw          the engine's own result: without the corrections stored in each FILE's
                 sidecar (FILE.annotations.json: entity types, quote sources, dismissed
                 findings) and the workspace names file (.vscode/news-annotator.names.json
                 in FILE's folder or above), which are applied by default, as in the editor
  --jsonl        read {"id","text"} lines on stdin, write one JSON line per input, in order
  --color        colour even when not writing to a terminal; --no-color (or NO_COLOR=1) never
  --jobs N       analyse JSON lines, or several files, on N worker threads; the output stays
                 in input order. Default: one thread per 8 MB of input, at most one per core
                 (a thread costs ~2 s of CPU to load the model). --jobs 1: one thread. -j N.
  --first-line N with --jsonl: number the input lines from N in error messages (a shard of
                 a larger file, see scripts/corpus-parallel.sh)
`;

export const LSP_USAGE = `Usage:
  news-annotator lsp [--stdio]

  Runs the language server on stdin/stdout, for editors other than VS Code
  (see docs/editors.md). It answers until the editor closes the connection.
`;

class UsageError extends Error {}

function parseAnalyze(args: string[]): AnalyzeOptions {
  const o: AnalyzeOptions = { files: [], format: 'text', jsonl: false, color: null, jobs: 0, firstLine: 1, raw: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format takes text or json, not ${v ?? 'nothing'}`);
      o.format = v;
    } else if (a === '--json') o.format = 'json';
    else if (a === '--jsonl') o.jsonl = true;
    else if (a === '--raw') o.raw = true;
    else if (a === '--color') o.color = true;
    else if (a === '--no-color') o.color = false;
    else if (a === '--jobs' || a === '-j' || a.startsWith('--jobs=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (!/^[1-9]\d{0,3}$/.test(v ?? '')) throw new UsageError(`--jobs takes a whole number of threads (1 or more), not ${v ?? 'nothing'}`);
      o.jobs = Number(v);
    } else if (a === '--first-line' || a.startsWith('--first-line=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (!/^[1-9]\d{0,14}$/.test(v ?? '')) throw new UsageError(`--first-line takes a line number (1 or more), not ${v ?? 'nothing'}`);
      o.firstLine = Number(v);
    }
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else o.files.push(a);
  }
  if (o.jsonl && o.files.length > 0) throw new UsageError('--jsonl reads stdin; give no files with it');
  if (!o.jsonl && o.firstLine !== 1) throw new UsageError('--first-line goes with --jsonl');
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
    if (command === 'export') {
      // The engine first, so the export's own require of it gets the code-cached module.
      if (!asksHelp(rest)) engineModule();
      return await (require('./export') as typeof import('./export')).runExport(rest, io);
    }
    if (command === 'claims') return await (require('./claims') as typeof import('./claims')).runClaims(rest, io);
    if (command === 'reanchor') return await (require('./claims') as typeof import('./claims')).runReanchor(rest, io);
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
