// The sidecar JSON Schemas, loaded from schemas/ (the files VS Code also uses via
// contributes.jsonValidation). `require` rather than `import` because the files
// live outside the server project's rootDir; esbuild and tsx both inline them.
// A file is checked against the schema of its own version.
import type { JsonSchema } from './schema-check';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const SIDECAR_SCHEMA: JsonSchema = require('../../../schemas/annotations.v1.schema.json') as JsonSchema;
/** Version 2: corrections of the engine. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const SIDECAR_SCHEMA_V2: JsonSchema = require('../../../schemas/annotations.v2.schema.json') as JsonSchema;

export function schemaFor(version: number): JsonSchema {
  return version === 2 ? SIDECAR_SCHEMA_V2 : SIDECAR_SCHEMA;
}
