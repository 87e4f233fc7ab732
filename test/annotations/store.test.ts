import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptySidecar, serializeSidecar } from '../../server/src/annotations/format';
import { LockTimeoutError, withLock } from '../../server/src/annotations/lock';
import { commitSidecar, readSidecar, SidecarInvalidError, writeAtomic } from '../../server/src/annotations/store';
import { makeClaim } from './claim-helpers';

const WRITER = join(__dirname, 'workers', 'sidecar-writer.ts');
const FIXTURES = join(__dirname, '..', 'fixtures', 'sidecars');

function tempDir(): string {
  return fs.mkdtempSync(join(tmpdir(), 'sidecar-'));
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

describe('sidecar store (atomic, locked, merging)', function () {
  this.timeout(60_000);

  it('writes only when something changed', () => {
    const dir = tempDir();
    const file = join(dir, 'a.article.annotations.json');
    const text = 'Exports rose 14% in March.';
    const s = { ...emptySidecar('a.article', 'sha256:00'), claims: [makeClaim(text, 0, 25)] };
    const first = commitSidecar(file, readSidecar(file), s);
    assert.ok(first.wrote);
    const mtime = fs.statSync(file).mtimeMs;
    const again = commitSidecar(file, first.state, first.state.sidecar);
    assert.equal(again.wrote, false);
    assert.equal(fs.statSync(file).mtimeMs, mtime);
  });

  it('never overwrites a broken sidecar: every fixture keeps its bytes', () => {
    const expected = JSON.parse(fs.readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<string, unknown>;
    const dir = tempDir();
    for (const name of Object.keys(expected)) {
      const file = join(dir, name);
      fs.copyFileSync(join(FIXTURES, name), file);
      const before = fs.readFileSync(file);
      const state = readSidecar(file);
      assert.equal(state.kind, 'invalid', name);
      const ours = { ...emptySidecar('a.article', 'sha256:00'), claims: [makeClaim('Some words here.', 0, 10)] };
      assert.throws(() => commitSidecar(file, state, ours), SidecarInvalidError, name);
      // Even with a stale idea of the file (as if it broke after we read it).
      assert.throws(() => commitSidecar(file, { kind: 'missing', hash: null }, ours), SidecarInvalidError, name);
      assert.ok(fs.readFileSync(file).equals(before), `${name} unchanged`);
    }
  });

  it('refuses a 100 MB sidecar without reading it', () => {
    const dir = tempDir();
    const file = join(dir, 'huge.article.annotations.json');
    fs.writeFileSync(file, '{"version": 1, "pad": "');
    fs.truncateSync(file, 100 * 1024 * 1024); // sparse: cheap to create
    const state = readSidecar(file);
    assert.equal(state.kind, 'invalid');
    assert.ok(state.kind === 'invalid' && state.problems[0].message.includes('is too large (104857600 bytes'), 'refused on its size, before reading');
    assert.equal(state.hash, null, 'not even hashed');
    assert.equal(fs.statSync(file).size, 100 * 1024 * 1024);
  });

  it('merges by claim id when another writer changed the file since it was read', () => {
    const dir = tempDir();
    const file = join(dir, 'a.article.annotations.json');
    const text = 'First claim. Second claim. Third claim.';
    const base = commitSidecar(file, readSidecar(file), { ...emptySidecar('a.article', 'sha256:00'), claims: [makeClaim(text, 0, 12, 'one')] }).state;
    // Someone else adds "two" and changes "one"'s status.
    const theirs = { ...base.sidecar, claims: [{ ...base.sidecar.claims[0], status: 'checking' as const, updatedAt: '2026-02-01T00:00:00.000Z' }, makeClaim(text, 13, 26, 'two')] };
    fs.writeFileSync(file, serializeSidecar(theirs));
    // We add "three" starting from our old base.
    const r = commitSidecar(file, base, { ...base.sidecar, claims: [...base.sidecar.claims, makeClaim(text, 27, 39, 'three')] });
    assert.ok(r.merged && r.wrote);
    const onDisk = readSidecar(file);
    assert.ok(onDisk.kind === 'ok');
    assert.deepEqual(onDisk.sidecar.claims.map((c) => c.id), ['one', 'two', 'three']);
    assert.equal(onDisk.sidecar.claims[0].status, 'checking');
  });

  it('a writer SIGKILLed while saving leaves the old or the new sidecar, intact', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.article.annotations.json');
    let kills = 0;
    for (let round = 0; round < 6; round++) {
      const child = spawn(process.execPath, ['-r', 'tsx/cjs', WRITER, file, `r${round}`, '0', '--forever'], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve, reject) => {
        child.stdout.once('data', () => resolve());
        child.once('exit', (code) => reject(new Error(`writer exited (${code}) before it was ready`)));
      });
      await sleep(20 + Math.floor(Math.random() * 80));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      kills++;
      const state = readSidecar(file);
      assert.equal(state.kind, 'ok', `round ${round}: ${state.kind === 'invalid' ? JSON.stringify(state.problems) : ''}`);
      // Claims only ever grow: every round's first claim must still be there.
      const ids = new Set(state.kind === 'ok' ? state.sidecar.claims.map((c) => c.id) : []);
      for (let r = 0; r <= round; r++) assert.ok(ids.has(`r${r}-0`), `claim of round ${r} kept`);
    }
    assert.equal(kills, 6);
    // The dead writer's lock does not block the next one.
    const state = readSidecar(file);
    assert.ok(state.kind === 'ok');
    const r = commitSidecar(file, state, { ...state.sidecar, claims: [...state.sidecar.claims, makeClaim('After the crash.', 0, 9, 'after')] });
    assert.ok(r.wrote);
    assert.deepEqual(fs.readdirSync(dir), ['a.article.annotations.json'], 'temp files of killed writers are swept');
  });

  it('two writers at once lose no claim', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.article.annotations.json');
    const N = 40;
    const run = (prefix: string) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, ['-r', 'tsx/cjs', WRITER, file, prefix, String(N)], { stdio: 'inherit' });
        child.once('exit', (code) => resolve(code ?? -1));
      });
    const codes = await Promise.all([run('left'), run('right')]);
    assert.deepEqual(codes, [0, 0]);
    const state = readSidecar(file);
    assert.ok(state.kind === 'ok');
    const ids = new Set(state.sidecar.claims.map((c) => c.id));
    for (const p of ['left', 'right']) for (let k = 0; k < N; k++) assert.ok(ids.has(`${p}-${k}`), `${p}-${k} kept`);
    assert.equal(state.sidecar.claims.length, 2 * N);
  });

  it('waits for a live lock holder, takes over a dead one\'s lock', () => {
    const dir = tempDir();
    const file = join(dir, 'a.article.annotations.json');
    fs.writeFileSync(`${file}.lock`, `${process.pid}\n${hostname()}\n`);
    assert.throws(() => withLock(file, () => 1, 150), LockTimeoutError);
    // A pid that cannot exist: its lock is stale.
    fs.writeFileSync(`${file}.lock`, `2147483646\n${hostname()}\n`);
    assert.equal(withLock(file, () => 42, 150), 42);
    assert.ok(!fs.existsSync(`${file}.lock`), 'released');
  });

  it('writeAtomic replaces the file in one step', () => {
    const dir = tempDir();
    const file = join(dir, 'x.json');
    writeAtomic(file, 'old\n');
    writeAtomic(file, 'new\n');
    assert.equal(fs.readFileSync(file, 'utf8'), 'new\n');
    assert.deepEqual(fs.readdirSync(dir), ['x.json'], 'no temporary file left behind');
  });
});
