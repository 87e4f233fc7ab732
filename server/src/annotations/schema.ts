// The sidecar JSON Schema, loaded from schemas/ (the file VS Code also uses via
// contributes.jsonValidation). `require` rather than `import` because the file
// lives outside the server project's rootDir; esbuild and tsx both inline it.
import type { JsonSchema } from './schema-check';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const SIDECAR_SCHEMA: JsonSchema = require('../../../schemas/annotations.v1.schema.json') as JsonSchema;
