// The author of a new claim comes from `git config user.name`, run with the git found on PATH:
// never a `git` placed beside the article (on Windows a bare name runs the one in the working
// folder first; here a PATH with '.' in it does the same).
import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findExecutable } from '../../server/src/lsp/claims/claims-registry';
import { execute, startServer } from '../annotations/lsp-helpers';
import { SAMPLE } from './articles';

const Q = 'Shipping lines have diverted at least 40 vessels to Castelmar since January.';

function fakeGit(dir: string, name: string, marker: string): void {
  const file = join(dir, 'git');
  writeFileSync(file, `#!/bin/sh\ntouch '${marker}'\necho '${name}'\n`);
  chmodSync(file, 0o755);
}

async function authorOfNewClaim(dir: string): Promise<string | null> {
  const article = join(dir, 'story.article');
  writeFileSync(article, SAMPLE);
  const uri = pathToFileURL(article).href;
  const client = await startServer();
  try {
    await client.open(uri, SAMPLE);
    const start = SAMPLE.indexOf(Q);
    const r = await execute(client.conn, 'newsAnnotator.tagClaim', { uri, start, end: start + Q.length });
    assert.ok(r.ok, r.message);
    const list = (await client.conn.sendRequest('newsAnnotator/claims', { uri })) as { claims: Array<{ author: string | null }> };
    return list.claims[0].author;
  } finally {
    await client.close();
  }
}

describe('claim author lookup', function () {
  this.timeout(30_000);
  const savedPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = savedPath;
  });

  it('does not run a git placed in the article folder, even with "." on PATH', async function () {
    if (process.platform === 'win32') this.skip();
    const dir = mkdtempSync(join(tmpdir(), 'na-author-'));
    const marker = join(dir, 'ran');
    fakeGit(dir, 'Mallory', marker);
    process.env.PATH = ['.', '', savedPath].join(delimiter);
    const author = await authorOfNewClaim(dir);
    assert.notEqual(author, 'Mallory');
    assert.ok(!existsSync(marker), 'the git beside the article never ran');
  });

  it('runs the git found in an absolute PATH folder', async function () {
    if (process.platform === 'win32') this.skip();
    const dir = mkdtempSync(join(tmpdir(), 'na-author-'));
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    fakeGit(bin, 'Desk Editor', join(dir, 'ran'));
    process.env.PATH = [bin, '.'].join(delimiter);
    assert.equal(findExecutable('git'), join(bin, 'git'));
    assert.equal(await authorOfNewClaim(mkdtempSync(join(tmpdir(), 'na-author-article-'))), 'Desk Editor');
  });

  it('skips relative PATH entries', () => {
    assert.equal(findExecutable('git', { PATH: ['.', 'bin', ''].join(delimiter) }), null);
  });
});
