// A strict JSON parser that remembers where every value starts, so schema
// errors can name a line. It refuses what JSON.parse would accept but we must
// not: keys that pollute prototypes, duplicate keys, and nesting deeper than a
// fixed bound (the recursion is bounded by that depth, so no stack overflow),
// and more values than any real sidecar has (so memory stays bounded).

export type JsonNode =
  | { kind: 'object'; start: number; end: number; props: JsonProp[] }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'string'; start: number; end: number; value: string }
  | { kind: 'number'; start: number; end: number; value: number }
  | { kind: 'boolean'; start: number; end: number; value: boolean }
  | { kind: 'null'; start: number; end: number };

export interface JsonProp {
  key: string;
  keyStart: number;
  value: JsonNode;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export const MAX_DEPTH = 64;
/** Values (of any kind) in one document: bounds the memory a hostile file can make us use. */
export const MAX_VALUES = 1_000_000;
/** Keys that would reach Object.prototype if a consumer assigned them naively. */
export const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export function parseLocated(text: string): JsonNode {
  let i = 0;
  const n = text.length;

  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, Math.min(at, n));
  };
  const ws = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
  };
  const describe = (): string => (i >= n ? 'end of file (truncated?)' : JSON.stringify(text[i]));

  const parseString = (): string => {
    const open = i;
    i++; // opening quote
    let out = '';
    let runStart = i;
    while (true) {
      if (i >= n) fail('unterminated string (file truncated?)', open);
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 32) fail('control character in string');
      if (c === 92) {
        out += text.slice(runStart, i);
        const e = text[i + 1];
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else {
          const v = e === undefined ? undefined : ESCAPES[e];
          if (v === undefined) fail('bad escape in string');
          out += v;
          i += 2;
        }
        runStart = i;
      } else i++;
    }
    out += text.slice(runStart, i);
    i++; // closing quote
    return out;
  };

  const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

  let values = 0;
  const parseValue = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH} levels`);
    if (++values > MAX_VALUES) fail(`more than ${MAX_VALUES} values: far more than a sidecar holds`);
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const props: JsonProp[] = [];
      const seen = new Set<string>();
      ws();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', start, end: i, props };
      }
      while (true) {
        ws();
        if (text[i] !== '"') fail(`expected a key in quotes, found ${describe()}`);
        const keyStart = i;
        const key = parseString();
        if (HOSTILE_KEYS.has(key)) fail(`forbidden key "${key}"`, keyStart);
        if (seen.has(key)) fail(`duplicate key "${key}"`, keyStart);
        seen.add(key);
        ws();
        if (text[i] !== ':') fail(`expected ':' after key, found ${describe()}`);
        i++;
        props.push({ key, keyStart, value: parseValue(depth + 1) });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { kind: 'object', start, end: i, props };
        }
        fail(`expected ',' or '}' in object, found ${describe()}`);
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', start, end: i, items };
      }
      while (true) {
        items.push(parseValue(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { kind: 'array', start, end: i, items };
        }
        fail(`expected ',' or ']' in array, found ${describe()}`);
      }
    }
    if (c === '"') {
      const value = parseString();
      return { kind: 'string', start, end: i, value };
    }
    if (text.startsWith('true', i)) {
      i += 4;
      return { kind: 'boolean', start, end: i, value: true };
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return { kind: 'boolean', start, end: i, value: false };
    }
    if (text.startsWith('null', i)) {
      i += 4;
      return { kind: 'null', start, end: i };
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) {
      i += m[0].length;
      const value = Number(m[0]);
      if (!Number.isFinite(value)) fail('number out of range', start);
      return { kind: 'number', start, end: i, value };
    }
    return fail(`unexpected ${describe()}`);
  };

  // A byte-order mark is harmless; skip it.
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  const root = parseValue(0);
  ws();
  if (i < n) fail(`unexpected ${describe()} after the end of the JSON value`);
  return root;
}

/** The plain value of a node. Safe: hostile keys were refused by the parser. */
export function toPlain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const p of node.props) o[p.key] = toPlain(p.value);
      return o;
    }
    case 'array':
      return node.items.map(toPlain);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
