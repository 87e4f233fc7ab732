// Server-side view of the `newsAnnotator.*` settings, with defaults for editors that send none.
import { DiagnosticSeverity } from 'vscode-languageserver';
import { CLAIM_THRESHOLD } from '../analysis';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface Settings {
  /** Extra glob patterns (beside *.article, *.news) of files treated as articles. */
  files: string[];
  /** Articles longer than this (UTF-16 code units) are not analysed; the user is told. */
  maxArticleChars: number;
  /** Claim candidates scoring at least this are reported as check-worthy (`analyze`'s `claimThreshold`). */
  checkWorthyThreshold: number;
  codeLens: boolean;
  /** "annotator": tokens carry the `palette` modifier (News Annotator's colours); "theme": the theme's. */
  colors: 'annotator' | 'theme';
  diagnostics: {
    unattributedQuote: SeveritySetting;
    checkWorthy: SeveritySetting;
    boilerplate: SeveritySetting;
  };
}

export const DEFAULT_SETTINGS: Settings = {
  files: [],
  maxArticleChars: 2_000_000,
  // The engine's own default: the threshold that did best on held-out data (analysis/claims/README.md).
  checkWorthyThreshold: CLAIM_THRESHOLD,
  codeLens: true,
  colors: 'annotator',
  diagnostics: { unattributedQuote: 'warning', checkWorthy: 'hint', boilerplate: 'warning' },
};

const SEVERITIES: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toSeverity(s: SeveritySetting): DiagnosticSeverity | null {
  return s === 'off' ? null : SEVERITIES[s] ?? null;
}

function pick<T>(value: unknown, fallback: T, ok: (v: unknown) => boolean): T {
  return ok(value) ? (value as T) : fallback;
}

const isSeverity = (v: unknown) => typeof v === 'string' && (v === 'off' || v in SEVERITIES);
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/**
 * Bounds on what settings may ask for, whoever set them (workspace settings also apply in
 * untrusted workspaces for editors without Workspace Trust). Above the ceiling an article is
 * not analysed, as the CLI refuses files above its input limit.
 */
export const MAX_ARTICLE_CHARS_CEILING = 32 * 1024 * 1024;
export const MAX_FILE_GLOBS = 64;
const MAX_GLOB_CHARS = 512;


/** Reads whatever the client sent (possibly partial or malformed) into complete settings. */
export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = (r.diagnostics && typeof r.diagnostics === 'object' ? r.diagnostics : {}) as Record<string, unknown>;
  const cl = r.codeLens as Record<string, unknown> | boolean | undefined;
  const dd = DEFAULT_SETTINGS.diagnostics;
  return {
    files: Array.isArray(r.files)
      ? r.files.filter((f): f is string => typeof f === 'string' && f.length > 0 && f.length <= MAX_GLOB_CHARS).slice(0, MAX_FILE_GLOBS)
      : [],
    maxArticleChars: Math.min(pick(r.maxArticleChars, DEFAULT_SETTINGS.maxArticleChars, isNumber), MAX_ARTICLE_CHARS_CEILING),
    checkWorthyThreshold: pick(r.checkWorthyThreshold, DEFAULT_SETTINGS.checkWorthyThreshold, isNumber),
    codeLens: typeof cl === 'boolean' ? cl : typeof cl?.enabled === 'boolean' ? cl.enabled : true,
    colors: r.colors === 'theme' ? 'theme' : 'annotator',
    diagnostics: {
      unattributedQuote: pick(d.unattributedQuote, dd.unattributedQuote, isSeverity),
      checkWorthy: pick(d.checkWorthy, dd.checkWorthy, isSeverity),
      boilerplate: pick(d.boilerplate, dd.boilerplate, isSeverity),
    },
  };
}
