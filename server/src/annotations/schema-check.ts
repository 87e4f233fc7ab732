// Checks a located JSON tree against the subset of JSON Schema (draft-07) that
// schemas/annotations.v1.schema.json uses, so that file is the single source of
// truth for both VS Code's editor validation and ours.
import type { JsonNode } from './json-located';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
}

export interface SchemaError {
  /** JSON pointer-ish path, e.g. `claims[3].status`. */
  path: string;
  message: string;
  offset: number;
}

const MAX_ERRORS = 20;

function typeOf(node: JsonNode): string {
  if (node.kind === 'number') return Number.isInteger(node.value) ? 'integer' : 'number';
  return node.kind;
}

function typeMatches(node: JsonNode, type: string): boolean {
  const t = typeOf(node);
  return t === type || (type === 'number' && t === 'integer');
}

function scalar(node: JsonNode): unknown {
  return node.kind === 'object' || node.kind === 'array' ? undefined : node.kind === 'null' ? null : node.value;
}

export function checkSchema(root: JsonNode, schema: JsonSchema): SchemaError[] {
  const errors: SchemaError[] = [];
  const defs = schema.definitions ?? {};

  const resolve = (s: JsonSchema): JsonSchema => {
    if (!s.$ref) return s;
    const name = s.$ref.replace(/^#\/definitions\//, '');
    const target = Object.prototype.hasOwnProperty.call(defs, name) ? defs[name] : undefined;
    if (!target) throw new Error(`schema: unresolved $ref ${s.$ref}`);
    return target;
  };

  const visit = (node: JsonNode, raw: JsonSchema, path: string): void => {
    if (errors.length >= MAX_ERRORS) return;
    const s = resolve(raw);
    const add = (message: string, offset = node.start): void => {
      errors.push({ path: path || '(top level)', message, offset });
    };
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? s.type : [s.type];
      if (!types.some((t) => typeMatches(node, t))) {
        add(`expected ${types.join(' or ')}, found ${typeOf(node)}`);
        return;
      }
    }
    if (s.const !== undefined && scalar(node) !== s.const) {
      add(`must be ${JSON.stringify(s.const)}`);
      return;
    }
    if (s.enum !== undefined && !s.enum.includes(scalar(node))) {
      add(`must be one of ${s.enum.map((v) => JSON.stringify(v)).join(', ')}`);
      return;
    }
    if (node.kind === 'number' && s.minimum !== undefined && node.value < s.minimum) add(`must be at least ${s.minimum}`);
    if (node.kind === 'string') {
      if (s.minLength !== undefined && node.value.length < s.minLength) add(`must be at least ${s.minLength} characters`);
      if (s.maxLength !== undefined && node.value.length > s.maxLength) add(`must be at most ${s.maxLength} characters`);
    }
    if (node.kind === 'array') {
      if (s.maxItems !== undefined && node.items.length > s.maxItems) add(`more than ${s.maxItems} items`);
      if (s.items) node.items.forEach((item, k) => visit(item, s.items as JsonSchema, `${path}[${k}]`));
    }
    if (node.kind === 'object') {
      for (const key of s.required ?? []) {
        if (!node.props.some((p) => p.key === key)) add(`missing required property "${key}"`);
      }
      const props = s.properties ?? {};
      for (const p of node.props) {
        if (!Object.prototype.hasOwnProperty.call(props, p.key)) continue; // unknown: allowed, kept
        visit(p.value, props[p.key], path ? `${path}.${p.key}` : p.key);
      }
    }
  };

  visit(root, schema, '');
  return errors;
}
