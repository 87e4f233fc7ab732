// `news-annotator export` as a user runs it: a real process over real files.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { serializeSidecar } from '../../server/src/annotations/format';
import { CAFE, CAFE_CLAIMS, sidecarFor } from './sample';

const ROOT = join(__dirname, '../..');
const CLI = join(ROOT, 'bin/news-annotator.js');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('news-annotator export (CLI)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'na-export-'));
    writeFileSync(join(dir, 'cafe.article'), CAFE);
    writeFileSync(join(dir, 'cafe.article.annotations.json'), serializeSidecar(sidecarFor(CAFE, CAFE_CLAIMS)));
    copyFileSync(join(ROOT, 'samples/river-dam.article'), join(dir, 'river-dam.article'));
    copyFileSync(join(__dirname, 'fixtures/river-dam.article.annotations.json'), join(dir, 'river-dam.article.annotations.json'));
    writeFileSync(join(dir, 'broken.article'), 'Some text.\n');
    writeFileSync(join(dir, 'broken.article.annotations.json'), '{ "version": 1, "claims": [ }');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints JSON for one article on stdout, an array for several', () => {
    const one = cli(['export', 'cafe.article', '--format', 'json'], dir);
    assert.equal(one.code, 0, one.err);
    const doc = JSON.parse(one.out);
    assert.equal(doc.taggedClaims.length, CAFE_CLAIMS.length);
    for (const c of doc.taggedClaims) assert.equal(CAFE.slice(c.placed.start, c.placed.end), c.placed.text);
    const many = cli(['export', 'cafe.article', 'river-dam.article'], dir);
    assert.equal(many.code, 0, many.err);
    assert.deepEqual(JSON.parse(many.out).map((d: { file: string }) => d.file), ['cafe.article', 'river-dam.article']);
  });

  it('writes formula-like cells as text, and as they are with --raw-formulas', () => {
    const sub = join(dir, 'formulas');
    rmSync(sub, { recursive: true, force: true });
    mkdirSync(sub);
    writeFileSync(join(sub, 'cafe.article'), CAFE);
    const claims = CAFE_CLAIMS.map((c, k) => (k === 0 ? { ...c, note: '@SUM(1+1)' } : c));
    writeFileSync(join(sub, 'cafe.article.annotations.json'), serializeSidecar(sidecarFor(CAFE, claims)));
    const notes = (args: string[]) => {
      const r = cli(['export', 'cafe.article', '--format', 'csv', ...args], sub);
      assert.equal(r.code, 0, r.err);
      return (parse(r.out, { columns: true }) as Array<Record<string, string>>).map((x) => x.note);
    };
    assert.ok(notes([]).includes("'@SUM(1+1)"), 'text by default');
    assert.ok(notes(['--raw-formulas']).includes('@SUM(1+1)'), 'as it is when asked');
  });

  it('writes a CSV with a BOM to --out that parses back to one row per claim', () => {
    const r = cli(['export', 'cafe.article', 'river-dam.article', '--format=csv', '--bom', '--out', 'out/claims.csv'], dir);
    assert.equal(r.code, 0, r.err);
    const csv = readFileSync(join(dir, 'out/claims.csv'), 'utf8');
    assert.equal(csv.charCodeAt(0), 0xfeff);
    const rows = parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    assert.equal(rows.length, CAFE_CLAIMS.length + 6);
    assert.ok(rows.some((x) => x.claim.includes('😞, and the landlord')));
  });

  it('writes one file per article into a folder', () => {
    const r = cli(['export', 'cafe.article', 'river-dam.article', '--format', 'md', '--out', 'memos/'], dir);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(readdirSync(join(dir, 'memos')).sort(), ['cafe.article.memo.md', 'river-dam.article.memo.md']);
    assert.match(readFileSync(join(dir, 'memos/river-dam.article.memo.md'), 'utf8'), /^# Fact-check memo: Valdoria halts/);
  });

  it('writes brat .txt + .ann + annotation.conf, and needs --out for it', () => {
    assert.equal(cli(['export', 'cafe.article', '--format', 'brat'], dir).code, 2);
    const r = cli(['export', 'cafe.article', '--format', 'brat', '--out', 'brat'], dir);
    assert.equal(r.code, 0, r.err);
    for (const f of ['cafe.txt', 'cafe.ann', 'annotation.conf']) assert.ok(existsSync(join(dir, 'brat', f)), f);
    const txt = Array.from(readFileSync(join(dir, 'brat/cafe.txt'), 'utf8'));
    for (const line of readFileSync(join(dir, 'brat/cafe.ann'), 'utf8').split('\n').filter((l) => l.startsWith('T'))) {
      const [, span, text] = line.split('\t');
      const frags = span.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
      assert.equal(frags.map(([s, e]) => txt.slice(s, e).join('')).join(' '), text);
    }
  });

  it('writes W3C and ClaimReview JSON-LD', () => {
    const w3c = cli(['export', 'cafe.article', '--format', 'w3c', '--entities', '--quotes'], dir);
    assert.equal(w3c.code, 0, w3c.err);
    const doc = JSON.parse(w3c.out);
    assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.ok(doc.first.items.length > CAFE_CLAIMS.length, 'entities and quotes too');
    const cr = cli(['export', 'cafe.article', '--format', 'claimreview', '--reviewer', 'Desk', '--review-url=https://desk.example/c'], dir);
    assert.equal(cr.code, 0, cr.err);
    const reviews = JSON.parse(cr.out);
    assert.equal(reviews.length, 4);
    assert.ok(reviews.every((r: { url: string; author: { name: string } }) => r.url.startsWith('https://desk.example/c#claim-') && r.author.name === 'Desk'));
  });

  it('skips an article whose sidecar is invalid, says why, exports the rest and exits 1', () => {
    const r = cli(['export', 'broken.article', 'cafe.article', '--format', 'csv'], dir);
    assert.equal(r.code, 1);
    assert.match(r.err, /broken\.article\.annotations\.json: invalid sidecar: line 1/);
    const rows = parse(r.out, { columns: true }) as Array<Record<string, string>>;
    assert.equal(rows.length, CAFE_CLAIMS.length);
    assert.ok(rows.every((x) => x.file === 'cafe.article'));
    const missing = cli(['export', 'nowhere.article', 'cafe.article', '--format', 'md'], dir);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /skipped nowhere\.article: no such file/);
    assert.match(missing.out, /^# Fact-check memo: Café owners in Zürich/);
  });

  it('exits 2 on usage errors and prints help with --help', () => {
    assert.equal(cli(['export'], dir).code, 2);
    assert.equal(cli(['export', 'cafe.article', '--format', 'xml'], dir).code, 2);
    const help = cli(['export', '--help'], dir);
    assert.equal(help.code, 0);
    assert.match(help.out, /--format/);
  });
});
