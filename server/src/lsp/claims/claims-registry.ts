// The claims sessions of the open articles, the watchers that pick up sidecar
// changes made outside (fs.watch on the folder, because an atomic rename
// replaces the file), and the author and sidecar-name settings.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SIDECAR_SUFFIX, SIDECAR_SUFFIX_PATTERN } from '../../shared/vocabulary';
import type { ServerContext } from '../context';
import { ClaimsSession } from './claims-session';

export interface ClaimsSettings {
  /** Name recorded as a claim's author; empty: git config user.name. */
  author: string;
  /** Sidecar name suffix: NAME.EXT + suffix. */
  sidecarSuffix: string;
}

const DEFAULTS: ClaimsSettings = { author: '', sidecarSuffix: DEFAULT_SIDECAR_SUFFIX };

/**
 * The absolute path of an executable on PATH. Entries that are not absolute ('.', '', a
 * relative folder) are skipped: with the article's folder as the working directory they would
 * run a program placed beside the article — as Windows does for a bare name by itself.
 */
export function findExecutable(name: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter);
  const exts = platform === 'win32' ? ['.exe', '.com'] : [''];
  for (const dir of dirs) {
    if (!dir || !path.isAbsolute(dir)) continue;
    for (const ext of exts) {
      const full = path.join(dir, name + ext);
      try {
        if (!fs.statSync(full).isFile()) continue;
        if (platform !== 'win32') fs.accessSync(full, fs.constants.X_OK);
        return full;
      } catch {
        /* not here */
      }
    }
  }
  return null;
}
const WATCH_DEBOUNCE_MS = 40;

function readClaimsSettings(raw: unknown): ClaimsSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const suffix = typeof r.sidecarSuffix === 'string' && SIDECAR_SUFFIX_PATTERN.test(r.sidecarSuffix) ? r.sidecarSuffix : DEFAULTS.sidecarSuffix;
  return { author: typeof r.author === 'string' ? r.author.trim() : '', sidecarSuffix: suffix };
}

export class ClaimsRegistry {
  private readonly sessions = new Map<string, ClaimsSession>();
  private readonly watchers = new Map<string, { watcher: fs.FSWatcher; users: number }>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly gitNames = new Map<string, Promise<string | null>>();
  settings: ClaimsSettings = DEFAULTS;
  /** The latest read of the settings: a claim tagged meanwhile waits for its author. */
  private pulled: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: ServerContext,
    /** Called when a session's claims changed because of the sidecar on disk. */
    private readonly onExternalChange: (session: ClaimsSession) => void,
  ) {}

  /**
   * Reads `newsAnnotator.claims` again (after initialize and on every configuration change):
   * pulled when the client answers `workspace/configuration`, else from what it pushed.
   */
  pullSettings(pushed?: unknown): Promise<void> {
    this.pulled = this.readSettings(pushed);
    return this.pulled;
  }

  private async readSettings(pushed: unknown): Promise<void> {
    if (this.ctx.client().workspace?.configuration) {
      const raw: unknown = await this.ctx.connection.workspace.getConfiguration('newsAnnotator.claims').catch(() => null);
      this.settings = readClaimsSettings(raw);
    } else if (pushed && typeof pushed === 'object') {
      this.settings = readClaimsSettings((pushed as { claims?: unknown }).claims);
    }
  }

  get(uri: string): ClaimsSession | undefined {
    return this.sessions.get(uri);
  }

  all(): ClaimsSession[] {
    return [...this.sessions.values()];
  }

  /** A session for a document the store just opened; it reads its text from the store. */
  open(doc: TextDocument): ClaimsSession {
    const uri = doc.uri;
    this.close(uri);
    // The store's document while open; once closed (the close handler still commits), the last one.
    const text = () => (this.ctx.store.get(uri) ?? doc).getText();
    const s = new ClaimsSession(uri, text, this.settings.sidecarSuffix);
    this.sessions.set(uri, s);
    if (s.sidecarFile) this.watch(s.sidecarFile);
    return s;
  }

  close(uri: string): ClaimsSession | undefined {
    const s = this.sessions.get(uri);
    if (!s) return undefined;
    this.sessions.delete(uri);
    if (s.sidecarFile) this.unwatch(s.sidecarFile);
    return s;
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.watcher.close();
    this.watchers.clear();
    for (const t of this.timers.values()) clearTimeout(t);
  }

  /**
   * The author for new claims: the setting, else `git config user.name` in the article's
   * folder, run with git found on PATH (never a `git` placed beside the article).
   */
  async author(session: ClaimsSession): Promise<string | null> {
    await this.pulled;
    if (this.settings.author) return this.settings.author;
    const dir = session.file ? path.dirname(session.file) : process.cwd();
    let name = this.gitNames.get(dir);
    if (!name) {
      const git = findExecutable('git');
      name = new Promise((resolve) => {
        if (!git) return resolve(null);
        execFile(git, ['config', 'user.name'], { cwd: dir, timeout: 2000, windowsHide: true }, (err, stdout) => {
          resolve(err ? null : stdout.trim() || null);
        });
      });
      this.gitNames.set(dir, name);
    }
    return name;
  }

  private watch(sidecarFile: string): void {
    const dir = path.dirname(sidecarFile);
    const w = this.watchers.get(dir);
    if (w) {
      w.users++;
      return;
    }
    try {
      const watcher = fs.watch(dir, { persistent: false }, (_event, name) => this.onDirEvent(dir, name ? String(name) : null));
      watcher.on('error', () => undefined);
      this.watchers.set(dir, { watcher, users: 1 });
    } catch {
      // A folder we cannot watch (gone, no permission): changes are seen on the next open.
    }
  }

  private unwatch(sidecarFile: string): void {
    const dir = path.dirname(sidecarFile);
    const w = this.watchers.get(dir);
    if (!w) return;
    if (--w.users > 0) return;
    w.watcher.close();
    this.watchers.delete(dir);
  }

  private onDirEvent(dir: string, name: string | null): void {
    for (const s of this.sessions.values()) {
      if (!s.sidecarFile || path.dirname(s.sidecarFile) !== dir) continue;
      if (name !== null && name !== path.basename(s.sidecarFile)) continue;
      clearTimeout(this.timers.get(s.uri));
      this.timers.set(
        s.uri,
        setTimeout(() => {
          this.timers.delete(s.uri);
          if (this.sessions.get(s.uri) !== s) return;
          if (s.refreshFromDisk() || s.needsWrite) this.onExternalChange(s);
        }, WATCH_DEBOUNCE_MS),
      );
    }
  }
}
