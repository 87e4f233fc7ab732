// Settings that widen the work or lift limits: bounded on the server whoever set them, and
// marked as restricted for VS Code's Restricted Mode (untrusted workspaces).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_ARTICLE_CHARS_CEILING, MAX_FILE_GLOBS, readSettings } from '../../server/src/lsp/settings';
import { ROOT } from './harness';

interface Manifest {
  capabilities: { untrustedWorkspaces: { supported: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] } };
  contributes: { configuration: Array<{ properties: Record<string, unknown> }> };
}

describe('settings that widen the work', () => {
  it('are restricted in untrusted workspaces, and each one is a real setting', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
    const trust = pkg.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited', 'restrictedConfigurations only apply to "limited" support');
    assert.ok(trust.description);
    const restricted = trust.restrictedConfigurations ?? [];
    for (const name of ['newsAnnotator.files', 'newsAnnotator.maxArticleChars']) assert.ok(restricted.includes(name), name);
    const known = new Set(pkg.contributes.configuration.flatMap((c) => Object.keys(c.properties)));
    for (const name of restricted) assert.ok(known.has(name), `${name} is contributed`);
  });

  it('are bounded on the server too (editors without Workspace Trust pass workspace settings on)', () => {
    const s = readSettings({ maxArticleChars: 1e12, files: [...Array.from({ length: 500 }, (_, k) => `**/${k}/*.txt`), 'x'.repeat(5000), 42] });
    assert.equal(s.maxArticleChars, MAX_ARTICLE_CHARS_CEILING);
    assert.equal(s.files.length, MAX_FILE_GLOBS);
    assert.ok(s.files.every((f) => f.length < 100));
    assert.equal(readSettings({ maxArticleChars: 5000 }).maxArticleChars, 5000);
  });
});
