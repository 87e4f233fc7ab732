// The `claims` and `reanchor` commands on real files, through the CLI's run().
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { analyze } from '../../server/src/analysis';
import { emptySidecar, serializeSidecar } from '../../server/src/annotations/format';
import { textHash } from '../../server/src/annotations/hash';
import { tagClaim } from '../../server/src/annotations/tagging';
import type { Claim } from '../../server/src/annotations/types';
import { run } from '../../server/src/cli/run';

const STORY = `Harbour strike ends after pay deal

PORTVALE, March 3 (Wirewire) – Dock workers at the port of Portvale voted on Sunday to end a nine-day strike.

Grain exports through the port fell 38% during the stoppage, the port authority said.

"We will be back at full speed by Friday," said Ana Okafor, who leads the dockers' union.

The port handles a third of the region's grain.
`;

async function cli(args: string[]) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d: Buffer) => (stdout += d.toString()));
  err.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await run(args, { stdin: new PassThrough(), stdout: out, stderr: err, env: {} });
  return { code, stdout, stderr };
}

function tagged(text: string, quotes: string[]): Claim[] {
  const analysis = analyze(text);
  const claims: Claim[] = [];
  for (const q of quotes) {
    const start = text.indexOf(q);
    const r = tagClaim({ analysis, start, end: start + q.length, author: 'Ana Lima', now: '2026-03-03T10:00:00.000Z', existing: claims });
    assert.ok(r.created);
    claims.push(r.claim);
  }
  return claims;
}

describe('CLI: claims and reanchor', () => {
  const dir = mkdtempSync(join(tmpdir(), 'na-claims-'));
  const article = join(dir, 'strike.article');
  const sidecar = `${article}.annotations.json`;
  const quotes = [
    'Grain exports through the port fell 38% during the stoppage',
    '"We will be back at full speed by Friday,"',
    'The port handles a third of the region\'s grain.',
  ];

  beforeEach(() => {
    writeFileSync(article, STORY);
    writeFileSync(sidecar, serializeSidecar({ ...emptySidecar('strike.article', textHash(STORY)), claims: tagged(STORY, quotes) }));
  });

  it('lists claims with status, anchor state and kind', async () => {
    const r = await cli(['claims', article]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /3 claims \(0 drifted, 0 orphaned\)/);
    assert.match(r.stdout, /unverified\s+anchored\s+5:1\s+statistic/);
    const j = await cli(['claims', article, '--format', 'json']);
    const rows = (JSON.parse(j.stdout) as { claims: Array<{ kind: string; text: string }> }).claims;
    assert.deepEqual(rows.map((x) => x.kind), ['statistic', 'quotation', 'statistic']);
  });

  it('re-anchors after an outside edit: moved, drifted, orphaned; exit 1 for the orphan', async () => {
    const edited = STORY.replace('Harbour strike ends after pay deal\n', 'UPDATE 1-Harbour strike ends after pay deal, port reopens\n')
      .replace('fell 38% during', 'fell by 38% during')
      .replace("The port handles a third of the region's grain.\n", '');
    writeFileSync(article, edited);
    const r = await cli(['reanchor', article]);
    assert.equal(r.code, 1, 'an orphan fails the run');
    assert.match(r.stdout, /3 claims — 0 in place, 1 moved, 1 found approximately, 1 orphaned; strike\.article\.annotations\.json updated/);
    assert.match(r.stderr, /1 orphaned claim/);
    assert.doesNotMatch(r.stdout, /recheck/, 'no verdict was given yet');
    const saved = JSON.parse(readFileSync(sidecar, 'utf8')) as { textHash: string; claims: Claim[] };
    assert.equal(saved.textHash, textHash(edited));
    assert.equal(saved.claims.length, 3, 'the orphan is kept in the file');
    const byAnchor = Object.fromEntries(saved.claims.map((c) => [c.target.quote.exact.slice(0, 12), c.anchor]));
    assert.deepEqual(byAnchor, { 'Grain export': 'drifted', '"We will be ': 'anchored', "The port han": 'orphaned' });
    const again = await cli(['reanchor', article]);
    assert.match(again.stdout, /sidecar unchanged/);
  });

  it('succeeds when nothing is orphaned, and --dry-run writes nothing', async () => {
    writeFileSync(article, 'Breaking: ' + STORY);
    const before = readFileSync(sidecar);
    const dry = await cli(['reanchor', '--dry-run', article]);
    assert.equal(dry.code, 0);
    assert.ok(readFileSync(sidecar).equals(before));
    const r = await cli(['reanchor', article]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /3 moved/);
  });

  it('flags a verified claim whose words changed for a recheck', async () => {
    const saved = JSON.parse(readFileSync(sidecar, 'utf8')) as { claims: Array<{ status: string }> };
    saved.claims[0].status = 'verified';
    writeFileSync(sidecar, JSON.stringify(saved, null, 2) + '\n');
    writeFileSync(article, STORY.replace('fell 38% during', 'fell 83% during'));
    const r = await cli(['reanchor', article]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /1 checked claim changed since the verdict: recheck/);
    assert.match(r.stdout, /verified\s+drifted/);
  });

  it('refuses a broken sidecar and leaves its bytes alone', async () => {
    copyFileSync(join(__dirname, '..', 'fixtures', 'sidecars', 'truncated.annotations.json'), sidecar);
    const before = readFileSync(sidecar);
    const r = await cli(['reanchor', article]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /invalid sidecar, left untouched: line 27, column \d+: invalid JSON/);
    assert.ok(readFileSync(sidecar).equals(before));
    assert.equal((await cli(['claims'])).code, 2, 'usage error');
    assert.equal((await cli(['claims', article, '--sidecar-suffix', '../x'])).code, 2, 'no paths as suffix');
    // Another suffix: a sidecar of that name is read instead.
    writeFileSync(`${article}.claims.json`, serializeSidecar({ ...emptySidecar('strike.article', textHash(STORY)), claims: tagged(STORY, quotes.slice(0, 1)) }));
    const other = await cli(['claims', article, '--sidecar-suffix=.claims.json']);
    assert.equal(other.code, 0, other.stderr);
    assert.match(other.stdout, /1 claim \(0 drifted, 0 orphaned\)/);
  });
});
