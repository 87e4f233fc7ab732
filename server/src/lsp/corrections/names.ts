// The workspace names file in the server: each open article gets the names of the nearest
// `.vscode/news-annotator.names.json` above it (within its workspace folder), applied with its
// own corrections by the document store; the file is watched so edits made elsewhere show at
// once. `newsAnnotator.addWorkspaceName {uri, start, end, type}` records a name there (start =
// end: the name at that offset); with the setting `newsAnnotator.corrections.recordNames`,
// every `correctEntity` is recorded there too.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isEntityTypeChoice } from '../../annotations/correction-ops';
import { NAMES_FILE } from '../../annotations/names';
import { ENTITY_TYPE_CHOICES, type EntityTypeChoice } from '../../annotations/types';
import { findNamesFile, NamesFileError, readNames, recordName } from '../../io/names-file';
import { CLAIMS_CHANGED_NOTIFICATION } from '../../shared/protocol';
import { CORRECTION_COMMANDS, type CommandResult } from '../../shared/vocabulary';
import { filePathOf } from '../claims/claims-session';
import type { ServerContext } from '../context';

type Names = ReadonlyMap<string, EntityTypeChoice>;

export class WorkspaceNames {
  /** Names file of each open article (null: none applies). */
  private readonly fileOf = new Map<string, string | null>();
  private readonly cache = new Map<string, { names: Names | null; mtimeMs: number }>();
  private readonly watchers = new Map<string, fs.FSWatcher>();
  private readonly told = new Set<string>();

  constructor(private readonly ctx: ServerContext) {}

  /** The workspace folder holding `file`, if any. */
  private folderOf(file: string): string | null {
    for (const f of this.ctx.workspaceFolders()) {
      const dir = filePathOf(f.uri);
      if (dir && (file === dir || file.startsWith(dir + path.sep))) return dir;
    }
    return null;
  }

  /** Where a name recorded for this article goes: the file that applies, else its workspace folder's (or its own folder's). */
  targetFor(uri: string): string | null {
    const file = filePathOf(uri);
    if (!file) return null;
    return this.resolve(uri) ?? path.join(this.folderOf(file) ?? path.dirname(file), NAMES_FILE);
  }

  resolve(uri: string): string | null {
    if (!this.fileOf.has(uri)) {
      const file = filePathOf(uri);
      this.fileOf.set(uri, file ? findNamesFile(file, this.folderOf(file)) : null);
    }
    return this.fileOf.get(uri) ?? null;
  }

  forget(uri: string): void {
    this.fileOf.delete(uri);
  }

  /** The names for an article (the same Map until the file changes). */
  namesOf(uri: string): Names | null {
    const file = this.resolve(uri);
    if (!file) return null;
    const had = this.cache.get(file);
    if (had) return had.names;
    return this.load(file);
  }

  private load(file: string): Names | null {
    const state = readNames(file);
    let names: Names | null = null;
    if (state.kind === 'ok') {
      names = state.file.names;
      this.told.delete(file);
    } else if (state.kind === 'invalid' && !this.told.has(file)) {
      this.told.add(file);
      void this.ctx.connection.window.showWarningMessage(`The workspace names file was not used: ${state.message}`);
    }
    this.cache.set(file, { names, mtimeMs: state.kind === 'ok' ? state.mtimeMs : 0 });
    this.watch(file);
    return names;
  }

  /** Reads the file again; true if its names changed (the caller refreshes the views). */
  reload(file: string): boolean {
    const before = this.cache.get(file)?.names ?? null;
    this.cache.delete(file);
    const after = this.load(file);
    if (!before || !after) return before !== after;
    return before.size !== after.size || [...after].some(([k, v]) => before.get(k) !== v);
  }

  private watch(file: string): void {
    const dir = path.dirname(file);
    if (this.watchers.has(dir)) return;
    try {
      let timer: NodeJS.Timeout | undefined;
      const w = fs.watch(dir, { persistent: false }, (_e, name) => {
        if (name && String(name) !== path.basename(file)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (this.reload(file)) this.changed();
        }, 40);
      });
      w.on('error', () => undefined);
      this.watchers.set(dir, w);
    } catch {
      // No folder yet (the file is created by the first recorded name) or not watchable: read on next open.
    }
  }

  changed(): void {
    try {
      this.ctx.refresh();
      for (const d of this.ctx.store.all()) void this.ctx.connection.sendNotification(CLAIMS_CHANGED_NOTIFICATION, { uri: d.uri }).catch(() => undefined);
    } catch {
      /* connection disposed */
    }
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }

  /** Records a name for the article's workspace; the views follow. */
  record(uri: string, name: string, type: EntityTypeChoice): { file: string; wrote: boolean } {
    const file = this.targetFor(uri);
    if (!file) throw new NamesFileError('Save the article to a file first: the names file lives in its workspace.');
    const r = recordName(file, name, type);
    // Every open article under that folder may now use it.
    for (const d of this.ctx.store.all()) this.fileOf.delete(d.uri);
    this.reload(file);
    this.changed();
    return { file, wrote: r.wrote };
  }
}

async function recordSetting(ctx: ServerContext): Promise<boolean> {
  if (!ctx.client().workspace?.configuration) return false;
  const raw = (await ctx.connection.workspace.getConfiguration('newsAnnotator.corrections').catch(() => null)) as { recordNames?: unknown } | null;
  return raw?.recordNames === true;
}

export function registerWorkspaceNames(ctx: ServerContext): WorkspaceNames {
  const names = new WorkspaceNames(ctx);
  ctx.store.namesOf = (uri) => names.namesOf(uri);
  ctx.store.documents.onDidOpen((e) => names.forget(e.document.uri));
  ctx.store.documents.onDidClose((e) => names.forget(e.document.uri));

  /** The name at start–end, or (start = end) the name at that offset. */
  const nameAt = async (uri: string, start: number, end: number): Promise<string> => {
    const snap = await ctx.store.snapshot(uri);
    if (!snap) throw new NamesFileError('Open the article first.');
    const text = snap.analysis.text;
    if (start === end) {
      const m = snap.analysis.mentions.find((x) => x.start <= start && start <= x.end);
      if (!m) throw new NamesFileError('Put the cursor on a name, or select the words of a name.');
      return m.text;
    }
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end)) {
      throw new NamesFileError(`${start}–${end} is not a span of this text.`);
    }
    return text.slice(start, end).trim();
  };

  ctx.hooks.commands.set(CORRECTION_COMMANDS.addWorkspaceName, async (args: unknown[]): Promise<CommandResult> => {
    try {
      const a = (args[0] ?? {}) as Record<string, unknown>;
      if (typeof a.uri !== 'string' || typeof a.start !== 'number' || typeof a.end !== 'number') throw new NamesFileError('The command needs {uri, start, end, type}.');
      if (!isEntityTypeChoice(a.type)) throw new NamesFileError(`Give a type: one of ${ENTITY_TYPE_CHOICES.join(', ')}.`);
      const name = await nameAt(a.uri, a.start, a.end);
      if (!name || name.length > 200) throw new NamesFileError('A name is 1–200 characters.');
      names.record(a.uri, name, a.type);
      return { ok: true };
    } catch (err) {
      const message = err instanceof NamesFileError ? err.message : `Workspace names: ${err instanceof Error ? err.message : String(err)}`;
      void ctx.connection.window.showErrorMessage(message);
      return { ok: false, message };
    }
  });

  // With the setting on, a corrected type is also a workspace name (a spell checker's "add to dictionary").
  const correct = ctx.hooks.commands.get(CORRECTION_COMMANDS.correctEntity);
  if (correct) {
    ctx.hooks.commands.set(CORRECTION_COMMANDS.correctEntity, async (args: unknown[]) => {
      const r = (await correct(args)) as CommandResult;
      const a = (args[0] ?? {}) as Record<string, unknown>;
      if (r.ok && typeof a.uri === 'string' && isEntityTypeChoice(a.type) && (await recordSetting(ctx))) {
        const recorded = await ctx.hooks.commands.get(CORRECTION_COMMANDS.addWorkspaceName)!([a]);
        if (!(recorded as CommandResult).ok) return { ...r, message: (recorded as CommandResult).message };
      }
      return r;
    });
  }
  return names;
}
