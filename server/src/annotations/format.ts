// Reading and writing the sidecar text: strict parse with line numbers, schema
// check, conversion to the model keeping unknown fields, and a stable,
// pretty-printed serialization (known keys in a fixed order, unknown ones sorted).
import { type JsonNode, JsonSyntaxError, lineColumn, parseLocated, toPlain } from './json-located';
import { checkSchema } from './schema-check';
import { schemaFor } from './schema';
import type {
  Claim,
  ClaimEntity,
  ClaimFigure,
  ClaimSource,
  ClaimTarget,
  Correction,
  Evidence,
  Extra,
  HistoryEntry,
  Sidecar,
  SourceSpan,
  Tombstone,
} from './types';
import { MERGED_FIELDS } from './types';

/** Larger sidecars are refused before parsing (a real one is a few kB). */
export const MAX_SIDECAR_CHARS = 16 * 1024 * 1024;
/** The same limit on the file, in bytes (UTF-8 bytes ≥ UTF-16 units, so a file under it parses). */
export const MAX_SIDECAR_BYTES = MAX_SIDECAR_CHARS;
/**
 * Fields this version does not know are kept and written back, up to this many characters
 * in all: enough for what a newer version adds, not a way to grow the file without bound.
 */
export const MAX_UNKNOWN_CHARS = 1024 * 1024;

export interface SidecarProblem {
  message: string;
  line: number;
  column: number;
  offset: number;
  /** About the file as a whole (what it is, its size), not a place in it. */
  whole?: boolean;
}

export type ParseResult = { ok: true; sidecar: Sidecar } | { ok: false; problems: SidecarProblem[] };

type Obj = Record<string, unknown>;

function extraOf(o: Obj, known: readonly string[]): Extra | undefined {
  let extra: Extra | undefined;
  for (const k of Object.keys(o)) {
    if (known.includes(k)) continue;
    extra ??= {};
    extra[k] = o[k];
  }
  return extra;
}

function withExtra<T extends object>(value: T, extra: Extra | undefined): T {
  return extra ? { ...value, extra } : value;
}

const str = (v: unknown, d: string): string => (typeof v === 'string' ? v : d);
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

const SIDECAR_KEYS = ['version', 'offsetUnit', 'article', 'textHash', 'claims', 'deleted'] as const;
/** Version 2 also knows `corrections` (in a version-1 file it is an unknown field, kept as such). */
const SIDECAR_KEYS_V2 = [...SIDECAR_KEYS, 'corrections'] as const;
const CORRECTION_KEYS = ['id', 'kind', 'target', 'anchor', 'original', 'type', 'source', 'code', 'reason', 'with', 'author', 'createdAt', 'updatedAt'] as const;
const SOURCE_SPAN_KEYS = ['target', 'anchor', 'original'] as const;
const CLAIM_KEYS = [
  'id', 'kind', 'status', 'anchor', 'target', 'source', 'figures', 'entities',
  'note', 'evidence', 'author', 'createdAt', 'updatedAt', 'original', 'edited', 'history',
] as const;
const HISTORY_KEYS = ['field', 'value', 'at', 'replacedAt'] as const;
const TOMBSTONE_KEYS = ['id', 'deletedAt'] as const;
const TARGET_KEYS = ['quote', 'position'] as const;
const SOURCE_KEYS = ['text', 'entity'] as const;
const FIGURE_KEYS = ['text', 'kind', 'value', 'unit'] as const;
const ENTITY_KEYS = ['name', 'type'] as const;
const EVIDENCE_KEYS = ['url', 'title', 'addedAt'] as const;

function toTarget(t: Obj): ClaimTarget {
  const q = t.quote as Obj;
  const p = t.position as Obj;
  return withExtra(
    {
      quote: { exact: q.exact as string, prefix: q.prefix as string, suffix: q.suffix as string },
      position: { start: p.start as number, end: p.end as number },
    },
    extraOf(t, TARGET_KEYS),
  );
}

function toCorrection(o: Obj): Correction {
  const c: Correction = {
    id: o.id as string,
    kind: o.kind as Correction['kind'],
    target: toTarget(o.target as Obj),
    anchor: o.anchor as Correction['anchor'],
    original: strOrNull(o.original),
    author: strOrNull(o.author),
    createdAt: o.createdAt as string,
    updatedAt: o.updatedAt as string,
  };
  if (typeof o.type === 'string') c.type = o.type as Correction['type'];
  if ('source' in o) {
    const s = o.source as Obj | null;
    c.source = s
      ? withExtra<SourceSpan>({ target: toTarget(s.target as Obj), anchor: s.anchor as SourceSpan['anchor'], original: strOrNull(s.original) }, extraOf(s, SOURCE_SPAN_KEYS))
      : null;
  }
  if (o.with && typeof o.with === 'object') {
    const w = o.with as Obj;
    c.with = withExtra<SourceSpan>({ target: toTarget(w.target as Obj), anchor: w.anchor as SourceSpan['anchor'], original: strOrNull(w.original) }, extraOf(w, SOURCE_SPAN_KEYS));
  }
  if (typeof o.code === 'string') c.code = o.code;
  if ('reason' in o) c.reason = strOrNull(o.reason);
  const extra = extraOf(o, CORRECTION_KEYS);
  return extra ? { ...c, extra } : c;
}

function toClaim(o: Obj): Claim {
  const target = toTarget(o.target as Obj);
  const s = o.source as Obj | null | undefined;
  const source: ClaimSource | null = s
    ? withExtra({ text: s.text as string, entity: strOrNull(s.entity) }, extraOf(s, SOURCE_KEYS))
    : null;
  const figures: ClaimFigure[] = arr(o.figures).map((f) =>
    withExtra(
      {
        text: f.text as string,
        kind: f.kind as string,
        value: typeof f.value === 'number' ? f.value : null,
        unit: strOrNull(f.unit),
      },
      extraOf(f, FIGURE_KEYS),
    ),
  );
  const entities: ClaimEntity[] = arr(o.entities).map((e) =>
    withExtra({ name: e.name as string, type: e.type as string }, extraOf(e, ENTITY_KEYS)),
  );
  const evidence: Evidence[] = arr(o.evidence).map((e) =>
    withExtra(
      { url: e.url as string, title: strOrNull(e.title), addedAt: str(e.addedAt, str(o.updatedAt, '')) },
      extraOf(e, EVIDENCE_KEYS),
    ),
  );
  const edited: Record<string, string> = {};
  if (o.edited && typeof o.edited === 'object') {
    for (const [k, v] of Object.entries(o.edited as Obj)) if (typeof v === 'string') edited[k] = v;
  }
  const history: HistoryEntry[] = arr(o.history).map((h) =>
    withExtra(
      { field: h.field as HistoryEntry['field'], value: h.value ?? null, at: h.at as string, replacedAt: h.replacedAt as string },
      extraOf(h, HISTORY_KEYS),
    ),
  );
  const claim: Claim = withExtra(
    {
      id: o.id as string,
      target,
      kind: o.kind as Claim['kind'],
      source,
      figures,
      entities,
      status: o.status as Claim['status'],
      note: str(o.note, ''),
      evidence,
      author: strOrNull(o.author),
      createdAt: o.createdAt as string,
      updatedAt: o.updatedAt as string,
      anchor: o.anchor as Claim['anchor'],
      original: strOrNull(o.original),
    },
    extraOf(o, CLAIM_KEYS),
  );
  if (Object.keys(edited).length > 0) claim.edited = edited;
  if (history.length > 0) claim.history = history;
  return claim;
}

/**
 * Characters held by fields this version does not know (they are kept and written back),
 * and the largest of them, following the known structure of the file.
 */
function unknownSize(root: JsonNode, version: number): { chars: number; largest: { key: string; start: number; chars: number } | null } {
  let chars = 0;
  let largest: { key: string; start: number; chars: number } | null = null;
  const props = (n: JsonNode | undefined, known: readonly string[], nested: Record<string, (v: JsonNode) => void> = {}) => {
    if (n?.kind !== 'object') return;
    for (const p of n.props) {
      if (known.includes(p.key)) {
        nested[p.key]?.(p.value);
        continue;
      }
      const size = p.value.end - p.value.start + p.key.length;
      chars += size;
      if (!largest || size > largest.chars) largest = { key: p.key, start: p.keyStart, chars: size };
    }
  };
  const each = (n: JsonNode, f: (v: JsonNode) => void) => {
    if (n.kind === 'array') n.items.forEach(f);
  };
  const target = (t: JsonNode) => props(t, TARGET_KEYS);
  props(root, version === 2 ? SIDECAR_KEYS_V2 : SIDECAR_KEYS, {
    corrections: (cs) =>
      each(cs, (c) =>
        props(c, CORRECTION_KEYS, { target, source: (v) => props(v, SOURCE_SPAN_KEYS, { target }), with: (v) => props(v, SOURCE_SPAN_KEYS, { target }) }),
      ),
    claims: (cs) =>
      each(cs, (c) =>
        props(c, CLAIM_KEYS, {
          target: (t) => props(t, TARGET_KEYS),
          source: (v) => props(v, SOURCE_KEYS),
          figures: (fs) => each(fs, (f) => props(f, FIGURE_KEYS)),
          entities: (es) => each(es, (e) => props(e, ENTITY_KEYS)),
          evidence: (es) => each(es, (e) => props(e, EVIDENCE_KEYS)),
          history: (hs) => each(hs, (h) => props(h, HISTORY_KEYS)),
          edited: (e) => props(e, MERGED_FIELDS),
        }),
      ),
    deleted: (ds) => each(ds, (d) => props(d, TOMBSTONE_KEYS)),
  });
  return { chars, largest };
}

function problemAt(text: string, message: string, offset: number): SidecarProblem {
  const { line, column } = lineColumn(text, offset);
  return { message, line, column, offset };
}

export function parseSidecar(text: string): ParseResult {
  if (text.length > MAX_SIDECAR_CHARS) {
    return {
      ok: false,
      problems: [{ ...problemAt(text, `sidecar is too large (${text.length} characters; the limit is ${MAX_SIDECAR_CHARS})`, 0), whole: true }],
    };
  }
  let root;
  try {
    root = parseLocated(text);
  } catch (err) {
    if (err instanceof JsonSyntaxError) {
      return { ok: false, problems: [problemAt(text, `invalid JSON: ${err.message}`, err.offset)] };
    }
    throw err;
  }
  // A newer format is not ours to rewrite: say so rather than list schema errors.
  const version = root.kind === 'object' ? root.props.find((p) => p.key === 'version')?.value : undefined;
  if (version?.kind === 'number' && version.value > 2) {
    return {
      ok: false,
      problems: [problemAt(text, `format version ${version.value} was written by a newer News Annotator; this one reads versions 1 and 2`, version.start)],
    };
  }
  const v = version?.kind === 'number' && version.value === 2 ? 2 : 1;
  const schemaErrors = checkSchema(root, schemaFor(v));
  if (schemaErrors.length > 0) {
    return {
      ok: false,
      problems: schemaErrors.map((e) => problemAt(text, `schema: ${e.path}: ${e.message}`, e.offset)),
    };
  }
  const unknown = unknownSize(root, v);
  if (unknown.chars > MAX_UNKNOWN_CHARS && unknown.largest) {
    const { key, start, chars } = unknown.largest;
    return {
      ok: false,
      problems: [
        problemAt(
          text,
          `fields this version does not know hold ${unknown.chars} characters, more than the ${MAX_UNKNOWN_CHARS} it keeps ` +
            `(the largest is "${key}", ${chars} characters); remove them or open the file with the version that wrote them`,
          start,
        ),
      ],
    };
  }
  const o = toPlain(root) as Obj;
  const claims = arr(o.claims).map(toClaim);
  const corrections = v === 2 ? arr(o.corrections).map(toCorrection) : [];
  const deleted: Tombstone[] = arr(o.deleted).map((d) =>
    withExtra({ id: d.id as string, deletedAt: d.deletedAt as string }, extraOf(d, TOMBSTONE_KEYS)),
  );
  // Constraints the schema cannot say: ordered positions, unique ids.
  const problems: SidecarProblem[] = [];
  const ids = new Set<string>();
  const claimNodes = root.kind === 'object' ? root.props.find((p) => p.key === 'claims')?.value : undefined;
  claims.forEach((c, k) => {
    const at = claimNodes?.kind === 'array' ? claimNodes.items[k].start : 0;
    if (c.target.position.end < c.target.position.start) {
      problems.push(problemAt(text, `claims[${k}].target.position: end is before start`, at));
    }
    if (ids.has(c.id)) problems.push(problemAt(text, `claims[${k}].id: duplicate id "${c.id}"`, at));
    ids.add(c.id);
  });
  // Corrections share the id space (and the tombstones) with claims.
  const correctionNodes = root.kind === 'object' ? root.props.find((p) => p.key === 'corrections')?.value : undefined;
  corrections.forEach((c, k) => {
    const at = correctionNodes?.kind === 'array' ? correctionNodes.items[k].start : 0;
    if (c.target.position.end < c.target.position.start) problems.push(problemAt(text, `corrections[${k}].target.position: end is before start`, at));
    if (ids.has(c.id)) problems.push(problemAt(text, `corrections[${k}].id: duplicate id "${c.id}"`, at));
    ids.add(c.id);
  });
  if (problems.length > 0) return { ok: false, problems };
  const sidecar: Sidecar = withExtra(
    {
      version: v as Sidecar['version'],
      offsetUnit: 'utf-16' as const,
      article: o.article as string,
      textHash: o.textHash as string,
      claims,
    },
    extraOf(o, v === 2 ? SIDECAR_KEYS_V2 : SIDECAR_KEYS),
  );
  if (deleted.length > 0) sidecar.deleted = deleted;
  if (v === 2) sidecar.corrections = corrections;
  return { ok: true, sidecar };
}

/** Known keys in `order`, then unknown keys sorted, so diffs stay small. */
function ordered(known: Obj, extra: Extra | undefined): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(known)) out[k] = v;
  if (extra) for (const k of Object.keys(extra).sort()) if (!(k in out)) out[k] = sortDeep(extra[k]);
  return out;
}

/** Unknown values: sort object keys recursively for a stable file. */
function sortDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (v && typeof v === 'object') {
    const out: Obj = {};
    for (const k of Object.keys(v).sort()) out[k] = sortDeep((v as Obj)[k]);
    return out;
  }
  return v;
}

function claimJson(c: Claim): Obj {
  return ordered(
    {
      id: c.id,
      kind: c.kind,
      status: c.status,
      anchor: c.anchor,
      target: ordered(
        {
          quote: { exact: c.target.quote.exact, prefix: c.target.quote.prefix, suffix: c.target.quote.suffix },
          position: { start: c.target.position.start, end: c.target.position.end },
        },
        c.target.extra,
      ),
      source: c.source ? ordered({ text: c.source.text, entity: c.source.entity }, c.source.extra) : null,
      figures: c.figures.map((f) => ordered({ text: f.text, kind: f.kind, value: f.value, unit: f.unit }, f.extra)),
      entities: c.entities.map((e) => ordered({ name: e.name, type: e.type }, e.extra)),
      note: c.note,
      evidence: c.evidence.map((e) => ordered({ url: e.url, title: e.title, addedAt: e.addedAt }, e.extra)),
      author: c.author,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      original: c.original,
      ...(c.edited && Object.keys(c.edited).length > 0 ? { edited: sortDeep(c.edited) } : {}),
      ...(c.history && c.history.length > 0
        ? { history: c.history.map((h) => ordered({ field: h.field, value: sortDeep(h.value), at: h.at, replacedAt: h.replacedAt }, h.extra)) }
        : {}),
    },
    c.extra,
  );
}

/** A canonical string of a claim, for equality in merges. */
export function claimFingerprint(c: Claim): string {
  return JSON.stringify(claimJson(c));
}

/** Claims are written in text order (then id), so the file reads like the article. */
export function sortClaims(claims: readonly Claim[]): Claim[] {
  return [...claims].sort(
    (a, b) =>
      a.target.position.start - b.target.position.start ||
      a.target.position.end - b.target.position.end ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function targetJson(t: ClaimTarget): Obj {
  return ordered(
    {
      quote: { exact: t.quote.exact, prefix: t.quote.prefix, suffix: t.quote.suffix },
      position: { start: t.position.start, end: t.position.end },
    },
    t.extra,
  );
}

/** Only the fields of the correction's kind are written (unknown ones are kept). */
function correctionJson(c: Correction): Obj {
  return ordered(
    {
      id: c.id,
      kind: c.kind,
      anchor: c.anchor,
      target: targetJson(c.target),
      original: c.original,
      ...(c.type !== undefined ? { type: c.type } : {}),
      ...(c.source !== undefined
        ? { source: c.source ? ordered({ target: targetJson(c.source.target), anchor: c.source.anchor, original: c.source.original }, c.source.extra) : null }
        : {}),
      ...(c.code !== undefined ? { code: c.code } : {}),
      ...(c.reason !== undefined ? { reason: c.reason } : {}),
      ...(c.with ? { with: ordered({ target: targetJson(c.with.target), anchor: c.with.anchor, original: c.with.original }, c.with.extra) } : {}),
      author: c.author,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    },
    c.extra,
  );
}

/** A canonical string of a correction, for equality. */
export function correctionFingerprint(c: Correction): string {
  return JSON.stringify(correctionJson(c));
}

/** Corrections in text order (then id), like claims. */
export function sortCorrections(list: readonly Correction[]): Correction[] {
  return [...list].sort(
    (a, b) =>
      a.target.position.start - b.target.position.start ||
      a.target.position.end - b.target.position.end ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function sidecarJson(s: Sidecar): Obj {
  // A version-1 file stays version 1 (and without the key) until a correction is stored.
  const v2 = s.version === 2 || (s.corrections?.length ?? 0) > 0;
  return ordered(
    {
      version: v2 ? 2 : 1,
      offsetUnit: s.offsetUnit,
      article: s.article,
      textHash: s.textHash,
      claims: sortClaims(s.claims).map(claimJson),
      ...(v2 ? { corrections: sortCorrections(s.corrections ?? []).map(correctionJson) } : {}),
      ...(s.deleted && s.deleted.length > 0 ? { deleted: s.deleted.map((d) => ordered({ id: d.id, deletedAt: d.deletedAt }, d.extra)) } : {}),
    },
    s.extra,
  );
}

/** Pretty-printed (two spaces), so diffs of the file stay small. */
export function serializeSidecar(s: Sidecar): string {
  return JSON.stringify(sidecarJson(s), null, 2) + '\n';
}

/**
 * What is written to disk: pretty-printed, or without any spaces when that would pass the
 * read limit, so the store never writes a file it would refuse to read.
 */
export function serializeForDisk(s: Sidecar): string {
  const doc = sidecarJson(s);
  const pretty = JSON.stringify(doc, null, 2) + '\n';
  if (Buffer.byteLength(pretty, 'utf8') <= MAX_SIDECAR_BYTES) return pretty;
  return JSON.stringify(doc) + '\n';
}

export function emptySidecar(article: string, textHash: string): Sidecar {
  return { version: 1, offsetUnit: 'utf-16', article, textHash, claims: [] };
}

export function describeProblems(problems: readonly SidecarProblem[]): string {
  return problems.map((p) => (p.whole ? p.message : `line ${p.line}, column ${p.column}: ${p.message}`)).join('; ');
}
