// The workspace names file (`.vscode/news-annotator.names.json`): like a spell checker's
// dictionary, the types a person settled for names, used by every article in the workspace
// (an article's own corrections win over it). Plain JSON, documented in README.md:
//   { "version": 1, "names": { "Brightwater Marine": "ORGANIZATION", "Harbour": "NONE" } }
// Unknown top-level fields are kept. Pure: reading and writing the file is io/names-file.ts.
import { JsonSyntaxError, lineColumn, parseLocated, toPlain } from './json-located';
import { ENTITY_TYPE_CHOICES, type EntityTypeChoice, type Extra } from './types';

export const NAMES_FILE = '.vscode/news-annotator.names.json';
export const NAMES_VERSION = 1;
/** Larger files are refused (a real one is a few kB). */
export const MAX_NAMES_CHARS = 4 * 1024 * 1024;
export const MAX_NAMES = 50_000;
export const MAX_NAME_CHARS = 200;

export interface NamesFile {
  version: 1;
  /** Name (the exact words) → its type, or NONE: not a name. */
  names: Map<string, EntityTypeChoice>;
  extra?: Extra;
}

export type NamesParse = { ok: true; file: NamesFile } | { ok: false; message: string };

const isChoice = (v: unknown): v is EntityTypeChoice => typeof v === 'string' && (ENTITY_TYPE_CHOICES as readonly string[]).includes(v);

export function emptyNames(): NamesFile {
  return { version: 1, names: new Map() };
}

export function parseNames(text: string): NamesParse {
  if (text.length > MAX_NAMES_CHARS) return { ok: false, message: `too large (${text.length} characters; the limit is ${MAX_NAMES_CHARS})` };
  let plain: unknown;
  try {
    plain = toPlain(parseLocated(text));
  } catch (err) {
    if (err instanceof JsonSyntaxError) {
      const { line, column } = lineColumn(text, err.offset);
      return { ok: false, message: `line ${line}, column ${column}: invalid JSON: ${err.message}` };
    }
    throw err;
  }
  if (!plain || typeof plain !== 'object' || Array.isArray(plain)) return { ok: false, message: 'expected an object {"version": 1, "names": {…}}' };
  const o = plain as Record<string, unknown>;
  if (o.version !== NAMES_VERSION) return { ok: false, message: `"version" must be ${NAMES_VERSION}` };
  if (!o.names || typeof o.names !== 'object' || Array.isArray(o.names)) return { ok: false, message: '"names" must be an object of name → type' };
  const names = new Map<string, EntityTypeChoice>();
  for (const [name, type] of Object.entries(o.names as Record<string, unknown>)) {
    if (!isChoice(type)) return { ok: false, message: `names["${name.slice(0, 60)}"]: must be one of ${ENTITY_TYPE_CHOICES.join(', ')}` };
    if (name.trim() !== name || name.length === 0 || name.length > MAX_NAME_CHARS) {
      return { ok: false, message: `names["${name.slice(0, 60)}"]: a name is 1–${MAX_NAME_CHARS} characters without spaces around it` };
    }
    names.set(name, type);
  }
  if (names.size > MAX_NAMES) return { ok: false, message: `more than ${MAX_NAMES} names` };
  const extra: Extra = {};
  for (const k of Object.keys(o)) if (k !== 'version' && k !== 'names') extra[k] = o[k];
  return { ok: true, file: { version: 1, names, ...(Object.keys(extra).length > 0 ? { extra } : {}) } };
}

/** Names sorted, two-space indent, so diffs stay small. */
export function serializeNames(f: NamesFile): string {
  const names: Record<string, string> = {};
  for (const k of [...f.names.keys()].sort()) names[k] = f.names.get(k)!;
  const out: Record<string, unknown> = { version: f.version, names };
  for (const k of Object.keys(f.extra ?? {}).sort()) if (!(k in out)) out[k] = f.extra![k];
  return JSON.stringify(out, null, 2) + '\n';
}

/** The file with `name` set to `type` (the same object when nothing changes). */
export function withName(f: NamesFile, name: string, type: EntityTypeChoice): NamesFile {
  if (f.names.get(name) === type) return f;
  const names = new Map(f.names);
  names.set(name, type);
  return { ...f, names };
}
