// The language server's Node flags and environment for the benchmarks that start it, as the
// VS Code client does: read from their one home, server/src/shared/server-process.ts (whose two
// constants are plain literals for this reason).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './bench-text.mjs';

export function serverProcess() {
  const src = readFileSync(join(ROOT, 'server/src/shared/server-process.ts'), 'utf8');
  const constant = (name) => {
    const m = new RegExp(`export const ${name} = (.+);`).exec(src);
    if (!m) throw new Error(`server-process.ts: no ${name}`);
    // A TypeScript literal of strings as JSON: double quotes, keys quoted.
    return JSON.parse(m[1].replace(/'/g, '"').replace(/([{,]\s*)([A-Za-z_]\w*):/g, '$1"$2":'));
  };
  return { execArgv: constant('SERVER_EXEC_ARGV'), env: { ...process.env, ...constant('SERVER_ENV') } };
}
