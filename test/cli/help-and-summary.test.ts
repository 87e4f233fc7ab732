// What a newcomer meets first: every command answers --help (exit 0, on stdout), and the text
// summary lists the check-worthy sentences best-scored first and says how many it left out;
// `claims` counts lines as the editor does.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis';
import { serializeSidecar } from '../../server/src/annotations/format';
import { sidecarFor } from '../export/sample';

const CLI = join(__dirname, '../../bin/news-annotator.js');

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// An invented wire story with more check-worthy sentences than the summary lists.
const PARAGRAPHS = [
  'Port Ellis council approves harbour budget',
  'PORT ELLIS, March 3 (Wirewire) – The council approved a budget of $48 million for the harbour on Tuesday, the mayor said.',
  'Spending on the ferry terminal rose 12% last year, the largest rise since 2009, according to the finance office.',
  'About a third of the 1,200 dock workers will retire within five years, the union said.',
  'The harbour handled 3.4 million tonnes of cargo in 2023, up from 2.9 million tonnes, officials said.',
  'Ticket prices will rise by 8% in June because fuel costs doubled, the operator said.',
  'The council expects the new berth to bring 40 more ships a year, the mayor told reporters.',
  'Repairs to the sea wall will cost at least $6 million, engineers estimated.',
  'Fish landings fell 15% in the past decade, the fisheries office said in its annual report.',
  'The port employs 2,300 people, more than any other business in the county, the chamber of commerce said.',
  'Visitor numbers reached 410,000 last summer, the highest on record, the tourism board said.',
  'Harbour fees will fall by 5% for local boats next year, the council said.',
  'Two-thirds of residents backed the plan in a poll of 900 people, the newspaper reported.',
  'The dredging contract is worth $2.5 million and runs for three years, the council said.',
];
const STORY = PARAGRAPHS.join('\n\n') + '\n';

describe('CLI help', () => {
  for (const command of ['analyze', 'export', 'claims', 'reanchor', 'lsp']) {
    it(`news-annotator ${command} --help describes the command and exits 0`, () => {
      const r = cli([command, '--help']);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, new RegExp(`^Usage:\\n[^]*^ {2}news-annotator ${command} `, 'm'));
      assert.equal(r.err, '');
    });
  }

  it('the overview names every command and csv-entities', () => {
    const r = cli(['--help']);
    for (const word of ['analyze', 'export', 'claims', 'reanchor', 'lsp', 'csv-entities', 'COMMAND --help']) assert.ok(r.out.includes(word), word);
  });

  it('a usage error of analyze shows the analyze usage', () => {
    const r = cli(['analyze', '--frobnicate', 'x']);
    assert.equal(r.code, 2);
    assert.match(r.err, /unknown option --frobnicate\n\nUsage:\n  news-annotator analyze FILE/);
  });
});

describe('CLI text summary', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'na-summary-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the best-scored check-worthy sentences first and says how many more there are', () => {
    const p = join(dir, 'harbour.article');
    writeFileSync(p, STORY);
    const claims = analyze(STORY).claims;
    assert.ok(claims.length > 10, `the story has ${claims.length} check-worthy sentences`);
    const r = cli(['analyze', p]);
    assert.equal(r.code, 0, r.err);
    const section = r.out.slice(r.out.indexOf('Check-worthy sentences'));
    assert.match(section, new RegExp(`^Check-worthy sentences \\(${claims.length}\\), best-scored first\\n`));
    const scores = [...section.matchAll(/^ {2}(\d\.\d\d) {2}/gm)].map((m) => Number(m[1]));
    assert.equal(scores.length, 10);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'best first');
    const best = [...claims].sort((a, b) => b.score - a.score).slice(0, 10).map((c) => c.score.toFixed(2));
    assert.deepEqual(scores.map((s) => s.toFixed(2)), best);
    assert.match(section, new RegExp(`… and ${claims.length - 10} more`));
  });

  it('reads figure values as a person writes them (years ungrouped, fractions as fractions)', () => {
    const p = join(dir, 'harbour2.article');
    writeFileSync(p, STORY);
    const out = cli(['analyze', p]).out;
    assert.match(out, /^ {2}2023 {2}DATE = 2023$/m);
    assert.match(out, /^ {2}About a third {2}FRACTION = ≈ 1\/3$/m);
    assert.match(out, /^ {2}\$48 million {2}MONEY = 48 million USD$/m);
  });
});

describe('CLI claims: line numbers', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'na-claims-lines-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('counts a bare carriage return as a line end, as the editor does', () => {
    // Old Mac line ends (a bare \r): the claim sits on the seventh line.
    const text = STORY.replace(/\n/g, '\r');
    const p = join(dir, 'cr.article');
    writeFileSync(p, text);
    const spec = { exact: 'About a third of the 1,200 dock workers will retire within five years' };
    writeFileSync(`${p}.annotations.json`, serializeSidecar(sidecarFor(text, [spec])));
    const r = cli(['claims', p, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const [claim] = (JSON.parse(r.out) as { claims: Array<{ at: string }> }).claims;
    assert.equal(claim.at, '7:1');
  });
});
