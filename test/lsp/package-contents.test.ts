// What the .vsix would ship (vsce's own listing through the .vscodeignore allowlist): the
// bundles (client, server, CLI, and the analysis library that the server and the CLI load), the CLI launcher, the grammar, the schema, the manifest, the README and the licence; no sources,
// tests, fixtures or source maps.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './harness';

describe('VSIX contents', () => {
  it('ships only what the extension needs', function () {
    this.timeout(60_000);
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split('\n').map((l) => l.trim()).filter((l) => l.length > 0).sort();
    for (const needed of ['package.json', 'LICENSE', 'dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/analysis.js', 'dist/ner-model.bin', 'dist/checkworthy-model.bin', 'dist/attribution-model.bin', 'syntaxes/news-article.tmLanguage.json']) {
      assert.ok(files.includes(needed), `${needed} is shipped`);
    }
    const stray = files.filter((f) => /\.(ts|map)$/.test(f) || /^(test|server|client|node_modules|scripts|e2e-out)\//.test(f));
    assert.deepEqual(stray, [], 'no sources, tests or maps');
    assert.ok(files.length < 20, `${files.length} files`);
  });
});
