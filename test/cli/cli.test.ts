// The CLI as a user runs it: a real process, real files in a real temp folder.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis';
import { contractJsonChunks, toContract } from '../../server/src/export/contract';

const CLI = join(__dirname, '../../bin/news-annotator.js');
const STORY = `Ferry service resumes after storm, operator says

PORT ELLIS, Oct 2 (Wirewire) – Ferries between Port Ellis and Carrow Island ran again on Tuesday, the operator Blue Strait Lines said, after a storm kept boats in harbour for three days.

"We are back on the normal timetable," said Rosa Kent, the company's head of operations.
`;

function cli(args: string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 60_000,
    maxBuffer: 64 << 20,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('news-annotator CLI', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'na-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Buffer) => {
    const p = join(dir, name);
    writeFileSync(p, content);
    return p;
  };

  it('prints the contract JSON with offsets into the exact text', () => {
    const p = file('ferry.article', STORY);
    const r = cli(['analyze', p, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out);
    for (const key of ['entities', 'figures', 'attributions', 'claims', 'boilerplate']) assert.ok(Array.isArray(out[key]), key);
    assert.equal(out.file, p);
    const spans = [
      ...out.entities.flatMap((e: { mentions: unknown[] }) => e.mentions),
      ...out.figures,
      ...out.attributions.map((a: { content: unknown }) => a.content),
      ...out.boilerplate,
    ] as Array<{ start: number; end: number; text: string }>;
    for (const s of spans) assert.equal(STORY.slice(s.start, s.end), s.text);
    assert.equal(out.dateline.place.text, 'PORT ELLIS');
  });

  it('keeps offsets right for CRLF line endings', () => {
    const crlf = STORY.replace(/\n/g, '\r\n');
    const r = cli(['analyze', file('crlf.article', crlf), '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out);
    assert.equal(crlf.slice(out.dateline.start, out.dateline.end), out.dateline.text);
  });

  it('answers JSON lines in order, one per input, with ids', () => {
    const input = ['{"id":"a","text":"Oslo is cold."}', '{"id":7,"text":""}', '{"id":"c","text":"Three people said so."}'].join('\n');
    const r = cli(['analyze', '--jsonl'], input);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['a', 7, 'c']);
  });

  it('reports a bad JSON line and carries on', () => {
    const r = cli(['analyze', '--jsonl'], '{"id":"a","text":"x"}\nnot json\n{"id":"b","text":"y"}\n');
    assert.equal(r.code, 1);
    assert.equal(r.out.trim().split('\n').length, 3);
    assert.match(r.err, /line 2: not valid JSON/);
  });

  it('analyses an empty file to an empty result', () => {
    const r = cli(['analyze', file('empty.article', ''), '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out).entities, []);
  });

  const oneLineError = (r: { code: number | null; err: string }, pattern: RegExp) => {
    assert.equal(r.code, 1);
    assert.match(r.err, pattern);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
    assert.doesNotMatch(r.err, /\bat .+:\d+:\d+/); // no stack trace
  };

  it('refuses a missing path, a folder without articles, a binary file and invalid UTF-8 with one line each', () => {
    oneLineError(cli(['analyze', join(dir, 'nope.article')]), /no such file/);
    const folder = join(dir, 'no-articles');
    mkdirSync(folder, { recursive: true });
    oneLineError(cli(['analyze', folder]), /is a folder with no article files/);
    oneLineError(cli(['analyze', file('bin.article', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))]), /binary/);
    oneLineError(cli(['analyze', file('latin1.article', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]))]), /not valid UTF-8/);
  });

  it('refuses a file over the size limit without reading it', () => {
    const p = join(dir, 'huge.article');
    writeFileSync(p, Buffer.alloc(33 * 1024 * 1024, 0x61));
    oneLineError(cli(['analyze', p]), /larger than the 32 MB limit/);
  });

  it('exits 2 on usage errors and 0 on --help', () => {
    assert.equal(cli([]).code, 2);
    assert.equal(cli(['analyze']).code, 2);
    assert.equal(cli(['analyze', '--format', 'xml', 'x']).code, 2);
    assert.equal(cli(['frobnicate']).code, 2);
    const help = cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /news-annotator analyze FILE/);
  });

  it('prints a readable summary, coloured only when asked', () => {
    const p = file('ferry2.article', STORY);
    const plain = cli(['analyze', p]);
    assert.equal(plain.code, 0, plain.err);
    assert.match(plain.out, /Entities/);
    assert.doesNotMatch(plain.out, /\u001b\[/);
    const coloured = cli(['analyze', p, '--color']);
    assert.match(coloured.out, /\u001b\[/);
  });

  it('ends quietly when the reader of its output goes away (… | head)', () => {
    const p = file('long.article', Array.from({ length: 400 }, () => STORY).join('\n\n'));
    // The shell's pipe into a reader that takes one line and leaves.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" analyze "${p}" --format json | head -c 100 > /dev/null`], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0);
    assert.equal(r.stderr, '');
  });
});

describe('contract JSON in pieces', () => {
  it('is exactly toContract + JSON.stringify, for small and batched lists', () => {
    const text = `${STORY}\n\n${STORY}`;
    const a = analyze(text);
    assert.ok(a.entities.length > 2, 'the story should give several entities');
    for (const extra of [{ id: 'x', file: 'f' }, {}, { id: 7 }]) {
      for (const batch of [1, 2, 1000]) {
        assert.equal([...contractJsonChunks(a, extra, batch)].join(''), JSON.stringify(toContract(a, extra)));
      }
    }
    const empty = analyze('');
    assert.equal([...contractJsonChunks(empty, {}, 1)].join(''), JSON.stringify(toContract(empty)));
  });
});
