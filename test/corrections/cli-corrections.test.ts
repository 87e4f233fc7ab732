// The CLI applies the corrections in each file's sidecar (as the editor does); --raw shows the
// engine's own result. A real process, real files in a temporary folder.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { correctEntity, dismissFinding, setQuoteSource } from '../../server/src/annotations/correction-ops';
import { emptySidecar, serializeSidecar } from '../../server/src/annotations/format';
import type { Correction } from '../../server/src/annotations/types';
import { ARTICLE, ARTICLE_FILE, NOW, spanOf } from './helpers';

const CLI = join(__dirname, '../../bin/news-annotator.js');
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

interface Out {
  entities: Array<{ id: string; type: string; name: string; mentions: Array<{ start: number; text: string }> }>;
  attributions: Array<{ source: { text: string } | null; sourceEntity: string | null; content: { start: number; text: string } }>;
  boilerplate: unknown[];
  claims: Array<{ start: number }>;
}

const typeOf = (o: Out, name: string) => o.entities.find((e) => e.mentions.some((m) => m.text === name))?.type;

describe('CLI: analyze applies the sidecar\'s corrections; --raw does not', function () {
  this.timeout(120_000);
  let dir: string;
  let file: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'i12c-cli-'));
    file = join(dir, 'ferry-levy.txt');
    copyFileSync(ARTICLE_FILE, file);
    const at = (w: string) => ({ text: ARTICLE, ...spanOf(ARTICLE, w), now: NOW, author: null });
    let list: Correction[] = correctEntity([], at('Brightwater Marine'), 'ORGANIZATION');
    list = correctEntity(list, at('Kestrel'), 'ORGANIZATION');
    list = setQuoteSource(list, at('Nobody likes a new tax, but the docks come first.'), spanOf(ARTICLE, 'Maria Okafor'));
    list = dismissFinding(list, at('Sign up for our newsletter here.'), 'boilerplate', null);
    writeFileSync(`${file}.annotations.json`, serializeSidecar({ ...emptySidecar('ferry-levy.txt', 'sha256:00'), corrections: list }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--format json: corrected types, a missed name, the quote source, no dismissed boilerplate', () => {
    const r = cli(['analyze', file, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const o = JSON.parse(r.out) as Out;
    assert.equal(typeOf(o, 'Brightwater Marine'), 'ORGANIZATION');
    assert.equal(typeOf(o, 'Kestrel'), 'ORGANIZATION');
    const q = o.attributions.find((a) => a.content.text.startsWith('Nobody likes'));
    assert.equal(q?.source?.text, 'Maria Okafor');
    assert.deepEqual(o.boilerplate, []);
  });

  it('--raw: the engine\'s own result', () => {
    const r = cli(['analyze', file, '--format', 'json', '--raw']);
    assert.equal(r.code, 0, r.err);
    const o = JSON.parse(r.out) as Out;
    assert.equal(typeOf(o, 'Brightwater Marine'), 'PERSON');
    assert.equal(typeOf(o, 'Kestrel'), undefined);
    assert.equal(o.boilerplate.length, 1);
  });

  it('on worker threads (--jobs 2) too, each file with its own sidecar', () => {
    const plain = join(dir, 'plain.txt');
    copyFileSync(ARTICLE_FILE, plain);
    const r = cli(['analyze', file, plain, '--format', 'json', '--jobs', '2']);
    assert.equal(r.code, 0, r.err);
    const [a, b] = r.out.trim().split('\n').map((l) => JSON.parse(l) as Out);
    assert.equal(typeOf(a, 'Brightwater Marine'), 'ORGANIZATION');
    assert.equal(typeOf(b, 'Brightwater Marine'), 'PERSON');
  });

  it('text output and the export follow the corrections', () => {
    const text = cli(['analyze', file]);
    assert.equal(text.code, 0, text.err);
    assert.match(text.out, /Kestrel/);
    const exp = cli(['export', file, '--format', 'json']);
    assert.equal(exp.code, 0, exp.err);
    assert.match(exp.out, /"name": ?"Kestrel"/);
  });

  it('a broken sidecar: a clear error naming it and --raw; --raw still works', () => {
    const broken = join(dir, 'broken.txt');
    copyFileSync(ARTICLE_FILE, broken);
    writeFileSync(`${broken}.annotations.json`, '{"version": 2,');
    const r = cli(['analyze', broken, '--format', 'json']);
    assert.equal(r.code, 1);
    assert.match(r.err, /broken\.txt\.annotations\.json.*invalid sidecar.*--raw/);
    assert.equal(cli(['analyze', broken, '--format', 'json', '--raw']).code, 0);
  });
});
