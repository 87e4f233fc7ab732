// `news-annotator export`: loads the articles, renders one format with the same
// modules the editor uses, writes to stdout, a file, or a folder.
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FORMATS, render, type ExportArticle, type ExportFile } from '../export';
import { readExportArticle } from '../io/export-article';
import { InputError } from '../io/read-article';
import { EXPORT_USAGE, ExportUsageError, parseExportArgs, type ExportArgs } from './export-args';
import { asksHelp, type Io } from './io';

async function isFolderTarget(path: string): Promise<boolean> {
  if (path.endsWith('/') || path.endsWith('\\')) return true;
  try {
    return (await fs.stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function writeFiles(folder: string, files: readonly ExportFile[]): Promise<void> {
  await fs.mkdir(folder, { recursive: true });
  for (const f of files) await fs.writeFile(join(folder, f.name), f.content, 'utf8');
}

async function emit(o: ExportArgs, articles: ExportArticle[], io: Io): Promise<string[]> {
  const info = FORMATS[o.format];
  const options = {
    bom: o.bom,
    rawFormulas: o.rawFormulas,
    w3cEntities: o.entities,
    w3cQuotes: o.quotes,
    reviewer: o.reviewer ?? undefined,
    reviewUrl: o.reviewUrl ?? undefined,
    sidecarSuffix: o.sidecarSuffix,
  };
  if (info.folder || (o.out && (await isFolderTarget(o.out)))) {
    const folder = o.out as string;
    if (info.folder) {
      const r = render(o.format, articles, '', options);
      await writeFiles(folder, r.files);
      io.stderr.write(`news-annotator: wrote ${r.files.length} files to ${folder}\n`);
      return r.skipped;
    }
    // One file per article, named after it.
    const files = articles.map((a) => render(o.format, [a], basename(a.file) + info.suffix, options).files[0]);
    await writeFiles(folder, files);
    io.stderr.write(`news-annotator: wrote ${files.length} files to ${folder}\n`);
    return [];
  }
  const r = render(o.format, articles, o.out ? basename(o.out) : 'stdout', options);
  const content = r.files[0].content;
  if (o.out) {
    await fs.mkdir(dirname(o.out), { recursive: true });
    await fs.writeFile(o.out, content, 'utf8');
  } else if (!io.stdout.write(content)) {
    await new Promise((done) => io.stdout.once('drain', done));
  }
  return r.skipped;
}

export async function runExport(args: readonly string[], io: Io): Promise<number> {
  if (asksHelp(args)) {
    io.stdout.write(EXPORT_USAGE);
    return 0;
  }
  let o: ExportArgs;
  try {
    o = parseExportArgs(args);
  } catch (err) {
    if (!(err instanceof ExportUsageError)) throw err;
    io.stderr.write(`news-annotator: ${err.message}\n\n${EXPORT_USAGE}`);
    return 2;
  }
  const articles: ExportArticle[] = [];
  let failed = 0;
  for (const file of o.files) {
    try {
      articles.push(await readExportArticle(file, { sidecarSuffix: o.sidecarSuffix }));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      io.stderr.write(`news-annotator: skipped ${err.message}\n`);
      failed++;
    }
  }
  if (articles.length > 0) {
    try {
      const skipped = await emit(o, articles, io);
      for (const s of skipped) io.stderr.write(`news-annotator: not in the export: ${s}\n`);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (!e.code) throw err;
      io.stderr.write(`news-annotator: cannot write ${e.path ?? o.out}: ${e.message}\n`);
      return 1;
    }
  }
  return failed > 0 ? 1 : 0;
}
