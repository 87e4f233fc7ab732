// The sidecar store against hostile files and file systems: a named pipe or a
// folder where the sidecar should be, bytes that are not UTF-8, modes and
// read-only files, fields a newer version wrote growing without bound, a file
// too large to pretty-print under our own read limit, and two writers that do
// not watch the file. Real files in real temp folders.
import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptySidecar, MAX_SIDECAR_BYTES, parseSidecar, serializeSidecar } from '../../server/src/annotations/format';
import { parseLocated } from '../../server/src/annotations/json-located';
import { setNote, setStatus } from '../../server/src/annotations/operations';
import {
  commitSidecar,
  invalidUtf8At,
  readSidecar,
  SidecarInvalidError,
  SidecarReadOnlyError,
  SidecarTooLargeError,
} from '../../server/src/annotations/store';
import type { Sidecar } from '../../server/src/annotations/types';
import { ROOT } from '../lsp/harness';
import { makeClaim } from './claim-helpers';

const TEXT = 'Grain exports rose 14% in March, the port authority said. Imports fell.';

function setup() {
  const dir = fs.mkdtempSync(join(tmpdir(), 'na-store-safety-'));
  const article = join(dir, 'port.article');
  fs.writeFileSync(article, TEXT);
  return { dir, article, sidecar: `${article}.annotations.json` };
}

const withClaims = (n = 1): Sidecar => ({
  ...emptySidecar('port.article', 'sha256:00'),
  claims: Array.from({ length: n }, (_, k) => makeClaim(TEXT, 0, 22, `c${k}`)),
});

/** The CLI from source in a child process, killed after `ms` (a hang is a failure, not a stuck suite). */
function cliProcess(args: string[], ms = 20_000): Promise<{ code: number | null; stdout: string; stderr: string; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', 'tsx/cjs', join(ROOT, 'server/src/cli/main.ts'), ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, ms);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, killed });
    });
  });
}

describe('sidecar store: hostile files', function () {
  this.timeout(60_000);

  it('a named pipe (FIFO) as the sidecar is refused at once, in the CLI too (it used to hang)', async function () {
    if (process.platform === 'win32') this.skip();
    const { article, sidecar } = setup();
    execFileSync('mkfifo', [sidecar]);
    const r = await cliProcess(['claims', article]);
    assert.equal(r.killed, false, 'the CLI returns instead of waiting on the pipe forever');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /is a named pipe \(FIFO\), not a claims file/);
    assert.ok(r.stderr.includes(sidecar), 'the message says where');
    const state = readSidecar(sidecar);
    assert.equal(state.kind, 'invalid');
    assert.ok(fs.statSync(sidecar).isFIFO(), 'left alone');
  });

  it('a folder as the sidecar is refused with a message that says what and where (not EISDIR)', () => {
    const { sidecar } = setup();
    fs.mkdirSync(sidecar);
    const state = readSidecar(sidecar);
    assert.equal(state.kind, 'invalid');
    const message = state.kind === 'invalid' ? state.problems[0].message : '';
    assert.equal(message, `${sidecar} is a folder, not a claims file; move it away to store claims for this article`);
    assert.throws(() => commitSidecar(sidecar, state, withClaims()), (err: Error) => err instanceof SidecarInvalidError && !/EISDIR/.test(err.message));
    assert.ok(fs.statSync(sidecar).isDirectory());
  });

  it('invalid UTF-8 is refused, not read with U+FFFD and rewritten; the bytes stay as they were', () => {
    const { sidecar } = setup();
    const good = Buffer.from(serializeSidecar(withClaims()), 'utf8');
    const at = good.indexOf('"note": ""') + 9;
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xc3, 0x28]), good.subarray(at)]);
    fs.writeFileSync(sidecar, bad);
    const state = readSidecar(sidecar);
    assert.equal(state.kind, 'invalid');
    assert.match(state.kind === 'invalid' ? state.problems[0].message : '', /not valid UTF-8 \(byte \d+\)/);
    assert.throws(() => commitSidecar(sidecar, state, withClaims(2)), SidecarInvalidError);
    assert.throws(() => commitSidecar(sidecar, { kind: 'missing', hash: null }, withClaims(2)), SidecarInvalidError);
    assert.ok(fs.readFileSync(sidecar).equals(bad), 'bytes unchanged');
  });

  it('finds the first byte that is not UTF-8 (overlong, surrogate, truncated, out of range)', () => {
    const cases: Array<[number[], number]> = [
      [[0x41, 0x42], -1],
      [[0xe2, 0x82, 0xac], -1],
      [[0xf0, 0x9f, 0x98, 0x80], -1],
      [[0x41, 0xc0, 0x80], 1],
      [[0xed, 0xa0, 0x80], 0],
      [[0x41, 0xe2, 0x82], 1],
      [[0xf4, 0x90, 0x80, 0x80], 0],
      [[0x80], 0],
    ];
    for (const [bytes, want] of cases) assert.equal(invalidUtf8At(Uint8Array.from(bytes)), want, JSON.stringify(bytes));
  });

  it('keeps the file mode on every write (0600 stays 0600)', function () {
    if (process.platform === 'win32') this.skip();
    const { sidecar } = setup();
    const first = commitSidecar(sidecar, readSidecar(sidecar), withClaims());
    assert.equal(fs.statSync(sidecar).mode & 0o777, 0o666 & ~process.umask(), 'a new file gets the usual mode');
    fs.chmodSync(sidecar, 0o600);
    const r = commitSidecar(sidecar, first.state, { ...first.state.sidecar, claims: setNote(first.state.sidecar.claims, 'c0', 'private', '2026-03-01T00:00:00.000Z') });
    assert.ok(r.wrote);
    assert.equal(fs.statSync(sidecar).mode & 0o777, 0o600);
  });

  it('a read-only sidecar is not replaced: a clear refusal, bytes and mode unchanged', function () {
    if (process.platform === 'win32') this.skip();
    const { sidecar } = setup();
    const first = commitSidecar(sidecar, readSidecar(sidecar), withClaims());
    fs.chmodSync(sidecar, 0o444);
    const before = fs.readFileSync(sidecar);
    const next = { ...first.state.sidecar, claims: setStatus(first.state.sidecar.claims, 'c0', 'false', '2026-03-01T00:00:00.000Z') };
    assert.throws(() => commitSidecar(sidecar, first.state, next), (err: Error) => err instanceof SidecarReadOnlyError && /is read-only/.test(err.message));
    assert.ok(fs.readFileSync(sidecar).equals(before));
    assert.equal(fs.statSync(sidecar).mode & 0o777, 0o444);
    // Nothing to write: no error.
    assert.equal(commitSidecar(sidecar, first.state, first.state.sidecar).wrote, false);
  });

  it('caps what unknown fields may hold, and says which field and where', () => {
    const s = withClaims();
    const big = parseSidecar(serializeSidecar({ ...s, extra: { generator: { pad: 'x'.repeat(1_200_000) } } }));
    assert.ok(!big.ok);
    assert.match(big.problems[0].message, /fields this version does not know hold \d+ characters, more than the 1048576 it keeps \(the largest is "generator"/);
    assert.equal(big.problems[0].line, 34, 'the line of the field');
    const many = parseSidecar(serializeSidecar({ ...s, extra: { items: Array.from({ length: 600_000 }, () => 0) } }).replace(/\n\s*/g, ''));
    assert.ok(!many.ok && /the largest is "items"/.test(many.problems[0].message));
    // Within the cap: kept and written back.
    const small = parseSidecar(serializeSidecar({ ...s, extra: { generator: { name: 'x', version: '9' } } }));
    assert.ok(small.ok && small.sidecar.extra?.generator);
  });

  it('refuses a document of more than a million values before it fills the memory', () => {
    assert.throws(() => parseLocated('[' + '0,'.repeat(1_000_000) + '0]'), /more than 1000000 values/);
    assert.doesNotThrow(() => parseLocated('[' + '0,'.repeat(999_998) + '0]'));
  });

  it('writes compactly when pretty-printing would pass its own read limit, and reads it back', () => {
    const { sidecar } = setup();
    // Many claims: about 14 MB compact, over 16 MiB pretty-printed.
    const note = 'n'.repeat(100);
    const claims = Array.from({ length: 28_000 }, (_, k) => ({ ...makeClaim(TEXT, 0, 22, `c${k}`), note }));
    const s: Sidecar = { ...emptySidecar('port.article', 'sha256:00'), claims };
    assert.ok(Buffer.byteLength(serializeSidecar(s)) > MAX_SIDECAR_BYTES, 'the pretty form would be too large');
    const r = commitSidecar(sidecar, readSidecar(sidecar), s);
    assert.ok(r.wrote);
    const size = fs.statSync(sidecar).size;
    assert.ok(size <= MAX_SIDECAR_BYTES, `${size} bytes on disk`);
    const back = readSidecar(sidecar);
    assert.equal(back.kind, 'ok');
    assert.equal(back.kind === 'ok' && back.sidecar.claims.length, claims.length);
  });

  it('refuses to write what it could not read back, and says so (the file is untouched)', () => {
    const { sidecar } = setup();
    const first = commitSidecar(sidecar, readSidecar(sidecar), withClaims());
    const before = fs.readFileSync(sidecar);
    const huge = { ...first.state.sidecar, claims: Array.from({ length: 20 }, (_, k) => ({ ...makeClaim(TEXT, 0, 22, `h${k}`), note: 'x'.repeat(1_000_000) })) };
    assert.throws(
      () => commitSidecar(sidecar, first.state, huge),
      (err: Error) => err instanceof SidecarTooLargeError && /was not saved: it would be \d+ bytes, more than the \d+ News Annotator reads back/.test(err.message),
    );
    assert.ok(fs.readFileSync(sidecar).equals(before));
  });

  it('two writers that do not watch the file: status from one, note from the other, both kept (compare-and-swap)', () => {
    const { sidecar } = setup();
    const base = commitSidecar(sidecar, readSidecar(sidecar), withClaims()).state;
    // Both start from the same read; neither hears of the other's write.
    const a = commitSidecar(sidecar, base, { ...base.sidecar, claims: setStatus(base.sidecar.claims, 'c0', 'false', '2026-03-01T10:00:00.000Z') });
    const b = commitSidecar(sidecar, base, { ...base.sidecar, claims: setNote(base.sidecar.claims, 'c0', 'Ask the port.', '2026-03-01T10:00:00.150Z') });
    assert.ok(a.wrote && b.wrote && b.merged);
    const disk = readSidecar(sidecar);
    assert.ok(disk.kind === 'ok');
    assert.equal(disk.sidecar.claims[0].status, 'false');
    assert.equal(disk.sidecar.claims[0].note, 'Ask the port.');
  });
});
